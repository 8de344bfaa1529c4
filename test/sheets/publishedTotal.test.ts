/**
 * One published total: the judge sheet's total formula (as LibreOffice evaluates it), the result the sheet
 * caches beside it, validation's total and ranking's judge total are the same number on values that sit
 * on the half, where rounding with Math.round (81.665 is the double 81.66499…) and Excel's ROUND differ.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { publishedTotal, rankRound, rankingInputOfRound, totalsRule } from "../../src/domain/ranking";
import { defaultSettings } from "../../src/domain/settings";
import type { Criterion, Member, Unit } from "../../src/domain/types";
import type { RoundInput } from "../../src/domain/validation";
import { RuleContext } from "../../src/domain/validation/context";
import { Emitter } from "../../src/domain/validation/emitter";
import { buildScoringSheet, readScoringSheet, TypedScores } from "../../src/sheets/scoring";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { isFormula, type SheetData } from "../../src/workbook/port";
import { convertWithLibreOffice, parseCsv } from "../support/libreoffice";
import { tempDir } from "../support/xlsx";

const line = (code: string, kind: Criterion["kind"], max: number): Criterion => ({
  code,
  group: code.slice(0, code.indexOf(".")),
  text: `Tiêu chí ${code}`,
  max,
  kind,
  appliesTo: [],
});
const criteria: Criterion[] = [
  line("I.1", "base", 50),
  line("I.2", "base", 50),
  line("TH.1", "bonus", 10),
  line("TR.1", "deduction", 10),
];

/** Per unit: I.1, I.2, TH.1, TR.1 as typed, and the total Excel's ROUND gives (worked by hand). */
const CASES: [string, number, number, number | null, number | null, number][] = [
  ["U1", 40.5, 41.165, null, null, 81.67], // 81.665: Math.round gives 81.66
  ["U2", 30, 1.005, null, null, 31.01], // 31.005: Math.round gives 31
  ["U3", 45.125, 20, 2.5, 0.13, 67.5], // 67.495: Math.round gives 67.49
  ["U4", 0.285, 0, null, null, 0.29], // 0.285: Math.round gives 0.28
  ["U5", 50, 50, 10, 1.255, 108.75], // 108.745: base capped at 100, bonus at 10
  ["U6", 2, 1, null, 4, 0], // below the floor
];
const units: Unit[] = CASES.map(([code]) => ({ code, name: `Đơn vị ${code}`, type: "TDP", block: "KTDP" }));
const judge: Member = {
  code: "M01",
  name: "Nguyễn Văn A",
  shortName: "A",
  position: "",
  role: "UY_VIEN",
  follows: [],
  memberOf: [],
  scores: true,
};

function typed(cells: [string, string, number | null][]): TypedScores {
  const out = new TypedScores();
  for (const [unit, criterion, v] of cells) out.set(unit, criterion, v);
  return out;
}

function judgeSheetSpec() {
  const settings = defaultSettings();
  const spec = buildScoringSheet({
    round: "D1",
    judge,
    units,
    excluded: [],
    criteria,
    rule: totalsRule(settings),
    carried: typed(CASES.flatMap(([u, ...v]) => criteria.map((c, i): [string, string, number | null] => [u, c.code, v[i]]))),
  });
  return { settings, spec };
}

/** The sheet as a reader sees it: each formula cell holds its cached result. */
function asData(spec: ReturnType<typeof judgeSheetSpec>["spec"]): SheetData {
  return { name: spec.name, values: spec.cells.map((row) => row.map((c) => (isFormula(c) ? (c.result ?? null) : c))) };
}

function roundInput(settings: ReturnType<typeof defaultSettings>, data: SheetData): RoundInput {
  return {
    round: "D1",
    units,
    members: [judge],
    settings,
    criteria,
    titles: [],
    registrations: [],
    judgeSheets: [readScoringSheet(data, criteria, units, { judgeCode: judge.code })],
    layout: {
      units: { sheet: "Đơn vị", code: "A", name: "B", block: "D" },
      council: { sheet: "Hội đồng", code: "A", units: "F" },
      registrations: { sheet: "Đăng ký", round: "A", kind: "B", unit: "C", person: "D", title: "E", date: "G", covenant: "H" },
      criteria: { sheet: "Tiêu chí", code: "A", group: "B", max: "D", kind: "E" },
      settingsSheet: "Cấu hình",
    },
  };
}

/** 0-based column of "Tổng điểm" and the row of each unit, read off the built cells. */
function totalCells(data: SheetData): { col: number; rows: number[] } {
  const header = data.values.findIndex((r) => r[0] === "Mã đơn vị");
  const col = data.values[header].indexOf("Tổng điểm");
  return { col, rows: CASES.map(([u]) => data.values.findIndex((r) => r[0] === u)) };
}

describe("the published total has one home", () => {
  const expected = CASES.map((c) => c[5]);

  test("publishedTotal rounds half away from zero, like ROUND", () => {
    const rule = totalsRule(defaultSettings());
    expect(publishedTotal(81.665, 0, 0, rule)).toBe(81.67);
    expect(publishedTotal(31.005, 0, 0, rule)).toBe(31.01);
    expect(publishedTotal(65.125, 2.5, 0.13, rule)).toBe(67.5);
    expect(publishedTotal(0.285, 0, 0, rule)).toBe(0.29);
    expect(publishedTotal(100, 10, 1.255, rule)).toBe(108.75);
    expect(publishedTotal(3, 0, 4, rule)).toBe(0);
  });

  test("the sheet's cached total, validation's total and ranking's judge total all equal it", () => {
    const { settings, spec } = judgeSheetSpec();
    const data = asData(spec);
    const { col, rows } = totalCells(data);
    expect(rows.map((r) => data.values[r][col])).toEqual(expected);

    const input = roundInput(settings, data);
    const ctx = new RuleContext(input, new Emitter(100));
    const scan = ctx.scan(input.judgeSheets[0]);
    expect(units.map((_, u) => ctx.total(scan, u))).toEqual(expected);

    const ranked = rankRound(rankingInputOfRound(input));
    expect(units.map((_, u) => ranked.judgeTotals[u])).toEqual(expected);
  });

  test("LibreOffice evaluates the judge sheet's total formula to the same numbers", async () => {
    const { spec } = judgeSheetSpec();
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheets([spec]);
    const { dir, cleanup } = await tempDir();
    try {
      const file = path.join(dir, "half.xlsx");
      await fs.writeFile(file, await wb.toBuffer());
      const csvs = await convertWithLibreOffice(file, "csv", path.join(dir, "out"));
      const csv = csvs.find((f) => f.endsWith(`-${spec.name}.csv`)) ?? csvs[0];
      const rows = parseCsv(await fs.readFile(csv, "utf8"));
      const { col, rows: at } = totalCells(asData(spec));
      expect(at.map((r) => Number(rows[r][col]))).toEqual(expected);
    } finally {
      await cleanup();
    }
  }, 240_000);
});
