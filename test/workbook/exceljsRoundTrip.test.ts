import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { hashCells, hashSheetData } from "../../src/workbook/hash";
import { REGISTRY_SHEET } from "../../src/workbook/registry";
import type { SheetSpec } from "../../src/workbook/port";
import { loadRaw, reload, rng, utc, zipPart } from "../support/xlsx";

function planSpec(): SheetSpec {
  return {
    name: "Kế hoạch",
    marker: { command: "layout", key: "plan" },
    cells: [
      ["STT", "Nội dung", "Hạn", "Điểm", "Trạng thái", "Tổng"],
      [1, "Phát động thi đua đợt 1", utc(2024, 3, 15), 8.5, "Chưa làm", { formula: "=A2+D2", result: 9.5 }],
      [2, "Sơ kết 6 tháng", utc(2024, 6, 30), 9, "Đã xong", { formula: "=A3+D3", result: 11 }],
    ],
    columnWidths: [6, 40, 12, 8, 14, 10],
    rowHeights: { 0: 30 },
    styles: [
      { range: rng(0, 0, 1, 6), bold: true, fill: "#1F4E78", fontColor: "#FFFFFF", wrap: true, hAlign: "center", border: "thin" },
      { range: rng(1, 4, 2, 1), locked: false },
    ],
    tables: [{ name: "KeHoach", range: rng(0, 0, 3, 6), style: "TableStyleMedium2" }],
    numberFormats: [{ range: rng(1, 3, 2, 1), format: "0.00" }],
    validations: [
      {
        type: "list",
        range: rng(1, 4, 2, 1),
        values: ["Chưa làm", "Đang làm", "Đã xong"],
        allowBlank: true,
        prompt: { title: "Trạng thái", message: "Chọn trong danh sách" },
        error: { title: "Sai", message: "Chỉ chọn trong danh sách" },
      },
      { type: "decimal", range: rng(1, 3, 2, 1), min: 0, max: 10, error: { title: "Sai", message: "0 đến 10" } },
      { type: "date", range: rng(1, 2, 2, 1), min: utc(2024, 1, 1), max: utc(2024, 12, 31), error: { title: "Sai", message: "Năm 2024" } },
    ],
    conditionalFormats: [
      { type: "expression", range: rng(1, 0, 2, 6), formula: '=AND($C2<TODAY(),$E2<>"Đã xong")', fill: "#F8CBAD", fontColor: "#9C0006" },
      { type: "dataBar", range: rng(1, 3, 2, 1), color: "#5B9BD5", min: 0, max: 10 },
    ],
    freeze: { rows: 1, cols: 2 },
    print: { orientation: "landscape", repeatRows: { first: 0, last: 0 }, headerLeft: "UBND phường A & B", headerCenter: "Kế hoạch TĐKT" },
    protect: true,
    tabColor: "#2E75B6",
  };
}

