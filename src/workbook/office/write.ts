/* global Excel */
/**
 * One SheetSpec as queued office-js operations, in the order Excel needs them: clear, number formats,
 * values (row blocks cut by measured bytes), merges, styles, sizes, tables over the written range,
 * validation and conditional formats per block, freeze panes, page layout, tab colour.
 * Protection is returned for the caller to apply last, once nothing more is written to the sheet.
 * Only this module and workbook.ts touch office-js proxies.
 */
import { a1Range, columnLetter } from "../../shared/address";
import {
  DOCUMENT_MARGINS_INCH,
  type CellInput,
  type ConditionalFormatSpec,
  type NumberFormatSpec,
  type RangeRef,
  type SheetSpec,
  type StyleSpec,
  type ValidationSpec,
} from "../port";
import { Batch, OP_OVERHEAD } from "./batch";
import { charsToPoints, jsonBytes, rowBytes, toOfficeCell } from "./cells";

export const DATE_FORMAT = "dd/mm/yyyy";
const DV_TITLE_MAX = 32;
/**
 * One page wide, as many tall as the rows need. The office-js reference documents verticalFitToPages only
 * as "number of pages to fit vertically" (null under a percentage scale); 0 is the file format's value for
 * "automatic" (pageSetup fitToHeight="0", what Excel writes for Page Setup › Fit to 1 page wide by [blank]
 * tall). A positive number would squeeze a long sheet onto that many pages; the release checklist in the
 * README has a step that checks the print preview on a real Excel.
 */
export const FIT_TO_WIDTH: Excel.PageLayoutZoomOptions = { horizontalFitToPages: 1, verticalFitToPages: 0 };
const DV_MESSAGE_MAX = 255;

type OfficeCell = string | number | boolean;

/** What is known about a sheet before it is written, and its cells already converted and measured. */
export interface SheetPlan {
  spec: SheetSpec;
  /** The sheet exists and is cleared in place (references to it stay valid). */
  exists: boolean;
  /** Tables on the existing sheet, deleted before the rewrite. */
  tablesToDelete: string[];
  /** Spec table name → name used (a suffix when another sheet's table has the name). */
  tableNames: Map<string, string>;
  rows: OfficeCell[][];
  rowBytes: number[];
  width: number;
  numberFormats: NumberFormatSpec[];
  /** Estimated request bytes of the whole sheet. */
  bytes: number;
}

export function address(r: RangeRef): string {
  return a1Range(r.row, r.col, r.rows, r.cols);
}

/** Cells of a spec as the `formulas` 2-D array: rectangular, formulas as text, dates as serials, text quoted where Excel would parse it. */
export function convertCells(cells: CellInput[][]): { rows: OfficeCell[][]; width: number } {
  const width = cells.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const rows = cells.map((r) => {
    const out = new Array<OfficeCell>(width);
    for (let c = 0; c < width; c++) out[c] = toOfficeCell(r?.[c]);
    return out;
  });
  return { rows, width };
}

/** Date cells that no number format of the spec covers get dd/mm/yyyy, one range per vertical run. */
export function implicitDateFormats(spec: SheetSpec): NumberFormatSpec[] {
  const covered = (row: number, col: number) =>
    (spec.numberFormats ?? []).some(
      (f) => row >= f.range.row && row < f.range.row + f.range.rows && col >= f.range.col && col < f.range.col + f.range.cols,
    );
  if (!spec.cells.some((r) => r?.some((c) => c instanceof Date))) return [];
  const width = spec.cells.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const out: NumberFormatSpec[] = [];
  for (let col = 0; col < width; col++) {
    let start = -1;
    for (let row = 0; row <= spec.cells.length; row++) {
      const isDate = row < spec.cells.length && spec.cells[row]?.[col] instanceof Date && !covered(row, col);
      if (isDate && start < 0) start = row;
      if (!isDate && start >= 0) {
        out.push({ range: { row: start, col, rows: row - start, cols: 1 }, format: DATE_FORMAT });
        start = -1;
      }
    }
  }
  return out;
}

