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
import { PassThrough, Transform, type Readable } from "stream";
import { AppError } from "../../shared/errors";
import { hashCells } from "../hash";
import type { CellValue, Marker, SheetData, SheetSpec } from "../port";
import { encodeRegistry, REGISTRY_SHEET } from "../registry";
import { columnLetter } from "../../shared/address";
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
import { openWorkbookFile } from "./file";
import { normalizePackage, PackageRefused, streamingReaderMisreads } from "./normalize";
import { zipDirectory } from "./zip";
import { isFormula } from "../port";
import { sheetKey } from "../../shared/sheetNames";

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

/** A file read for the streaming reader: the package normalised for it, and the worksheets it lists. */
export interface StreamingPackage {
  file: string;
  /** The normalised package when it differs from the file; undefined when the file itself can be streamed. */
  bytes?: Uint8Array;
  /** The worksheets the workbook part lists, in tab order, with their parts (in `bytes` when given). */
  worksheets: readonly { name: string; part: string }[];
}

/**
 * Reads `file` and normalises it for exceljs's streaming reader (normalize.ts): a file another program
 * wrote gets the part names and order the reader needs. The errors are the in-memory opener's: missing,
 * folder, unreadable, not a workbook, encrypted, .xls, zip bomb.
 */
export async function openStreamingPackage(file: string): Promise<StreamingPackage> {
  let raw: Buffer;
  try {
    raw = await fs.readFile(file);
  } catch {
    // the in-memory opener classifies the error (missing, folder, unreadable); it only gets here on failure
    await openWorkbookFile(file);
    throw new AppError("FILE_NOT_XLSX", { file });
  }
  try {
    const n = await normalizePackage(raw, { streamingOrder: true });
    return { file, bytes: n.bytes === (raw as Uint8Array) ? undefined : n.bytes, worksheets: n.worksheets };
  } catch (e) {
    if (e instanceof PackageRefused) throw new AppError(e.code, { ...e.params, file }, { cause: e });
    throw new AppError("FILE_NOT_XLSX", { file }, { cause: e });
  }
}

/**
 * Values of the sheets `wantSheet` accepts (all but the registry when omitted), in tab order, shared
 * strings resolved, formula cells as their cached results (an error as its text, "#DIV/0!"), dates as Date.
 * A worksheet the workbook lists and `wantSheet` accepts but the reader did not deliver is SHEET_NOT_READ:
 * a command must never go on as if it were absent.
 */
export async function readValuesStreaming(file: string | StreamingPackage, wantSheet?: WantSheet): Promise<SheetData[]> {
  const want: WantSheet = wantSheet ?? ((name) => name.toLowerCase() !== REGISTRY_SHEET);
  const pkg = typeof file === "string" ? await openStreamingPackage(file) : file;
  let found: SheetData[];
  try {
    found = await streamRead(pkg.bytes ? bufferStream(pkg.bytes) : pkg.file, want);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError("FILE_NOT_XLSX", { file: pkg.file }, { cause: e });
  }
  const got = new Set(found.map((d) => sheetKey(d.name)));
  for (const w of pkg.worksheets) {
    if (want(w.name) && !got.has(sheetKey(w.name)))
      throw new AppError("SHEET_NOT_READ", { file: pkg.file, sheet: w.name, part: w.part });
  }
  return found;
}

function bufferStream(bytes: Uint8Array): PassThrough {
  const s = new PassThrough();
  s.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return s;
}

/**
 * True when exceljs's streaming reader would misread a zip with these entries in this order (see
 * streamingReaderMisreads); openStreamingPackage then reorders the parts.
 */
export const streamingReaderWouldCrash = streamingReaderMisreads;

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

type Chunks = AsyncIterable<Buffer | string>;

/** The parts of exceljs's streaming WorkbookReader this module wraps (exceljs 4.4.0, pinned). */
interface ReaderInternals {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: Chunks, sheetNo: string): Generator<unknown>;
  model?: { sheets?: { name: string }[] };
}

/**
 * An entry as text chunks decoded as one UTF-8 stream. exceljs decodes each chunk on its own, so a
 * Vietnamese letter split between two chunks came out as "�" ("xung đ���t").
 */