describe("exceljs host: a sheet written and read back through a saved file", () => {
  let raw: import("exceljs").Workbook;
  let buf: Uint8Array;
  let back: ExcelJsWorkbook;

  beforeAll(async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheets([planSpec()]);
    buf = await wb.toBuffer();
    back = await ExcelJsWorkbook.fromBuffer(buf);
    raw = await loadRaw(buf);
  });

  it("reads back values, dates at UTC midnight, and formulas with their results", async () => {
    const [data] = await back.readSheets(["Kế hoạch"], { formulas: true });
    expect(data.values[0]).toEqual(["STT", "Nội dung", "Hạn", "Điểm", "Trạng thái", "Tổng"]);
    expect(data.values[1]).toEqual([1, "Phát động thi đua đợt 1", utc(2024, 3, 15), 8.5, "Chưa làm", 9.5]);
    expect(data.values[2][2]).toEqual(utc(2024, 6, 30));
    expect(data.formulas?.[1][5]).toBe("=A2+D2");
    expect(data.formulas?.[1][0]).toBeNull();
    expect(data.values).toHaveLength(3);
  });

  it("keeps the table with its header, style and filter buttons", () => {
    const ws = raw.getWorksheet("Kế hoạch")!;
    const table = ws.getTable("KeHoach") as unknown as { table: { ref: string; tableRef?: string; style: { theme: string }; columns: { name: string; filterButton: boolean }[] } };
    expect(table).toBeDefined();
    expect(table.table.columns.map((c) => c.name)).toEqual(["STT", "Nội dung", "Hạn", "Điểm", "Trạng thái", "Tổng"]);
    expect(table.table.style.theme).toBe("TableStyleMedium2");
  });

  it("writes number formats: dd/mm/yyyy for dates, the given one elsewhere", () => {
    const ws = raw.getWorksheet("Kế hoạch")!;
    expect(ws.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("D2").numFmt).toBe("0.00");
  });

  it("writes validations: inline list with messages, decimal and date bounds", () => {
    const ws = raw.getWorksheet("Kế hoạch")!;
    const list = ws.getCell("E3").dataValidation;
    expect(list.type).toBe("list");
    expect(list.formulae).toEqual(['"Chưa làm,Đang làm,Đã xong"']);
    expect(list.promptTitle).toBe("Trạng thái");
    expect(list.error).toBe("Chỉ chọn trong danh sách");
    expect(list.showErrorMessage).toBe(true);
    const dec = ws.getCell("D2").dataValidation;
    expect([dec.type, dec.operator, dec.formulae]).toEqual(["decimal", "between", [0, 10]]);
    const date = ws.getCell("C3").dataValidation;
    expect(date.type).toBe("date");
    expect(date.formulae).toEqual([utc(2024, 1, 1), utc(2024, 12, 31)]);
  });

  it("writes the conditional formats (an expression relative to the first row, a data bar)", () => {
    const ws = raw.getWorksheet("Kế hoạch")! as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] };
    const cfs = ws.conditionalFormattings;
    expect(cfs.map((c) => [c.ref, c.rules[0].type])).toEqual([
      ["A2:F3", "expression"],
      ["D2:D3", "dataBar"],
    ]);
    expect(cfs[0].rules[0].formulae).toEqual(['AND($C2<TODAY(),$E2<>"Đã xong")']);
  });

  it("freezes the header row and the first columns", () => {
    const view = raw.getWorksheet("Kế hoạch")!.views[0] as { state: string; xSplit: number; ySplit: number };
    expect([view.state, view.xSplit, view.ySplit]).toEqual(["frozen", 2, 1]);
  });

  it("prints on A4, fit to one page wide, with the header row repeated, header and page-number footer", async () => {
    const ws = raw.getWorksheet("Kế hoạch")!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe("1:1");
    expect(ws.headerFooter.oddHeader).toBe("&LUBND phường A && B&C&BKế hoạch TĐKT");
    expect(ws.headerFooter.oddFooter).toBe("&CTrang &P/&N");
    const book = await zipPart(buf, "xl/workbook.xml");
    expect(book).toContain("_xlnm.Print_Titles");
  });

  it("protects the sheet without a password and leaves the input cells unlocked", () => {
    const ws = raw.getWorksheet("Kế hoạch")! as unknown as { sheetProtection: Record<string, unknown> } & import("exceljs").Worksheet;
    expect(ws.sheetProtection.sheet).toBe(true);
    expect(ws.sheetProtection.hashValue).toBeUndefined();
    expect(ws.sheetProtection.formatColumns).toBe(true);
    expect(ws.getCell("E2").protection?.locked).toBe(false);
    expect(ws.getCell("B2").protection?.locked).not.toBe(false);
  });

  it("styles: header bold white on blue, widths, row height, tab colour", () => {
    const ws = raw.getWorksheet("Kế hoạch")!;
    const h = ws.getCell("B1");
    expect(h.font.bold).toBe(true);
    expect(h.font.color?.argb).toBe("FFFFFFFF");
    expect((h.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FF1F4E78");
    expect(h.border.top?.style).toBe("thin");
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.properties.tabColor?.argb).toBe("FF2E75B6");
  });

  it("records the marker in a very hidden registry sheet and lists only the person-visible sheets", async () => {
    const sheets = await back.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(["Kế hoạch"]);
    expect(sheets[0].marker).toMatchObject({ command: "layout", key: "plan", contentHash: hashCells(planSpec().cells) });
    expect(raw.getWorksheet(REGISTRY_SHEET)?.state).toBe("veryHidden");
    const [data] = await back.readSheets(["Kế hoạch"], { formulas: true });
    expect(hashSheetData(data)).toBe(sheets[0].marker?.contentHash);
  });

  it("reading is case-insensitive and leaves out missing names", async () => {
    const got = await back.readSheets(["kế HOẠCH", "Không có"]);
    expect(got.map((d) => d.name)).toEqual(["Kế hoạch"]);
  });

  it("a second save of the reloaded workbook keeps everything (no duplicate registry, same marker)", async () => {
    const again = await reload(back);
    const sheets = await again.listSheets();
    expect(sheets).toHaveLength(1);
    expect(sheets[0].marker?.key).toBe("plan");
  });
});
