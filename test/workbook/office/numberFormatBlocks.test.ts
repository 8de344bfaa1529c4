/**
 * Number formats go to Excel as few calls: a document table's percent column, one format a row, is one
 * range; formats that differ or overlap keep their order, so the cell shows the format the spec gave last.
 */
import { numberFormatBlocks } from "../../../src/workbook/office/write";
import { OfficeWorkbook } from "../../../src/workbook/office/workbook";
import { FakeExcel } from "../../support/fakeExcel";

describe("numberFormatBlocks", () => {
  it("joins one format's cells into blocks, and keeps a later different format after them", () => {
    const blocks = numberFormatBlocks([
      { range: { row: 5, col: 5, rows: 1, cols: 1 }, format: "0.0%" },
      { range: { row: 6, col: 5, rows: 1, cols: 1 }, format: "0.0%" },
      { range: { row: 7, col: 5, rows: 1, cols: 1 }, format: "0.0%" },
      { range: { row: 9, col: 5, rows: 1, cols: 1 }, format: "0.0%" },
      { range: { row: 7, col: 5, rows: 1, cols: 1 }, format: "@" },
      { range: { row: 8, col: 5, rows: 1, cols: 1 }, format: "0.0%" },
    ]);
    expect(blocks).toEqual([
      { range: { row: 5, col: 5, rows: 3, cols: 1 }, format: "0.0%" },
      { range: { row: 9, col: 5, rows: 1, cols: 1 }, format: "0.0%" },
      { range: { row: 7, col: 5, rows: 1, cols: 1 }, format: "@" },
      { range: { row: 8, col: 5, rows: 1, cols: 1 }, format: "0.0%" },
    ]);
  });
});

test("a 2,000-row table with a percent cell a row is written with one number-format call, and every cell shows it", async () => {
  const fake = new FakeExcel();
  const wb = new OfficeWorkbook(fake.run, fake.isSetSupported);
  const rows = 2_000;
  await wb.writeSheets([
    {
      name: "Biên bản",
      marker: { command: "awards", key: "minutes" },
      cells: [["STT", "Tỷ lệ"], ...Array.from({ length: rows }, (_, i) => [i + 1, 0.8 + (i % 3) / 100])],
      numberFormats: Array.from({ length: rows }, (_, i) => ({ range: { row: i + 1, col: 1, rows: 1, cols: 1 }, format: "0.0%" })),
    },
  ]);
  const sheet = fake.sheet("Biên bản");
  expect(sheet.numberFormats).toEqual([{ rect: { row: 1, col: 1, rows: 2_000, cols: 1 }, format: "0.0%" }]);
  expect(sheet.numberFormatAt(1, 1)).toBe("0.0%");
  expect(sheet.numberFormatAt(2_000, 1)).toBe("0.0%");
  expect(sheet.numberFormatAt(2_001, 1)).toBe("General");
  expect(sheet.numberFormatAt(1, 0)).toBe("General");
});
