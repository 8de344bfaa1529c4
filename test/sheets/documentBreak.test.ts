/** The signature block of a signed paper is never cut by a page end: a page break goes above it when it would be. */
import { wouldSplit } from "../../src/sheets/document";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";

describe("keeping the signature block on one page", () => {
  test("rows of 18 pt: a page holds 40 of them inside the decree's margins (726 pt)", () => {
    // 38 rows (684 pt) above a block of 7 rows (126 pt): the block would cross the page end.
    expect(wouldSplit({}, 38, 44)).toBe(true);
    // 10 rows above: it fits.
    expect(wouldSplit({}, 10, 16)).toBe(false);
    // A tall row above moves the count: one row of 600 pt and 5 of 18 leave no room for 7 more.
    expect(wouldSplit({ 0: 600 }, 6, 12)).toBe(true);
    // Past the first page the count starts again: 45 rows fill page 1 (40) and 5 of page 2.
    expect(wouldSplit({}, 45, 51)).toBe(false);
  });

  test("the exceljs host writes the break above the given row", async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheets([
      {
        name: "Giấy",
        marker: { command: "summary", key: "test" },
        cells: Array.from({ length: 12 }, (_, i) => [`dòng ${i + 1}`]),
        pageBreaks: [8],
        print: { orientation: "portrait", layout: "document" },
      },
    ]);
    const breaks = (wb.book.getWorksheet("Giấy") as unknown as { rowBreaks: { id: number }[] }).rowBreaks;
    // Below the 8th row (1-based), so the 0-based row 8 (the 9th) begins the page.
    expect(breaks.map((b) => b.id)).toEqual([8]);
  });
});
