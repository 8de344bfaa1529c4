/** Validation reads everything and writes only its own `Kiểm tra` sheet, whose links lead to the cells. */
import { validateRoundCommand } from "../../src/app/validate";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { cleanWorkbook, ctxOf, inputAddress, type } from "../support/corpus";

async function snapshot(wb: ExcelJsWorkbook, except: string) {
  const names = (await wb.listSheets()).map((s) => s.name).filter((n) => n !== except);
  return wb.readSheets(names, { formulas: true });
}

test("validate changes nothing outside Kiểm tra, value for value, and links each finding to its cell", async () => {
  const wb = await cleanWorkbook();
  const name = "Chấm điểm Đ1 - Thanh";
  const bad = await inputAddress(wb, name, "TDP02", "I.4");
  type(wb, name, bad, "8,5");
  type(wb, "Đăng ký", "C3", "=TDP99"); // text that looks like a formula: must come back as text
  const before = await snapshot(wb, "Kiểm tra");
  const result = await validateRoundCommand(ctxOf(wb), "D1");
  const saved = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
  expect(await snapshot(saved, "Kiểm tra")).toEqual(before);

  expect(result.ok).toBe(false); // "8,5" is above I.4's maximum 5, and =TDP99 is no unit
  const [check] = await saved.readSheets(["Kiểm tra"], { formulas: true });
  const header = check.values.findIndex((r) => r[0] === "STT");
  const rows = check.values.slice(header + 1);
  expect(rows).toHaveLength(result.findings.length);
  // the rule code is the last column (the second is the kind in words)
  const i = rows.findIndex((r) => r[7] === "SCORE_TEXT_NUMBER");
  expect(rows[i][1]).toBe("Điểm nhập dạng chữ");
  expect(check.formulas?.[header + 1 + i][4]).toBe(`=HYPERLINK("#'${name}'!${bad}","${bad}")`);
  expect(
    rows.some(
      (r) => r[7] === "REG_UNKNOWN_UNIT" && r[1] === "Đơn vị không có trong danh sách" && String(r[5]).includes("=TDP99"),
    ),
  ).toBe(true);
  expect(check.formulas?.flat().filter((f) => f && !f.startsWith("=HYPERLINK("))).toEqual([]);
});
