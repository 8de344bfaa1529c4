import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { openWorkbookFile, saveWorkbookFile } from "../../src/workbook/exceljs/file";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { errorOf, tempDir, zipPart, zipParts } from "../support/xlsx";

async function sample(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheets([{ name: "Đơn vị", marker: { command: "layout", key: "units" }, cells: [["Mã"], ["TDP01"]] }]);
  return wb;
}

/** Runs a script of the project's TypeScript as user "nobody": root ignores file permissions. */
function runAsNobody(script: string) {
  return spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
    uid: 65534,
    gid: 65534,
    encoding: "utf8",
    env: { ...process.env, TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: "commonjs" }), TS_NODE_CACHE: "false" },
    timeout: 60_000,
  });
}
describe("workbook files", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it("saves and opens a workbook, leaving no temporary file", async () => {
    const file = path.join(dir, "so.xlsx");
    await saveWorkbookFile(await sample(), file);
    expect(await fs.readdir(dir)).toEqual(["so.xlsx"]);
    const [data] = await (await openWorkbookFile(file)).readSheets(["Đơn vị"]);
    expect(data.values).toEqual([["Mã"], ["TDP01"]]);
  });

  it("a missing file is FILE_MISSING, in Vietnamese with English beside it", async () => {
    const e = await errorOf(openWorkbookFile(path.join(dir, "khong-co.xlsx")));
    expect(e.code).toBe("FILE_MISSING");
    expect(e.text.vi).toContain("Không tìm thấy tệp");
    expect(e.text.en).toContain("File not found");
  });

  it("a text file named .xlsx, an empty file and a corrupt zip are FILE_NOT_XLSX", async () => {
    const text = path.join(dir, "gia.xlsx");
    await fs.writeFile(text, "STT,Tên\n1,Tổ 1\n");
    expect((await errorOf(openWorkbookFile(text))).code).toBe("FILE_NOT_XLSX");
    const empty = path.join(dir, "rong.xlsx");
    await fs.writeFile(empty, "");
    expect((await errorOf(openWorkbookFile(empty))).code).toBe("FILE_NOT_XLSX");
    const good = Buffer.from(await (await sample()).toBuffer());
    const cut = path.join(dir, "hong.xlsx");
    await fs.writeFile(cut, good.subarray(0, Math.floor(good.length / 2)));
    const e = await errorOf(openWorkbookFile(cut));
    expect(e.code).toBe("FILE_NOT_XLSX");
    expect(e.text.vi).toContain("hong.xlsx");
  });

  it("a folder given as the workbook is a clear error, both to open and to save over", async () => {
    const folder = path.join(dir, "thu-muc.xlsx");
    await fs.mkdir(folder);
    await fs.writeFile(path.join(folder, "x.txt"), "x");
    expect((await errorOf(openWorkbookFile(folder))).code).toBe("FILE_NOT_XLSX");
    expect((await errorOf(saveWorkbookFile(await sample(), folder))).code).toBe("FILE_LOCKED");
    expect((await fs.readdir(dir)).sort()).toEqual(["thu-muc.xlsx"]);
    expect(await fs.readdir(folder)).toEqual(["x.txt"]);
  });

  it("a failed save leaves the original file untouched", async () => {
    const file = path.join(dir, "so.xlsx");
    await saveWorkbookFile(await sample(), file);
    const before = await fs.readFile(file);
    const wb = await openWorkbookFile(file);
    // a workbook that cannot be serialised stands in for a failure half way through
    jest.spyOn(wb, "toBuffer").mockRejectedValueOnce(new Error("disk full"));
    await expect(saveWorkbookFile(wb, file)).rejects.toThrow("disk full");
    expect(await fs.readFile(file)).toEqual(before);
    expect(await fs.readdir(dir)).toEqual(["so.xlsx"]);
  });

  it("a read-only target folder is FILE_LOCKED and nothing is written", async () => {
    const ro = path.join(dir, "chi-doc");
    await fs.mkdir(ro);
    const original = Buffer.from("không được đổi");
    await fs.writeFile(path.join(ro, "so.xlsx"), original);
    await fs.chmod(ro, 0o555);
    const target = path.join(ro, "so.xlsx");
    try {
      if (process.getuid?.() === 0) {
        // root ignores folder permissions, so the save runs in a child process as "nobody"
        await fs.chmod(dir, 0o755);
        const script = `
          const { saveWorkbookFile } = require(${JSON.stringify(path.resolve("src/workbook/exceljs/file.ts"))});
          const { ExcelJsWorkbook } = require(${JSON.stringify(path.resolve("src/workbook/exceljs/workbook.ts"))});
          saveWorkbookFile(ExcelJsWorkbook.create(), ${JSON.stringify(target)})
            .then(() => console.log("SAVED"), (e) => console.log("CODE=" + e.code));`;
        const run = runAsNobody(script);
        expect(run.stderr).toBe("");
        expect(run.stdout.trim()).toBe("CODE=FILE_LOCKED");
      } else {
        expect((await errorOf(saveWorkbookFile(ExcelJsWorkbook.create(), target))).code).toBe("FILE_LOCKED");
      }
      expect(await fs.readdir(ro)).toEqual(["so.xlsx"]);
      expect(await fs.readFile(target)).toEqual(original);
    } finally {
      await fs.chmod(ro, 0o755);
    }
  });

  it("refuses to save over a workbook open in Excel or LibreOffice (its lock file beside it), writing nothing", async () => {
    const file = path.join(dir, "so.xlsx");
    await saveWorkbookFile(await sample(), file);
    const before = await fs.readFile(file);
    for (const [lock, program] of [
      ["~$so.xlsx", "Microsoft Excel"],
      [".~lock.so.xlsx#", "LibreOffice"],
    ] as const) {
      await fs.writeFile(path.join(dir, lock), "khoá");
      const e = await errorOf(saveWorkbookFile(await sample(), file));
      expect(e.code).toBe("FILE_IN_USE");
      expect(e.text.vi).toContain(`đang mở trong ${program}`);
      expect(e.text.vi).toContain(path.join(dir, lock));
      expect(e.text.en).toContain(`it is open in ${program}`);
      expect(await fs.readFile(file)).toEqual(before);
      expect((await fs.readdir(dir)).sort()).toEqual([lock, "so.xlsx"].sort());
      await fs.rm(path.join(dir, lock));
    }
    // the lock of another workbook in the folder is not this one's
    await fs.writeFile(path.join(dir, "~$khac.xlsx"), "khoá");
    await saveWorkbookFile(await sample(), file);
    expect(await fs.readFile(file)).not.toEqual(before);
  });

  it("an input it may not read is FILE_UNREADABLE, not a write error", async () => {
    const file = path.join(dir, "kin.xlsx");
    await saveWorkbookFile(await sample(), file);
    await fs.chmod(file, 0o000);
    try {
      if (process.getuid?.() === 0) {
        // root reads through permissions, so the open runs in a child process as "nobody"
        await fs.chmod(dir, 0o755);
        const script = `
          const { openWorkbookFile } = require(${JSON.stringify(path.resolve("src/workbook/exceljs/file.ts"))});
          openWorkbookFile(${JSON.stringify(file)})
            .then(() => console.log("OPENED"), (e) => console.log("CODE=" + e.code + "\\n" + e.message));`;
        const run = runAsNobody(script);
        expect(run.stderr).toBe("");
        const [codeLine, message] = run.stdout.trim().split("\n");
        expect(codeLine).toBe("CODE=FILE_UNREADABLE");
        expect(message).toContain("Không đọc được tệp");
        expect(message).toContain("Cannot read");
        expect(message).not.toContain("Cannot write");
      } else {
        const e = await errorOf(openWorkbookFile(file));
        expect(e.code).toBe("FILE_UNREADABLE");
        expect(e.text.vi).toContain("Không đọc được tệp");
        expect(e.text.en).toContain("Cannot read");
      }
    } finally {
      await fs.chmod(file, 0o644);
    }
  });
});

