/**
 * The registry of generated sheets, kept in a very hidden sheet so that it survives any host and any
 * tool that keeps hidden sheets (worksheet custom properties do not exist in exceljs, and older Excel
 * lacks them). Both adapters read and write it with these two functions, so the layout is one.
 *
 * Layout: row 1 is the header below; each further row is one generated sheet. The sixth column, the
 * sheet's size as last seen (port.ts ReadHint), came later: a registry without it still decodes, and
 * an older reader ignores it.
 */
import type { CellValue, Marker, ReadHint } from "./port";
import { sheetKey } from "../shared/sheetNames";

export const REGISTRY_SHEET = "_tdkt";

/** Header row; the first cell also says which layout version wrote the sheet. */
export const REGISTRY_HEADER = ["tdkt-registry-v1 sheet", "command", "key", "contentHash", "generatedAt", "readHint"] as const;

const HINT_FIELDS = ["rows", "cols", "values", "formulas", "typing"] as const;

/** "rows=1011;cols=36;values=134466;formulas=234052;typing=3000": readable by whoever unhides the sheet. */
export function encodeReadHint(h: ReadHint): string {
  return HINT_FIELDS.filter((k) => h[k] !== undefined)
    .map((k) => `${k}=${h[k]}`)
    .join(";");
}

/** A hint, or undefined for anything that is not one (a person typed in the cell): the host then reads without it. */
export function decodeReadHint(text: string): ReadHint | undefined {
  const fields = new Map<string, number>();
  for (const part of text.split(";")) {
    const [k, v] = part.split("=");
    const n = Number(v);
    if (
      !(HINT_FIELDS as readonly string[]).includes(k) ||
      v === undefined ||
      v.trim() === "" ||
      !Number.isSafeInteger(n) ||
      n < 0
    )
      return undefined;
    fields.set(k, n);
  }
  const rows = fields.get("rows");
  const cols = fields.get("cols");
  const values = fields.get("values");
  if (rows === undefined || cols === undefined || values === undefined) return undefined;
  const formulas = fields.get("formulas");
  return { rows, cols, values, ...(formulas !== undefined ? { formulas } : {}), typing: fields.get("typing") ?? 0 };
}

export function encodeRegistry(markers: ReadonlyMap<string, Marker>): CellValue[][] {
  const rows: CellValue[][] = [[...REGISTRY_HEADER]];
  for (const [sheet, m] of markers)
    rows.push([sheet, m.command, m.key, m.contentHash, m.generatedAt, m.readHint ? encodeReadHint(m.readHint) : null]);
  return rows;
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString();
  return String(v).trim();
}

/**
 * Markers by sheet name. Rows without a sheet name or command are skipped (someone unhid the sheet
 * and typed in it): a sheet without a valid marker is treated as a person's sheet, which is the safe side.
 */
export function decodeRegistry(values: CellValue[][]): Map<string, Marker> {
  const out = new Map<string, Marker>();
  const start = text(values[0]?.[0]).startsWith("tdkt-registry") ? 1 : 0;
  for (let r = start; r < values.length; r++) {
    const row = values[r] ?? [];
    const sheet = text(row[0]).normalize("NFC");
    const command = text(row[1]);
    if (!sheet || !command) continue;
    const readHint = decodeReadHint(text(row[5]));
    out.set(sheet, {
      command,
      key: text(row[2]),
      contentHash: text(row[3]),
      generatedAt: text(row[4]),
      ...(readHint ? { readHint } : {}),
    });
  }
  return out;
}

/** The marker of `sheet`, matching names as Excel does (case-insensitively). */
export function findMarker(markers: ReadonlyMap<string, Marker>, sheet: string): Marker | undefined {
  const exact = markers.get(sheet);
  if (exact) return exact;
  const lower = sheetKey(sheet);
  for (const [name, m] of markers) if (name.toLowerCase() === lower) return m;
  return undefined;
}
