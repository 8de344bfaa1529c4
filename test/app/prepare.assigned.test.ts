/**
 * SCORING_ASSIGNMENT = assigned: each judge's sheet lists only the units assigned to them (the units they
 * follow in `Hội đồng`, or whose follower in `Đơn vị` they are), their own units still left off; validate
 * then expects exactly those, so the others are not "missing". And the deadline in every sheet's header.
 */
import { layoutPlan } from "../../src/app/layout";
import { prepareRound } from "../../src/app/prepare";
import { validateRoundCommand } from "../../src/app/validate";
import { readMembers } from "../../src/sheets/council";
import { readScoringSheet } from "../../src/sheets/scoring";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import {
  ctxOf,
  fillValidScores,
  judgeSheetNames,
  readModel,
  registerAll,
  settingCell,
  sheet,
  type,
  unitRow,
} from "../support/corpus";

async function preparedWith(settings: Record<string, string>): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan(ctxOf(wb), { sample: true });
  for (const [code, value] of Object.entries(settings)) type(wb, "Cấu hình", settingCell(wb, code), value);
  const r = await prepareRound(ctxOf(wb), "D1");
  expect(r.ok).toBe(true);
  return ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
}

/** Per judge sheet: the judge code and the unit codes listed on it. */
async function listed(wb: ExcelJsWorkbook): Promise<Map<string, string[]>> {
  const { units, criteria } = await readModel(wb);
  const out = new Map<string, string[]>();
  for (const d of await wb.readSheets(await judgeSheetNames(wb))) {
    const js = readScoringSheet(d, criteria, units);
    out.set(
      js.judgeCode,
      units.filter((_, i) => js.rowOfUnit[i] >= 0).map((u) => u.code),
    );
  }
  return out;
}

describe("prepare and validate with SCORING_ASSIGNMENT = assigned", () => {
  let wb: ExcelJsWorkbook;
  beforeAll(async () => {
    wb = await preparedWith({ SCORING_ASSIGNMENT: "assigned" });
  });

  test("each judge's sheet lists exactly the units assigned to them in Hội đồng or Đơn vị, minus their own", async () => {
    const { units } = await readModel(wb);
    const [council] = await wb.readSheets(["Hội đồng"]);
    const judges = readMembers(council).members.filter((m) => m.scores);
    const got = await listed(wb);
    expect([...got.keys()].sort()).toEqual(judges.map((m) => m.code).sort());
    let partial = 0;
    for (const m of judges) {
      const want = units
        .filter((u) => m.follows.includes(u.code) || u.follower === m.code)
        .filter((u) => !m.memberOf.includes(u.code))
        .map((u) => u.code);
      expect({ judge: m.code, units: got.get(m.code) }).toEqual({ judge: m.code, units: want });
      expect(want.length).toBeGreaterThan(0);
      if (want.length < units.length) partial++;
    }
    // The sample council splits the ward among its judges: with the default (all) every sheet lists more.
    expect(partial).toBe(judges.length);
    const all = await listed(await preparedWith({}));
    for (const m of judges) expect(all.get(m.code)!.length).toBeGreaterThan(got.get(m.code)!.length);
  });

  test("filled in, it validates clean: the units a judge was not assigned are not reported missing", async () => {
    const copy = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
    await registerAll(copy);
    await fillValidScores(copy);
    const result = await validateRoundCommand(ctxOf(copy), "D1");
    expect(result.findings.filter((f) => f.code === "SCORE_UNIT_MISSING")).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  test("an assigned unit removed from its judge's sheet is still reported missing", async () => {
    const copy = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
    await registerAll(copy);
    await fillValidScores(copy);
    const got = await listed(copy);
    const names = await judgeSheetNames(copy);
    const { units, criteria } = await readModel(copy);
    const [first] = await copy.readSheets([names[0]]);
    const judge = readScoringSheet(first, criteria, units).judgeCode;
    const unit = got.get(judge)![0];
    const r = await unitRow(copy, names[0], unit);
    const row = sheet(copy, names[0]).getRow(r);
    row.eachCell({ includeEmpty: true }, (c) => {
      if (typeof c.value !== "object" || c.value === null) c.value = null;
    });
    const missing = (await validateRoundCommand(ctxOf(copy), "D1")).findings.filter((f) => f.code === "SCORE_UNIT_MISSING");
    expect(missing.map((f) => [f.sheet, f.message_en.includes(unit)])).toEqual([[names[0], true]]);
  });
});

describe("the scoring deadline in each judge sheet's header", () => {
  test("every sheet shows the round's deadline from Cấu hình, as a date dd/mm/yyyy beside its label", async () => {
    const wb = await preparedWith({ SCORING_DEADLINE_D1: "20/05/2024" });
    const names = await judgeSheetNames(wb);
    expect(names.length).toBeGreaterThan(1);
    for (const n of names) {
      const ws = sheet(wb, n);
      expect(String(ws.getCell("A4").value)).toMatch(/Hạn/);
      const v = ws.getCell("B4").value;
      expect(v).toBeInstanceOf(Date);
      expect((v as Date).toISOString().slice(0, 10)).toBe("2024-05-20");
      expect(ws.getCell("B4").numFmt).toBe("dd/mm/yyyy");
    }
  });
});
