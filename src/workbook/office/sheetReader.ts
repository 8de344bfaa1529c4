/* global Excel */
/**
 * Reads whole sheets in as few context.sync() as the response limit allows, without a sync of its own
 * to learn their sizes first: a sheet whose size is not known yet is asked for its used range AND its
 * first rows (a "window" of at most WINDOW_COLS columns, so the response stays bounded whatever the
 * sheet holds) in the same request. At ward scale the window is the whole sheet, so the snapshot is one
 * sync; a larger sheet's window is its first block, and the rest follows in blocks sized by the bytes
 * per cell its window measured, each request's response under the budget. A sheet with a read hint
 * (readHint.ts: its size as last written or read) is read in exact blocks from the first request, its
 * used range asked beside them; what the hint missed (the sheet grew) is read in the next request.
 */
import type { CellValue, ReadHint, SheetData } from "../port";
import { fromOfficeFormula, fromOfficeValue, jsonBytes } from "./cells";
import { expectedBytes, measuredHint } from "./readHint";
import { sheetKey as lower } from "../../shared/sheetNames";

/**
 * Bytes per read response the snapshot aims for. Excel on the web refuses responses over 5 MB; requests
 * stay under 4 MB (batch.ts), and a read's request is small, so a read's response may come closer: with
 * the margin on the measured bytes per cell, blocks come back at about 4.1 MB. Fewer, fuller reads are
 * what keeps a province round within ⌈payload / 4 MB⌉ + 2 syncs.
 */
export const SNAPSHOT_RESPONSE_BUDGET = 4_500_000;
/** Columns a window covers; a wider sheet is read in blocks after its size is known. */
export const WINDOW_COLS = 64;
/** Excel refuses to get more than 5,000,000 cells at once; blocks stay well under it. */
const READ_CELL_LIMIT = 2_000_000;
const SHEET_ROWS = 1_048_576;
/** First guess of response bytes per cell (a score "7.5," is 4, a short text 20), until a window measures it. */
const INITIAL_BYTES_PER_CELL = 10;
/** Margin over a measured bytes-per-cell: texts vary from row to row. */
const MEASURE_MARGIN = 1.1;

interface Entry {
  /** As asked; replaced by the sheet's own name once read. */
  name: string;
  formulas: boolean;
  hint?: ReadHint;
  /** The used range has been read (until then rows and cols, if set, are the hint's). */
  sized: boolean;
  /** Used range from A1, once known (or as the hint has it). */
  rows?: number;
  cols?: number;
  /** Rows read so far (from the top). */
  next: number;
  values: CellValue[][];
  forms: (string | null)[][];
  /** Measured response bytes per cell of this sheet. */
  bytesPerCell?: number;
  /** What the reads of this sheet returned, for the hint the next read will use. */
  valueBytes: number;
  formulaBytes: number;
  blanks: number;
  missing?: boolean;
}

interface Probe {
  entry: Entry;
  ws: Excel.Worksheet;
  used: Excel.Range;
  window?: { range: Excel.Range; rows: number };
  /** Blocks were read by the hint's size in the same request: they are checked against the used range. */
  hinted: boolean;
  /** Rows past a hinted sheet's last block, cut to its used range. */
  tail?: { range: Excel.Range; row: number; rows: number };
}

interface Block {
  entry: Entry;
  row: number;
  rows: number;
  range: Excel.Range;
}

/**
 * Rows of a sheet cut to its used range, with where they start: a window over a sheet of unknown size,
 * or the rows past a hint. Only what is used comes back, so a generous range costs little.
 */
function usedPart(ws: Excel.Worksheet, row: number, rows: number, cols: number, formulas: boolean): Excel.Range {
  const range = ws.getRangeByIndexes(row, 0, rows, cols).getUsedRangeOrNullObject(true);
  if (formulas) range.load("rowIndex,columnIndex,rowCount,columnCount,values,formulas");
  else range.load("rowIndex,columnIndex,rowCount,columnCount,values");
  return range;
}

