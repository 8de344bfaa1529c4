/**
 * A judge's sheet printed on A4: readable, not 34 columns squeezed onto one landscape page. Unit code and
 * name repeat at the left of every page, the criteria spread across pages, the block's header rows repeat
 * on top, and every page carries a line for the judge to sign.
 */
import { layoutPlan } from "../../src/app/layout";
import { prepareRound } from "../../src/app/prepare";
import { scoringPrint } from "../../src/sheets/scoring";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";

test("the print settings of a wide one-block sheet", () => {
  // 2 + 32 criteria + 4 totals = 38 columns; the 36 after the name are 324 width units: 3 pages across.
  expect(scoringPrint("D1", 9, 38)).toEqual({
    orientation: "landscape",
    headerCenter: "BẢNG CHẤM ĐIỂM THI ĐUA – Đợt 1",
    repeatCols: { first: 0, last: 1 },
    repeatRows: { first: 7, last: 10 },
    pagesWide: 3,
    footerLeft: "Người chấm (ký, ghi rõ họ tên): ................................................",
  });
  // Several blocks have different header rows: none is repeated.
  expect(scoringPrint("D1", -1, 10)?.repeatRows).toBeUndefined();
  expect(scoringPrint("D1", -1, 10)?.pagesWide).toBe(1);
});

test("the sample ward's judge sheets print across pages with the code and name repeated and a signature line", async () => {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: new Date(Date.UTC(2024, 3, 5)) }, { sample: true });
  expect((await prepareRound({ wb, today: new Date(Date.UTC(2024, 3, 5)) }, "D1")).ok).toBe(true);
  const judge = wb.book.worksheets.find((s) => s.name.startsWith("Chấm điểm Đ1 - "))!;
  expect(judge.pageSetup.orientation).toBe("landscape");
  expect(judge.pageSetup.printTitlesColumn).toBe("A:B");
  expect(judge.pageSetup.fitToWidth).toBeGreaterThan(1);
  expect(judge.headerFooter.oddFooter).toContain("&LNgười chấm (ký, ghi rõ họ tên)");
  expect(judge.headerFooter.oddFooter).toContain("&P");
});
