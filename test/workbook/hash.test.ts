import fc from "fast-check";
import { dateToSerial, hashCells, hashSheetData } from "../../src/workbook/hash";
import type { CellInput, SheetData } from "../../src/workbook/port";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { reload, utc } from "../support/xlsx";

const cells: CellInput[][] = [
  ["STT", "Tên", "Ngày", "Điểm", "Đạt", "Tổng"],
  [1, "Tổ dân phố 1", utc(2024, 3, 15), 8.5, true, { formula: "=D2*2", result: 17 }],
  [2, "Chi bộ 2", utc(2024, 6, 30), 0.1 + 0.2, false, { formula: "=D3*2", result: 0.6 }],
];

/** What the office host reads: dates as serial numbers, formula cells as their "=..." text and result. */
function asOfficeReads(input: CellInput[][]): SheetData {
  return {
    name: "x",
    values: input.map((r) => r.map((c) => (c instanceof Date ? dateToSerial(c) : c && typeof c === "object" ? (c.result ?? null) : c))),
    formulas: input.map((r) => r.map((c) => (c && typeof c === "object" && !(c instanceof Date) ? c.formula : null))),
  };
}

describe("content hash", () => {
  it("is equal for what was written and what the exceljs host reads back unedited", async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheets([{ name: "S", marker: { command: "t", key: "k" }, cells }]);
    const [data] = await (await reload(wb)).readSheets(["S"], { formulas: true });
    expect(hashSheetData(data)).toBe(hashCells(cells));
  });

  it("is equal when the office host reads dates as serials and pads the used range with empty cells and rows", () => {
    const office = asOfficeReads(cells);
    office.values = [...office.values.map((r) => [...r, null, ""]), [null, null, null, null, null, null, null, null]];
    office.formulas = [...office.formulas!.map((r) => [...r, null, null]), new Array(8).fill(null)];
    expect(hashSheetData(office)).toBe(hashCells(cells));
  });

  it("sees a Date and its Excel serial number as the same cell", () => {
    expect(hashCells([[utc(2024, 1, 1)]])).toBe(hashCells([[45292]]));
  });

  it("compares formulas by their text, not their results, and ignores case outside string literals", () => {
    expect(hashCells([[{ formula: "=sum(a1:b1)", result: 1 }]])).toBe(hashCells([[{ formula: "=SUM(A1:B1)", result: 2 }]]));
    expect(hashCells([[{ formula: '=IF(A1="x",1,0)' }]])).not.toBe(hashCells([[{ formula: '=IF(A1="X",1,0)' }]]));
    expect(hashCells([[{ formula: "=A1" }]])).not.toBe(hashCells([["=A1"]]));
  });

  it("changes when one cell is edited, anywhere", () => {
    const base = hashCells(cells);
    for (let r = 0; r < cells.length; r++) {
      for (let c = 0; c < cells[r].length; c++) {
        const edited = cells.map((row) => row.slice());
        edited[r][c] = "sửa";
        expect(hashCells(edited)).not.toBe(base);
      }
    }
  });

  it("keeps types and cell boundaries apart: 1 vs \"1\" vs TRUE, [\"ab\",\"c\"] vs [\"a\",\"bc\"], a blank row inside", () => {
    expect(new Set([hashCells([[1]]), hashCells([["1"]]), hashCells([[true]])]).size).toBe(3);
    expect(hashCells([["ab", "c"]])).not.toBe(hashCells([["a", "bc"]]));
    expect(hashCells([["a"], [null], ["b"]])).not.toBe(hashCells([["a"], ["b"]]));
  });

  it("ignores floating-point noise beyond Excel's 15 digits and Unicode normalisation", () => {
    expect(hashCells([[0.1 + 0.2]])).toBe(hashCells([[0.3]]));
    expect(hashCells([["Kế hoạch".normalize("NFD")]])).toBe(hashCells([["Kế hoạch"]]));
  });

  it("is a different value for random different tables (no trivial collisions)", () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }), fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }), (a, b) => {
        const canon = (t: CellInput[][]) =>
          JSON.stringify(
            t
              .map((r) => {
                const x = r.map((v) => (v === "" ? null : v));
                while (x.length && x[x.length - 1] === null) x.pop();
                return x;
              })
              .reduceRight<(CellInput[])[]>((acc, r) => (acc.length === 0 && r.length === 0 ? acc : [r, ...acc]), []),
          );
        if (canon(a) !== canon(b)) expect(hashCells(a)).not.toBe(hashCells(b));
        else expect(hashCells(a)).toBe(hashCells(b));
      }),
    );
  });
});
