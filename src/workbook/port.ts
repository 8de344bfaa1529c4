/**
 * The Workbook port: the only way the app reaches a workbook. Two adapters implement it:
 * office/ (office-js, inside Excel) and exceljs/ (Node CLI, tests, standalone pane).
 * Every command reads what it needs in one call, computes, and writes in one call, so that the
 * office adapter can keep context.sync() counts constant.
 */

/** A value as a host reports it. Dates come back as Date (the adapters convert serial numbers where the format is a date). */
export type CellValue = string | number | boolean | Date | null;

/** A formula written by the add-in, with the value the add-in computed for it (hosts that do not recalculate show `result`). */
export interface Formula {
  /** With the leading "=", in en-US syntax (comma separators), A1 references. */
  formula: string;
  result?: string | number | boolean | null;
}

export type CellInput = CellValue | Formula;

export function isFormula(c: unknown): c is Formula {
  return typeof c === "object" && c !== null && !(c instanceof Date) && typeof (c as Formula).formula === "string";
}

/** A rectangle of cells, 0-based. */
export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface TableSpec {
  /** Excel table names: letters, digits, underscore; unique in the workbook. */
  name: string;
  /** Header row included. */
  range: RangeRef;
  style?: string;
}

export interface NumberFormatSpec {
  range: RangeRef;
  /** Excel number format code, e.g. "dd/mm/yyyy", "#,##0.00", "0%". */
  format: string;
}

export interface ValidationMessage {
  title: string;
  message: string;
}

export type ValidationSpec =
  | {
      type: "list";
      range: RangeRef;
      /** Either a fixed list (written inline) or a formula pointing at a range, e.g. "='Cấu hình'!$B$2:$B$6". */
      values?: string[];
      source?: string;
      allowBlank?: boolean;
      prompt?: ValidationMessage;
      error: ValidationMessage;
    }
  | {
      type: "decimal" | "whole";
      range: RangeRef;
      min: number;
      max: number;
      allowBlank?: boolean;
      prompt?: ValidationMessage;
      error: ValidationMessage;
    }
  | {
      type: "date";
      range: RangeRef;
      /** Inclusive bounds. */
      min: Date;
      max: Date;
      allowBlank?: boolean;
      prompt?: ValidationMessage;
      error: ValidationMessage;
    };

export type ConditionalFormatSpec =
  | {
      type: "expression";
      range: RangeRef;
      /** Formula relative to the top-left cell of `range`, with the leading "=". */
      formula: string;
      fill?: string;
      fontColor?: string;
      bold?: boolean;
    }
  | {
      type: "dataBar";
      range: RangeRef;
      color: string;
      /** Fixed bounds; when absent the host uses the lowest and highest value. */
      min?: number;
      max?: number;
    };

export interface StyleSpec {
  range: RangeRef;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  /** Font family, e.g. "Times New Roman" for documents printed in the official style; absent: the workbook default. */
  fontName?: string;
  fontColor?: string;
  /** "#RRGGBB" */
  fill?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: "thin";
  /** false marks an input cell that stays editable on a protected sheet. */
  locked?: boolean;
}

export interface PrintSpec {
  orientation: "portrait" | "landscape";
  /** Rows repeated on every printed page, 0-based inclusive. */
  repeatRows?: { first: number; last: number };
  /** Columns repeated on every printed page (a wide sheet printed across pages), 0-based inclusive. */
  repeatCols?: { first: number; last: number };
  /** Pages the sheet is scaled to across (absent: 1, the whole width on one page). */
  pagesWide?: number;
  /** Text at the left of every page's footer, e.g. a signature line. */
  footerLeft?: string;
  /** Text for the page header: the ward's name on the left, the sheet title in the centre. */
  headerLeft?: string;
  headerCenter?: string;
  /**
   * "document": a paper a person signs (Nghị định 30/2020/NĐ-CP, Phụ lục I): the page number alone,
   * centred in the top margin, from page 2 (the first page has its own, empty header), nothing in the
   * footer, and the decree's margins. Absent: "Trang n/N" in every page's footer.
   */
  layout?: "document";
}

