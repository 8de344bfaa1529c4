/**
 * The read-only preview of a sheet in the browser host, as data: which window of the sheet to show
 * and how each value reads to a clerk. Pure, so the window and the formatting are tested without a DOM.
 */
import { formatDate } from "../../../sheets/cells";
import type { CellValue } from "../../../workbook/port";

/** Enough for a clerk to check a ward's result; a province sheet is checked in Excel, not here. */
export const PREVIEW_ROWS = 200;
export const PREVIEW_COLS = 20;

export interface PreviewCell {
  text: string;
  bold: boolean;
  /** "#RRGGBB" when the sheet gives the cell a solid fill. */
  fill?: string;
  /** "#RRGGBB" font colour, only together with a fill. */
  color?: string;
  numeric: boolean;
}

export interface SheetPreview {
  sheet: string;
  /** 0-based top-left of the window. */
  firstRow: number;
  firstCol: number;
  cells: PreviewCell[][];
  /** Size of the whole sheet, from A1 to its last used cell. */
  totalRows: number;
  totalCols: number;
  /** Columns the sheet freezes (a score sheet: the unit's code and name); they stay in view when the grid scrolls. */
  frozenCols?: number;
}

/** "D7" → 0-based { row: 6, col: 3 }; undefined for anything that is not a single A1 address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim().split(":")[0]);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row >= 1 ? { row: row - 1, col: col - 1 } : undefined;
}

/** The first index of a window of `size` that starts at 0 unless `target` lies beyond it, then centres it. */
export function windowStart(target: number | undefined, size: number, total: number): number {
  if (target === undefined || target < size) return 0;
  return Math.max(0, Math.min(target - Math.floor(size / 2), Math.max(0, total - size)));
}

const numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2, useGrouping: true });

/** A value as the preview shows it: dates dd/mm/yyyy, numbers with Vietnamese separators (8,5), booleans as Excel writes them. */
export function formatValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return formatDate(v);
  if (typeof v === "number") return numberFormat.format(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/**
 * How many columns each cell of a preview row covers, as in Excel, where a text runs on into the empty cells to
 * its right (a sheet's title in A1 reads whole instead of "KẾT QUẢ CHẤM ĐIỂM, X…"). 0 marks a cell covered by
 * one to its left. Numbers never run on; a cell with a different fill, or one that `keep` names (the selected
 * cell), stops the run.
 */
export function overflowSpans(
  row: (PreviewCell | undefined)[],
  width: number,
  keep: (col: number) => boolean = () => false,
): number[] {
  const spans = new Array<number>(width).fill(1);
  for (let j = 0; j < width; j++) {
    const cell = row[j];
    if (!cell || cell.text === "" || cell.numeric) continue;
    let k = j + 1;
    while (k < width && !keep(k) && (row[k]?.text ?? "") === "" && row[k]?.fill === cell.fill) k++;
    spans[j] = k - j;
    for (let c = j + 1; c < k; c++) spans[c] = 0;
    j = k - 1;
  }
  return spans;
}
