/** What writeSheets writes, readSheets and listSheets give back through the fake; formats, markers, rewrites, hosts without 1.9/1.12. */
import { FakeExcel } from "../../support/fakeExcel";
import { OfficeWorkbook } from "../../../src/workbook/office/workbook";
import { hashSheetData } from "../../../src/workbook/hash";
import { AppError } from "../../../src/shared/errors";
import type { SheetSpec } from "../../../src/workbook/port";
import { layoutSheets, scoringSheet } from "./workloads";

function setup(apiVersion = "1.12", nullChain: "propagate" | "throw" = "propagate") {
  const fake = new FakeExcel({ nullChain });
  fake.apiVersion = apiVersion;
  const wb = new OfficeWorkbook(fake.run, fake.isSetSupported, { now: () => new Date("2024-05-02T08:00:00Z") });
  return { fake, wb };
}

const tricky: SheetSpec = {
  name: "Tổng hợp Quý I",
  marker: { command: "summary", key: "Q1" },
  cells: [
    ["Mã", "Ghi chú", "Ngày", "Điểm", "Đạt", "Tổng"],
    ["001", "- gạch đầu dòng", new Date(Date.UTC(2024, 2, 31)), 8.5, true, { formula: "=D2*2", result: 17 }],
    ["8,5", "=không phải công thức", new Date(Date.UTC(2024, 0, 1)), 0, false, { formula: "=SUM(D2:D3)" }],
    ["TRUE", "01/02/2024", null, -3.25, null, "@mention"],
  ],
};

describe("round trip", () => {
  test.each([["propagate"], ["throw"]] as const)("text stays text, numbers, booleans, dates as serials, formulas by text (null chain: %s)", async (chain) => {
    const { wb } = setup("1.12", chain);
    await wb.writeSheets([tricky]);
    const [data] = await wb.readSheets(["Tổng hợp Quý I", "Không có"], { formulas: true });
    expect(data.name).toBe("Tổng hợp Quý I");
    expect(data.values).toEqual([
      ["Mã", "Ghi chú", "Ngày", "Điểm", "Đạt", "Tổng"],
      ["001", "- gạch đầu dòng", 45382, 8.5, true, 0],
      ["8,5", "=không phải công thức", 45292, 0, false, 0],
      ["TRUE", "01/02/2024", null, -3.25, null, "@mention"],
    ]);
    expect(data.formulas?.[1][5]).toBe("=D2*2");
    expect(data.formulas?.[2][5]).toBe("=SUM(D2:D3)");
    expect(data.formulas?.[2][1]).toBeNull();
    expect(data.formulas?.[1][0]).toBeNull();

    const list = await wb.listSheets();
    expect(list).toEqual([{ name: "Tổng hợp Quý I", visible: true, marker: expect.objectContaining({ command: "summary", key: "Q1", generatedAt: "2024-05-02T08:00:00.000Z" }) }]);
    // The marker's hash is the hash of what reads back: nobody edited the sheet.
    expect(hashSheetData(data)).toBe(list[0].marker?.contentHash);
  });

  test("dates not covered by a number format are shown dd/mm/yyyy", async () => {
    const { fake, wb } = setup();
    await wb.writeSheets([tricky]);
    const s = fake.sheet("Tổng hợp Quý I");
    expect(s.numberFormatAt(1, 2)).toBe("dd/mm/yyyy");
    expect(s.numberFormatAt(2, 2)).toBe("dd/mm/yyyy");
    expect(s.numberFormatAt(1, 3)).toBe("General");
  });

  test("a person's sheet reads as typed, a missing sheet is left out, an empty sheet reads empty", async () => {
    const { fake, wb } = setup();
    fake.seed("Đơn vị", [["Mã", "Tên"], ["TDP01", "Tổ 1"], ["", ""], ["", "Tổ 3"]]);
    fake.seed("Trống", []);
    const data = await wb.readSheets(["Đơn vị", "Trống", "Không có"]);
    expect(data).toEqual([
      { name: "Đơn vị", values: [["Mã", "Tên"], ["TDP01", "Tổ 1"], [null, null], [null, "Tổ 3"]] },
      { name: "Trống", values: [] },
    ]);
    expect(fake.lastRun.syncs.length).toBe(2);
  });
});