export function planSheet(
  spec: SheetSpec,
  exists: boolean,
  tablesToDelete: string[],
  tableNames: Map<string, string>,
): SheetPlan {
  const { rows, width } = convertCells(spec.cells);
  const bytesPerRow = rowBytes(rows);
  const numberFormats = [...(spec.numberFormats ?? []), ...implicitDateFormats(spec)];
  const valueBytes = bytesPerRow.reduce((s, b) => s + b, 0);
  const extras =
    numberFormats.length +
    (spec.merges?.length ?? 0) +
    (spec.tables?.length ?? 0) * 3 +
    (spec.validations?.length ?? 0) * 4 +
    (spec.conditionalFormats?.length ?? 0) * 4 +
    (spec.styles?.length ?? 0) * 6 +
    20;
  return {
    spec,
    exists,
    tablesToDelete,
    tableNames,
    rows,
    rowBytes: bytesPerRow,
    width,
    numberFormats,
    bytes: valueBytes + extras * OP_OVERHEAD,
  };
}

function styleKey(s: StyleSpec): string {
  const props: Partial<StyleSpec> = { ...s };
  delete props.range;
  return JSON.stringify(props, Object.keys(props).sort());
}

function styleCalls(s: StyleSpec): number {
  return Object.keys(s).length - 1 + (s.border ? 12 : 0);
}

function applyStyle(format: Excel.RangeFormat, s: StyleSpec): void {
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.underline !== undefined) format.font.underline = s.underline ? "Single" : "None";
  if (s.fontSize !== undefined) format.font.size = s.fontSize;
  if (s.fontName !== undefined) format.font.name = s.fontName;
  if (s.fontColor !== undefined) format.font.color = s.fontColor;
  if (s.fill !== undefined) format.fill.color = s.fill;
  if (s.hAlign !== undefined)
    format.horizontalAlignment = s.hAlign === "left" ? "Left" : s.hAlign === "center" ? "Center" : "Right";
  if (s.vAlign !== undefined) format.verticalAlignment = s.vAlign === "top" ? "Top" : s.vAlign === "middle" ? "Center" : "Bottom";
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.locked !== undefined) format.protection.locked = s.locked;
  if (s.border === "thin") {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) {
      const b = format.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
    }
  }
}

/**
 * The blocks of one style as few rectangles as the blocks allow: runs stacked in the same columns, then
 * side by side in the same rows, become one range each. Each is its own getRange in the same request:
 * Worksheet.getRanges would take them in one call, but Excel on Windows parses its list with the locale's
 * separator (";" in Vietnam) and refuses commas (office-js#1167, #1985), and the separator cannot be asked.
 */
export function styleBlocks(ranges: RangeRef[]): RangeRef[] {
  const stack = (list: RangeRef[], along: "row" | "col"): RangeRef[] => {
    const across = along === "row" ? "col" : "row";
    const size = along === "row" ? "rows" : "cols";
    const span = along === "row" ? "cols" : "rows";
    const sorted = [...list].sort((a, b) => a[across] - b[across] || a[span] - b[span] || a[along] - b[along]);
    const out: RangeRef[] = [];
    for (const r of sorted) {
      const last = out[out.length - 1];
      if (last && last[across] === r[across] && last[span] === r[span] && last[along] + last[size] === r[along])
        out[out.length - 1] = { ...last, [size]: last[size] + r[size] };
      else out.push({ ...r });
    }
    return out;
  };
  return stack(stack(ranges, "row"), "col");
}

/**
 * Number formats as few ranges as they allow: a run of the list with one format (a document table's
 * percent column gives one a row: 20,000 at a province's size, each its own call) becomes the blocks
 * styleBlocks joins, each set with the one-cell array Excel spreads over the range, as a multi-row date
 * run already is. Only neighbours in the list are joined, so where two formats overlap the later still wins.
 */
export function numberFormatBlocks(formats: readonly NumberFormatSpec[]): NumberFormatSpec[] {
  const out: NumberFormatSpec[] = [];
  for (let i = 0; i < formats.length;) {
    let j = i + 1;
    while (j < formats.length && formats[j]!.format === formats[i]!.format) j++;
    const format = formats[i]!.format;
    for (const range of styleBlocks(formats.slice(i, j).map((f) => f.range))) out.push({ range, format });
    i = j;
  }
  return out;
}