/** Nghị định 30/2020/NĐ-CP Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (in inches). */
export const DOCUMENT_MARGINS_INCH = { top: 0.8, bottom: 0.8, left: 1.2, right: 0.65, header: 0.3, footer: 0.3 } as const;

/** Which command made a generated sheet, and for what. */
export interface MarkerSpec {
  /** Command id, e.g. "layout", "prepare", "validate", "rank", "summary". */
  command: string;
  /** What the sheet is for within the command, e.g. "plan", "D1", "Q1", "D1:judge:M03". */
  key: string;
}

export interface Marker extends MarkerSpec {
  /** Hash of the content as written (see workbook/hash.ts), to tell whether a person edited it since. */
  contentHash: string;
  /** ISO timestamp. */
  generatedAt: string;
  /**
   * What the host that last wrote or read the sheet noted of its size, so that the next read, even the
   * first after the pane opens, can be cut into exact blocks (office/readHint.ts). Only a hint: a host
   * still asks the sheet's used range in the same request and reads again what the hint missed.
   */
  readHint?: ReadHint;
}

/** A generated sheet's size as last seen, kept in the registry beside its marker. */
export interface ReadHint {
  /** Rows and columns from A1 to the last used cell. */
  rows: number;
  cols: number;
  /** Bytes of the sheet's values as JSON, as Excel returns them. */
  values: number;
  /** Bytes of its formulas array as JSON, when known. */
  formulas?: number;
  /** Bytes the sheet may still grow by as people type into its blank input cells (an upper bound). */
  typing: number;
}

/** A note (what Excel's Review tab calls a Note, the older kind of comment) on one cell, 0-based. */
export interface CellNote {
  row: number;
  col: number;
  text: string;
}

/**
 * What a person put on a sheet besides its values and formats, read by a command that rewrites the sheet
 * whole so that it can put them back: its notes, and each column's width.
 */
export interface SheetParts {
  /** Absent when the host cannot read notes (Excel before ExcelApi 1.18): the caller then says they may be lost. */
  notes?: CellNote[];
  /** In characters, by 0-based column from A to the last column with a width of its own; null: the default width. */
  columnWidths: (number | null)[];
}

/** Everything the add-in writes to one sheet, as data. Cells start at A1. */
export interface SheetSpec {
  name: string;
  marker: MarkerSpec;
  cells: CellInput[][];
  /** In characters (Excel column width units). */
  columnWidths?: number[];
  /** In points, by 0-based row index. */
  rowHeights?: Record<number, number>;
  merges?: RangeRef[];
  styles?: StyleSpec[];
  tables?: TableSpec[];
  numberFormats?: NumberFormatSpec[];
  validations?: ValidationSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  freeze?: { rows: number; cols: number };
  /** A4 always; fit to page width. */
  /** Rows (0-based) that begin a new printed page: a signature block kept on one page. */
  pageBreaks?: number[];
  print?: PrintSpec;
  /** Protect the sheet (no password): cells styled `locked: false` stay editable. */
  protect?: boolean;
  /** Notes to put on cells: a person's, carried over by a command that rewrites her sheet (readSheetParts). */
  notes?: CellNote[];
  tabColor?: string;
}

export interface SheetInfo {
  name: string;
  /** Present only on sheets this add-in generated. */
  marker?: Marker;
  visible: boolean;
}

export interface SheetData {
  name: string;
  /** From A1 to the last used cell; empty cells are null. */
  values: CellValue[][];
  /** Same shape as values when asked for: the formula text ("=...") or null. */
  formulas?: (string | null)[][];
}

export type Progress = (done: number, total: number, step: string) => void;

/** One cell to set as a person would type it, 0-based. */
export interface CellEdit {
  row: number;
  col: number;
  value: CellValue;
}

