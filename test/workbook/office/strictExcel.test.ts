/**
 * The office adapter on the fake where it is as strict as real Excel (test/support/fakeExcel.ts cites each
 * rule): a ";" list separator for getRanges (Vietnamese Windows), a password on a person's protection,
 * string addresses of tables.add resolved on the active sheet, and requests refused over the limit.
 */
import { FakeExcel } from "../../support/fakeExcel";
import { OfficeWorkbook } from "../../../src/workbook/office/workbook";
import { AppError } from "../../../src/shared/errors";
import type { SheetSpec } from "../../../src/workbook/port";

function setup(options: ConstructorParameters<typeof FakeExcel>[0] = {}, budget?: number) {
  const fake = new FakeExcel(options);
  const wb = new OfficeWorkbook(fake.run, fake.isSetSupported, {
    now: () => new Date("2024-05-02T08:00:00Z"),
    ...(budget ? { requestBudget: budget } : {}),
  });
  return { fake, wb };
}

/** A list sheet whose header and total rows share one style, as the summaries style them. */
function listSheet(name: string, rows: number, tableName: string): SheetSpec {
  const cells = [["Mã", "Tên đơn vị", "Điểm"], ...Array.from({ length: rows }, (_, i) => [`DV${i + 1}`, `Tổ dân phố số ${i + 1}`, i])];
  cells.push(["Tổng", "", rows]);
  return {
    name,
    marker: { command: "summary", key: name },
    cells,
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 3 }, bold: true, fill: "#DDEBF7" },
      { range: { row: rows + 1, col: 0, rows: 1, cols: 3 }, bold: true, fill: "#DDEBF7" },
    ],
    tables: [{ name: tableName, range: { row: 0, col: 0, rows: rows + 1, cols: 3 } }],
  };
}

describe("grouped styles on Excel for Windows with a ';' list separator", () => {
  test("every block of a shared style is formatted, in the same requests as before", async () => {
    const { fake, wb } = setup({ listSeparator: ";" });
    await wb.writeSheets([listSheet("Tổng hợp Quý I", 5, "TongHopQ1")]);
    const s = fake.sheet("Tổng hợp Quý I");
    // Header row (row 1) and total row (row 7), every column.
    for (const [row, col] of [
      [0, 0],
      [0, 2],
      [6, 0],
      [6, 2],
    ])
      expect([row, col, s.formatAt(row, col, "font.bold"), s.formatAt(row, col, "fill.color")]).toEqual([row, col, true, "#DDEBF7"]);
    expect(s.formatAt(3, 1, "font.bold")).toBeUndefined();
    // One read and one write, as on a host with a comma separator.
    expect(fake.lastRun.syncs).toHaveLength(2);
  });
});

describe("tables on the sheet they belong to", () => {
  test("a table is made on its own sheet even when another sheet is active", async () => {
    const { fake, wb } = setup();
    fake.seed("Ghi chú của tôi", [["Việc cần làm"]]);
    fake.active = "Ghi chú của tôi";
    await wb.writeSheets([listSheet("Tổng hợp Quý I", 5, "TongHopQ1"), listSheet("Tổng hợp 6 tháng", 8, "TongHop6T")]);
    expect(fake.sheet("Ghi chú của tôi").tables).toEqual([]);
    expect(fake.sheet("Tổng hợp Quý I").tables.map((t) => [t.name, t.rect])).toEqual([["TongHopQ1", { row: 0, col: 0, rows: 6, cols: 3 }]]);
    expect(fake.sheet("Tổng hợp 6 tháng").tables.map((t) => [t.name, t.rect])).toEqual([["TongHop6T", { row: 0, col: 0, rows: 9, cols: 3 }]]);
  });
});

