import * as path from "path";
import { promises as fs } from "fs";
import { saveWorkbookFile, openWorkbookFile } from "../../src/workbook/exceljs/file";
import { streamingReaderParks } from "../../src/workbook/exceljs/normalize";
import { readValuesStreaming, streamingReaderWouldCrash, writeSpecsStreaming, zipEntryNames } from "../../src/workbook/exceljs/stream";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { hashSheetData } from "../../src/workbook/hash";
import type { CellInput, SheetSpec } from "../../src/workbook/port";
import { loadRaw, rng, tempDir, utc } from "../support/xlsx";

function judgeSheet(name: string, units: number, criteria: number, seed: number): SheetSpec {
  const header: CellInput[] = ["Mã", "Đơn vị", ...Array.from({ length: criteria }, (_, j) => `TC${j + 1}`), "Tổng", "Ngày chấm"];
  const rows: CellInput[][] = [header];
  for (let i = 0; i < units; i++) {
    const scores = Array.from({ length: criteria }, (_, j) => ((i * 7 + j * 3 + seed) % 21) / 2);
    const lastCol = String.fromCharCode(67 + criteria - 1);
    rows.push([
      `DV${String(i + 1).padStart(4, "0")}`,
      i % 3 === 0 ? `Tổ dân phố ${i + 1}` : `Chi bộ ${i + 1}`,
      ...scores,
      { formula: `=SUM(C${i + 2}:${lastCol}${i + 2})`, result: scores.reduce((a, b) => a + b, 0) },
      utc(2024, 6, 1 + (i % 28)),
    ]);
  }
  return {
    name,
    marker: { command: "prepare", key: `D1:judge:${seed}` },
    cells: rows,
    columnWidths: [10, 30, ...Array.from({ length: criteria }, () => 6), 8, 12],
    freeze: { rows: 1, cols: 2 },
    styles: [{ range: rng(0, 0, 1, criteria + 4), bold: true, fill: "#1F4E78", fontColor: "#FFFFFF" }, { range: rng(1, 2, units, criteria), locked: false }],
    numberFormats: [{ range: rng(1, 2, units, criteria + 1), format: "0.0" }],
    merges: [rng(units + 2, 0, 1, 3)],
    validations: [{ type: "decimal", range: rng(1, 2, units, criteria), min: 0, max: 10, error: { title: "Sai", message: "0–10" } }],
    conditionalFormats: [{ type: "dataBar", range: rng(1, criteria + 2, units, 1), color: "#5B9BD5" }],
    print: { orientation: "landscape", headerLeft: "UBND phường", headerCenter: name },
    protect: true,
    tabColor: "#70AD47",
  };
}

