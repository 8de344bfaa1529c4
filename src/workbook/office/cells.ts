/**
 * Cell values between the port and office-js. Excel parses every string written through
 * `Range.formulas`/`values` as if typed: "- Nội dung" becomes a formula, "8,5" or "001" a number,
 * "01/02/2024" a date. Text from a person must stay text (DESIGN.md §2), so such strings get Excel's
 * quote prefix ("'"), which Excel keeps out of the cell value.
 */
import { isFormula, type CellInput, type CellValue } from "../port";
import { dateToSerial } from "../hash";

const FORMULA_START = /^[=+\-@']/;
const NUMBER_LIKE = /^\s*[-+]?(\(?\s*[\d.,]+\s*\)?|\d*[.,]?\d+[eE][-+]?\d+)\s*%?\s*$/;
const DATE_LIKE = /^\s*\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?\s*$|^\s*\d{1,2}:\d{2}/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;

/** True when Excel would not keep `s` as the same text. */
export function needsQuote(s: string): boolean {
  return FORMULA_START.test(s) || NUMBER_LIKE.test(s) || DATE_LIKE.test(s) || BOOLEAN_LIKE.test(s);
}

/** What goes into the `formulas` 2-D array for one cell: formula text, a value, or "" for empty. */
export function toOfficeCell(c: CellInput | undefined): string | number | boolean {
  // Numbers first: they are most of a score sheet.
  if (typeof c === "number") return Number.isFinite(c) ? c : "";
  if (c === null || c === undefined) return "";
  if (isFormula(c)) return c.formula.startsWith("=") ? c.formula : `=${c.formula}`;
  if (c instanceof Date) return dateToSerial(c);
  if (typeof c === "boolean") return c;
  return c !== "" && needsQuote(c) ? `'${c}` : c;
}

/** A value as Excel returns it: "" is an empty cell. Dates stay serial numbers (readDate accepts them). */
export function fromOfficeValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/**
 * The formula of a cell, or null. Excel returns a constant's text from `formulas` too, and a quote-prefixed
 * text "=x" comes back as "=x" in both arrays; a real formula's value differs from its text.
 */
export function fromOfficeFormula(f: unknown, value: unknown): string | null {
  if (typeof f !== "string" || !f.startsWith("=") || f.length < 2) return null;
  return f === value ? null : f;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON, the way it travels in an office-js request. */
export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v) ?? "null");
}

/** Printable ASCII that JSON writes as it is (no quote or backslash to escape). */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * UTF-8 bytes of one cell as JSON, without building the JSON text: the hot path of sizing a sheet's
 * cells (millions at province scale). Equal to jsonBytes for every string, number and boolean.
 */
export function cellJsonBytes(v: string | number | boolean): number {
  if (typeof v === "number") return Number.isFinite(v) ? String(v).length : 4;
  if (typeof v === "boolean") return v ? 4 : 5;
  return PLAIN_ASCII.test(v) ? v.length + 2 : jsonBytes(v);
}

/** JSON escapes control characters, so JSON text of printable ASCII only is one byte per character. */
const ASCII = /^[\x20-\x7e]*$/;

/** UTF-8 length; ASCII text (most of a score sheet) is counted without encoding it. */
export function utf8Length(s: string): number {
  return ASCII.test(s) ? s.length : encoder.encode(s).length;
}

/** Bytes of each row of a 2-D array as JSON (plus its comma), so blocks can be cut by measured size. */
export function rowBytes(rows: (string | number | boolean)[][]): number[] {
  return rows.map((r) => {
    // "[" + cells joined by "," + "]" + the comma after the row.
    let n = r.length > 0 ? r.length + 2 : 3;
    for (let i = 0; i < r.length; i++) n += cellJsonBytes(r[i]);
    return n;
  });
}

/** Excel character width to points: Calibri 11 has a 7-pixel digit, 5 pixels of padding, 0.75 pt per pixel. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Excel's points back to characters (the inverse of charsToPoints), to a hundredth. */
export function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

export { isFormula };
