/**
 * Re-running prepare after the lists changed never drops a typed value: what the new sheets cannot hold
 * stays in a "(bản cũ)" copy of the old sheet, and the command says so per sheet. The counting here reads
 * the cells as a person sees them (column A codes, header row, wording row), not through the add-in's reader.
 */
import type ExcelJS from "exceljs";
import { prepareRound } from "../../src/app/prepare";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { cleanWorkbook, ctxOf, rowOf, sheet, type } from "../support/corpus";

const SUMS = new Set(["Cộng điểm chuẩn", "Cộng điểm thưởng", "Cộng điểm trừ", "Tổng điểm", "Tên đơn vị"]);
const NOTES = ["Ghi chú: TDP01 nộp minh chứng muộn", "Cần xem lại biên bản họp tổ", "Ghi chú"];

function isFormula(v: ExcelJS.CellValue): boolean {
  // exceljs reads a formula repeated down a column back as a shared formula.
  return typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
}

/**
 * Every score typed on a judge sheet, as "judge|unit|wording of the column|value": the judge code from
 * B3, the unit code from column A, the wording from the row above the header row (it survives a renamed code).
 */
function typedScores(ws: ExcelJS.Worksheet): string[] {
  const judge = String(ws.getCell("B3").value ?? "");
  const out: string[] = [];
  let header = 0;
  let cols: number[] = [];
  ws.eachRow((row, r) => {
    if (row.getCell(1).value === "Mã đơn vị") {
      header = r;
      cols = [];
      row.eachCell((cell, c) => {
        if (c >= 3 && cell.value !== null && !SUMS.has(String(cell.value)) && String(cell.value) !== "Ghi chú") cols.push(c);
      });
      return;
    }
    // A block title is merged across the row: exceljs shows its text in every cell of the merge.
    if (!header || r <= header + 1 || !row.getCell(1).value || !row.getCell(2).value || row.getCell(2).isMerged) return;
    for (const c of cols) {
      const v = row.getCell(c).value;
      if (v === null || v === undefined || isFormula(v)) continue;
      out.push(`${judge}|${String(row.getCell(1).value)}|${String(ws.getRow(header - 1).getCell(c).value)}|${String(v)}`);
    }
  });
  return out;
}

function notesOn(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => void (NOTES.includes(String(cell.value)) && out.push(String(cell.value)))));
  return out;
}

function judgeSheets(wb: ExcelJsWorkbook): ExcelJS.Worksheet[] {
  return wb.book.worksheets.filter((ws) => ws.name.startsWith("Chấm điểm Đ1"));
}

/** Multiset difference a − b. */
function missing(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n === 0) return true;
    left.set(x, n - 1);
    return false;
  });
}

function clearRow(ws: ExcelJS.Worksheet, r: number): void {
  ws.getRow(r).eachCell((cell) => (cell.value = null));
}