function decodedEntry(entry: Readable): Readable {
  const decoder = new TextDecoder("utf-8");
  const out = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer | string, _enc, done) {
      done(null, typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  entry.on("error", (e) => out.destroy(e));
  return entry.pipe(out);
}

/**
 * A worksheet's XML as text, decoded across chunks, with error cells (t="e") marked as text: exceljs reads a
 * formula's cached error as parseFloat("#DIV/0!"), NaN, where the in-memory reader gives "#DIV/0!".
 */
async function* worksheetText(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let carry = "";
  const fix = (s: string) => s.replace(/(<c\b[^>]*?\st\s*=\s*)(["'])e\2/g, "$1$2str$2");
  for await (const chunk of chunks) {
    const text = carry + (typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    // keep an unfinished tag for the next chunk, so the rewrite always sees whole start tags
    const cut = text.lastIndexOf("<");
    const whole = cut > text.lastIndexOf(">") ? cut : text.length;
    carry = text.slice(whole);
    if (whole > 0) yield fix(text.slice(0, whole));
  }
  const rest = carry + decoder.decode();
  if (rest) yield fix(rest);
}

/** exceljs's streaming reader with every part decoded as UTF-8 across chunks and error cells read as text. */
function workbookReader(input: string | Readable): ExcelJS.stream.xlsx.WorkbookReader {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input as unknown as string, {
    worksheets: "emit",
    sharedStrings: "cache",
    // styles tell dates from numbers
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const r = reader as unknown as ReaderInternals;
  const rels = r._parseRels.bind(r);
  const book = r._parseWorkbook.bind(r);
  const styles = r._parseStyles.bind(r);
  const strings = r._parseSharedStrings.bind(r);
  const sheet = r._parseWorksheet.bind(r);
  r._parseRels = (entry) => rels(decodedEntry(entry));
  r._parseWorkbook = (entry) => book(decodedEntry(entry));
  r._parseStyles = (entry) => styles(decodedEntry(entry));
  r._parseSharedStrings = (entry) => strings(decodedEntry(entry));
  r._parseWorksheet = (iterator, sheetNo) => sheet(worksheetText(iterator), sheetNo);
  return reader;
}

async function streamRead(input: string | Readable, want: WantSheet): Promise<SheetData[]> {
  const reader = workbookReader(input);
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
  const order = ((reader as unknown as ReaderInternals).model?.sheets ?? []).map((s) => s.name);
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

/**
 * One style object for all cells of a sheet formatted alike. exceljs's writer finds a style it has already
 * numbered by the object's identity and otherwise renders the style to XML to look it up, which for a
 * province's millions of cells was most of the time of writing them.
 */
class SharedStyles {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();

  of(format: string | undefined, appliers: readonly ((cell: ExcelJS.Cell) => void)[], key: string): Partial<ExcelJS.Style> {
    const k = `${format ?? ""}\u0000${key}`;
    let style = this.byKey.get(k);
    if (!style) {
      const made: Partial<ExcelJS.Style> = format === undefined ? {} : { numFmt: format };
      for (const apply of appliers) apply(made as ExcelJS.Cell);
      this.byKey.set(k, (style = made));
    }
    return style;
  }
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
  const styles = rowIndex((spec.styles ?? []).map((s, i) => ({ range: s.range, apply: compileStyle(s), key: `s${i}` })));
  const formats = rowIndex(spec.numberFormats ?? []);
  const shared = new SharedStyles();
  const last = lastRowOf(spec, cells);
  for (let r = 0; r < last; r++) {
    const row = ws.getRow(r + 1);
    const height = spec.rowHeights?.[r];
    if (height !== undefined) row.height = height;
    // Each cell's style as the list of what applies to it, in the order it applies (the last number format
    // wins). Cells of a merge share their master's style object in exceljs, so they are styled in place, in
    // the order the spec gives, as before.
    const look: { format?: string; appliers: ((cell: ExcelJS.Cell) => void)[]; key: string }[] = [];
    const at = (c: number) => (look[c] ??= { appliers: [], key: "" });
    const src = cells[r] ?? [];
    for (let c = 0; c < src.length; c++) {
      const v = src[c];
      if (v === null || v === undefined || v === "") continue;
      const cell = row.getCell(c + 1);
      cell.value = toExcelValue(v);
      if (!((isFormula(v) ? v.result : v) instanceof Date)) continue;
      if (cell.isMerged) cell.numFmt = DEFAULT_DATE_FORMAT;
      else at(c).format = DEFAULT_DATE_FORMAT;
    }
    for (const f of formats.get(r) ?? [])
      for (let c = f.range.col; c < f.range.col + f.range.cols; c++) {
        const cell = row.getCell(c + 1);
        if (cell.isMerged) cell.numFmt = f.format;
        else at(c).format = f.format;
      }
    for (const s of styles.get(r) ?? [])
      for (let c = s.range.col; c < s.range.col + s.range.cols; c++) {
        const cell = row.getCell(c + 1);
        if (cell.isMerged) s.apply(cell);
        else {
          const l = at(c);
          l.appliers.push(s.apply);
          l.key += `${s.key},`;
        }
      }
    look.forEach((l, c) => (row.getCell(c + 1).style = shared.of(l.format, l.appliers, l.key)));
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
