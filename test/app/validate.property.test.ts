/**
 * Property over a real workbook: the clean corpus workbook, ONE random corruption typed into its sheets
 * the way a person would (raw exceljs cells, at a random judge, unit and criterion), then the validate
 * command. The finding for that corruption must be there, with its code, severity, sheet and cell.
 */
import fc from "fast-check";
import { validateRoundCommand } from "../../src/app/validate";
import type { Criterion, Finding, Unit } from "../../src/domain/types";
import type { JudgeSheet } from "../../src/domain/validation";
import { cellA1, inputCell } from "../../src/domain/validation";
import { readScoringSheet } from "../../src/sheets/scoring";
import type { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import {
  cleanWorkbook,
  ctxOf,
  judgeSheetNames,
  nextFreeRow,
  readModel,
  rowOf,
  settingCell,
  sheet,
  type,
} from "../support/corpus";

jest.setTimeout(120_000);

interface Model {
  units: Unit[];
  criteria: Criterion[];
  judges: { name: string; js: JudgeSheet }[];
  bonusCap: number;
}

interface Pick {
  judge: number;
  unit: number;
  criterion: number;
  other: number;
}

interface Expect {
  code: string;
  sheet: string;
  cell: string;
  severity: "error" | "warning";
}

type Corrupt = (wb: ExcelJsWorkbook, m: Model, p: Pick) => Expect;

const pickOf = <T>(list: readonly T[], n: number): T => list[n % list.length];

/** The judge sheet, a unit on it (its index in the model) and the A1 of one of its inputs of a kind. */
function target(m: Model, p: Pick, kinds: Criterion["kind"][] = ["base"]) {
  const { name, js } = pickOf(m.judges, p.judge);
  const present = m.units.map((_, i) => i).filter((i) => js.rowOfUnit[i] >= 0);
  const u = pickOf(present, p.unit);
  const block = js.blocks[js.blockOfUnit[u]];
  const crits = m.criteria
    .map((_, i) => i)
    .filter((i) => !m.criteria[i].isGroup && kinds.includes(m.criteria[i].kind) && block.colOfCriterion[i] >= 0);
  const c = pickOf(crits, p.criterion);
  return { name, js, u, c, cell: inputCell(js, u, c), row: js.rowOfUnit[u] + 1 };
}

function addRegistration(wb: ExcelJsWorkbook, values: (string | Date | null)[]): number {
  const r = nextFreeRow(wb, "Đăng ký");
  values.forEach((v, i) => type(wb, "Đăng ký", `${"ABCDEFGH"[i]}${r}`, v));
  return r;
}

const ON_TIME = new Date(Date.UTC(2024, 0, 12));

const CORRUPTIONS: Record<string, Corrupt> = {
  blankScore: (wb, m, p) => {
    const t = target(m, p);
    type(wb, t.name, t.cell, null);
    return { code: "SCORE_BLANK_UNIT", sheet: t.name, cell: t.cell, severity: "warning" };
  },
  text: (wb, m, p) => {
    const t = target(m, p);
    type(wb, t.name, t.cell, "khá");
    return { code: "SCORE_NOT_NUMBER", sheet: t.name, cell: t.cell, severity: "error" };
  },
  decimalCommaText: (wb, m, p) => {
    const t = target(m, p);
    const half = Math.floor(m.criteria[t.c].max) - 0.5;
    type(wb, t.name, t.cell, String(Math.max(0.5, half)).replace(".", ","));
    return { code: "SCORE_TEXT_NUMBER", sheet: t.name, cell: t.cell, severity: "warning" };
  },
  overMax: (wb, m, p) => {
    const t = target(m, p);
    type(wb, t.name, t.cell, m.criteria[t.c].max + 1 + (p.other % 5));
    return { code: "SCORE_OUT_OF_RANGE", sheet: t.name, cell: t.cell, severity: "error" };
  },
  negative: (wb, m, p) => {
    const t = target(m, p, ["base", "bonus", "deduction"]);
    type(wb, t.name, t.cell, -1 - (p.other % 3));
    return { code: "SCORE_OUT_OF_RANGE", sheet: t.name, cell: t.cell, severity: "error" };
  },
  bonusOverCap: (wb, m, p) => {
    const t = target(m, p, ["bonus"]);
    const block = t.js.blocks[t.js.blockOfUnit[t.u]];
    const bonus = m.criteria
      .map((_, i) => i)
      .filter((i) => m.criteria[i].kind === "bonus" && !m.criteria[i].isGroup && block.colOfCriterion[i] >= 0);
    // Every bonus line at its maximum: each allowed alone, together over the cap (6 + 3 + 2 > 10 by default).
    let sum = 0;
    for (const c of bonus) {
      type(wb, t.name, inputCell(t.js, t.u, c), m.criteria[c].max);
      sum += m.criteria[c].max;
    }
    if (sum <= m.bonusCap) throw new Error(`bonus maxima ${sum} do not exceed the cap ${m.bonusCap}`);
    return {
      code: "SCORE_BONUS_OVER_CAP",
      sheet: t.name,
      cell: inputCell(t.js, t.u, bonus[bonus.length - 1]),
      severity: "warning",
    };
  },
  unitCodeChanged: (wb, m, p) => {
    const t = target(m, p);
    type(wb, t.name, `A${t.row}`, `${m.units[t.u].code}X`);
    return { code: "SCORE_UNIT_CODE_CHANGED", sheet: t.name, cell: `A${t.row}`, severity: "error" };
  },
  criterionHeaderChanged: (wb, m, p) => {
    const t = target(m, p);
    const block = t.js.blocks[t.js.blockOfUnit[t.u]];
    const header = cellA1(block.headerRow, block.colOfCriterion[t.c]);
    type(wb, t.name, header, `${m.criteria[t.c].code}b`);
    return { code: "SCORE_CRITERION_CHANGED", sheet: t.name, cell: header, severity: "error" };
  },
  unitRemoved: (wb, m, p) => {
    const t = target(m, p);
    const row = sheet(wb, t.name).getRow(t.row);
    row.eachCell({ includeEmpty: true }, (cell) => {
      const v = cell.value;
      if (typeof v !== "object" || v === null || v instanceof Date) cell.value = null;
    });
    // The link goes to the "Mã đơn vị" header of the block the unit belongs in.
    const block = t.js.blocks[t.js.blockOfUnit[t.u]];
    const others = m.units.some((_, i) => i !== t.u && t.js.blockOfUnit[i] === t.js.blockOfUnit[t.u]);
    const header = cellA1((others ? block : t.js.blocks[0]).headerRow, t.js.codeCol);
    return { code: "SCORE_UNIT_MISSING", sheet: t.name, cell: header, severity: "error" };
  },
  conflict: (wb, m, p) => {
    const t = target(m, p);
    const judgeRow = rowOf(wb, "Hội đồng", t.js.judgeCode);
    const cell = sheet(wb, "Hội đồng").getCell(`G${judgeRow}`);
    const before = String(cell.value ?? "").trim();
    cell.value = before ? `${before}, ${m.units[t.u].code}` : m.units[t.u].code;
    return { code: "SCORE_CONFLICT", sheet: t.name, cell: `A${t.row}`, severity: "error" };
  },
  duplicateRegistration: (wb, m, p) => {
    const i = p.unit % m.units.length;
    const u = m.units[i];
    // The sample registers each unit for the round's Giấy khen; typed again with other case and spacing.
    const title = "GIẤY KHEN  tập thể";
    const r = addRegistration(wb, ["Đợt 1", "Tập thể", u.code, null, title, null, ON_TIME, "Có"]);
    return { code: "REG_DUPLICATE", sheet: "Đăng ký", cell: `E${r}`, severity: "error" };
  },
  unknownUnitRegistration: (wb, m, p) => {
    const r = addRegistration(wb, [
      "Đợt 1",
      "Tập thể",
      `ZZ${(p.other % 90) + 10}`,
      null,
      "Giấy khen tập thể",
      null,
      ON_TIME,
      "Có",
    ]);
    return { code: "REG_UNKNOWN_UNIT", sheet: "Đăng ký", cell: `C${r}`, severity: "error" };
  },
  lowerCaseRegistrationCode: (wb, m, p) => {
    const i = p.unit % m.units.length;
    // registerAll put unit i on row i + 2.
    type(wb, "Đăng ký", `C${i + 2}`, m.units[i].code.toLowerCase());
    return { code: "REG_UNIT_CODE_FORM", sheet: "Đăng ký", cell: `C${i + 2}`, severity: "warning" };
  },
  individualTitleForUnit: (wb, m, p) => {
    const i = p.unit % m.units.length;
    type(wb, "Đăng ký", `E${i + 2}`, pickOf(["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Giấy khen cá nhân"], p.other));
    return { code: "REG_TITLE_KIND", sheet: "Đăng ký", cell: `E${i + 2}`, severity: "error" };
  },
  lateRegistration: (wb, m, p) => {
    const i = p.unit % m.units.length;
    type(wb, "Đăng ký", `G${i + 2}`, new Date(Date.UTC(2024, 5, 1 + (p.other % 28))));
    return { code: "REG_LATE", sheet: "Đăng ký", cell: `G${i + 2}`, severity: "warning" };
  },
  duplicateUnitCode: (wb, m, p) => {
    const a = p.unit % (m.units.length - 1);
    const b = a + 1 + (p.other % (m.units.length - 1 - a));
    const r = rowOf(wb, "Đơn vị", m.units[b].code);
    type(wb, "Đơn vị", `A${r}`, m.units[a].code);
    return { code: "UNIT_DUPLICATE_CODE", sheet: "Đơn vị", cell: `A${r}`, severity: "error" };
  },
  nfdUnitName: (wb, m, p) => {
    const a = p.unit % (m.units.length - 1);
    const b = a + 1 + (p.other % (m.units.length - 1 - a));
    const r = rowOf(wb, "Đơn vị", m.units[b].code);
    type(wb, "Đơn vị", `B${r}`, m.units[a].name.normalize("NFD"));
    return { code: "UNIT_SIMILAR_NAME", sheet: "Đơn vị", cell: `B${r}`, severity: "warning" };
  },
};

let model: Model;
beforeAll(async () => {
  const wb = await cleanWorkbook();
  const { units, criteria } = await readModel(wb);
  const names = await judgeSheetNames(wb);
  const data = await wb.readSheets(names);
  const cap = Number(sheet(wb, "Cấu hình").getCell(settingCell(wb, "BONUS_CAP")).value);
  model = {
    units,
    criteria,
    judges: data.map((d) => ({ name: d.name, js: readScoringSheet(d, criteria, units) })),
    bonusCap: cap,
  };
  // What the property relies on: the clean workbook is clean, and the sample ward has what each corruption needs.
  expect((await validateRoundCommand(ctxOf(wb), "D1")).findings).toEqual([]);
  expect(model.judges.length).toBeGreaterThan(1);
  expect(cap).toBeGreaterThan(0);
});

async function check(kind: string, pick: Pick): Promise<void> {
  const wb = await cleanWorkbook();
  const want = CORRUPTIONS[kind](wb, model, pick);
  const got: Finding[] = (await validateRoundCommand(ctxOf(wb), "D1")).findings;
  const match = got.filter((f) => f.code === want.code && f.sheet === want.sheet && f.cell === want.cell);
  if (match.length === 0)
    throw new Error(
      `${kind}: not found ${JSON.stringify(want)}\nfound: ${JSON.stringify(got.map((f) => [f.code, f.sheet, f.cell]))}`,
    );
  expect(match[0].severity).toBe(want.severity);
}

describe("one random corruption of the clean workbook", () => {
  test("property: validate finds it with its code, severity, sheet and cell", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(CORRUPTIONS)),
        fc.record({ judge: fc.nat(), unit: fc.nat(), criterion: fc.nat(), other: fc.nat() }),
        check,
      ),
      { numRuns: 25 },
    );
  });

  // Random kinds may miss one in a run: each corruption once, at a pick of its own, so none goes untested.
  test("each corruption of the list is found at least once", async () => {
    const kinds = Object.keys(CORRUPTIONS);
    for (const [k, kind] of kinds.entries())
      await check(kind, { judge: k, unit: 3 * k + 1, criterion: 5 * k + 2, other: 7 * k + 3 });
  });
});