export interface ReadOptions {
  formulas?: boolean;
}

/**
 * What a command reads, asked in one call so that the office host can answer in one round (DESIGN.md §2).
 * The sheet list is not known when the command asks, so sheets found by marker or name pattern are
 * chosen by `pick`, which the host calls once it has the list.
 */
export interface SnapshotRequest {
  /** Sheets the command knows by name; missing ones are left out, never an error. */
  read: readonly string[];
  /** Sheets chosen from the list: a round's judge sheets, the sheets the command wrote last time. */
  pick?: (sheets: readonly SheetInfo[]) => readonly string[];
  /**
   * The generated sheets this command may replace (by marker): read with formulas, so that writeSafely
   * can tell whether a person edited one since, without reading it again.
   */
  replaces?: (marker: Marker) => boolean;
  /** Formulas also for the sheets of `read` and `pick`. */
  formulas?: boolean;
}

export interface Snapshot {
  /** Every sheet, as listSheets gives them, when the command read. */
  sheets: SheetInfo[];
  /** The sheets read, those that exist, in no particular order. */
  data: SheetData[];
  /**
   * The sheets a write lands among, when a host writes to another workbook than the one it read (the
   * streamed CLI writes a new file). writeSafely then plans against these and reads what it checks itself.
   */
  target?: SheetInfo[];
}

export interface Workbook {
  /**
   * The sheet list and the sheets a command needs, in one call (one context.sync at ward scale on the
   * office host). Optional: workbook/snapshot.ts falls back to listSheets + readSheets for a host without it.
   */
  snapshot?(request: SnapshotRequest): Promise<Snapshot>;
  listSheets(): Promise<SheetInfo[]>;
  /** Missing names are left out of the result, never an error. */
  readSheets(names: string[], options?: ReadOptions): Promise<SheetData[]>;
  /**
   * Creates each sheet, or clears and rewrites it in place when it exists (references to it stay valid).
   * The app decides beforehand which sheets it may replace; the adapter records the marker.
   * `basis`: the snapshot the command planned from; a host may use what it learned there (existing
   * sheets, tables) instead of asking again. Hosts that do not need it ignore it.
   */
  writeSheets(specs: SheetSpec[], progress?: Progress, basis?: Snapshot): Promise<void>;
  /**
   * The number formats of a block of cells, row by row ("General", "dd/mm/yyyy", …). Optional: a command that
   * rewrites an input list reads those of the columns a person added, so her dates stay dates (office-js reads
   * a date as its serial number, and the rewrite clears formats). A missing sheet gives [].
   */
  readNumberFormats?(sheet: string, range: RangeRef): Promise<string[][]>;
  /**
   * The notes and column widths of a sheet (SheetParts). Optional, like readNumberFormats: a command that
   * rewrites an input list a person works in reads them to write them back. A missing sheet gives no notes
   * and no widths.
   */
  readSheetParts?(sheet: string): Promise<SheetParts>;
  /** Copies a sheet (values, formats) under a new name; used to keep a person's edits before a replace. */
  copySheet(from: string, to: string): Promise<void>;
  /** Brings a sheet to the front and selects a cell ("A1" address). */
  activate(sheet: string, cell?: string): Promise<void>;
  /**
   * Deletes sheets and their markers. The app calls it only for sheets it generated (their marker checked
   * and their content as it wrote it); a missing name is no error. Optional: a host without it (the
   * streamed CLI, which never changes the input) leaves stale sheets where they are.
   */
  deleteSheets?(names: string[]): Promise<void>;
  /**
   * Sets these cells of an existing sheet and nothing else of it, as a person typing would (a task's
   * Trạng thái on `Kế hoạch`, which is the clerk's to edit): formats, validations and the marker stay as
   * they were. Optional: a host that only writes whole sheets (the streamed CLI file) has none.
   */
  writeCells?(sheet: string, cells: readonly CellEdit[]): Promise<void>;
}
