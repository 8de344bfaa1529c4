import { readBlocks, readUnits, buildUnitsSheet, DEFAULT_BLOCKS, parseUnitType } from "../../src/sheets/units";
import { sampleUnits } from "../../src/domain/sample/ward";
import type { CellInput, CellValue, SheetData } from "../../src/workbook/port";
import { isFormula } from "../../src/workbook/port";

/** What a host would read back from a spec: formulas as their result. */
function asData(name: string, cells: CellInput[][]): SheetData {
  return { name, values: cells.map((r) => r.map((c): CellValue => (isFormula(c) ? (c.result ?? null) : c))) };
}

describe("readUnits", () => {
  it("reads what buildUnitsSheet wrote: every sample unit, with its 1-based row", () => {
    const units = sampleUnits();
    const spec = buildUnitsSheet(units, { ward: "PHƯỜNG X" });
    const read = readUnits(asData("Đơn vị", spec.cells));
    expect(read.findings).toEqual([]);
    expect(read.units.map(({ row: _row, ...u }) => u)).toEqual(units);
    expect(read.units[0]!.row).toBe(2);
    expect(read.units[units.length - 1]!.row).toBe(units.length + 1);
    expect(read.sampleRows).toBe(units.length);
    expect(read.blocks.map((b) => b.code)).toEqual(DEFAULT_BLOCKS.map((b) => b.code));
  });

  it("matches headers in another case, with extra spaces and in NFD, in another order, and skips blank rows", () => {
    const values: CellValue[][] = [
      ["Danh sách đơn vị", null, null, null],
      ["  TÊN ĐƠN VỊ ", "mã đơn vị", "Loại".normalize("NFD"), "khối thi đua"],
      ["Tổ dân phố số 1", "TDP01", "Tổ dân phố", "KTDP"],
      [null, null, null, null],
      ["  ", null, null, null],
      ["Trường THCS", "TR03", "trường học", "KTH"],
    ];
    const read = readUnits({ name: "Đơn vị", values });
    expect(read.findings).toEqual([]);
    expect(read.units.map((u) => [u.code, u.name, u.type, u.block, u.row])).toEqual([
      ["TDP01", "Tổ dân phố số 1", "TDP", "KTDP", 3],
      ["TR03", "Trường THCS", "TRUONG", "KTH", 6],
    ]);
    expect(read.columns.code).toBe(1);
  });

  it("reports an unknown type and a missing code at their cells, and leaves those rows out", () => {
    const values: CellValue[][] = [
      ["Mã đơn vị", "Tên đơn vị", "Loại", "Khối thi đua"],
      ["TDP01", "Tổ dân phố số 1", "Tổ dân phố", "KTDP"],
      ["X1", "Hợp tác xã", "Doanh nghiệp", "KCQ"],
      [null, "Chi bộ 5", "Chi bộ", "KCB"],
      ["CB02", "Chi bộ 2", "Chi bộ", null],
    ];
    const read = readUnits({ name: "Đơn vị", values });
    expect(read.units.map((u) => u.code)).toEqual(["TDP01", "CB02"]);
    const byCode = Object.fromEntries(read.findings.map((f) => [f.code, f]));
    expect(byCode.UNIT_TYPE_UNKNOWN).toMatchObject({ severity: "error", sheet: "Đơn vị", cell: "C3" });
    expect(byCode.UNIT_TYPE_UNKNOWN!.message_vi).toContain("Doanh nghiệp");
    expect(byCode.UNIT_TYPE_UNKNOWN!.message_en).toContain("Doanh nghiệp");
    expect(byCode.UNIT_CODE_MISSING).toMatchObject({ severity: "error", cell: "A4" });
    expect(byCode.UNIT_BLOCK_MISSING).toMatchObject({ severity: "warning", cell: "D5" });
  });

  it("says so when the sheet has no recognisable header", () => {
    const read = readUnits({ name: "Đơn vị", values: [["a", "b"], ["c", "d"]] });
    expect(read.units).toEqual([]);
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([["UNITS_NO_HEADER", "A1"]]);
  });

  it("accepts type codes and labels with or without marks", () => {
    expect(parseUnitType("TDP")).toBe("TDP");
    expect(parseUnitType("to dan pho")).toBe("TDP");
    expect(parseUnitType("Mặt trận - đoàn thể")).toBe("DOANTHE");
    expect(parseUnitType("Đoàn thể")).toBe("DOANTHE");
    expect(parseUnitType("Cơ quan, đơn vị")).toBe("COQUAN");
    expect(parseUnitType("Nhà máy")).toBeUndefined();
  });
});

describe("the khối table beside the units", () => {
  it("is read back, and a person's added khối is read too", () => {
    const spec = buildUnitsSheet([], { ward: "X" });
    const data = asData("Đơn vị", spec.cells);
    const col = (data.values[0] ?? []).indexOf("Mã khối");
    expect(col).toBeGreaterThan(6);
    data.values[DEFAULT_BLOCKS.length + 1]![col] = "KHTX";
    data.values[DEFAULT_BLOCKS.length + 1]![col + 1] = "Khối hợp tác xã";
    expect(readBlocks(data).map((b) => b.code)).toEqual([...DEFAULT_BLOCKS.map((b) => b.code), "KHTX"]);
  });

  it("feeds the khối drop-down of the units table", () => {
    const spec = buildUnitsSheet([], { ward: "X" });
    const khoi = spec.validations!.find((v) => v.range.col === 3);
    expect(khoi).toMatchObject({ type: "list", source: `=$I$2:$I$${DEFAULT_BLOCKS.length + 5}` });
    expect(spec.cells[0]![8]).toBe("Mã khối");
  });
});
