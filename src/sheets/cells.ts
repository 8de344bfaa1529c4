/** Cell addresses and tolerant reading of what people type (DESIGN.md §4). */
import { invisibleChars, isCellNumber, isNotFiniteText, withoutInvisible } from "../domain/typedNumbers";
import type { CellValue } from "../workbook/port";
import { formatDate } from "../shared/dates";
import { nameKey } from "../domain/codes";

export { a1, a1Range, columnLetter } from "../shared/address";

/** A sheet name quoted for use in a formula: 'Cấu hình'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Header text as compared: NFC, trimmed, spaces collapsed, case folded. */
export function normalizeHeader(v: unknown): string {
  return nameKey(String(v ?? ""));
}

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return formatDate(v);
  return String(v).normalize("NFC").trim();
}

export type NumberRead =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  /**
   * A number typed as text ("8,5", " 9 "), or carrying characters that do not show ("8" + U+200B): read,
   * and worth a warning; `hidden` names those characters.
   */
  | { kind: "text-number"; value: number; hidden?: string[] }
  /** Not a number; `notFinite` when it names one no cell can hold ("Infinity", 1e308, NaN). */
  | { kind: "invalid"; text: string; notFinite?: boolean };

export const NUMERIC_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

export function readNumber(v: CellValue | undefined): NumberRead {
  if (isBlank(v)) return { kind: "blank" };
  if (typeof v === "number")
    return isCellNumber(v) ? { kind: "number", value: v } : { kind: "invalid", text: String(v), notFinite: true };
  if (typeof v === "boolean" || v instanceof Date) return { kind: "invalid", text: text(v as CellValue) };
  const raw = String(v)
    .normalize("NFC")
    .replace(/\u00a0/g, " ");
  const hidden = invisibleChars(raw);
  const t = withoutInvisible(raw).trim();
  if (t === "") return { kind: "blank" };
  if (NUMERIC_TEXT.test(t)) {
    const value = Number(t.replace(",", "."));
    return hidden.length ? { kind: "text-number", value, hidden } : { kind: "text-number", value };
  }
  return isNotFiniteText(t) ? { kind: "invalid", text: t, notFinite: true } : { kind: "invalid", text: t };
}

/** Dates as clerks write them: a Date from the host, an Excel serial number, or "dd/mm/yyyy" text. Returned at UTC midnight. */
export function readDate(v: CellValue | undefined): Date | undefined {
  if (v instanceof Date) return new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()));
  if (typeof v === "number" && v > 0 && v < 2958466) return new Date(Math.round((v - 25569) * 86400000));
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(String(v ?? ""));
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
  return d.getUTCDate() === Number(m[1]) ? d : undefined;
}

export { formatDate };

/** "Có"/"Không" and their English and typed variants. */
export function readYesNo(v: CellValue | undefined): boolean | undefined {
  if (typeof v === "boolean") return v;
  const f = normalizeHeader(v);
  if (["có", "co", "x", "yes", "y", "1", "true", "đã ký", "da ky"].includes(f)) return true;
  if (["không", "khong", "no", "n", "0", "false", "chưa", "chua", "chưa ký"].includes(f)) return false;
  return undefined;
}

export interface ColumnDef<K extends string = string> {
  key: K;
  /** The header as written by the add-in. */
  header: string;
  /** Other headers people may use for the same column. */
  aliases?: string[];
  required?: boolean;
}

export interface HeaderMatch<K extends string> {
  /** 0-based index of the header row. */
  headerRow: number;
  /** Column index per key; -1 when the column is absent. */
  columns: Record<K, number>;
  missing: K[];
}

/**
 * Finds the header row (within the first `scanRows` rows) that matches the most required columns,
 * matching after trimming, case folding and NFC.
 */
export function matchHeaders<K extends string>(
  values: CellValue[][],
  defs: readonly ColumnDef<K>[],
  scanRows = 15,
): HeaderMatch<K> | undefined {
  let best: HeaderMatch<K> | undefined;
  let bestScore = 0;
  for (let r = 0; r < Math.min(scanRows, values.length); r++) {
    const row = values[r] ?? [];
    const idx = new Map<string, number>();
    row.forEach((v, c) => {
      const h = normalizeHeader(v);
      if (h && !idx.has(h)) idx.set(h, c);
    });
    const columns = {} as Record<K, number>;
    let score = 0;
    for (const d of defs) {
      const names = [d.header, ...(d.aliases ?? [])].map(normalizeHeader);
      const c = names.map((n) => idx.get(n)).find((x) => x !== undefined);
      columns[d.key] = c ?? -1;
      if (c !== undefined) score++;
    }
    if (score > bestScore) {
      bestScore = score;
      best = { headerRow: r, columns, missing: defs.filter((d) => d.required && columns[d.key] < 0).map((d) => d.key) };
    }
  }
  return best;
}

export interface TableRow<K extends string> {
  /** 0-based sheet row. */
  row: number;
  get(key: K): CellValue;
}

/** Data rows under a matched header; blank rows skipped. */
export function tableRows<K extends string>(values: CellValue[][], match: HeaderMatch<K>): TableRow<K>[] {
  const out: TableRow<K>[] = [];
  const used = Object.values(match.columns).filter((c) => (c as number) >= 0) as number[];
  for (let r = match.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (used.every((c) => isBlank(row[c]))) continue;
    out.push({ row: r, get: (k: K) => (match.columns[k] >= 0 ? (row[match.columns[k]] ?? null) : null) });
  }
  return out;
}
