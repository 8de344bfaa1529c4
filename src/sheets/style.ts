/**
 * The shared look of the add-in's sheets (DESIGN.md §4): header fill and font, widths that fit
 * Vietnamese text, A4 print setup with the ward's name on top. Any sheet layout may import it so
 * every sheet the add-in writes looks like one family.
 */
import type { CellInput, PrintSpec, RangeRef, StyleSpec } from "../workbook/port";
import { isFormula } from "../workbook/port";

export const COLORS = {
  headerFill: "#1F4E78",
  headerFont: "#FFFFFF",
  /** Light fill of input cells a person is expected to type in. */
  inputFill: "#FFF9E6",
  /** Overdue tasks, replaced legal texts. */
  warningFill: "#F8CBAD",
  warningFont: "#9C0006",
  /** Alternate bands (quarters in `Kế hoạch`). */
  bandFill: "#EEF3F8",
  sampleFont: "#7F7F7F",
  tabGenerated: "#2E75B6",
  tabInput: "#70AD47",
} as const;

export const TABLE_STYLE = "TableStyleMedium2";
export const DATE_FORMAT = "dd/mm/yyyy";
/** Months stored as numbers so the column sorts, shown as "Tháng 3". */
export const MONTH_FORMAT = '"Tháng "0';
export const INTEGER_FORMAT = "0";

/** Written into the Ghi chú of every sample row, so nobody mistakes it for real data. */
export { SAMPLE_NOTE } from "../domain/sample/ward";

export function range(row: number, col: number, rows = 1, cols = 1): RangeRef {
  return { row, col, rows, cols };
}

/** Header row style: bold white on dark blue, wrapped, centred. */
export function headerStyle(cols: number, row = 0): StyleSpec {
  return {
    range: range(row, 0, 1, cols),
    bold: true,
    fontColor: COLORS.headerFont,
    fill: COLORS.headerFill,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
    border: "thin",
  };
}

/** Body cells: wrapped, top-aligned, thin borders. */
export function bodyStyle(rows: number, cols: number, firstRow = 1): StyleSpec {
  return { range: range(firstRow, 0, Math.max(rows, 1), cols), wrap: true, vAlign: "top", border: "thin" };
}

/** A4 with the header row on every page; the ward on the left, the sheet title in the centre. */
export function printSetup(ward: string, title: string, orientation: PrintSpec["orientation"] = "landscape"): PrintSpec {
  return { orientation, repeatRows: { first: 0, last: 0 }, headerLeft: ward, headerCenter: title };
}

function cellText(c: CellInput | undefined): string {
  if (c === null || c === undefined) return "";
  if (isFormula(c)) return c.result === undefined || c.result === null ? "" : String(c.result);
  if (c instanceof Date) return "00/00/0000";
  return String(c).normalize("NFC");
}

/**
 * A column width (Excel character units) that fits the longest line of the header and values,
 * between min and max; longer text wraps. Vietnamese marks stack above and below letters in NFC,
 * so they add height, not width, and the NFC length is a fair measure; one unit of padding for the
 * filter button of a table header.
 */
export function fitWidth(header: string, values: readonly (CellInput | undefined)[], min = 6, max = 60): number {
  let longest = 0;
  for (const line of header.split("\n")) longest = Math.max(longest, line.length + 3);
  for (const v of values) for (const line of cellText(v).split("\n")) longest = Math.max(longest, line.length + 1);
  return Math.min(max, Math.max(min, Math.ceil(longest * 1.1)));
}

/** Widths for every column of `cells` (header row first), each clamped to its [min, max]. */
export function fitWidths(cells: readonly (readonly CellInput[])[], limits: readonly { min?: number; max?: number }[]): number[] {
  const header = cells[0] ?? [];
  return limits.map((lim, c) =>
    fitWidth(
      cellText(header[c]),
      cells.slice(1).map((r) => r[c]),
      lim.min ?? 6,
      lim.max ?? 60,
    ),
  );
}
