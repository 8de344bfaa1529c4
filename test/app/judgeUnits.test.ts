/**
 * Which units a judge scores is one rule for prepare, validation and ranking: a unit the judge follows on
 * `Đơn vị` (not on `Hội đồng`) is on their sheet and, left blank, reads "not scored yet" in the ranking's
 * progress; a unit the judge heads on `Đơn vị` is a conflict even when `Hội đồng` does not link them; and
 * a judge who typed only the veto column has not scored the unit.
 */
import type ExcelJS from "exceljs";
import { layoutPlan } from "../../src/app/layout";
import { prepareRound } from "../../src/app/prepare";
import { loadRoundInputs } from "../../src/app/roundInputs";
import { validateRoundCommand } from "../../src/app/validate";
import { CellStatus, rankRound, rankingInputOfRound } from "../../src/domain/ranking";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import {
  cleanWorkbook,
  ctxOf,
  fillValidScores,
  inputAddress,
  judgeSheetNames,
  registerAll,
  rowOf,
  settingCell,
  sheet,
  type,
  unitRow,
} from "../support/corpus";

function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let col = 0;
  ws.getRow(1).eachCell((cell, c) => {
    if (String(cell.value ?? "").trim() === header) col = c;
  });
  if (!col) throw new Error(`no column ${header} on ${ws.name}`);
  return col;
}

/** Blanks every input of a unit's row on a judge sheet (the code, name and formulas stay). */
async function clearScores(wb: ExcelJsWorkbook, name: string, unit: string): Promise<void> {
  const ws = sheet(wb, name);
  const row = ws.getRow(await unitRow(wb, name, unit));
  row.eachCell((cell, c) => {
    const v = cell.value;
    if (c > 2 && !(typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v))) cell.value = null;
  });
}

async function progressOf(wb: ExcelJsWorkbook, judge: string, unit: string): Promise<number> {
  const inputs = await loadRoundInputs(ctxOf(wb), "D1");
  const input = rankingInputOfRound(inputs.input);
  const result = rankRound(input);
  const j = input.judges.findIndex((x) => x.code === judge);
  const u = input.units.findIndex((x) => x.code === unit);
  return result.progress[j * input.units.length + u];
}

describe("the units a judge scores", () => {
  test("assigned on Đơn vị only, prepared and left blank: the ranking shows it empty, not 'not assigned'", async () => {
    const wb = ExcelJsWorkbook.create();
    await layoutPlan(ctxOf(wb), { sample: true });
    type(wb, "Cấu hình", settingCell(wb, "SCORING_ASSIGNMENT"), "assigned");
    // Bạch Thị Linh (M11) follows TDP14 on both sheets in the sample; take it off her row on Hội đồng.
    const council = sheet(wb, "Hội đồng");
    const follows = council.getRow(rowOf(wb, "Hội đồng", "M11")).getCell(columnOf(council, "Đơn vị theo dõi"));
    expect(String(follows.value)).toContain("TDP14");
    follows.value = String(follows.value)
      .split(/\s*,\s*/)
      .filter((c) => c !== "TDP14")
      .join(", ");
    expect((await prepareRound(ctxOf(wb), "D1")).ok).toBe(true);
    await registerAll(wb);
    await fillValidScores(wb);
    const linh = "Chấm điểm Đ1 - Linh";
    await clearScores(wb, linh, "TDP14");
    expect(await progressOf(wb, "M11", "TDP14")).toBe(CellStatus.Empty);
    // A unit neither sheet assigns to her stays "not assigned".
    expect(await progressOf(wb, "M11", "TDP01")).toBe(CellStatus.NotAssigned);
  }, 120_000);

  test("a judge who heads a unit on Đơn vị, unlinked on Hội đồng: left off their sheet, warned naming both sheets", async () => {
    // The sample ward: Nguyễn Hoàng Nam (M07) is "Người đứng đầu" of DT03 on Đơn vị, and Hội đồng says he
    // belongs to DT03. The clerk clears that link and prepares again.
    const wb = await cleanWorkbook();
    const council = sheet(wb, "Hội đồng");
    const link = council.getRow(rowOf(wb, "Hội đồng", "M07")).getCell(columnOf(council, "Thuộc đơn vị"));
    expect(link.value).toBe("DT03");
    link.value = null;
    expect((await prepareRound(ctxOf(wb), "D1")).ok).toBe(true);
    const nam = "Chấm điểm Đ1 - Nam";
    expect(() => rowOf(wb, nam, "DT03")).toThrow(); // still left off his sheet
    expect(rowOf(wb, nam, "DT04")).toBeGreaterThan(0);
    const result = await validateRoundCommand(ctxOf(wb), "D1");
    const warned = result.findings.filter((f) => f.code === "COUNCIL_HEAD_NOT_LINKED");
    expect(warned.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["warning", "Đơn vị", `E${rowOf(wb, "Đơn vị", "DT03")}`]]);
    expect(warned[0].message_vi).toBe(
      "Nguyễn Hoàng Nam (M07) là người đứng đầu DT03 trên trang “Đơn vị” nhưng trang “Hội đồng” không ghi đơn vị này ở cột “Thuộc đơn vị”: vẫn tính là xung đột lợi ích, M07 không chấm DT03.",
    );
    const ranked = await loadRoundInputs(ctxOf(wb), "D1");
    const input = rankingInputOfRound(ranked.input);
    expect(input.judges.find((j) => j.code === "M07")?.conflicts).toEqual(["DT03"]);
  }, 120_000);

  test("a row added back by hand and scored by the head is a conflict error, linked on Hội đồng or not", async () => {
    const wb = await cleanWorkbook();
    const council = sheet(wb, "Hội đồng");
    council.getRow(rowOf(wb, "Hội đồng", "M07")).getCell(columnOf(council, "Thuộc đơn vị")).value = null;
    const nam = "Chấm điểm Đ1 - Nam";
    // Nam types DT03's code over DT04's row (same grid): he now scores his own unit.
    const r = await unitRow(wb, nam, "DT04");
    type(wb, nam, `A${r}`, "DT03");
    type(wb, nam, `B${r}`, "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường");
    const result = await validateRoundCommand(ctxOf(wb), "D1");
    const conflict = result.findings.filter((f) => f.code === "SCORE_CONFLICT");
    expect(conflict.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", nam, `A${r}`]]);
  }, 120_000);

  test("a judge who filled only the veto column has not scored the unit: an error at the cell, and not counted", async () => {
    const wb = await cleanWorkbook();
    const lan = "Chấm điểm Đ1 - Lan";
    await clearScores(wb, lan, "TDP05");
    const veto = await inputAddress(wb, lan, "TDP05", "L.1");
    type(wb, lan, veto, "Không");
    const first = await inputAddress(wb, lan, "TDP05", "I.1");
    const result = await validateRoundCommand(ctxOf(wb), "D1");
    const vetoOnly = result.findings.filter((f) => f.code === "SCORE_VETO_ONLY");
    expect(vetoOnly.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", lan, first]]);
    expect(vetoOnly[0].message_vi).toBe(
      "Trần Thị Lan (M06) chỉ điền cột điểm liệt cho TDP05, chưa chấm điểm tiêu chí nào: đơn vị này coi như chưa được chấm; hãy chấm từ ô " +
        `${first}.`,
    );
    expect(await progressOf(wb, "M06", "TDP05")).toBe(CellStatus.Empty);
    expect(await judgeSheetNames(wb)).toContain(lan);
  }, 120_000);
});
