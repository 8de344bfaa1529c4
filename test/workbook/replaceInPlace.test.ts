import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { SheetData, SheetSpec } from "../../src/workbook/port";
import { loadRaw, reload, rng, utc, zipPart, zipParts } from "../support/xlsx";

const generated = (rows: number): SheetSpec => ({
  name: "Đơn vị",
  marker: { command: "layout", key: "units" },
  cells: [["Mã", "Tên"], ...Array.from({ length: rows }, (_, i) => [`TDP${i + 1}`, `Tổ dân phố ${i + 1}`])],
  tables: [{ name: "DonVi", range: rng(0, 0, rows + 1, 2) }],
  validations: [{ type: "list", range: rng(1, 0, rows, 1), values: ["TDP1", "TDP2"], error: { title: "x", message: "y" } }],
  conditionalFormats: [{ type: "expression", range: rng(1, 0, rows, 2), formula: '=$A2="TDP1"', fill: "#FF0000" }],
  merges: [rng(rows + 2, 0, 1, 2)],
  protect: true,
});

/** A workbook a person made: their own sheets around the generated one, with values, dates and formulas. */
async function personWorkbook(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  const a = wb.book.addWorksheet("Ghi chép");
  a.addRow(["Ngày", "Việc", "Số"]);
  a.addRow([utc(2024, 2, 1), "Họp chi bộ", 3]);
  a.addRow([utc(2024, 2, 2), "Đi thăm", 4]);
  a.getCell("C4").value = { formula: "SUM(C2:C3)", result: 7 };
  a.getCell("D2").value = { formula: "'Đơn vị'!B2", result: "Tổ dân phố 1" };
  a.mergeCells("A6:C6");
  a.getCell("A6").value = "Ký tên";
  await wb.writeSheets([generated(5)]);
  const b = wb.book.addWorksheet("Tổng hợp riêng");
  b.getCell("A1").value = { formula: "COUNTA('Đơn vị'!A:A)", result: 6 };
  b.getCell("B1").value = true;
  return reload(wb);
}

function allValues(wb: ExcelJsWorkbook, names: string[]): Promise<SheetData[]> {
  return wb.readSheets(names, { formulas: true });
}

describe("replacing a generated sheet in place", () => {
  it("rewrites only that sheet: every other sheet is kept value for value and formula for formula, in the same tab order", async () => {
    const wb = await personWorkbook();
    const before = (await wb.listSheets()).map((s) => s.name);
    expect(before).toEqual(["Ghi chép", "Đơn vị", "Tổng hợp riêng"]);
    const othersBefore = await allValues(wb, ["Ghi chép", "Tổng hợp riêng"]);

    await wb.writeSheets([generated(2)]);
    const after = await reload(wb);

    expect((await after.listSheets()).map((s) => s.name)).toEqual(before);
    expect(await allValues(after, ["Ghi chép", "Tổng hợp riêng"])).toEqual(othersBefore);
    const [units] = await after.readSheets(["Đơn vị"]);
    expect(units.values).toEqual([["Mã", "Tên"], ["TDP1", "Tổ dân phố 1"], ["TDP2", "Tổ dân phố 2"]]);
  });

  it("clears what the old sheet had: values beyond the new content, merges, old validations, and keeps one table of the name", async () => {
    const wb = await personWorkbook();
    await wb.writeSheets([{ ...generated(2), validations: [], conditionalFormats: [], merges: [], protect: false }]);
    const raw = await loadRaw(await wb.toBuffer());
    const ws = raw.getWorksheet("Đơn vị")! as unknown as import("exceljs").Worksheet & {
      conditionalFormattings: unknown[];
      sheetProtection: unknown;
      hasMerges: boolean;
    };
    expect(ws.getCell("A5").value).toBeNull();
    expect(ws.getCell("A4").dataValidation).toBeUndefined();
    expect(ws.getCell("A2").dataValidation).toBeUndefined();
    expect(ws.conditionalFormattings).toEqual([]);
    expect(ws.sheetProtection ?? null).toBeNull();
    expect(ws.hasMerges).toBe(false);
    expect(ws.getTables().map((t) => (t as unknown as { table: { name: string } }).table?.name ?? (t as unknown as { name: string }).name)).toEqual(["DonVi"]);
  });

  it("keeps the other sheets' formulas that point at the replaced sheet", async () => {
    const wb = await personWorkbook();
    await wb.writeSheets([generated(3)]);
    const [notes] = await (await reload(wb)).readSheets(["Ghi chép"], { formulas: true });
    expect(notes.formulas?.[1][3]).toBe("='Đơn vị'!B2");
  });

  it("a copy of a sheet keeps values, formulas, merges and widths and is not marked as generated", async () => {
    const wb = await personWorkbook();
    wb.book.getWorksheet("Ghi chép")!.getColumn(2).width = 33;
    await wb.copySheet("Ghi chép", "Ghi chép (bản sửa)");
    const back = await reload(wb);
    const [a, b] = await back.readSheets(["Ghi chép", "Ghi chép (bản sửa)"], { formulas: true });
    expect(b.values).toEqual(a.values);
    expect(b.formulas).toEqual(a.formulas);
    const raw = await loadRaw(await back.toBuffer());
    const copy = raw.getWorksheet("Ghi chép (bản sửa)")!;
    expect(copy.getColumn(2).width).toBe(33);
    expect(copy.getCell("B6").isMerged).toBe(true);
    const listed = await back.listSheets();
    expect(listed.map((s) => s.name)).toEqual(["Ghi chép", "Ghi chép (bản sửa)", "Đơn vị", "Tổng hợp riêng"]);
    expect(listed[1].marker).toBeUndefined();
  });

  it("activate makes the sheet the active tab and selects the cell, with only that tab selected", async () => {
    const wb = await personWorkbook();
    await wb.activate("Đơn vị", "B3");
    const buf = await wb.toBuffer();
    const raw = await loadRaw(buf);
    expect(raw.views[0].activeTab).toBe(1);
    // exceljs does not read tabSelected back, so the saved XML is checked
    const parts = (await zipParts(buf)).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    const xml = await Promise.all(parts.map((p) => zipPart(buf, p)));
    const selected = xml.filter((x) => x?.includes('tabSelected="1"'));
    expect(selected).toHaveLength(1);
    expect(selected[0]).toContain('activeCell="B3"');
  });
});
