/**
 * The common shape of the add-in's list sheets: one Excel table from A1, a frozen header, wrapped
 * text, fitted widths, A4 print setup. Each layout (plan, units, council, …) describes its columns
 * and rows; this module turns that into a SheetSpec.
 */
import type {
  CellInput,
  ConditionalFormatSpec,
  MarkerSpec,
  NumberFormatSpec,
  SheetSpec,
  StyleSpec,
  ValidationSpec,
} from "../workbook/port";
import { bodyStyle, fitWidths, headerStyle, printSetup, range, TABLE_STYLE } from "./style";

export interface ListColumn {
  header: string;
  minWidth?: number;
  maxWidth?: number;
  /** Excel number format for the column's body cells. */
  format?: string;
  /** Body cells a person is expected to fill in (stay editable, light fill). */
  input?: boolean;
  hAlign?: StyleSpec["hAlign"];
  /** Data validation for the column's body cells; the range is filled in here. */
  validation?: DistributiveOmit<ValidationSpec, "range">;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface ListSheetInput {
  name: string;
  marker: MarkerSpec;
  tableName: string;
  columns: readonly ListColumn[];
  rows: readonly CellInput[][];
  /** Blank formatted rows after the data, so an empty list still shows where to type. */
  blankRows?: number;
  ward: string;
  title: string;
  orientation?: "portrait" | "landscape";
  tabColor?: string;
  /** Extra styles, conditional formats (ranges relative to the sheet). */
  styles?: StyleSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
}

/** Number of body rows the table covers (data plus blank rows, at least one: a table needs a body row). */
export function bodyRowCount(input: Pick<ListSheetInput, "rows" | "blankRows">): number {
  return Math.max(1, input.rows.length + (input.blankRows ?? 0));
}

export function buildListSheet(input: ListSheetInput): SheetSpec {
  const cols = input.columns.length;
  const bodyRows = bodyRowCount(input);
  const header: CellInput[] = input.columns.map((c) => c.header);
  const body: CellInput[][] = input.rows.map((r) => input.columns.map((_, c) => r[c] ?? null));
  while (body.length < bodyRows) body.push(input.columns.map(() => null));
  const cells = [header, ...body];

  const numberFormats: NumberFormatSpec[] = [];
  const validations: ValidationSpec[] = [];
  const styles: StyleSpec[] = [headerStyle(cols), bodyStyle(bodyRows, cols)];
  input.columns.forEach((c, col) => {
    const r = range(1, col, bodyRows, 1);
    if (c.format) numberFormats.push({ range: r, format: c.format });
    if (c.validation) validations.push({ ...c.validation, range: r } as ValidationSpec);
    if (c.hAlign) styles.push({ range: r, hAlign: c.hAlign });
    if (c.input) styles.push({ range: r, locked: false });
  });
  styles.push(...(input.styles ?? []));

  return {
    name: input.name,
    marker: input.marker,
    cells,
    columnWidths: fitWidths(
      cells,
      input.columns.map((c) => ({ min: c.minWidth, max: c.maxWidth })),
    ),
    rowHeights: { 0: 32 },
    styles,
    tables: [{ name: input.tableName, range: range(0, 0, bodyRows + 1, cols), style: TABLE_STYLE }],
    numberFormats,
    validations,
    conditionalFormats: input.conditionalFormats ?? [],
    freeze: { rows: 1, cols: 0 },
    print: printSetup(input.ward, input.title, input.orientation ?? "landscape"),
    tabColor: input.tabColor,
  };
}

/** Splits "TDP01, TDP02; TDP03" into codes, trimmed, NFC, blanks dropped, duplicates dropped. */
export function splitCodes(v: unknown): string[] {
  const out: string[] = [];
  for (const p of String(v ?? "")
    .normalize("NFC")
    .split(/[,;\n]/)) {
    const t = p.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * A list sheet rewritten with the columns a person added to the right of its own: their header and each
 * row's value follow the generated columns, inside the table (Excel grows a table over a column typed
 * beside it, and sorting the table must keep the person's values on their rows), with the body's borders
 * and a fitted width. `cells` of `spec` is the header and the body, in the same row order as `extra.rows`.
 */
export function withExtraColumns(
  spec: SheetSpec,
  extra: {
    header: readonly CellInput[];
    rows: readonly (readonly CellInput[])[];
    /** Each row's number formats of those cells, as read; "General" or absent adds none. */
    formats?: readonly (readonly string[] | undefined)[];
  },
): SheetSpec {
  const n = extra.header.length;
  if (n === 0) return spec;
  const width = spec.cells[0]?.length ?? 0;
  const cells = spec.cells.map((r, i) => {
    const added = i === 0 ? extra.header : (extra.rows[i - 1] ?? []);
    return [...r, ...Array.from({ length: n }, (_, c) => added[c] ?? null)];
  });
  const wider = <T extends { range: { col: number; cols: number } }>(x: T): T =>
    x.range.col === 0 && x.range.cols === width ? { ...x, range: { ...x.range, cols: width + n } } : x;
  const extraCells = cells.map((r) => r.slice(width));
  // One format per vertical run of equal formats, as a person formats a column (or a few cells of it).
  const numberFormats: NumberFormatSpec[] = [];
  for (let c = 0; c < n; c++) {
    let start = 0;
    for (let r = 1; r <= extra.rows.length; r++) {
      const at = (i: number) => (i < extra.rows.length ? (extra.formats?.[i]?.[c] ?? "General") : undefined);
      if (at(r) === at(start)) continue;
      const format = at(start)!;
      if (format !== "General") numberFormats.push({ range: range(1 + start, width + c, r - start, 1), format });
      start = r;
    }
  }
  return {
    ...spec,
    cells,
    columnWidths: [
      ...(spec.columnWidths ?? []),
      ...fitWidths(
        extraCells,
        extra.header.map(() => ({ min: 8, max: 40 })),
      ),
    ],
    styles: [...(spec.styles ?? []).map(wider), { range: range(1, width, Math.max(1, cells.length - 1), n), locked: false }],
    tables: spec.tables?.map(wider),
    numberFormats: [...(spec.numberFormats ?? []), ...numberFormats],
  };
}