describe("what a layout write leaves in the workbook", () => {
  const { fake, wb } = setup();
  beforeAll(() => wb.writeSheets(layoutSheets()));

  test("tables over the written range, lists on column blocks, rules, freeze, A4 fit to width, protection", () => {
    const s = fake.sheet("Kế hoạch");
    expect(s.tables).toEqual([{ name: "tbl_0", rect: { row: 1, col: 0, rows: 61, cols: 7 }, hasHeaders: true, style: "TableStyleMedium2" }]);
    expect(s.valueAt(2, 1)).toBe("- Nhiệm vụ 1: tổ chức phát động phong trào thi đua “Kế hoạch”");
    const lists = s.validations.map((v) => (v.rule as { list?: { source: string } }).list?.source).filter(Boolean);
    expect(lists).toEqual(["Chưa,Đang làm,Đã xong", "='Đơn vị'!$C$3:$C$62"]);
    expect(s.validations.every((v) => v.rect.rows === 60)).toBe(true);
    expect(s.conditionalFormats.map((c) => c.type)).toEqual(["Custom", "DataBar"]);
    expect(s.conditionalFormats[0].props["custom.rule.formula"]).toBe('=$F3="Chưa"');
    expect(s.freeze).toEqual({ rows: 2, cols: 0 });
    expect(s.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Portrait", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$2:$2" });
    expect(fake.sheet("Phong trào").pageLayout["headersFooters.defaultForAllPages.centerHeader"]).toBe("Phong trào && tổng hợp");
    expect(s.pageLayout["headersFooters.defaultForAllPages.centerFooter"]).toBe("Trang &P/&N");
    expect(s.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 7 }]);
    expect(s.formatAt(0, 0, "columnWidth")).toBeCloseTo((5 * 7 + 5) * 0.75);
    expect(s.formatAt(5, 1, "columnWidth")).toBeCloseTo((60 * 7 + 5) * 0.75);
    expect(s.formatAt(1, 3, "font.bold")).toBe(true);
    expect(s.protection.protected).toBe(false);
    const settings = fake.sheet("Cấu hình");
    expect(settings.protection.protected).toBe(true);
    expect(settings.formatAt(10, 5, "protection.locked")).toBe(false);
    expect(settings.formatAt(10, 1, "protection.locked")).toBeUndefined();
  });

  test("the registry is very hidden and lists every sheet's marker; listSheets leaves it out", async () => {
    expect(fake.sheet("_tdkt").visibility).toBe("VeryHidden");
    const list = await wb.listSheets();
    expect(list.map((i) => [i.name, i.marker?.key])).toEqual(layoutSheets().map((s) => [s.name, s.marker.key]));
    expect(fake.enableEvents).toBe(true);
    expect(fake.counters.eventToggles).toEqual([false, true]);
  });
});

describe("rewriting in place", () => {
  test("a protected generated sheet with a table, lists and rules is cleared and rewritten; nothing doubles", async () => {
    const { fake, wb } = setup();
    await wb.writeSheets([scoringSheet(0, 40, 20)]);
    const before = fake.sheet("Chấm điểm Đ1 - GK01");
    expect(before.protection.protected).toBe(true);
    await wb.writeSheets([scoringSheet(0, 30, 20)]);
    const after = fake.sheet("Chấm điểm Đ1 - GK01");
    expect(after).toBe(before);
    expect(after.values.filter((r) => r?.some((v) => v !== undefined)).length).toBe(32);
    expect(after.validations).toHaveLength(1);
    expect(after.conditionalFormats).toHaveLength(1);
    expect(after.merges).toHaveLength(1);
    expect(after.protection.protected).toBe(true);
    expect(fake.sheets.filter((s) => s.name !== "_tdkt")).toHaveLength(1);
  });

  test("a table name used by a person's table elsewhere gets a suffix instead of failing", async () => {
    const { fake, wb } = setup();
    const person = fake.seed("Của tôi", [["A"], [1]]);
    person.tables.push({ name: "tbl_0", rect: { row: 0, col: 0, rows: 2, cols: 1 }, hasHeaders: true });
    await wb.writeSheets([layoutSheets()[0]]);
    expect(fake.sheet("Kế hoạch").tables[0].name).toBe("tbl_0_2");
    // Rewriting keeps the same name: the sheet's own table is deleted first.
    await wb.writeSheets([layoutSheets()[0]]);
    expect(fake.sheet("Kế hoạch").tables.map((t) => t.name)).toEqual(["tbl_0_2"]);
  });
});

