/**
 * The office adapter cuts requests by their size in bytes of JSON: the fast per-cell count must give the
 * bytes JSON.stringify and UTF-8 give, for every kind of cell a sheet holds.
 */
import { cellJsonBytes, rowBytes } from "../../../src/workbook/office/cells";

describe("bytes of a cell as JSON, counted without building the JSON", () => {
  test.each<[string | number | boolean, number]>([
    [7.25, 4],
    [100, 3],
    [-2, 2],
    [0.1 + 0.2, 19],
    [1e21, 5],
    [Number.NaN, 4],
    [true, 4],
    [false, 5],
    ["", 2],
    ["D1", 4],
    ['say "x"', 11],
    ["a\\b", 6],
    ["tab\there", 11],
    ["Đợt 1", 10],
    ["=SUM(C7:AF7)", 14],
  ])("%p is %i bytes", (cell, expected) => {
    expect(cellJsonBytes(cell)).toBe(expected);
  });

  test("a row is its cells, the commas between them, its brackets and the comma after it", () => {
    // ["Đợt 1",7.25,true] is 22 bytes of UTF-8 (Đ is 2 bytes, ợ 3), and the comma after the row makes 23.
    expect(rowBytes([["Đợt 1", 7.25, true], [], [""]])).toEqual([23, 3, 5]);
  });
});
