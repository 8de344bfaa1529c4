/**
 * What counts as "registered" and which unit a registration names, as the clerk sees it: validation and
 * ranking must give the same answer (a unit with no REG_MISSING warning is one ranking may propose), and a
 * unit code is matched the same tolerant way on `Đăng ký` as on the judge sheets.
 */
import { rankingInputOfRound } from "../../src/domain/ranking";
import { loadRoundInputs } from "../../src/app/roundInputs";
import { validateRoundCommand } from "../../src/app/validate";
import { rankRound } from "../../src/domain/ranking";
import type { Finding } from "../../src/domain/types";
import type { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { cleanWorkbook, ctxOf, nextFreeRow, rowOf, type } from "../support/corpus";

async function validate(wb: ExcelJsWorkbook): Promise<Finding[]> {
  return (await validateRoundCommand(ctxOf(wb), "D1")).findings;
}

/** The rank command's own path from the workbook to the ranking, without writing it. */
async function ranked(wb: ExcelJsWorkbook, code: string) {
  const inputs = await loadRoundInputs(ctxOf(wb), "D1");
  const result = rankRound(rankingInputOfRound(inputs.input));
  const unit = result.units.find((u) => u.code === code);
  if (!unit) throw new Error(`${code} not ranked`);
  return unit;
}

const at = (f: Finding[], code: string) => f.filter((x) => x.code === code).map((x) => [x.sheet, x.cell, x.severity]);

describe("a registration for the year (NAM) covers the round", () => {
  test("TDP01 registered only for the year: no REG_MISSING, and the ranking treats it as registered and eligible", async () => {
    const wb = await cleanWorkbook();
    // Row 2 holds TDP01's D1 registration (corpus.registerAll): it becomes a year registration.
    type(wb, "Đăng ký", "A2", "Năm");
    const f = await validate(wb);
    expect(f.filter((x) => x.code === "REG_MISSING")).toEqual([]);
    const unit = await ranked(wb, "TDP01");
    expect(unit.registered).toBe(true);
    expect(unit.eligible).toBe(true);
    expect(unit.reasons.map((r) => r.code)).not.toContain("RANK_NOT_REGISTERED");
  });

  test("with no registration at all the two agree the other way: REG_MISSING and not eligible", async () => {
    const wb = await cleanWorkbook();
    for (const c of "ABCDEFGH") type(wb, "Đăng ký", `${c}2`, null);
    const f = await validate(wb);
    expect(at(f, "REG_MISSING")).toEqual([["Đơn vị", `A${rowOf(wb, "Đơn vị", "TDP01")}`, "warning"]]);
    const unit = await ranked(wb, "TDP01");
    expect(unit.registered).toBe(false);
    expect(unit.eligible).toBe(false);
  });

  test("a registration for another round (Đợt 2) does not count for Đợt 1", async () => {
    const wb = await cleanWorkbook();
    type(wb, "Đăng ký", "A2", "Đợt 2");
    expect(at(await validate(wb), "REG_MISSING")).toEqual([["Đơn vị", `A${rowOf(wb, "Đơn vị", "TDP01")}`, "warning"]]);
    expect((await ranked(wb, "TDP01")).registered).toBe(false);
  });
});

describe("unit codes on Đăng ký are matched like the judge sheets match them", () => {
  test("“tdp01 ” is TDP01: no REG_UNKNOWN_UNIT, one warning that it is written differently, and TDP01 stays registered", async () => {
    const wb = await cleanWorkbook();
    type(wb, "Đăng ký", "C2", "tdp01 ");
    const f = await validate(wb);
    expect(at(f, "REG_UNKNOWN_UNIT")).toEqual([]);
    expect(at(f, "REG_MISSING")).toEqual([]);
    expect(at(f, "REG_UNIT_CODE_FORM")).toEqual([["Đăng ký", "C2", "warning"]]);
    expect(f.find((x) => x.code === "REG_UNIT_CODE_FORM")?.message_vi).toContain("TDP01");
    expect(f.filter((x) => x.severity === "error")).toEqual([]);
    expect((await ranked(wb, "TDP01")).registered).toBe(true);
  });

  test("a second row “tdp01” for the same title is a duplicate of TDP01's row", async () => {
    const wb = await cleanWorkbook();
    const r = nextFreeRow(wb, "Đăng ký");
    ["Đợt 1", "Tập thể", "tdp01", null, "Giấy khen tập thể", null, new Date(Date.UTC(2024, 0, 12)), "Có"].forEach((v, i) =>
      type(wb, "Đăng ký", `${"ABCDEFGH"[i]}${r}`, v),
    );
    expect(at(await validate(wb), "REG_DUPLICATE")).toEqual([["Đăng ký", `E${r}`, "error"]]);
  });

  test("a code that is not a unit in any spelling is still REG_UNKNOWN_UNIT", async () => {
    const wb = await cleanWorkbook();
    type(wb, "Đăng ký", "C3", "tdp 02");
    expect(at(await validate(wb), "REG_UNKNOWN_UNIT")).toEqual([["Đăng ký", "C3", "error"]]);
  });
});

describe("a person's registration names a unit that must exist", () => {
  const person = (unit: string | null) => [
    "Đợt 1",
    "Cá nhân",
    unit,
    "Nguyễn Văn An",
    "Giấy khen cá nhân",
    null,
    new Date(Date.UTC(2024, 0, 12)),
    "Có",
  ];
  const add = (wb: ExcelJsWorkbook, values: (string | Date | null)[]) => {
    const r = nextFreeRow(wb, "Đăng ký");
    values.forEach((v, i) => type(wb, "Đăng ký", `${"ABCDEFGH"[i]}${r}`, v));
    return r;
  };

  test("with a unit of the list it is clean", async () => {
    const wb = await cleanWorkbook();
    add(wb, person("TDP03"));
    expect(await validate(wb)).toEqual([]);
  });

  test("with an unknown unit it is REG_UNKNOWN_UNIT on the unit cell", async () => {
    const wb = await cleanWorkbook();
    const r = add(wb, person("TDP99"));
    expect(at(await validate(wb), "REG_UNKNOWN_UNIT")).toEqual([["Đăng ký", `C${r}`, "error"]]);
  });

  test("with no unit at all it is REG_UNKNOWN_UNIT on the unit cell", async () => {
    const wb = await cleanWorkbook();
    const r = add(wb, person(null));
    expect(at(await validate(wb), "REG_UNKNOWN_UNIT")).toEqual([["Đăng ký", `C${r}`, "error"]]);
  });
});
