/** Helpers for tests that check what the exceljs host wrote, the way another program would read it. */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { AppError } from "../../src/shared/errors";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { RangeRef } from "../../src/workbook/port";

/** Saves to a buffer and loads it back: what a second run of the CLI would see. */
export async function reload(wb: ExcelJsWorkbook): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
}

/** The raw exceljs workbook of a saved buffer or file, to inspect parts the port does not expose. */
export async function loadRaw(source: Uint8Array | string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  const buf = typeof source === "string" ? await fs.readFile(source) : source;
  await book.xlsx.load(buf as unknown as ArrayBuffer);
  return book;
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(prefix = "tdkt-"): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
}

export function rng(row: number, col: number, rows = 1, cols = 1): RangeRef {
  return { row, col, rows, cols };
}

/** Date at UTC midnight, as the domain keeps them. */
export function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** The XML of one part of a saved xlsx (e.g. "xl/worksheets/sheet1.xml"), for checks exceljs does not read back. */
export async function zipPart(buf: Uint8Array, part: string): Promise<string | undefined> {
  // exceljs depends on jszip, so it is always there with it
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip") as { loadAsync(b: Uint8Array): Promise<{ file(n: string): { async(t: "string"): Promise<string> } | null; files: Record<string, unknown> }> };
  const zip = await JSZip.loadAsync(buf);
  return zip.file(part)?.async("string");
}

/** Names of the parts of a saved xlsx in zip order. */
export async function zipParts(buf: Uint8Array): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip") as { loadAsync(b: Uint8Array): Promise<{ files: Record<string, unknown> }> };
  return Object.keys((await JSZip.loadAsync(buf)).files);
}

/** The AppError `p` rejects with; fails the test when it resolves or rejects with anything else. */
export async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

/** A new workbook holding one generated `Đơn vị` sheet with one unit code: the smallest thing to save. */
export async function unitBook(value: string): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheets([{ name: "Đơn vị", marker: { command: "layout", key: "units" }, cells: [["Mã"], [value]] }]);
  return wb;
}
