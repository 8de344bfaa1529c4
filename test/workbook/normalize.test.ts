/**
 * Packages other programs write, read through the normaliser: each case is made at test time, from a
 * workbook exceljs wrote, either by the program itself (openpyxl) or by the one change that program makes
 * (a drawing in the default namespace, a table without tableStyleInfo, no theme).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { compoundFileKind, normalizePackage, relativeTarget, resolveTarget } from "../../src/workbook/exceljs/normalize";
import { readValuesStreaming } from "../../src/workbook/exceljs/stream";
import { StreamedFileWorkbook } from "../../src/workbook/exceljs/streamed";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { missingProgram, PYTHON } from "../support/otherPrograms";
import { tempDir } from "../support/xlsx";

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** A person's sheet as exceljs writes it: a table, a note, an image; and a second sheet of plain values. */
async function ownPackage(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đơn vị");
  ws.addTable({
    name: "DonVi",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: [{ name: "Mã" }, { name: "Tên" }],
    rows: [
      ["TDP01", "Tổ dân phố 1"],
      ["TDP02", "Tổ dân phố 2"],
    ],
  });
  ws.getCell("D2").value = "xem";
  ws.getCell("D2").note = "Ghi chú của chị Lan";
  ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), { tl: { col: 4, row: 4 }, ext: { width: 20, height: 20 } });
  wb.addWorksheet("Điểm").addRow(["TDP01", 9.5]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The package with `edit` applied to the text of each part it names. */
async function edited(bytes: Uint8Array, edit: Record<string, ((xml: string) => string | null) | undefined>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, f] of Object.entries(edit)) {
    if (!f) continue;
    const out = f((await zip.file(name)?.async("string")) ?? "");
    if (out === null) zip.remove(name);
    else zip.file(name, out);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** What exceljs alone makes of a package: the error it throws (loading or writing back), or "ok". */
async function exceljsAlone(bytes: Uint8Array): Promise<string> {
  try {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    await book.xlsx.writeBuffer();
    return "ok";
  } catch (e) {
    return String(e);
  }
}

describe("part names and targets", () => {
  test("absolute and relative targets name the same part; the relative text is what Excel writes", () => {
    expect(resolveTarget("xl/worksheets/sheet1.xml", "/xl/tables/table1.xml")).toBe("xl/tables/table1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe("xl/tables/table1.xml");
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet2.xml")).toBe("xl/worksheets/sheet2.xml");
    expect(resolveTarget("", "/xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/comments1.xml")).toBe("../comments1.xml");
    expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/tables/table3.xml")).toBe("../tables/table3.xml");
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet1.xml")).toBe("worksheets/sheet1.xml");
    expect(relativeTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });
});

describe("normalizePackage", () => {
  let own: Uint8Array;
  beforeAll(async () => {
    own = await ownPackage();
  });

  test("the add-in's own package comes back as the very same bytes", async () => {
    const n = await normalizePackage(own);
    expect(n.bytes).toBe(own);
    expect(n.changes).toEqual([]);
    expect(n.worksheets).toEqual([
      { name: "Đơn vị", part: "xl/worksheets/sheet1.xml" },
      { name: "Điểm", part: "xl/worksheets/sheet2.xml" },
    ]);
  });

  const python = missingProgram("openpyxl");
  (python ? test.skip : test)("openpyxl's save (absolute targets, comments at xl/comments/, notes drawing elsewhere) reads whole", async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const src = path.join(dir, "own.xlsx");
      const dst = path.join(dir, "openpyxl.xlsx");
      await fs.writeFile(src, own);
      execFileSync(PYTHON, ["-c", "import sys, warnings, openpyxl; warnings.simplefilter('ignore'); openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])", src, dst]);
      const saved = new Uint8Array(await fs.readFile(dst));
      const zip = await JSZip.loadAsync(saved);
      expect(Object.keys(zip.files)).toContain("xl/comments/comment1.xml");
      expect(await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string")).toContain('Target="/xl/tables/table1.xml"');
      expect(await exceljsAlone(saved)).toMatch(/Cannot read properties of undefined/);

      const wb = await ExcelJsWorkbook.fromBuffer(saved, dst);
      const ws = wb.worksheetForReading("Đơn vị")!;
      expect(ws.getCell("D2").note).toBe("Ghi chú của chị Lan");
      expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["DonVi"]);
      expect((await wb.readSheets(["Đơn vị"]))[0].values.slice(0, 3)).toEqual([
        ["Mã", "Tên", null, null],
        ["TDP01", "Tổ dân phố 1", null, "xem"],
        ["TDP02", "Tổ dân phố 2", null, null],
      ]);
      // the save's base is the bytes as read, not the normalised package
      expect(await wb.toBuffer()).toEqual(saved);

      // streamed: every sheet by its own name (openpyxl's absolute targets left them all as "Sheet1", "Sheet2")
      expect((await readValuesStreaming(dst)).map((d) => [d.name, d.values[0]])).toEqual([
        ["Đơn vị", ["Mã", "Tên", null, null]],
        ["Điểm", ["TDP01", 9.5]],
      ]);
    } finally {
      await cleanup();
    }
  });

  test("a drawing in the default namespace (no xdr: prefix) keeps its image", async () => {
    const bytes = await edited(own, {
      "xl/drawings/drawing1.xml": (xml) =>
        xml.replace(/<(\/?)xdr:/g, "<$1").replace(/xmlns:xdr=/, "xmlns="),
    });
    expect(await exceljsAlone(bytes)).toMatch(/TypeError/);
    const wb = await ExcelJsWorkbook.fromBuffer(bytes);
    expect(wb.book.getWorksheet("Đơn vị")!.getImages().map((i) => i.range.tl.nativeCol)).toEqual([4]);
  });

  test("a table without tableStyleInfo (LibreOffice) no longer crashes the save", async () => {
    const bytes = await edited(own, { "xl/tables/table1.xml": (xml) => xml.replace(/<tableStyleInfo\b[^>]*\/>/, "") });
    expect(await exceljsAlone(bytes)).toMatch(/reading 'theme'/);
    const wb = await ExcelJsWorkbook.fromBuffer(bytes);
    await wb.writeSheets([{ name: "Kết quả", marker: { command: "rank", key: "D1" }, cells: [["Hạng", 1]] }]);
    const saved = await wb.toBuffer();
    // the person's table comes back as it was; the add-in's sheet is added beside it
    const table = async (b: Uint8Array) => (await JSZip.loadAsync(b)).file("xl/tables/table1.xml")!.async("string");
    expect(await table(saved)).toBe(await table(bytes));
    const again = await ExcelJsWorkbook.fromBuffer(saved);
    expect(await again.readSheets(["Kết quả", "Điểm"])).toEqual([
      { name: "Kết quả", values: [["Hạng", 1]] },
      { name: "Điểm", values: [["TDP01", 9.5]] },
    ]);
  });

  test("a workbook without a theme part gets exceljs's default theme", async () => {
    const bytes = await edited(own, {
      "xl/theme/theme1.xml": () => null,
      "xl/_rels/workbook.xml.rels": (xml) => xml.replace(/<Relationship [^>]*relationships\/theme"[^>]*\/>/, ""),
      "[Content_Types].xml": (xml) => xml.replace(/<Override PartName="\/xl\/theme\/theme1.xml"[^>]*\/>/, ""),
    });
    const n = await normalizePackage(bytes);
    expect(n.changes).toEqual(["theme"]);
    const zip = await JSZip.loadAsync(n.bytes);
    expect(await zip.file("xl/theme/theme1.xml")!.async("string")).toContain('name="Office Theme"');
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(/relationships\/theme" Target="theme\/theme1.xml"/);
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('<Override PartName="/xl/theme/theme1.xml"');
  });
});

describe("files that cannot be read are named for what they are", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(() => cleanup());

  /** The start of a Compound File whose directory names `stream` (UTF-16LE), as an Office 97 file or an encrypted workbook has. */
  function compoundFile(stream: string): Uint8Array {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(Buffer.from(stream, "utf16le"), 1024);
    return bytes;
  }

  test("a workbook saved with a password to open is named as password-protected, in memory and streamed", async () => {
    const enc = compoundFile("EncryptedPackage");
    expect(compoundFileKind(enc)).toBe("FILE_ENCRYPTED");
    await expect(ExcelJsWorkbook.fromBuffer(enc, "mat-khau.xlsx")).rejects.toMatchObject({
      code: "FILE_ENCRYPTED",
      message: expect.stringContaining("được đặt mật khẩu để mở"),
    });
    const file = path.join(dir, "mat-khau.xlsx");
    await fs.writeFile(file, enc);
    await expect(readValuesStreaming(file)).rejects.toMatchObject({ code: "FILE_ENCRYPTED", message: expect.stringContaining("password to open") });
    await expect(new StreamedFileWorkbook(file, { output: path.join(dir, "o.xlsx") }).listSheets()).rejects.toMatchObject({ code: "FILE_ENCRYPTED" });
  });

  test("an Excel 97-2003 file renamed .xlsx is named as .xls", async () => {
    await expect(ExcelJsWorkbook.fromBuffer(compoundFile("Workbook"), "cu.xlsx")).rejects.toMatchObject({ code: "FILE_LEGACY_XLS" });
  });

  test("a zip that declares an absurd uncompressed size is refused before anything is inflated", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", "<worksheet/>", { createFolders: false });
    const bytes = Buffer.from(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    // the central directory's uncompressed size of the second entry: 3.9 GB
    let cd = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    cd = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), cd + 4);
    bytes.writeUInt32LE(0xf0000000, cd + 24);
    await expect(ExcelJsWorkbook.fromBuffer(bytes, "bom.xlsx")).rejects.toMatchObject({
      code: "FILE_ZIP_BOMB",
      message: expect.stringContaining("xl/worksheets/sheet1.xml"),
    });
    const file = path.join(dir, "bom.xlsx");
    await fs.writeFile(file, bytes);
    await expect(readValuesStreaming(file)).rejects.toMatchObject({ code: "FILE_ZIP_BOMB" });
  });

  test("a sheet the workbook lists but whose part is gone stops the command, naming the sheet, in memory and streamed", async () => {
    const bytes = await edited(await ownPackage(), { "xl/worksheets/sheet2.xml": () => null });
    await expect(ExcelJsWorkbook.fromBuffer(bytes, "thieu.xlsx")).rejects.toMatchObject({
      code: "SHEET_NOT_READ",
      message: expect.stringContaining("Trang “Điểm” có trong sổ tính thieu.xlsx nhưng không đọc được"),
    });
    const file = path.join(dir, "thieu.xlsx");
    await fs.writeFile(file, bytes);
    const wb = new StreamedFileWorkbook(file, { output: path.join(dir, "thieu-out.xlsx") });
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Đơn vị", "Điểm"]);
    await expect(wb.readSheets(["Điểm"])).rejects.toMatchObject({ code: "SHEET_NOT_READ", message: expect.stringContaining("“Điểm”") });
    // a sheet the command does not ask for is no reason to stop
    expect((await wb.readSheets(["Đơn vị"])).map((d) => d.name)).toEqual(["Đơn vị"]);
  });
});