/** The same zip with `first` entries moved to the front and `last` ones to the end. */
async function reorderZip(buf: Uint8Array, first: string[], last: string[]): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip");
  const src = await JSZip.loadAsync(buf);
  const names = Object.keys(src.files).filter((n: string) => !src.files[n].dir);
  const middle = names.filter((n: string) => !first.includes(n) && !last.includes(n));
  const out = new JSZip();
  for (const n of [...first, ...middle, ...last]) out.file(n, await src.file(n).async("uint8array"));
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("streaming read and write", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(() => cleanup());

  it("reads a file its streaming writer wrote exactly as the in-memory reader does", async () => {
    const file = path.join(dir, "stream.xlsx");
    const specs = [judgeSheet("Chấm điểm Đ1 - An", 300, 8, 1), judgeSheet("Chấm điểm Đ1 - Bình", 200, 8, 2)];
    await writeSpecsStreaming(file, specs);
    // this file goes through the streaming reader itself, not the fallback
    expect(streamingReaderWouldCrash((await zipEntryNames(file))!)).toBe(false);
    const streamed = await readValuesStreaming(file);
    const wb = await openWorkbookFile(file);
    const inMemory = await wb.readSheets(specs.map((s) => s.name));
    expect(streamed.map((s) => s.name)).toEqual(["Chấm điểm Đ1 - An", "Chấm điểm Đ1 - Bình"]);
    expect(streamed).toEqual(inMemory);
    expect(streamed[0].values[1][10]).toBe(specs[0].cells[1][10] && (specs[0].cells[1][10] as { result: number }).result);
    expect(streamed[0].values[1][11]).toEqual(utc(2024, 6, 1));
    // the markers are there and match the content
    const listed = await wb.listSheets();
    expect(listed.map((s) => s.name)).toEqual(specs.map((s) => s.name));
    const onlySecond = await readValuesStreaming(file, (n) => n.endsWith("Bình"));
    expect(onlySecond).toEqual([inMemory[1]]);
    const [withFormulas] = await wb.readSheets([specs[0].name], { formulas: true });
    expect(hashSheetData(withFormulas)).toBe(listed[0].marker?.contentHash);
  });

  it("writes the look of the sheet while streaming: widths, freeze, formats, styles, merges, validation, protection", async () => {
    const file = path.join(dir, "look.xlsx");
    await writeSpecsStreaming(file, [judgeSheet("Chấm", 20, 4, 3)]);
    const raw = await loadRaw(file);
    const ws = raw.getWorksheet("Chấm")!;
    expect(ws.getColumn(2).width).toBe(30);
    expect((ws.views[0] as { state: string; ySplit: number }).state).toBe("frozen");
    expect(ws.getCell("C2").numFmt).toBe("0.0");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("C2").protection?.locked).toBe(false);
    expect(ws.getCell("B23").isMerged).toBe(true);
    expect(ws.getCell("D5").dataValidation?.type).toBe("decimal");
    expect(ws.pageSetup.paperSize).toBe(9);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(raw.getWorksheet("_tdkt")?.state).toBe("veryHidden");
  });

  it("reads a file the in-memory writer wrote (sheets parked before the shared strings), also when skipping sheets", async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheets([judgeSheet("Một", 50, 5, 4), judgeSheet("Hai", 30, 5, 5), judgeSheet("Ba", 20, 5, 6)]);
    const file = path.join(dir, "inmemory.xlsx");
    await saveWorkbookFile(wb, file);
    expect(streamingReaderWouldCrash((await zipEntryNames(file))!)).toBe(false);
    // exceljs's writer puts the sheets before the shared strings: the reader would park them, so the parts
    // are reordered for it (parked sheets lost the workbook part now and then on a busy machine)
    expect(streamingReaderParks((await zipEntryNames(file))!)).toBe(true);
    expect(await readValuesStreaming(file)).toEqual(await wb.readSheets(["Một", "Hai", "Ba"]));
    // skipping a parked sheet used to race with exceljs deleting its temporary file: run it several times
    for (let i = 0; i < 5; i++) {
      const only = await readValuesStreaming(file, (n) => n === "Hai");
      expect(only).toEqual(await wb.readSheets(["Hai"]));
    }
  });

  it("falls back to the in-memory reader where exceljs's streaming reader crashes (xl/workbook.xml after the sheets)", async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheets([judgeSheet("Một", 10, 3, 7), judgeSheet("Hai", 8, 3, 8)]);
    const file = path.join(dir, "crash.xlsx");
    await fs.writeFile(file, await reorderZip(await wb.toBuffer(), ["xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"], ["xl/workbook.xml"]));
    expect(streamingReaderWouldCrash((await zipEntryNames(file))!)).toBe(true);
    // the condition is real: exceljs's own streaming reader fails on this file
    const ExcelJS = (await import("exceljs")).default;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
    const attempt = async () => {
      for await (const ws of reader) for await (const row of ws as unknown as AsyncIterable<unknown>) void row;
    };
    await expect(attempt()).rejects.toThrow(/reading 'sheets'/);
    expect(await readValuesStreaming(file)).toEqual(await wb.readSheets(["Một", "Hai"]));
  });

  it("gives the same file errors as opening in memory", async () => {
    await expect(readValuesStreaming(path.join(dir, "khong-co.xlsx"))).rejects.toMatchObject({ code: "FILE_MISSING" });
    const text = path.join(dir, "text.xlsx");
    await fs.writeFile(text, "không phải xlsx");
    await expect(readValuesStreaming(text)).rejects.toMatchObject({ code: "FILE_NOT_XLSX" });
  });
});