describe("a sheet a person protected with a password", () => {
  test("is refused before anything is written, naming the sheet", async () => {
    const { fake, wb } = setup();
    const first = listSheet("Tổng hợp Quý I", 5, "TongHopQ1");
    const locked = listSheet("Tổng hợp 6 tháng", 5, "TongHop6T");
    await wb.writeSheets([first, locked]);
    // A clerk locks the half-year summary with a password, and notes a figure on the quarter's.
    fake.sheet("Tổng hợp 6 tháng").protection = { protected: true, password: "bimat" };
    fake.sheet("Tổng hợp Quý I").values[1][2] = 99;

    const again = { ...first, cells: first.cells.map((r, i) => (i === 1 ? ["DV1", "Tổ dân phố số 1", 7] : r)) };
    const error = await wb.writeSheets([again, locked]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("OFFICE_SHEET_PASSWORD");
    expect((error as AppError).text.vi).toContain("“Tổng hợp 6 tháng”");
    expect((error as AppError).text.en).toContain("“Tổng hợp 6 tháng”");
    // Nothing was rewritten: the quarter's sheet keeps the clerk's figure, the locked sheet its lock.
    expect(fake.sheet("Tổng hợp Quý I").values[1][2]).toBe(99);
    expect(fake.sheet("Tổng hợp Quý I").tables).toHaveLength(1);
    expect(fake.sheet("Tổng hợp 6 tháng").protection).toEqual({ protected: true, password: "bimat" });
    expect(fake.sheet("Tổng hợp 6 tháng").tables).toHaveLength(1);
  });

  test("a sheet protected without a password (the add-in's own protection) is still rewritten", async () => {
    const { fake, wb } = setup();
    const spec = { ...listSheet("Tổng hợp Quý I", 5, "TongHopQ1"), protect: true };
    await wb.writeSheets([spec]);
    expect(fake.sheet("Tổng hợp Quý I").protection.protected).toBe(true);
    await wb.writeSheets([{ ...spec, cells: spec.cells.map((r, i) => (i === 1 ? ["DV1", "Tổ dân phố số 1", 7] : r)) }]);
    expect(fake.sheet("Tổng hợp Quý I").values[1][2]).toBe(7);
    expect(fake.sheet("Tổng hợp Quý I").protection.protected).toBe(true);
  });
});

describe("a request Excel refuses as too large", () => {
  test("is split in two and sent again once: the sheets are complete", async () => {
    // The adapter's budget lets 100 kB through; this Excel refuses anything over 60 kB.
    const { fake, wb } = setup({ requestLimit: 60_000 }, 100_000);
    const big = listSheet("Tổng hợp Năm", 1200, "TongHopNam");
    await wb.writeSheets([big]);
    const grid = fake.grid("Tổng hợp Năm");
    expect(grid).toHaveLength(1202);
    expect(grid[1200]).toEqual(["DV1200", "Tổ dân phố số 1200", 1199]);
    expect(grid[1201]).toEqual(["Tổng", "", 1200]);
    expect(fake.sheet("Tổng hợp Năm").tables.map((t) => t.name)).toEqual(["TongHopNam"]);
    const sizes = fake.lastRun.syncs.map((s) => s.requestBytes);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(60_000 + 60_000);
  });

  test("a request still refused after the split is reported as Excel's size limit, not retried forever", async () => {
    const { wb } = setup({ requestLimit: 5_000 }, 100_000);
    const error = await wb.writeSheets([listSheet("Tổng hợp Năm", 1200, "TongHopNam")]).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("OFFICE_PAYLOAD_LIMIT");
  });

  test("Vietnamese text is counted in UTF-8 bytes as sent: no request the adapter sends goes over its budget", async () => {
    const budget = 80_000;
    const { fake, wb } = setup({ requestLimit: budget }, budget);
    const long = "Phường Hòa Khánh Bắc, quận Liên Chiểu, thành phố Đà Nẵng — tổ dân phố văn hóa tiêu biểu ";
    const spec: SheetSpec = {
      name: "Danh sách đề nghị",
      marker: { command: "awards", key: "NAM" },
      cells: Array.from({ length: 3000 }, (_, i) => [i + 1, `${long}${i}`, "Giấy khen của Chủ tịch UBND phường"]),
    };
    await wb.writeSheets([spec]);
    for (const s of fake.lastRun.syncs) expect(s.requestBytes).toBeLessThanOrEqual(budget);
    expect(fake.grid("Danh sách đề nghị")[2999][1]).toBe(`${long}2999`);
  });
});