describe("prepare keeps every typed value when the lists change", () => {
  test("a unit removed, criteria renamed, a judge removed, notes beside the grid: all still in the workbook", async () => {
    const wb = await cleanWorkbook();
    const lan = "Chấm điểm Đ1 - Lan";
    const ws = sheet(wb, lan);
    // Notes a judge typed: a "Ghi chú" column right of TDP01's total, and a line below the last block.
    const tdp01 = rowOf(wb, lan, "TDP01");
    const totalCol = (ws.getRow(tdp01).values as ExcelJS.CellValue[]).length; // 1-based index of the last cell
    type(wb, lan, ws.getRow(tdp01 - 2).getCell(totalCol + 1).address, "Ghi chú");
    type(wb, lan, ws.getRow(tdp01).getCell(totalCol + 1).address, NOTES[0]);
    type(wb, lan, `A${ws.rowCount + 3}`, NOTES[1]);

    const before = judgeSheets(wb).flatMap(typedScores);
    const notesBefore = judgeSheets(wb).flatMap(notesOn);
    // Lan scores 14 TDP and 31 other units (DT02 is hers): 14 × 19 + 31 × 11 base lines, TH.2 and L.2 on
    // all 45, L.1 on the 14 TDP, and the sample's one-point deductions (TR.1 on 16 units, TR.2 on 5) = 732.
    expect(typedScores(ws)).toHaveLength(732);
    // The ten judges' sheets: 731, 732, 732, 745, 732 (Lan), 731 (Nam), 732, 719, 719, 731.
    expect(before).toHaveLength(7304);
    expect(notesBefore).toHaveLength(3);

    // TDP14 off Đơn vị; I.2 renamed I.2a (wording and maximum as before); A.3 renamed A.9 with new wording.
    clearRow(sheet(wb, "Đơn vị"), rowOf(wb, "Đơn vị", "TDP14"));
    type(wb, "Tiêu chí", `A${rowOf(wb, "Tiêu chí", "I.2")}`, "I.2a");
    const a3 = rowOf(wb, "Tiêu chí", "A.3");
    type(wb, "Tiêu chí", `A${a3}`, "A.9");
    type(wb, "Tiêu chí", `C${a3}`, "Đăng ký thi đua, báo cáo định kỳ đúng hạn");
    // Nam taken off Hội đồng.
    clearRow(sheet(wb, "Hội đồng"), rowOf(wb, "Hội đồng", String(sheet(wb, "Chấm điểm Đ1 - Nam").getCell("B3").value)));

    const result = await prepareRound(ctxOf(wb), "D1");
    expect(result.ok).toBe(true);
    const saved = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());

    const after = judgeSheets(saved).flatMap(typedScores);
    expect(missing(before, after)).toEqual([]);
    // New sheets 6097 (each old count less TDP14's and A.3's), their nine copies 6573, Nam's sheet 731.
    expect(after).toHaveLength(13401);
    // Lan's new sheet: 732 − 22 of TDP14 (19 base, TH.2, L.1, L.2) − 31 of A.3 = 679.
    expect(typedScores(saved.book.getWorksheet(lan)!)).toHaveLength(679);
    expect(typedScores(saved.book.getWorksheet(`${lan} (bản cũ)`)!)).toHaveLength(732);
    expect(missing(notesBefore, judgeSheets(saved).flatMap(notesOn))).toEqual([]);

    // Every sheet of a judge who still scores lost TDP14 (28 inputs) and A.3 (one per other unit scored):
    // each is copied whole; Nam's sheet is left as it was.
    const names = judgeSheets(saved)
      .map((w) => w.name)
      .sort();
    expect(names.filter((n) => n.endsWith("(bản cũ)"))).toHaveLength(9);
    expect(names).toContain("Chấm điểm Đ1 - Lan (bản cũ)");
    expect(names).toContain("Chấm điểm Đ1 - Nam");
    expect(names).not.toContain("Chấm điểm Đ1 - Nam (bản cũ)");
    const lanMoved = result.messages.find((m) => m.vi.startsWith(`Trang “${lan}”: `) && m.vi.includes("(bản cũ)"));
    expect(lanMoved?.vi).toBe(
      `Trang “${lan}”: 53 điểm và 3 ghi chú đã nhập không còn chỗ trên trang mới (đơn vị, tiêu chí hoặc phân công đã đổi); cả trang cũ được giữ nguyên ở trang “Chấm điểm Đ1 - Lan (bản cũ)”.`,
    );
    expect(result.messages.some((m) => /Chấm điểm Đ1 - Nam.*không còn chấm điểm/.test(m.vi))).toBe(true);

    // The renamed I.2 keeps its scores in place: same values under the new code on the new sheet.
    const newLan = saved.book.getWorksheet(lan)!;
    const i2Before = typedScores(ws).filter((s) => s.includes("|Đăng ký, ký giao ước thi đua đúng hạn"));
    const i2After = typedScores(newLan).filter((s) => s.includes("|Đăng ký, ký giao ước thi đua đúng hạn"));
    expect(i2Before).toHaveLength(14);
    expect(i2After).toEqual(i2Before.filter((s) => !s.includes("|TDP14|")));
    expect(i2After).toHaveLength(13);
  }, 120_000);
});
