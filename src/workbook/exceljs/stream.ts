/**
 * Streaming read and write for province-scale rounds (10,000 units × 30 criteria × 15 judges), Node
 * only. The in-memory exceljs Workbook needs gigabytes there (research/ranking.md B1: 4.7 GB to
 * write, 2.1 GB to read); the streaming reader and writer stay in the low hundreds of MB.
 *
 * The streaming writer writes values, formulas with results, widths, row heights, freeze panes,
 * number formats, styles, merges, validations, conditional formats, page setup, header and footer,
 * protection and tab colour. It skips tables (exceljs cannot write them while streaming) and the
 * print titles (repeated rows): those are workbook defined names that WorkbookWriter does not derive
 * from the page setup. The registry sheet is written last, very hidden, as the in-memory host does.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { AppError } from "../../app/errors";
import { hashCells } from "../hash";
import type { CellValue, Marker, SheetData, SheetSpec } from "../port";
import { encodeRegistry, REGISTRY_SHEET } from "../registry";
import { columnLetter } from "./address";
import { plainValue } from "./readSheet";
import {
  applyPrint,
  argb,
  compileStyle,
  conditionalFormat,
  DEFAULT_DATE_FORMAT,
  effectiveCells,
  rangeAddress,
  toExcelValue,
  validationModel,
} from "./writeSpec";
import { ExcelJsWorkbook } from "./workbook";
import { openWorkbookFile } from "./file";
import { zipDirectory } from "./zip";
import { isFormula } from "../port";

type WantSheet = (name: string) => boolean;

/** Rows of one sheet as they arrive; padded to a rectangle at the end, as the in-memory reader does. */
class SheetCollector {
  private rows: CellValue[][] = [];
  private width = 0;

  constructor(readonly name: string) {}

  addRow(rowNumber: number, row: ExcelJS.Row): void {
    const values: CellValue[] = [];
    let last = 0;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // exceljs's cell.value copies a formula's result only when truthy: a cached 0 would read as blank
      const v = cell.type === ExcelJS.ValueType.Formula ? plainValue(cell.result) : plainValue(cell.value);
      if (v === null) return;
      values[col - 1] = v;
      last = col;
    });
    if (last === 0) return;
    this.rows[rowNumber - 1] = values;
    this.width = Math.max(this.width, last);
  }

  finish(): SheetData {
    const values: CellValue[][] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const src = this.rows[r];
      const out = new Array<CellValue>(this.width).fill(null);
      if (src) for (let c = 0; c < src.length; c++) if (src[c] !== undefined) out[c] = src[c];
      values.push(out);
    }
    return { name: this.name, values };
  }
}

/** The exceljs streaming reader crashes on zips whose xl/workbook.xml comes after the sheets (exceljs issue #962). */
function isKnownReaderCrash(e: unknown): boolean {
  return e instanceof TypeError && /reading 'sheets'/.test(e.message);
}

/**
 * Values of the sheets `wantSheet` accepts (all but the registry when omitted), in tab order, shared
 * strings resolved, formula cells as their cached results, dates as Date. Falls back to the
 * in-memory reader for files the streaming reader cannot parse.
 */
export async function readValuesStreaming(file: string, wantSheet?: WantSheet): Promise<SheetData[]> {
  const want: WantSheet = wantSheet ?? ((name) => name.toLowerCase() !== REGISTRY_SHEET);
  try {
    await fs.access(file);
  } catch {
    // the in-memory opener classifies the error (missing, folder, unreadable)
    await openWorkbookFile(file);
  }
  const readInMemory = async () => {
    const wb: ExcelJsWorkbook = await openWorkbookFile(file);
    return wb.readSheets(wb.book.worksheets.map((ws) => ws.name).filter(want));
  };
  // Checked before streaming: an aborted streaming read leaves its unzip pipeline running, and it
  // later fails on temporary files that are gone.
  const order = await zipEntryNames(file);
  if (order && streamingReaderWouldCrash(order)) return readInMemory();
  try {
    return await streamRead(file, want);
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (!isKnownReaderCrash(e)) throw new AppError("FILE_NOT_XLSX", { file }, { cause: e });
    return readInMemory();
  }
}

/**
 * True when exceljs's streaming reader would crash on a zip with these entries: it parses a sheet on
 * the spot once it has seen the workbook rels and the shared strings, and then needs xl/workbook.xml
 * already read. Sheets met earlier are parked in temporary files and parsed at the end, which is safe
 * (files from exceljs's own streaming writer are like that).
 */
export function streamingReaderWouldCrash(names: readonly string[]): boolean {
  let rels = false;
  let strings = false;
  let book = false;
  for (const n of names) {
    if (n === "xl/_rels/workbook.xml.rels") rels = true;
    else if (n === "xl/sharedStrings.xml") strings = true;
    else if (n === "xl/workbook.xml") book = true;
    else if (/^xl\/worksheets\/sheet\d+\.xml$/.test(n) && rels && strings && !book) return true;
  }
  return false;
}

/**
 * Entry names of a zip in central-directory order, read from the file's end without inflating
 * anything; undefined when the file is not a plain (non-zip64) zip, and the readers decide.
 */
