/**
 * The units and the khối: collecting 60 unit forms into a ward's workbook, the family register of a
 * ward of 5,000 households, and consolidating 100 wards' workbooks streamed from disk (each ward's file
 * is the sample ward's workbook with its round ranked, renamed on `Cấu hình`).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { collectForms, type FormSource } from "../src/app/collect";
import { consolidate } from "../src/app/consolidate";
import { makeForms } from "../src/app/forms";
import { householdsCommand } from "../src/app/households";
import { layoutPlan } from "../src/app/layout";
import { DEMO_STEPS, DEMO_TODAY, type DemoState } from "../src/cli/commands/demo";
import { sampleHouseholds } from "../src/domain/sample/households";
import { sampleUnits } from "../src/domain/sample/ward";
import type { Unit } from "../src/domain/types";
import { buildHouseholdSheet } from "../src/sheets/households";
import { buildSettingsSheet } from "../src/sheets/settingsSheet";
import { buildUnitsSheet } from "../src/sheets/units";
import { saveWorkbookFile } from "../src/workbook/exceljs/file";
import { StreamedFileWorkbook } from "../src/workbook/exceljs/streamed";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/workbook";
import { measured } from "./commands";
import { peakRssMB } from "./measure";
import type { BenchRow } from "./types";

const today = new Date(Date.UTC(2024, 11, 1));

export async function benchUnits(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-bench-units-"));
  const rows: BenchRow[] = [];
  const step = async <T>(name: string, f: () => Promise<T>, note?: (v: T) => string): Promise<T> => {
    const m = await measured(f);
    const lifetime = `lifetime peak ${peakRssMB().toFixed(0)} MB`;
    rows.push({ name, seconds: m.seconds, peakRssMB: m.stepPeakMB, note: note ? `${note(m.value)}; ${lifetime}` : lifetime });
    return m.value;
  };

  // A ward of 60 units: the sample's 46 and 14 more tổ dân phố.
  const ward = ExcelJsWorkbook.create();
  await layoutPlan({ wb: ward, today }, { sample: true });
  const units: Unit[] = [
    ...sampleUnits(),
    ...Array.from({ length: 14 }, (_, i): Unit => ({
      code: `TDP${15 + i}`,
      name: `Tổ dân phố số ${15 + i}`,
      type: "TDP",
      block: "KTDP",
    })),
  ];
  await ward.writeSheets([buildUnitsSheet(units, { ward: "PHƯỜNG NAM CƯỜNG" })]);
  const made = await makeForms({ wb: ward, today }, "NAM");
  // Each unit sends back its form with 12 members and, for a tổ dân phố, 80 households.
  const sources: FormSource[] = made.forms.map((form) => {
    const specs = form.specs.map((s) => {
      const cells = s.cells.map((r) => [...r]);
      if (s.name === "Thành viên")
        for (let i = 0; i < 12; i++)
          cells[1 + i] = [
            `${form.unit}-TV${i + 1}`,
            `Thành viên ${i + 1}`,
            null,
            form.unit,
            "Hoàn thành tốt nhiệm vụ",
            null,
            "LĐTT",
            null,
          ];
      if (s.name === "Gia đình văn hóa")
        sampleHouseholds([form.unit], 80, 2024).forEach((h, i) => {
          cells[1 + i] = [`${h.code}X`, h.head, h.address, h.tdp, "Đạt", h.evaluatedOn!, h.postedFrom!, h.postedTo!, null];
        });
      return { ...s, cells };
    });
    return {
      file: form.fileName,
      open: async () => {
        const wb = ExcelJsWorkbook.create();
        await wb.writeSheets(specs);
        return wb;
      },
    };
  });
  await step(
    `collect ${sources.length} unit forms (in memory)`,
    () => collectForms({ wb: ward, today }, sources),
    (r) => `${r.messages.length} messages, ${r.findings.length} findings`,
  );
  await step(
    `collect the same ${sources.length} forms again`,
    () => collectForms({ wb: ward, today }, sources),
    (r) => `${r.sheets.length} sheets written`,
  );

  // 5,000 households on the register: the timetable and the decision.
  const hh = ExcelJsWorkbook.create();
  await layoutPlan({ wb: hh, today }, { sample: true });
  const tdps = Array.from({ length: 14 }, (_, i) => `TDP${String(i + 1).padStart(2, "0")}`);
  await hh.writeSheets([buildHouseholdSheet(sampleHouseholds(tdps, 358, 2024).slice(0, 5000), "PHƯỜNG NAM CƯỜNG")]);
  await step(
    "Gia đình văn hóa: 5,000 households checked, decision written",
    () => householdsCommand({ wb: hh, today }),
    (r) => r.messages[r.messages.length - 1]!.en,
  );

  // 100 wards' workbooks, consolidated streamed from disk.
  const demo = ExcelJsWorkbook.create();
  demo.now = () => new Date(Date.UTC(2024, 7, 15, 9));
  const state: DemoState = { mistakes: [] };
  for (const s of DEMO_STEPS) await s.run({ wb: demo, today: DEMO_TODAY }, state);
  const wards: string[] = [];
  for (let i = 1; i <= 100; i++) {
    const settingsName = "Cấu hình";
    const spec = buildSettingsSheet({ ward: `PHƯỜNG SỐ ${i}`, values: new Map([["WARD_NAME", `PHƯỜNG SỐ ${i}`]]) });
    await demo.writeSheets([{ ...spec, name: settingsName }]);
    const file = path.join(dir, `phuong-${i}.xlsx`);
    await saveWorkbookFile(demo, file);
    wards.push(file);
  }
  const size = wards.reduce((s, f) => s + fs.statSync(f).size, 0);
  await step(
    "consolidate 100 wards (streamed)",
    async () => {
      const out = ExcelJsWorkbook.create();
      const r = await consolidate(
        { wb: out, today: new Date(Date.UTC(2024, 7, 20)) },
        wards.map((f) => ({
          file: path.basename(f),
          open: async () => new StreamedFileWorkbook(f, { output: `${f}.unused.xlsx` }),
        })),
        { period: "6T" },
      );
      await saveWorkbookFile(out, path.join(dir, "khoi.xlsx"));
      return r;
    },
    () => `${(size / 1024 / 1024).toFixed(1)} MB of wards' files`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}
