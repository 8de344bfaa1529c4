import { promises as fs } from "fs";
import * as path from "path";
import { saveWorkbookFile } from "../../src/workbook/exceljs/file";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellInput, SheetSpec } from "../../src/workbook/port";
import { convertWithLibreOffice, libreOfficeVersion, parseCsv } from "../support/libreoffice";
import { loadRaw, rng, tempDir, utc } from "../support/xlsx";

/** soffice takes 15–20 s per conversion here, most of it creating the throw-away profile. */
const LO_TIMEOUT = 240_000;

const rows: [string, string, number, number, Date][] = [
  ["TDP01", "Tổ dân phố 1", 8.5, 9, utc(2024, 3, 15)],
  ["CB02", "Chi bộ “Hòa Bình”, khu 2", 7.25, 6.5, utc(2024, 6, 30)],
  ["TH03", "Trường Tiểu học số 3", 10, 9.75, utc(2024, 12, 31)],
];

function scoreSheet(): SheetSpec {
  const cells: CellInput[][] = [["Mã", "Đơn vị", "Điểm 1", "Điểm 2", "Ngày", "Tổng"]];
  rows.forEach((r, i) => cells.push([...r, { formula: `=C${i + 2}+D${i + 2}`, result: r[2] + r[3] }]));
  cells.push(["", "Cộng", null, null, null, { formula: "=SUM(Bang[Tổng])", result: rows.reduce((a, r) => a + r[2] + r[3], 0) }]);
  return {
    name: "Chấm điểm",
    marker: { command: "test", key: "lo" },
    cells,
    tables: [{ name: "Bang", range: rng(0, 0, rows.length + 1, 6) }],
    validations: [{ type: "decimal", range: rng(1, 2, rows.length, 2), min: 0, max: 10, error: { title: "Sai", message: "0–10" } }],
    conditionalFormats: [{ type: "expression", range: rng(1, 0, rows.length, 6), formula: "=$F2<16", fill: "#F8CBAD" }],
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "landscape", repeatRows: { first: 0, last: 0 }, headerLeft: "UBND phường", headerCenter: "Chấm điểm" },
    protect: true,
  };
}

describe("LibreOffice opens what the add-in writes", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheets([scoreSheet(), { name: "Ghi chú", marker: { command: "test", key: "note" }, cells: [["Một trang nữa"], [{ formula: "=2+2", result: 5 }]] }]);
    file = path.join(dir, "so.xlsx");
    await saveWorkbookFile(wb, file);
  });
  afterAll(() => cleanup());

  it("is installed (a missing soffice fails here with the package to install)", async () => {
    expect(await libreOfficeVersion()).toMatch(/^LibreOffice \d+\.\d+/);
  }, LO_TIMEOUT);

  it("recalculates the formulas, including one over the table, to the values the add-in wrote; every sheet converts", async () => {
    const out = await convertWithLibreOffice(file, "csv", path.join(dir, "csv"));
    expect(out.map((f) => path.basename(f))).toEqual(["so-Chấm điểm.csv", "so-Ghi chú.csv", "so-_tdkt.csv"]);
    // a cached result planted wrong proves LibreOffice recalculated rather than echoed the file
    expect(parseCsv(await fs.readFile(out[1], "utf8"))[1]).toEqual(["4"]);
    const csv = parseCsv(await fs.readFile(out[0], "utf8"));
    expect(csv[0]).toEqual(["Mã", "Đơn vị", "Điểm 1", "Điểm 2", "Ngày", "Tổng"]);
    rows.forEach((r, i) => {
      expect(csv[i + 1][1]).toBe(r[1]);
      expect(Number(csv[i + 1][5])).toBeCloseTo(r[2] + r[3], 10);
      // raw (not "as shown") csv writes dates in the profile's locale, en-US here: mm/dd/yyyy
      const [m, d, y] = csv[i + 1][4].split("/").map(Number);
      expect(new Date(Date.UTC(y, m - 1, d))).toEqual(r[4]);
    });
    expect(Number(csv[rows.length + 1][5])).toBeCloseTo(rows.reduce((a, r) => a + r[2] + r[3], 0), 10);
  }, LO_TIMEOUT);

  it("saves it again as xlsx that exceljs reads with the same values and the table", async () => {
    const [xlsx] = await convertWithLibreOffice(file, "xlsx", path.join(dir, "xlsx"));
    const raw = await loadRaw(xlsx);
    const ws = raw.getWorksheet("Chấm điểm")!;
    expect(ws.getCell("B3").value).toBe(rows[1][1]);
    expect((ws.getCell("F2").value as { result?: number }).result).toBe(17.5);
    expect(ws.getTables().length).toBe(1);
    expect(ws.getCell("E2").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("E2").value).toEqual(rows[0][4]);
  }, LO_TIMEOUT);
});