/** An exceljs-written workbook with extra zip entries, the way Excel stores a chart or a pivot table. */
async function withParts(parts: Record<string, string>): Promise<Buffer> {
  // exceljs depends on jszip, so it is always there with it
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip") as {
    loadAsync(b: Uint8Array): Promise<{
      file(n: string, d: string): void;
      generateAsync(o: { type: "nodebuffer"; compression: "DEFLATE" }): Promise<Buffer>;
    }>;
  };
  const zip = await JSZip.loadAsync(await (await sample()).toBuffer());
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const CHART =
  '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';

describe("workbooks with parts exceljs cannot keep", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it("exceljs drops them when it rewrites the whole workbook; the lossless save keeps them byte for byte", async () => {
    const buf = await withParts({ "xl/charts/chart1.xml": CHART, "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>" });
    expect(await zipParts(buf)).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml"]));
    const whole = await ExcelJsWorkbook.fromBuffer(buf);
    void whole.book; // reaching into the exceljs model makes the save a whole rewrite
    const parts = await zipParts(await whole.toBuffer());
    expect(parts.some((p) => p.startsWith("xl/charts/") || p.startsWith("xl/pivotTables/"))).toBe(false);

    const wb = await ExcelJsWorkbook.fromBuffer(buf);
    await wb.writeSheets([{ name: "Thêm", marker: { command: "layout", key: "x" }, cells: [["x"]] }]);
    const kept = await wb.toBuffer();
    expect(await zipPart(kept, "xl/charts/chart1.xml")).toBe(CHART);
    expect(await zipPart(kept, "xl/pivotTables/pivotTable1.xml")).toBe("<pivotTableDefinition/>");
  });

  it("saves over a workbook with a chart, keeping the chart", async () => {
    const file = path.join(dir, "bieu-do.xlsx");
    await fs.writeFile(file, await withParts({ "xl/charts/chart1.xml": CHART }));
    const wb = await openWorkbookFile(file);
    await wb.writeSheets([{ name: "Thêm", marker: { command: "layout", key: "x" }, cells: [["x"]] }]);
    await saveWorkbookFile(wb, file);
    const after = await fs.readFile(file);
    expect(await zipPart(after, "xl/charts/chart1.xml")).toBe(CHART);
    const [data] = await (await openWorkbookFile(file)).readSheets(["Thêm"]);
    expect(data!.values).toEqual([["x"]]);
  });

  it("a whole rewrite still refuses, names what would be lost and how to go on, and leaves the file byte for byte", async () => {
    const file = path.join(dir, "bieu-do.xlsx");
    await fs.writeFile(file, await withParts({ "xl/charts/chart1.xml": CHART }));
    const before = await fs.readFile(file);
    const wb = await openWorkbookFile(file);
    void wb.book;
    await wb.writeSheets([{ name: "Thêm", marker: { command: "layout", key: "x" }, cells: [["x"]] }]);
    const e = await errorOf(saveWorkbookFile(wb, file));
    expect(e.code).toBe("FILE_UNMODELLED_PARTS");
    expect(e.text.vi).toContain("tệp có biểu đồ");
    expect(e.text.vi).toContain("trong Excel với tiện ích");
    expect(e.text.vi).toContain("--out");
    expect(e.text.en).toContain("it holds charts");
    expect(e.text.en).toContain("inside Excel with the add-in");
    expect(await fs.readFile(file)).toEqual(before);
    expect(await fs.readdir(dir)).toEqual(["bieu-do.xlsx"]);
  });

  it("names every kind of part a whole rewrite would lose: pivot tables, slicers, form controls", async () => {
    const file = path.join(dir, "nhieu.xlsx");
    await fs.writeFile(
      file,
      await withParts({
        "xl/pivotCache/pivotCacheDefinition1.xml": "<pivotCacheDefinition/>",
        "xl/slicers/slicer1.xml": "<slicers/>",
        "xl/ctrlProps/ctrlProp1.xml": "<formControlPr/>",
      }),
    );
    const before = await fs.readFile(file);
    const wb = await openWorkbookFile(file);
    void wb.book;
    const e = await errorOf(saveWorkbookFile(wb, file));
    expect(e.text.vi).toContain(
      "bảng tổng hợp (PivotTable), bộ lọc slicer hoặc timeline, điều khiển biểu mẫu (nút bấm, hộp chọn)",
    );
    expect(e.text.en).toContain("pivot tables, slicers or timelines, form controls (buttons, check boxes)");
    expect(await fs.readFile(file)).toEqual(before);
  });

  it("still saves a workbook whose extra parts exceljs keeps or that hold no content of a person's (SharePoint metadata)", async () => {
    const file = path.join(dir, "chia-se.xlsx");
    await fs.writeFile(file, await withParts({ "customXml/item1.xml": "<metadata/>" }));
    const wb = await openWorkbookFile(file);
    await saveWorkbookFile(wb, file);
    const [data] = await (await openWorkbookFile(file)).readSheets(["Đơn vị"]);
    expect(data!.values).toEqual([["Mã"], ["TDP01"]]);
  });
});