/** Runs of equal values over consecutive indexes: [first, last, value]. */
function runs<T>(entries: [number, T][]): [number, number, T][] {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const out: [number, number, T][] = [];
  for (const [i, v] of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === v) last[1] = i;
    else out.push([i, i, v]);
  }
  return out;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + "…";
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function validationRule(v: ValidationSpec): Excel.DataValidationRule {
  switch (v.type) {
    case "list":
      return { list: { inCellDropDown: true, source: v.source ?? (v.values ?? []).join(",") } };
    case "decimal":
      return { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } };
    case "whole":
      return { wholeNumber: { formula1: v.min, formula2: v.max, operator: "Between" } };
    case "date":
      return { date: { formula1: isoDate(v.min), formula2: isoDate(v.max), operator: "Between" } };
  }
}

function applyConditionalFormat(range: Excel.Range, cf: ConditionalFormatSpec): void {
  if (cf.type === "expression") {
    const f = range.conditionalFormats.add("Custom");
    f.custom.rule.formula = cf.formula;
    if (cf.fill !== undefined) f.custom.format.fill.color = cf.fill;
    if (cf.fontColor !== undefined) f.custom.format.font.color = cf.fontColor;
    if (cf.bold !== undefined) f.custom.format.font.bold = cf.bold;
    return;
  }
  const f = range.conditionalFormats.add("DataBar");
  f.dataBar.positiveFormat.fillColor = cf.color;
  f.dataBar.lowerBoundRule = cf.min !== undefined ? { type: "Number", formula: String(cf.min) } : { type: "LowestValue" };
  f.dataBar.upperBoundRule = cf.max !== undefined ? { type: "Number", formula: String(cf.max) } : { type: "HighestValue" };
}

/** Page header text: "&" starts a code in Excel headers, so a literal one is doubled. */
function headerText(s: string): string {
  return s.replace(/&/g, "&&");
}

/**
 * The worksheet proxy of one written sheet, taken again after Excel refused a request and the batch replays
 * it (the proxies of a refused request are dead). Every queued operation asks for it when it runs.
 */
export class SheetRef {
  private proxy?: Excel.Worksheet;
  private generation = -1;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly batch: Batch,
    readonly name: string,
  ) {}

  get(): Excel.Worksheet {
    if (!this.proxy || this.generation !== this.batch.generation) this.keep(this.context.workbook.worksheets.getItem(this.name));
    return this.proxy!;
  }

  add(): void {
    this.keep(this.context.workbook.worksheets.add(this.name));
  }

  private keep(proxy: Excel.Worksheet): void {
    this.proxy = proxy;
    this.generation = this.batch.generation;
  }
}

/**
 * Queues the writes of one sheet, syncing through `batch` whenever the request budget is reached. An
 * existing sheet must already be unprotected (writeSheets does that for every sheet before any write).
 * Returns the sheet's reference (for protection and the marker, applied later in the same Excel.run).
 */
