/**
 * Numbers no cell can hold (Infinity, NaN, 1e308) and numbers carrying characters that do not show (a
 * zero-width space pasted after a digit) are named plainly, at their cell. Before, 1e308 was reported as
 * "Điểm Infinity", and "8" + U+200B as "“8” không phải là số", a cell that shows 8.
 */
import { validateRoundCommand } from "../../src/app/validate";
import { readNumber } from "../../src/sheets/cells";
import { cleanWorkbook, ctxOf, inputAddress, judgeSheetNames, type } from "../support/corpus";

jest.setTimeout(120_000);

describe("readNumber", () => {
  test.each([
    [1e308, { kind: "invalid", text: "1e+308", notFinite: true }],
    [Infinity, { kind: "invalid", text: "Infinity", notFinite: true }],
    [NaN, { kind: "invalid", text: "NaN", notFinite: true }],
    ["Infinity", { kind: "invalid", text: "Infinity", notFinite: true }],
    ["-∞", { kind: "invalid", text: "-∞", notFinite: true }],
    ["1E+309", { kind: "invalid", text: "1E+309", notFinite: true }],
    ["8\u200b", { kind: "text-number", value: 8, hidden: ["U+200B"] }],
    ["\u2060 8,5\u200d", { kind: "text-number", value: 8.5, hidden: ["U+2060", "U+200D"] }],
    ["\u200b", { kind: "blank" }],
    ["1e3", { kind: "invalid", text: "1e3" }],
    ["8,5", { kind: "text-number", value: 8.5 }],
    [9.99e307, { kind: "number", value: 9.99e307 }],
  ])("%p", (typed, read) => {
    expect(readNumber(typed as never)).toEqual(read);
  });
});

describe("findings at the cell", () => {
  async function findingsFor(value: unknown): Promise<{ code: string; vi: string; en: string }[]> {
    const wb = await cleanWorkbook();
    const judge = (await judgeSheetNames(wb))[0]!;
    const cell = await inputAddress(wb, judge, "TDP01", "I.1");
    type(wb, judge, cell, value as never);
    const r = await validateRoundCommand(ctxOf(wb), "D1");
    return r.findings
      .filter((f) => f.sheet === judge && f.cell === cell)
      .map((f) => ({ code: f.code, vi: f.message_vi, en: f.message_en }));
  }

  test("1e308 typed into a score cell is named as a number too large, not as “Infinity” out of range", async () => {
    const [f, ...rest] = await findingsFor(1e308);
    expect(rest).toEqual([]);
    expect(f!.code).toBe("SCORE_NOT_FINITE");
    expect(f!.vi).toContain("“1e+308”: số vô hạn, quá lớn hoặc không xác định");
    expect(f!.vi).toContain("đơn vị TDP01, tiêu chí I.1");
    expect(f!.en).toContain("infinite, too large or no number at all, so it cannot be a score");
  });

  test("“Infinity” typed as text is named the same way", async () => {
    const found = await findingsFor("Infinity");
    expect(found.map((f) => f.code)).toEqual(["SCORE_NOT_FINITE"]);
  });

  test("a zero-width space after the digit: read as the number, the hidden character named by its code point", async () => {
    const found = await findingsFor("5\u200b");
    expect(found.map((f) => f.code)).toEqual(["SCORE_HIDDEN_CHARS"]);
    expect(found[0]!.vi).toBe(
      "Điểm “5” có ký tự ẩn không nhìn thấy (U+200B), thường do dán từ web hoặc Word; đã đọc là 5. Nên gõ lại điểm để xoá ký tự đó.",
    );
    expect(found[0]!.en).toContain("carries a character that does not show (U+200B)");
  });
});

test("a huge number Excel can still hold (9E+307) is shown as it is in the out-of-range finding, not as Infinity", async () => {
  const wb = await cleanWorkbook();
  const judge = (await judgeSheetNames(wb))[0]!;
  const cell = await inputAddress(wb, judge, "TDP01", "I.1");
  type(wb, judge, cell, 9e307);
  const r = await validateRoundCommand(ctxOf(wb), "D1");
  const f = r.findings.filter((x) => x.sheet === judge && x.cell === cell);
  expect(f.map((x) => x.code)).toEqual(["SCORE_OUT_OF_RANGE"]);
  expect(f[0]!.message_vi).toBe("Điểm 9e+307 của tiêu chí I.1 (đơn vị TDP01) ngoài khoảng 0 – 6.");
});