describe("markers across renames and copies (ExcelApi 1.12)", () => {
  test("a renamed generated sheet keeps its marker; a copy never has one", async () => {
    const { fake, wb } = setup("1.12");
    await wb.writeSheets([tricky]);
    fake.rename(fake.sheet("Tổng hợp Quý I"), "Quý I (cũ)");
    await wb.copySheet("Quý I (cũ)", "Bản sao");
    const list = await wb.listSheets();
    expect(list.find((i) => i.name === "Quý I (cũ)")?.marker?.key).toBe("Q1");
    expect(list.find((i) => i.name === "Bản sao")?.marker).toBeUndefined();
    expect(fake.lastRun.syncs.length).toBe(2);
  });

  test("without 1.12 the registry alone decides: a renamed sheet is a person's sheet", async () => {
    const { fake, wb } = setup("1.9");
    await wb.writeSheets([tricky]);
    expect(fake.sheet("Tổng hợp Quý I").customProperties.size).toBe(0);
    fake.rename(fake.sheet("Tổng hợp Quý I"), "Quý I (cũ)");
    const list = await wb.listSheets();
    expect(list).toEqual([{ name: "Quý I (cũ)", visible: true }]);
  });

  test("a custom property that the registry does not back is ignored", async () => {
    const { fake, wb } = setup("1.12");
    const s = fake.seed("Lạ", [["x"]]);
    s.customProperties.set("tdkt.marker", JSON.stringify({ command: "rank", key: "D1", contentHash: "x", generatedAt: "" }));
    expect(await wb.listSheets()).toEqual([{ name: "Lạ", visible: true }]);
  });
});

describe("hosts at the floor (ExcelApi 1.9, what the shared runtime implies) and below it", () => {
  test("1.9: page layout and screen suspension always, markers in the registry sheet alone", async () => {
    const { fake, wb } = setup("1.9");
    await wb.writeSheets(layoutSheets());
    expect(fake.sheet("Kế hoạch").pageLayout).toMatchObject({ paperSize: "A4" });
    expect(fake.counters.screenSuspends).toBe(1);
    expect(fake.sheet("Kế hoạch").customProperties.size).toBe(0);
    expect(fake.sheet("Kế hoạch").tables).toHaveLength(1);
    expect(fake.lastRun.syncs.length).toBe(2);
  });

  test("1.8: refused with a message that names the version needed", async () => {
    const { wb } = setup("1.8");
    await expect(wb.listSheets()).rejects.toMatchObject({ code: "OFFICE_API_UNSUPPORTED", params: { version: "1.9" } });
  });
});

describe("failures", () => {
  test("a request over the web limit, still over once split in two, is reported as a payload error (the budget matters)", async () => {
    const fake = new FakeExcel();
    const wb = new OfficeWorkbook(fake.run, fake.isSetSupported, { requestBudget: 50_000_000 });
    // One block of values of about 6.5 MB: no half of its request fits under 5 MB.
    const err = await wb.writeSheets([scoringSheet(0, 50_000, 30)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("OFFICE_PAYLOAD_LIMIT");
    expect(fake.enableEvents).toBe(true);
  });

  test("Excel's refusal mid-write is mapped, and events are switched back on", async () => {
    const { fake, wb } = setup();
    const bad = { ...layoutSheets()[0], merges: [{ row: 1, col: 0, rows: 2, cols: 2 }] };
    const err = await wb.writeSheets([bad]).catch((e: unknown) => e);
    expect((err as AppError).code).toBe("OFFICE_ERROR");
    expect((err as AppError).text.en).toContain("MergedRangeConflict");
    expect(fake.enableEvents).toBe(true);
  });

  test("activate selects the cell; a missing sheet is a clear not-found error", async () => {
    const { fake, wb } = setup();
    fake.seed("Kiểm tra", [["a"]]);
    await wb.activate("Kiểm tra", "C7");
    expect(fake.active).toBe("Kiểm tra");
    expect(fake.selection).toEqual({ sheet: "Kiểm tra", address: "C7" });
    await expect(wb.activate("Không có", "A1")).rejects.toMatchObject({ code: "OFFICE_NOT_FOUND" });
  });

  test("copySheet onto an existing name is a name clash", async () => {
    const { fake, wb } = setup();
    fake.seed("A", [["1"]]);
    fake.seed("B", [["2"]]);
    await expect(wb.copySheet("A", "B")).rejects.toMatchObject({ code: "OFFICE_NAME_EXISTS" });
  });
});
