/**
 * Merges go to Excel as few calls: one-row merges of the same columns on consecutive rows become one
 * Range.merge(true), which merges each row on its own; the fake then holds the same merged areas.
 */
import { mergeRuns } from "../../../src/workbook/office/write";

describe("mergeRuns", () => {
  it("joins consecutive one-row merges of the same columns, keeps others as they are", () => {
    const runs = mergeRuns([
      { row: 5, col: 1, rows: 1, cols: 3 },
      { row: 6, col: 1, rows: 1, cols: 3 },
      { row: 7, col: 1, rows: 1, cols: 3 },
      { row: 9, col: 1, rows: 1, cols: 3 },
      { row: 6, col: 5, rows: 1, cols: 2 },
      { row: 0, col: 0, rows: 2, cols: 4 },
    ]);
    expect(runs).toEqual([
      { range: { row: 0, col: 0, rows: 2, cols: 4 }, across: false },
      { range: { row: 5, col: 1, rows: 3, cols: 3 }, across: true },
      { range: { row: 9, col: 1, rows: 1, cols: 3 }, across: false },
      { range: { row: 6, col: 5, rows: 1, cols: 2 }, across: false },
    ]);
  });
});
