/**
 * Content fingerprints of a generated sheet, equal on both hosts when nobody edited the sheet.
 * The office host reads dates as serial numbers (or as Date after conversion) and formulas as "=..." text,
 * exceljs reads Date objects and cached results: both are brought to one canonical text per cell first.
 * Pure and synchronous (no Node crypto) so it runs in the pane as well.
 */
import { isFormula, type CellInput, type CellValue, type SheetData } from "./port";

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel (1900 date system) serial number. */
const EPOCH_SERIAL = 25_569;

/** Excel serial number of a Date, read as UTC (the domain keeps dates at UTC midnight). */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + EPOCH_SERIAL;
}

/** Excel keeps 15 significant digits; a double that went through another host may differ beyond them. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return "0";
  // The shortest text of a double that has at most 15 significant digits is already what 15 digits give:
  // most of a score sheet (7.25, 100) takes this path without toPrecision.
  const short = String(n);
  if (short.length <= 15 && !short.includes("e")) return short;
  return String(Number(n.toPrecision(15)));
}

/** Upper-cases a formula outside its string literals: Excel normalises function names and references. */
function formulaText(f: string): string {
  const body = f.trim().replace(/^=/, "");
  return body.replace(/("(?:[^"]|"")*")|[^"]+/g, (m, literal: string | undefined) => (literal ? literal : m.toUpperCase()));
}

/** One cell as canonical text; "" means empty. A type letter keeps 1, "1" and TRUE apart. */
function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return "n" + numberText(dateToSerial(v));
  switch (typeof v) {
    case "number":
      return "n" + numberText(v);
    case "boolean":
      return v ? "b1" : "b0";
    default: {
      const s = v.normalize("NFC");
      return s === "" ? "" : "s" + s;
    }
  }
}

function inputText(c: CellInput | undefined): string {
  if (isFormula(c)) return "f" + formulaText(c.formula);
  return valueText(c);
}

/** FNV-1a 64-bit over UTF-16 code units, in four 16-bit limbs (no BigInt: it is the hot path at province scale). */
class Fnv64 {
  private h0 = 0x2325;
  private h1 = 0x8422;
  private h2 = 0x9ce4;
  private h3 = 0xcbf2;

  update(s: string): void {
    let { h0, h1, h2, h3 } = this;
    for (let i = 0; i < s.length; i++) {
      h0 ^= s.charCodeAt(i);
      // prime 2^40 + 0x1b3: limb 0 times 0x1b3, limb 2 times 0x100
      const t0 = h0 * 0x1b3;
      let t1 = h1 * 0x1b3;
      let t2 = h2 * 0x1b3 + h0 * 0x100;
      let t3 = h3 * 0x1b3 + h1 * 0x100;
      t1 += t0 >>> 16;
      t2 += t1 >>> 16;
      t3 += t2 >>> 16;
      h0 = t0 & 0xffff;
      h1 = t1 & 0xffff;
      h2 = t2 & 0xffff;
      h3 = t3 & 0xffff;
    }
    this.h0 = h0;
    this.h1 = h1;
    this.h2 = h2;
    this.h3 = h3;
  }

  hex(): string {
    return [this.h3, this.h2, this.h1, this.h0].map((h) => h.toString(16).padStart(4, "0")).join("");
  }
}

/**
 * Hashes rows of canonical cell texts, ignoring trailing empty cells and trailing empty rows, so a
 * host that pads the used range (or a sheet with formatted blanks) gives the same result.
 */
function hashRows(rowCount: number, colCount: (r: number) => number, text: (r: number, c: number) => string): string {
  const h = new Fnv64();
  let pendingEmptyRows = 0;
  for (let r = 0; r < rowCount; r++) {
    const texts: string[] = [];
    let last = -1;
    const n = colCount(r);
    for (let c = 0; c < n; c++) {
      const t = text(r, c);
      texts.push(t);
      if (t !== "") last = c;
    }
    if (last < 0) {
      pendingEmptyRows++;
      continue;
    }
    for (; pendingEmptyRows > 0; pendingEmptyRows--) h.update("\u0001");
    for (let c = 0; c <= last; c++) {
      // length prefix: no text can fake a cell boundary
      h.update(`${texts[c].length}:`);
      h.update(texts[c]);
    }
    h.update("\u0001");
  }
  return h.hex();
}

/** Hash of the cells as the add-in writes them (SheetSpec.cells). */
export function hashCells(cells: CellInput[][]): string {
  return hashRows(
    cells.length,
    (r) => cells[r]?.length ?? 0,
    (r, c) => inputText(cells[r][c]),
  );
}

/**
 * Hash of a sheet as read back. Read with `{ formulas: true }` so formula cells compare by formula text;
 * without formulas their cached results are hashed and will not match what was written.
 */
export function hashSheetData(data: SheetData): string {
  const { values, formulas } = data;
  return hashRows(
    values.length,
    (r) => values[r]?.length ?? 0,
    (r, c) => {
      const f = formulas?.[r]?.[c];
      if (typeof f === "string" && f.startsWith("=")) return "f" + formulaText(f);
      return valueText(values[r][c]);
    },
  );
}
