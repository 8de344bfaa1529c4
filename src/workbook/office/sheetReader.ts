/* global Excel */
/**
 * Reads whole sheets in as few context.sync() as the response limit allows, without a sync of its own
 * to learn their sizes first: a sheet whose size is not known yet is asked for its used range AND its
 * first rows (a "window" of at most WINDOW_COLS columns, so the response stays bounded whatever the
 * sheet holds) in the same request. At ward scale the window is the whole sheet, so the snapshot is one
 * sync; a larger sheet's window is its first block, and the rest follows in blocks sized by the bytes
 * per cell its window measured, each request's response under the budget.
 */
import type { CellValue, SheetData } from "../port";
import { fromOfficeFormula, fromOfficeValue, jsonBytes } from "./cells";

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
/** First guess of response bytes per cell (a score "7.5," is 4, a short text 20), until a window measures it. */
const INITIAL_BYTES_PER_CELL = 10;
/** Margin over a measured bytes-per-cell: texts vary from row to row. */
const MEASURE_MARGIN = 1.1;

interface Entry {
  /** As asked; replaced by the sheet's own name once read. */
  name: string;
  formulas: boolean;
  /** Used range from A1, once known. */
  rows?: number;
  cols?: number;
  /** Rows read so far (from the top). */
  next: number;
  values: CellValue[][];
  forms: (string | null)[][];
  /** Measured response bytes per cell of this sheet. */
  bytesPerCell?: number;
  missing?: boolean;
}

interface Probe {
  entry: Entry;
  ws: Excel.Worksheet;
  used: Excel.Range;
  window?: { range: Excel.Range; rows: number };
}

interface Block {
  entry: Entry;
  row: number;
  rows: number;
  range: Excel.Range;
}

const lower = (s: string) => s.normalize("NFC").toLowerCase();

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
  want(name: string, formulas: boolean): void {
    const had = this.entries.get(lower(name));
    if (had && (had.formulas || !formulas)) return;
    this.entries.set(lower(name), { name, formulas, next: 0, values: [], forms: [] });
  }

  /** Sheets asked for that the request has not yet read in full. */
  get pending(): boolean {
    return [...this.entries.values()].some((e) => !e.missing && (e.rows === undefined || e.next < e.rows));
  }

  /**
   * Queues one request's loads: probes (size + window) of sheets of unknown size, then blocks of the
   * others, until the estimated response reaches the budget. `reserve`: bytes the caller queues besides.
   */
  queue(reserve = 0): void {
    let budget = this.budget - reserve;
    const unknown = [...this.entries.values()].filter((e) => !e.missing && e.rows === undefined);
    // A window's cost is guessed for its full width, so it is overestimated: when sheets of known size
    // still have rows to read, windows get half the request and blocks the rest.
    const blocksWaiting = [...this.entries.values()].some((e) => !e.missing && e.rows !== undefined && e.next < e.rows);
    const windowBudget = blocksWaiting ? budget / 2 : budget;
    this.probes = unknown.map((entry) => {
      const ws = this.context.workbook.worksheets.getItemOrNullObject(entry.name);
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const perCell = this.guess * (entry.formulas ? 2 : 1);
      const rows = Math.floor(windowBudget / unknown.length / (perCell * WINDOW_COLS));
      if (rows < 1) return { entry, ws, used };
      const range = ws.getRangeByIndexes(0, 0, rows, WINDOW_COLS).getUsedRangeOrNullObject(true);
      if (entry.formulas) range.load("rowIndex,columnIndex,rowCount,columnCount,values,formulas");
      else range.load("rowIndex,columnIndex,rowCount,columnCount,values");
      return { entry, ws, used, window: { range, rows } };
    });
    for (const p of this.probes) if (p.window) budget -= p.window.rows * WINDOW_COLS * this.guess * (p.entry.formulas ? 2 : 1);

    this.blocks = [];
    for (const entry of this.entries.values()) {
      if (entry.missing || entry.rows === undefined || entry.cols === undefined) continue;
      const cols = entry.cols;
      const perCell = (entry.bytesPerCell ?? this.guess * (entry.formulas ? 2 : 1)) * MEASURE_MARGIN;
      while (entry.next < entry.rows && cols > 0) {
        const fit = Math.min(Math.floor(budget / (perCell * cols)), Math.floor(READ_CELL_LIMIT / cols), entry.rows - entry.next);
        if (fit < 1 && (this.blocks.length > 0 || this.probes.length > 0)) return;
        const rows = Math.max(1, fit);
        const range = this.context.workbook.worksheets.getItem(entry.name).getRangeByIndexes(entry.next, 0, rows, cols);
        if (entry.formulas) range.load("values,formulas");
        else range.load("values");
        this.blocks.push({ entry, row: entry.next, rows, range });
        entry.next += rows;
        budget -= rows * cols * perCell;
      }
      if (entry.rows === 0 || cols === 0) entry.next = entry.rows;
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
    for (const p of this.probes) this.collectProbe(p);
    let bytes = 0;
    let cells = 0;
    for (const b of this.blocks) {
      const values = b.range.values;
      const formulas = b.entry.formulas ? b.range.formulas : undefined;
      const n = jsonBytes(values) + (formulas ? jsonBytes(formulas) : 0);
      bytes += n;
      cells += b.rows * (b.entry.cols ?? 0);
      b.entry.bytesPerCell = Math.max(2, n / Math.max(1, b.rows * (b.entry.cols ?? 1)));
      this.place(b.entry, b.row, 0, values, formulas);
    }
    if (cells > 0) this.guess = Math.max(2, bytes / cells);
    this.probes = [];
    this.blocks = [];
  }

  private collectProbe({ entry, ws, used, window }: Probe): void {
    if (ws.isNullObject) {
      entry.missing = true;
      return;
    }
    entry.name = ws.name;
    entry.rows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    entry.cols = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
    entry.next = 0;
    // A window covers every column of its rows only when the sheet is no wider than the window.
    if (!window || entry.cols > WINDOW_COLS || entry.rows === 0) return;
    const top = Math.min(window.rows, entry.rows);
    const r = window.range;
    if (!r.isNullObject) {
      const values = r.values;
      const formulas = entry.formulas ? r.formulas : undefined;
      const n = jsonBytes(values) + (formulas ? jsonBytes(formulas) : 0);
      entry.bytesPerCell = Math.max(2, n / Math.max(1, r.rowCount * r.columnCount));
      this.place(entry, r.rowIndex, r.columnIndex, values, formulas);
    }
    this.pad(entry, top);
    entry.next = top;
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
}