export async function zipEntryNames(file: string): Promise<string[] | undefined> {
  const fh = await fs.open(file, "r");
  try {
    const dir = await zipDirectory(fh);
    return dir && [...dir.keys()];
  } finally {
    await fh.close();
  }
}

async function streamRead(file: string, want: WantSheet): Promise<SheetData[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: "emit",
    sharedStrings: "cache",
    // styles tell dates from numbers
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const found: SheetData[] = [];
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string; iterator: AsyncIterable<unknown> };
    if (!want(ws.name)) {
      // A skipped sheet is still read through as raw bytes: exceljs deletes a parked sheet's temporary
      // file as soon as the next sheet is asked for, and a stream not yet opened then fails (ENOENT).
      for await (const chunk of ws.iterator) void chunk;
      continue;
    }
    const sheet = new SheetCollector(ws.name);
    for await (const row of ws) sheet.addRow(row.number, row);
    found.push(sheet.finish());
  }
  // sheets arrive in zip order; the workbook part, read by now, gives the tab order
  const order = ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((s) => s.name);
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  return found.sort((a, b) => rank(a.name) - rank(b.name));
}

/** Cells of a spec grouped by the rows they touch, so each streamed row is finished before it is committed. */
function rowIndex<T extends { range: { row: number; rows: number } }>(items: readonly T[]): Map<number, T[]> {
  const byRow = new Map<number, T[]>();
  for (const it of items) {
    for (let r = it.range.row; r < it.range.row + it.range.rows; r++) {
      const list = byRow.get(r);
      if (list) list.push(it);
      else byRow.set(r, [it]);
    }
  }
  return byRow;
}

function lastRowOf(spec: SheetSpec, cells: SheetSpec["cells"]): number {
  let last = cells.length;
  for (const s of spec.styles ?? []) last = Math.max(last, s.range.row + s.range.rows);
  for (const f of spec.numberFormats ?? []) last = Math.max(last, f.range.row + f.range.rows);
  for (const m of spec.merges ?? []) last = Math.max(last, m.row + m.rows);
  for (const h of Object.keys(spec.rowHeights ?? {})) last = Math.max(last, Number(h) + 1);
  return last;
}

async function writeSpecRows(
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: SheetSpec,
  cells: SheetSpec["cells"],
): Promise<void> {
  const views: Partial<ExcelJS.WorksheetView>[] =
    spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)
      ? [
          {
            state: "frozen",
            xSplit: spec.freeze.cols,
            ySplit: spec.freeze.rows,
            topLeftCell: `${columnLetter(spec.freeze.cols)}${spec.freeze.rows + 1}`,
          },
        ]
      : [];
  const ws = writer.addWorksheet(spec.name, {
    views,
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
  });
  if (spec.columnWidths?.length) ws.columns = spec.columnWidths.map((w) => ({ width: w > 0 ? w : undefined }));
  if (spec.print) applyPrint(ws, { ...spec.print, repeatRows: undefined });
  // merges first: they reach rows not yet committed
  for (const m of spec.merges ?? []) {
    if (m.rows * m.cols > 1) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  }
  const styles = rowIndex((spec.styles ?? []).map((s) => ({ range: s.range, apply: compileStyle(s) })));
  const formats = rowIndex(spec.numberFormats ?? []);
  const last = lastRowOf(spec, cells);
  for (let r = 0; r < last; r++) {
    const row = ws.getRow(r + 1);
    const height = spec.rowHeights?.[r];
    if (height !== undefined) row.height = height;
    const src = cells[r] ?? [];
    for (let c = 0; c < src.length; c++) {
      const v = src[c];
      if (v === null || v === undefined || v === "") continue;
      const cell = row.getCell(c + 1);
      cell.value = toExcelValue(v);
      if ((isFormula(v) ? v.result : v) instanceof Date) cell.numFmt = DEFAULT_DATE_FORMAT;
    }
    for (const f of formats.get(r) ?? [])
      for (let c = f.range.col; c < f.range.col + f.range.cols; c++) row.getCell(c + 1).numFmt = f.format;
    for (const s of styles.get(r) ?? [])
      for (let c = s.range.col; c < s.range.col + s.range.cols; c++) s.apply(row.getCell(c + 1));
    row.commit();
  }
  const dv = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of spec.validations ?? []) dv.add(rangeAddress(v.range), validationModel(v));
  (spec.conditionalFormats ?? []).forEach((cf, i) => ws.addConditionalFormatting(conditionalFormat(cf, i + 1)));
  if (spec.protect) {
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      autoFilter: true,
      sort: true,
    });
  }
  ws.commit();
}

/**
 * Writes a new workbook holding `specs` (and the registry of their markers) with the streaming writer,
 * committing each row as it goes. The file is written in place of `file`; use it for new output files.
 */
export async function writeSpecsStreaming(file: string, specs: SheetSpec[], now: Date = new Date()): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const markers = new Map<string, Marker>();
  const generatedAt = now.toISOString();
  for (const spec of specs) {
    const cells = effectiveCells({ ...spec, tables: undefined });
    await writeSpecRows(writer, spec, cells);
    markers.set(spec.name, { ...spec.marker, contentHash: hashCells(cells), generatedAt });
  }
  const registry = writer.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
  for (const row of encodeRegistry(markers)) registry.addRow(row).commit();
  registry.commit();
  await writer.commit();
}