export class SheetReader {
  private readonly entries = new Map<string, Entry>();
  private probes: Probe[] = [];
  private blocks: Block[] = [];
  private guess = INITIAL_BYTES_PER_CELL;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
  ) {}

  /** Asks for a sheet; asking again with formulas for one read without them reads it again. */
  want(name: string, formulas: boolean, hint?: ReadHint): void {
    const had = this.entries.get(lower(name));
    if (had && !had.missing && (had.formulas || !formulas)) return;
    const usable = hint && hint.rows > 0 && hint.cols > 0 ? hint : undefined;
    this.entries.set(lower(name), {
      name,
      formulas,
      hint: usable,
      sized: false,
      next: 0,
      values: [],
      forms: [],
      valueBytes: 0,
      formulaBytes: 0,
      blanks: 0,
    });
  }

  /** Sheets asked for before the list was known that it does not hold: nothing more is asked of them. */
  keepOnly(present: readonly string[]): void {
    const names = new Set(present.map(lower));
    for (const [key, e] of this.entries) if (!names.has(key)) e.missing = true;
  }

  /** Sheets asked for that the request has not yet read in full. */
  get pending(): boolean {
    return [...this.entries.values()].some((e) => !e.missing && (!e.sized || e.rows === undefined || e.next < e.rows));
  }

  /**
   * Queues one request's loads: probes (size + window) of sheets of unknown size, then blocks of the
   * others, until the estimated response reaches the budget. `reserve`: bytes the caller queues besides.
   */
  queue(reserve = 0): void {
    let budget = this.budget - reserve;
    const unknown = [...this.entries.values()].filter((e) => !e.missing && !e.sized);
    for (const e of unknown) {
      if (!e.hint || e.rows !== undefined) continue;
      // Until the used range answers, the hint stands for it: blocks are cut from the first request.
      e.rows = e.hint.rows;
      e.cols = e.hint.cols;
      e.bytesPerCell = Math.max(2, expectedBytes(e.hint, e.formulas) / (e.hint.rows * e.hint.cols));
    }
    const windowed = unknown.filter((e) => e.rows === undefined);
    // A window's cost is guessed for its full width, so it is overestimated: when sheets of known size
    // still have rows to read, windows get half the request and blocks the rest.
    const blocksWaiting = [...this.entries.values()].some((e) => !e.missing && e.rows !== undefined && e.next < e.rows);
    const windowBudget = blocksWaiting ? budget / 2 : budget;
    this.probes = unknown.map((entry) => {
      const ws = this.context.workbook.worksheets.getItemOrNullObject(entry.name);
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      if (entry.rows !== undefined) return { entry, ws, used, hinted: true };
      const perCell = this.guess * (entry.formulas ? 2 : 1);
      const rows = Math.floor(windowBudget / windowed.length / (perCell * WINDOW_COLS));
      if (rows < 1) return { entry, ws, used, hinted: false };
      return { entry, ws, used, window: { range: usedPart(ws, 0, rows, WINDOW_COLS, entry.formulas), rows }, hinted: false };
    });
    for (const p of this.probes) if (p.window) budget -= p.window.rows * WINDOW_COLS * this.guess * (p.entry.formulas ? 2 : 1);

    this.blocks = [];
    for (const entry of this.entries.values()) {
      if (entry.missing || entry.rows === undefined || entry.cols === undefined) continue;
      const cols = entry.cols;
      const perCell = (entry.bytesPerCell ?? this.guess * (entry.formulas ? 2 : 1)) * MEASURE_MARGIN;
      // A sheet not yet sized may have been deleted since its hint: its null object then reads as nothing.
      const ws = entry.sized
        ? this.context.workbook.worksheets.getItem(entry.name)
        : this.context.workbook.worksheets.getItemOrNullObject(entry.name);
      while (entry.next < entry.rows && cols > 0) {
        const fit = Math.min(Math.floor(budget / (perCell * cols)), Math.floor(READ_CELL_LIMIT / cols), entry.rows - entry.next);
        if (fit < 1 && (this.blocks.length > 0 || this.probes.length > 0)) return;
        const rows = Math.max(1, fit);
        const range = ws.getRangeByIndexes(entry.next, 0, rows, cols);
        if (entry.formulas) range.load("values,formulas");
        else range.load("values");
        this.blocks.push({ entry, row: entry.next, rows, range });
        entry.next += rows;
        budget -= rows * cols * perCell;
      }
      if (entry.rows === 0 || cols === 0) entry.next = entry.rows;
    }
    this.queueTails(budget);
  }

  /**
   * People add rows under a generated sheet (registrations typed in Đăng ký): past its hint, each hinted
   * sheet read in full gets the rows the rest of the request can hold, cut to its used range, so that
   * what was typed since comes back in the same request.
   */
  private queueTails(budget: number): void {
    const open = this.probes.filter((p) => p.hinted && p.entry.rows !== undefined && p.entry.next >= p.entry.rows);
    for (const p of open) {
      const { entry } = p;
      const cols = entry.cols ?? 0;
      const perCell = (entry.bytesPerCell ?? this.guess) * MEASURE_MARGIN;
      const rows = Math.min(
        Math.floor(budget / open.length / (perCell * cols)),
        Math.floor(READ_CELL_LIMIT / cols),
        SHEET_ROWS - (entry.rows ?? 0),
      );
      if (rows < 1) continue;
      p.tail = { range: usedPart(p.ws, entry.rows ?? 0, rows, cols, entry.formulas), row: entry.rows ?? 0, rows };
    }
  }

  /** Excel refused the response as too large: the same reads again, in smaller pieces. */
  refused(): void {
    for (const e of this.entries.values()) if (e.bytesPerCell) e.bytesPerCell *= 2;
    this.guess *= 2;
    this.discard();
  }

  /** The last request failed for another reason and was not answered: its reads are asked again. */
  discard(): void {
    for (const b of this.blocks) b.entry.next = Math.min(b.entry.next, b.row);
    this.probes = [];
    this.blocks = [];
  }

  /** Takes in what the last sync returned. */
  collect(): void {
    for (const p of this.probes) if (!p.hinted) this.collectProbe(p);
    // A hinted sheet that is gone: its blocks hang on a null object and hold nothing.
    const gone = new Set(this.probes.filter((p) => p.hinted && p.ws.isNullObject).map((p) => p.entry));
    let bytes = 0;
    let cells = 0;
    for (const b of this.blocks) {
      if (gone.has(b.entry)) continue;
      const values = b.range.values;
      const formulas = b.entry.formulas ? b.range.formulas : undefined;
      const n = this.measure(b.entry, values, formulas);
      bytes += n;
      cells += b.rows * (b.entry.cols ?? 0);
      b.entry.bytesPerCell = Math.max(2, n / Math.max(1, b.rows * (b.entry.cols ?? 1)));
      this.place(b.entry, b.row, 0, values, formulas);
    }
    if (cells > 0) this.guess = Math.max(2, bytes / cells);
    for (const p of this.probes) if (p.hinted) this.reconcile(p);
    this.probes = [];
    this.blocks = [];
  }

  /** Bytes of one response part, counted into the sheet's measures. */
  private measure(entry: Entry, values: unknown[][], formulas?: unknown[][]): number {
    const v = jsonBytes(values);
    const f = formulas ? jsonBytes(formulas) : 0;
    entry.valueBytes += v;
    entry.formulaBytes += f;
    for (const line of values) for (const x of line) if (x === "") entry.blanks++;
    return v + f;
  }

  /** Places a usedPart's cells where they sit on the sheet; returns their response bytes. */
  private takeUsedPart(entry: Entry, r: Excel.Range): number {
    const formulas = entry.formulas ? r.formulas : undefined;
    const n = this.measure(entry, r.values, formulas);
    this.place(entry, r.rowIndex, r.columnIndex, r.values, formulas);
    return n;
  }

  /** The sheet's used range from A1, as its probe returned it; undefined when the sheet does not exist. */
  private sizeOf({ entry, ws, used }: Probe): { rows: number; cols: number } | undefined {
    entry.sized = true;
    if (ws.isNullObject) {
      entry.missing = true;
      return undefined;
    }
    entry.name = ws.name;
    if (used.isNullObject) return { rows: 0, cols: 0 };
    return { rows: used.rowIndex + used.rowCount, cols: used.columnIndex + used.columnCount };
  }

  private collectProbe(probe: Probe): void {
    const { entry, window } = probe;
    const size = this.sizeOf(probe);
    if (!size) return;
    entry.rows = size.rows;
    entry.cols = size.cols;
    entry.next = 0;
    // A window covers every column of its rows only when the sheet is no wider than the window.
    if (!window || entry.cols > WINDOW_COLS || entry.rows === 0) return;
    const top = Math.min(window.rows, entry.rows);
    const r = window.range;
    if (!r.isNullObject) entry.bytesPerCell = Math.max(2, this.takeUsedPart(entry, r) / Math.max(1, r.rowCount * r.columnCount));
    this.pad(entry, top);
    entry.next = top;
  }

  /**
   * A hinted sheet's used range against what was read by its hint: cut to the used range, or, when the
   * sheet grew wider than the hint, read again whole (its rows lack columns). Rows past the hint follow.
   */
  private reconcile(probe: Probe): void {
    const { entry, tail } = probe;
    const size = this.sizeOf(probe);
    if (!size) return;
    const { rows, cols } = size;
    if (cols > (entry.cols ?? 0)) {
      Object.assign(entry, { values: [], forms: [], next: 0, valueBytes: 0, formulaBytes: 0, blanks: 0 });
    } else {
      if (cols < (entry.cols ?? 0)) {
        entry.values = entry.values.map((line) => line.slice(0, cols));
        entry.forms = entry.forms.map((line) => line.slice(0, cols));
      }
      entry.cols = cols;
      if (tail && entry.next === tail.row && rows > tail.row) {
        if (!tail.range.isNullObject) this.takeUsedPart(entry, tail.range);
        entry.next = Math.min(rows, tail.row + tail.rows);
        this.pad(entry, entry.next);
      }
      entry.values.length = Math.min(entry.values.length, rows);
      entry.forms.length = Math.min(entry.forms.length, rows);
      entry.next = Math.min(entry.next, rows);
    }
    entry.rows = rows;
    entry.cols = cols;
    if (rows === 0 || cols === 0) entry.next = rows;
  }

  /** Rows from `row` on, cells from `col` on; rows before are padded with empty cells. */
  private place(entry: Entry, row: number, col: number, values: unknown[][], formulas?: unknown[][]): void {
    this.pad(entry, row);
    const width = entry.cols ?? 0;
    values.forEach((line, i) => {
      const out: CellValue[] = new Array<CellValue>(width).fill(null);
      const fout: (string | null)[] | undefined = formulas ? new Array<string | null>(width).fill(null) : undefined;
      line.forEach((v, c) => {
        out[col + c] = fromOfficeValue(v);
        if (fout && formulas) fout[col + c] = fromOfficeFormula(formulas[i][c], v);
      });
      entry.values.push(out);
      if (fout) entry.forms.push(fout);
    });
  }

  private pad(entry: Entry, rows: number): void {
    const width = entry.cols ?? 0;
    while (entry.values.length < rows) {
      entry.values.push(new Array<CellValue>(width).fill(null));
      if (entry.formulas) entry.forms.push(new Array<string | null>(width).fill(null));
    }
  }

  result(): SheetData[] {
    return [...this.entries.values()]
      .filter((e) => !e.missing)
      .map((e) => ({ name: e.name, values: e.values, ...(e.formulas ? { formulas: e.forms } : {}) }));
  }

  /** Each sheet read in full, with its hint for the next read (lower-case name → hint). */
  hints(): Map<string, ReadHint> {
    const out = new Map<string, ReadHint>();
    for (const e of this.entries.values()) {
      if (e.missing || !e.sized || e.rows === undefined || e.cols === undefined || e.next < e.rows) continue;
      const measured = {
        rows: e.rows,
        cols: e.cols,
        values: e.valueBytes,
        blanks: e.blanks,
        ...(e.formulas ? { formulas: e.formulaBytes } : {}),
      };
      out.set(lower(e.name), measuredHint(measured, e.hint));
    }
    return out;
  }
}