describe("streamed values are the in-memory values", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(() => cleanup());

  test("error values read as their Excel text, cached in a formula or typed", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Lỗi");
    ws.getCell("A1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("B1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("C1").value = 7;
    const file = path.join(dir, "loi.xlsx");
    await fs.writeFile(file, Buffer.from(await book.xlsx.writeBuffer()));
    const streamed = await readValuesStreaming(file);
    expect(streamed).toEqual([{ name: "Lỗi", values: [["#DIV/0!", "#N/A", 7]] }]);
    expect(streamed).toEqual(await (await ExcelJsWorkbook.fromBuffer(await fs.readFile(file))).readSheets(["Lỗi"]));
  });

  test("Vietnamese text split between two chunks of the zip stream reads whole", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Tên");
    // enough distinct strings that the shared strings and the sheet span many chunks, most letters multi-byte
    for (let i = 0; i < 4000; i++) ws.addRow([`Tổ dân phố số ${i} – xung đột lợi ích, điểm thưởng ${i}`, `Ấp ${i}`]);
    const file = path.join(dir, "ten.xlsx");
    await fs.writeFile(file, Buffer.from(await book.xlsx.writeBuffer()));
    const [streamed] = await readValuesStreaming(file);
    expect(streamed.values.flat().filter((v) => typeof v === "string" && v.includes("\uFFFD"))).toEqual([]);
    expect(streamed.values[3999]).toEqual(["Tổ dân phố số 3999 – xung đột lợi ích, điểm thưởng 3999", "Ấp 3999"]);
    expect([streamed]).toEqual(await (await ExcelJsWorkbook.fromBuffer(await fs.readFile(file))).readSheets(["Tên"]));
  });
});