export async function writeSheet(context: Excel.RequestContext, plan: SheetPlan, batch: Batch): Promise<SheetRef> {
  const { spec } = plan;
  const ref = new SheetRef(context, batch, spec.name);
  const ws = () => ref.get();

  // A spec that carries the sheet's notes (read with readSheetParts) puts them back where they now belong:
  // the old ones go first, one by one, since the notes are read back before any is deleted.
  if (plan.exists && spec.notes) {
    let old: Excel.NoteCollection | undefined;
    await batch.op(OP_OVERHEAD * 2, () => {
      old = ws().notes;
      old.load("items/content");
    });
    await batch.flush();
    for (const n of old?.items ?? []) await batch.op(OP_OVERHEAD, () => n.delete());
  }

  await batch.op(OP_OVERHEAD * (plan.exists ? 13 + plan.tablesToDelete.length * 2 : 2) + jsonBytes(spec.name), () => {
    if (!plan.exists) return ref.add();
    for (const t of plan.tablesToDelete) ws().tables.getItem(t).delete();
    const all = ws().getRange();
    // Clear "All" leaves data validation and may leave merges and conditional formats on some builds: each is removed explicitly.
    all.conditionalFormats.clearAll();
    all.dataValidation.clear();
    all.unmerge();
    // Contents and formats, not "All", which takes a person's notes too (as Clear All does): a note the spec does
    // not carry stays on its cell.
    all.clear("Contents");
    all.clear("Formats");
    all.format.useStandardWidth = true;
    all.format.useStandardHeight = true;
    ws().freezePanes.unfreeze();
    ws().tabColor = "";
  });

  // Number formats before values: a "@" (text) column then keeps what is written as text.
  for (const nf of numberFormatBlocks(plan.numberFormats)) {
    const a = address(nf.range);
    await batch.op(OP_OVERHEAD * 2 + a.length + jsonBytes(nf.format), () => {
      ws().getRange(a).numberFormat = [[nf.format]];
    });
  }

  // Values and formulas together, in row blocks that fill the current request.
  const n = plan.rows.length;
  let r = 0;
  while (r < n && plan.width > 0) {
    if (!batch.isEmpty && batch.room < OP_OVERHEAD + plan.rowBytes[r]) await batch.flush();
    const room = batch.room;
    let take = 0;
    // The range's object path, the sheet's, and the action that carries the rows.
    let bytes = OP_OVERHEAD * 3;
    while (r + take < n && (take === 0 || bytes + plan.rowBytes[r + take] <= room)) {
      bytes += plan.rowBytes[r + take];
      take++;
    }
    const [first, count] = [r, take];
    await batch.op(bytes, () => {
      ws().getRangeByIndexes(first, 0, count, plan.width).formulas = plan.rows.slice(first, first + count);
    });
    r += take;
  }

  // One-row merges of the same columns on consecutive rows (a document's lines, a list's wide cells) go as
  // one Range.merge(true) ("across": each row merged on its own), so a long list costs one call, not one a row.
  for (const m of mergeRuns(spec.merges ?? [])) {
    await batch.op(OP_OVERHEAD * 2, () => ws().getRange(address(m.range)).merge(m.across));
  }

  // Identical styles: their blocks joined where they touch, one range each, all in the current request.
  const byStyle = new Map<string, StyleSpec[]>();
  for (const s of spec.styles ?? []) {
    const key = styleKey(s);
    const group = byStyle.get(key);
    if (group) group.push(s);
    else byStyle.set(key, [s]);
  }
  for (const group of byStyle.values()) {
    const calls = styleCalls(group[0]);
    for (const block of styleBlocks(group.map((s) => s.range))) {
      await batch.op(OP_OVERHEAD * (calls + 2), () => applyStyle(ws().getRange(address(block)).format, group[0]));
    }
  }

  const widths = runs((spec.columnWidths ?? []).map((w, i) => [i, w] as [number, number]).filter(([, w]) => w > 0));
  for (const [first, last, w] of widths) {
    await batch.op(OP_OVERHEAD * 3, () => {
      ws().getRange(`${columnLetter(first)}:${columnLetter(last)}`).format.columnWidth = charsToPoints(w);
    });
  }
  const heights = runs(Object.entries(spec.rowHeights ?? {}).map(([i, h]) => [Number(i), h] as [number, number]));
  for (const [first, last, h] of heights) {
    await batch.op(OP_OVERHEAD * 3, () => {
      ws().getRange(`${first + 1}:${last + 1}`).format.rowHeight = h;
    });
  }

  for (const t of spec.tables ?? []) {
    await batch.op(OP_OVERHEAD * 5, () => {
      // On a Range of this sheet: a string address without a sheet name would put the table on the ACTIVE
      // sheet (Excel.TableCollection.add), whichever sheet's collection is called.
      const table = ws().tables.add(ws().getRange(address(t.range)), true);
      table.name = plan.tableNames.get(t.name) ?? t.name;
      if (t.style) table.style = t.style;
    });
  }

  for (const v of spec.validations ?? []) {
    const rule = validationRule(v);
    await batch.op(OP_OVERHEAD * 6 + jsonBytes(rule) + jsonBytes(v.prompt ?? null) + jsonBytes(v.error), () => {
      const dv = ws().getRange(address(v.range)).dataValidation;
      dv.ignoreBlanks = v.allowBlank ?? true;
      // The prompt goes before the rule: setting a rule next to an existing prompt can fail (office-js#2594).
      if (v.prompt)
        dv.prompt = {
          showPrompt: true,
          title: clip(v.prompt.title, DV_TITLE_MAX),
          message: clip(v.prompt.message, DV_MESSAGE_MAX),
        };
      dv.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: clip(v.error.title, DV_TITLE_MAX),
        message: clip(v.error.message, DV_MESSAGE_MAX),
      };
      dv.rule = rule;
    });
  }

  for (const cf of spec.conditionalFormats ?? []) {
    await batch.op(OP_OVERHEAD * 6 + jsonBytes(cf), () => applyConditionalFormat(ws().getRange(address(cf.range)), cf));
  }

  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    const { rows, cols } = spec.freeze;
    await batch.op(OP_OVERHEAD * 3, () => {
      if (rows > 0 && cols > 0) ws().freezePanes.freezeAt(ws().getRangeByIndexes(0, 0, rows, cols));
      else if (rows > 0) ws().freezePanes.freezeRows(rows);
      else ws().freezePanes.freezeColumns(cols);
    });
  }

  if (spec.print) {
    const p = spec.print;
    await batch.op(OP_OVERHEAD * 8 + jsonBytes(p), () => {
      const layout = ws().pageLayout;
      layout.paperSize = "A4";
      layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.zoom = p.pagesWide ? { horizontalFitToPages: p.pagesWide, verticalFitToPages: 0 } : FIT_TO_WIDTH;
      if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}`);
      if (p.repeatCols) layout.setPrintTitleColumns(`$${columnLetter(p.repeatCols.first)}:$${columnLetter(p.repeatCols.last)}`);
      const page = layout.headersFooters.defaultForAllPages;
      if (p.layout === "document") {
        // Nghị định 30/2020: the decree's margins, and the page number top centre from page 2 only.
        const pt = (inch: number): number => inch * 72;
        layout.topMargin = pt(DOCUMENT_MARGINS_INCH.top);
        layout.bottomMargin = pt(DOCUMENT_MARGINS_INCH.bottom);
        layout.leftMargin = pt(DOCUMENT_MARGINS_INCH.left);
        layout.rightMargin = pt(DOCUMENT_MARGINS_INCH.right);
        // Numbered from the paper's own page 1, not on from the sheets printed before it.
        layout.firstPageNumber = 1;
        layout.headersFooters.state = "FirstAndDefault";
        layout.headersFooters.firstPage.centerHeader = "";
        page.centerHeader = '&"Times New Roman,Regular"&13&P';
        page.centerFooter = "";
        return;
      }
      if (p.headerLeft !== undefined) page.leftHeader = headerText(p.headerLeft);
      if (p.headerCenter !== undefined) page.centerHeader = headerText(p.headerCenter);
      // Page numbers, as the exceljs host prints them ("Trang 1/3").
      page.centerFooter = "Trang &P/&N";
      if (p.footerLeft !== undefined) page.leftFooter = headerText(p.footerLeft);
    });
  }

  const breaks = (spec.pageBreaks ?? []).filter((r) => r > 0);
  if (breaks.length) {
    // A break goes above the given cell's row.
    await batch.op(OP_OVERHEAD * breaks.length, () => {
      for (const r of breaks) ws().horizontalPageBreaks.add(`A${r + 1}`);
    });
  }

  for (const n of spec.notes ?? []) {
    const at = a1Range(n.row, n.col, 1, 1);
    await batch.op(OP_OVERHEAD * 3 + jsonBytes(n.text), () => {
      // On a Range of this sheet, as for tables: a bare address could mean the active sheet.
      ws().notes.add(ws().getRange(at), n.text);
    });
  }

  if (spec.tabColor) {
    const color = spec.tabColor;
    await batch.op(OP_OVERHEAD, () => {
      ws().tabColor = color;
    });
  }
  return ref;
}

/** Merges as calls: runs of one-row merges over the same columns on consecutive rows joined into one "across" merge. */
export function mergeRuns(merges: readonly RangeRef[]): { range: RangeRef; across: boolean }[] {
  const out: { range: RangeRef; across: boolean }[] = [];
  const singles = merges.filter((m) => m.rows === 1).sort((a, b) => a.col - b.col || a.cols - b.cols || a.row - b.row);
  for (const m of merges) if (m.rows !== 1) out.push({ range: m, across: false });
  for (const m of singles) {
    const last = out[out.length - 1];
    if (last?.across && last.range.col === m.col && last.range.cols === m.cols && last.range.row + last.range.rows === m.row) {
      last.range = { ...last.range, rows: last.range.rows + 1 };
    } else out.push({ range: { ...m }, across: true });
  }
  // A run of one row is an ordinary merge.
  return out.map((x) => (x.across && x.range.rows === 1 ? { range: x.range, across: false } : x));
}
