/**
 * The sample ward's units at year end, for the demo: the forms made, filled as units would fill them (a few
 * with planted slips), collected, then the Gia đình văn hóa decision and the collective titles. The slips
 * are returned with where they were planted, so the demo can show them found at the unit's cell.
 */
import { sampleHouseholds } from "../domain/sample/households";
import { ExcelJsWorkbook } from "../workbook/exceljs/workbook";
import type { CellInput, SheetSpec } from "../workbook/port";
import { collectForms, type FormSource } from "./collect";
import { collectiveCommand } from "./collective";
import { makeForms, type UnitForm } from "./forms";
import { householdsCommand } from "./households";
import type { CommandContext, CommandResult } from "./types";

export interface PlantedFormSlip {
  file: string;
  sheet: string;
  cell: string;
  /** The finding code collect is expected to give. */
  code: string;
}

/** Members a unit adds on its form: three, the first registered for LĐTT. */
function newMembers(unit: string): CellInput[][] {
  return [1, 2, 3].map((i) => [
    `${unit}-TV${i}`,
    `Thành viên ${i} ${unit}`,
    i === 1 ? "Trưởng" : "Thành viên",
    unit,
    i === 3 ? "Hoàn thành nhiệm vụ" : "Hoàn thành tốt nhiệm vụ",
    null,
    i === 3 ? null : "LĐTT",
    null,
  ]);
}

function fill(form: UnitForm, year: number, slips: PlantedFormSlip[]): SheetSpec[] {
  return form.specs.map((s) => {
    const cells = s.cells.map((r) => [...r]);
    const firstBlank = () => {
      const at = cells.findIndex((r, i) => i > 0 && r.every((v) => v === null));
      return at < 0 ? cells.length : at;
    };
    if (s.name === "Thành viên") {
      for (const row of newMembers(form.unit)) cells[firstBlank()] = row;
      if (form.unit === "TDP02") {
        const at = firstBlank() - 1;
        cells[at]![5] = "Phê bình";
        slips.push({ file: form.fileName, sheet: s.name, cell: `F${at + 1}`, code: "PERSON_DISCIPLINE_UNKNOWN" });
      }
    }
    if (s.name === "Gia đình văn hóa") {
      const households = sampleHouseholds([form.unit], 6, year);
      households.forEach((h, i) => {
        cells[1 + i] = [
          h.code,
          h.head,
          h.address,
          h.tdp,
          h.result === "DAT" ? "Đạt" : "Không đạt",
          h.evaluatedOn!,
          h.postedFrom!,
          h.postedTo!,
          null,
        ];
      });
      if (form.unit === "TDP03") {
        cells[2]![7] = new Date(Date.UTC(year - 1, 10, 30));
        slips.push({ file: form.fileName, sheet: s.name, cell: "H3", code: "FORM_DATE_OUTSIDE_YEAR" });
      }
      if (form.unit === "TDP04") {
        cells[1]![4] = "Đạt loại khá";
        slips.push({ file: form.fileName, sheet: s.name, cell: "E2", code: "GDVH_RESULT_UNKNOWN" });
      }
    }
    return { ...s, cells };
  });
}

export async function sampleUnitsCycle(
  ctx: CommandContext,
  year: number,
): Promise<CommandResult & { planted: PlantedFormSlip[] }> {
  const made = await makeForms(ctx, "NAM");
  const planted: PlantedFormSlip[] = [];
  const sources: FormSource[] = made.forms.map((form) => {
    const specs = fill(form, year, planted);
    return {
      file: form.fileName,
      open: async () => {
        const wb = ExcelJsWorkbook.create();
        await wb.writeSheets(specs);
        return wb;
      },
    };
  });
  const collected = await collectForms(ctx, sources);
  const decision = await householdsCommand(ctx, { decisionDate: new Date(Date.UTC(year, 11, 1)) });
  const titles = await collectiveCommand(ctx);
  return {
    ok: true,
    sheets: [...collected.sheets, ...decision.sheets, ...titles.sheets],
    messages: [
      ...made.messages,
      ...collected.messages.filter((m) => !m.vi.includes("không thay đổi")),
      ...decision.messages,
      ...titles.messages,
    ],
    findings: [...collected.findings, ...decision.findings],
    planted,
  };
}
