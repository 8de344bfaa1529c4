/**
 * Writes every field of a SheetSpec onto an empty exceljs worksheet. Order matters: values, tables
 * (exceljs rewrites the cells under a table), merges (exceljs copies the first cell's style over the
 * merge), then formats and styles so that they win.
 */
import type ExcelJS from "exceljs";
import {
  DOCUMENT_MARGINS_INCH,
  isFormula,
  type CellInput,
  type ConditionalFormatSpec,
  type PrintSpec,
  type RangeRef,
  type SheetSpec,
  type StyleSpec,
  type TableSpec,
  type ValidationSpec,
} from "../port";
import { columnLetter } from "../../shared/address";
import { internals } from "./internals";

export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";
/** Excel refuses an inline list validation longer than this (the quoted, comma-joined text). */
export const INLINE_LIST_LIMIT = 255;

/** "#RRGGBB" (or "RRGGBB", "AARRGGBB") as exceljs ARGB. */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? "FF" + hex : hex;
}

export function rangeAddress(r: RangeRef): string {
  const tl = `${columnLetter(r.col)}${r.row + 1}`;
  if (r.rows <= 1 && r.cols <= 1) return tl;
  return `${tl}:${columnLetter(r.col + Math.max(r.cols, 1) - 1)}${r.row + Math.max(r.rows, 1)}`;
}

function forEachCell(ws: ExcelJS.Worksheet, r: RangeRef, fn: (cell: ExcelJS.Cell) => void): void {
  for (let i = 0; i < r.rows; i++) {
    const row = ws.getRow(r.row + i + 1);
    for (let j = 0; j < r.cols; j++) fn(row.getCell(r.col + j + 1));
  }
}

/** A port cell as an exceljs value; the formula's leading "=" is dropped (exceljs stores it bare). */
export function toExcelValue(c: CellInput | undefined): ExcelJS.CellValue {
  if (c === undefined || c === null) return null;
  if (isFormula(c)) {
    const formula = c.formula.replace(/^=/, "");
    return c.result === undefined || c.result === null
      ? { formula, date1904: false }
      : { formula, result: c.result, date1904: false };
  }
  return c;
}

function tableHeaderText(c: CellInput | undefined, index: number): string {
  const v = isFormula(c) ? c.result : c;
  if (v === null || v === undefined || v === "") return `Cột ${index + 1}`;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * The cells as they will stand in the sheet: a table's header cells must be unique non-empty text
 * (Excel repairs the file otherwise), so they are made so here and the marker hash sees the same.
 */
export function effectiveCells(spec: SheetSpec): CellInput[][] {
  if (!spec.tables || spec.tables.length === 0) return spec.cells;
  const cells = spec.cells.map((row) => row.slice());
  for (const t of spec.tables) {
    const headerRow = (cells[t.range.row] ??= []);
    const seen = new Set<string>();
    for (let j = 0; j < t.range.cols; j++) {
      const base = tableHeaderText(headerRow[t.range.col + j], j);
      let name = base;
      for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base} ${k}`;
      seen.add(name.toLowerCase());
      headerRow[t.range.col + j] = name;
    }
    for (let j = 0; j < headerRow.length; j++) if (headerRow[j] === undefined) headerRow[j] = null;
  }
  return cells;
}

export function writeValues(ws: ExcelJS.Worksheet, cells: CellInput[][]): void {
  cells.forEach((rowCells, r) => {
    if (!rowCells || rowCells.length === 0) return;
    const row = ws.getRow(r + 1);
    rowCells.forEach((c, j) => {
      if (c === null || c === undefined || c === "") return;
      const cell = row.getCell(j + 1);
      cell.value = toExcelValue(c);
      const shown = isFormula(c) ? c.result : c;
      if (shown instanceof Date) cell.numFmt = DEFAULT_DATE_FORMAT;
    });
  });
}

/**
 * The table's name, made unique in the workbook: a table elsewhere keeps its name (a person's, or ours on
 * a sheet a person renamed, or one the registry no longer knows) and ours takes a suffix, as the office
 * host does; Excel and other readers refuse a file with two tables of one name. A defined name is taken too.
 */
export function freeTableName(ws: ExcelJS.Worksheet, wanted: string): string {
  const taken = new Set<string>();
  for (const other of ws.workbook.worksheets) {
    for (const t of other.getTables() as unknown as { name: string; displayName?: string }[]) {
      taken.add(t.name.toLowerCase());
      if (t.displayName) taken.add(t.displayName.toLowerCase());
    }
  }
  for (const d of ws.workbook.definedNames.model) taken.add(d.name.toLowerCase());
  let name = wanted;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${wanted}_${k}`;
  return name;
}

function writeTable(ws: ExcelJS.Worksheet, t: TableSpec, cells: CellInput[][]): void {
  const header = cells[t.range.row] ?? [];
  const columns = Array.from({ length: t.range.cols }, (_, j) => ({
    name: String(header[t.range.col + j]),
    filterButton: true,
  }));
  const rows: ExcelJS.CellValue[][] = [];
  // a table needs one body row at least; an empty one is what Excel makes too
  const bodyRows = Math.max(1, t.range.rows - 1);
  for (let i = 0; i < bodyRows; i++) {
    const src = cells[t.range.row + 1 + i] ?? [];
    rows.push(Array.from({ length: t.range.cols }, (_, j) => toExcelValue(src[t.range.col + j])));
  }
  const name = freeTableName(ws, t.name);
  ws.addTable({
    name,
    displayName: name,
    ref: `${columnLetter(t.range.col)}${t.range.row + 1}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: (t.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns,
    rows,
  });
}

/** A StyleSpec as a function that styles one cell (built once per spec, applied to many cells). */
export function compileStyle(s: StyleSpec): (cell: ExcelJS.Cell) => void {
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.underline !== undefined) font.underline = s.underline;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.fontName !== undefined) font.name = s.fontName;
  if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.hAlign) alignment.horizontal = s.hAlign;
  if (s.vAlign) alignment.vertical = s.vAlign;
  if (s.wrap !== undefined) alignment.wrapText = s.wrap;
  const hasFont = Object.keys(font).length > 0;
  const hasAlignment = Object.keys(alignment).length > 0;
  const fill: ExcelJS.Fill | undefined = s.fill
    ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } }
    : undefined;
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
  const border: Partial<ExcelJS.Borders> | undefined =
    s.border === "thin" ? { top: thin, left: thin, bottom: thin, right: thin } : undefined;
  return (cell) => {
    if (hasFont) cell.font = { ...cell.font, ...font };
    if (hasAlignment) cell.alignment = { ...cell.alignment, ...alignment };
    if (fill) cell.fill = fill;
    if (border) cell.border = border;
    if (s.locked !== undefined) cell.protection = { ...cell.protection, locked: s.locked };
  };
}

function applyStyle(ws: ExcelJS.Worksheet, s: StyleSpec): void {
  forEachCell(ws, s.range, compileStyle(s));
}

export function validationModel(v: ValidationSpec): ExcelJS.DataValidation {
  const messages = {
    allowBlank: v.allowBlank ?? true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.error.title,
    error: v.error.message,
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message } : {}),
  };
  switch (v.type) {
    case "list": {
      if (v.source) return { type: "list", formulae: [v.source.replace(/^=/, "")], ...messages };
      const values = v.values ?? [];
      const inline = `"${values.join(",")}"`;
      if (values.some((x) => x.includes(",") || x.includes('"')) || inline.length > INLINE_LIST_LIMIT) {
        // Excel cannot hold such a list inline; the caller must put the choices in a range and pass `source`.
        throw new Error(
          `Validation list for ${rangeAddress(v.range)} is too long for an inline list (${inline.length} > ${INLINE_LIST_LIMIT} characters) or has a comma or quote in a value: use "source"`,
        );
      }
      return { type: "list", formulae: [inline], ...messages };
    }
    case "decimal":
    case "whole":
      return { type: v.type, operator: "between", formulae: [v.min, v.max], ...messages };
    case "date":
      return { type: "date", operator: "between", formulae: [v.min, v.max], ...messages };
  }
}

export function conditionalFormat(cf: ConditionalFormatSpec, priority: number): ExcelJS.ConditionalFormattingOptions {
  const ref = rangeAddress(cf.range);
  if (cf.type === "expression") {
    const style: Partial<ExcelJS.Style> = {};
    // a differential fill draws with bgColor, unlike a cell fill
    if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
    if (cf.fontColor || cf.bold) {
      style.font = {};
      if (cf.fontColor) style.font.color = { argb: argb(cf.fontColor) };
      if (cf.bold) style.font.bold = true;
    }
    return { ref, rules: [{ type: "expression", priority, formulae: [cf.formula.replace(/^=/, "")], style }] };
  }
  const cfvo: ExcelJS.Cvfo[] = [
    cf.min === undefined ? { type: "min" } : { type: "num", value: cf.min },
    cf.max === undefined ? { type: "max" } : { type: "num", value: cf.max },
  ];
  // exceljs writes the bar colour from `color`, which its typings leave out
  const rule = { type: "dataBar", priority, cfvo, color: { argb: argb(cf.color) }, gradient: true } as ExcelJS.DataBarRuleType;
  return { ref, rules: [rule] };
}

/** "&" starts a code in Excel's header text; a literal one is doubled. */
function headerText(s: string): string {
  return s.replace(/&/g, "&&");
}

export const FOOTER = "&CTrang &P/&N";

export function applyPrint(ws: ExcelJS.Worksheet, p: PrintSpec): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.pagesWide ?? 1,
    fitToHeight: 0, // as many pages tall as needed
    horizontalCentered: true,
    margins:
      p.layout === "document"
        ? { ...DOCUMENT_MARGINS_INCH }
        : { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}` } : {}),
    ...(p.repeatCols ? { printTitlesColumn: `${columnLetter(p.repeatCols.first)}:${columnLetter(p.repeatCols.last)}` } : {}),
    // A paper is numbered from its own page 1: printed with the whole workbook, LibreOffice and Excel otherwise
    // go on counting from the sheets before it, and LibreOffice then numbers the paper's first page.
    ...(p.layout === "document" ? { firstPageNumber: 1 } : {}),
  };
  const header =
    (p.headerLeft ? `&L${headerText(p.headerLeft)}` : "") + (p.headerCenter ? `&C&B${headerText(p.headerCenter)}` : "");
  if (p.layout === "document") {
    // A blank first-page header, so page 1 carries no number, as the decree wants.
    ws.headerFooter = {
      ...ws.headerFooter,
      differentFirst: true,
      firstHeader: DOCUMENT_FIRST_HEADER,
      oddHeader: DOCUMENT_HEADER,
      oddFooter: null as unknown as string,
    };
    return;
  }
  const footer = (p.footerLeft ? `&L${headerText(p.footerLeft)}` : "") + FOOTER;
  ws.headerFooter = { ...ws.headerFooter, oddHeader: header || (null as unknown as string), oddFooter: footer };
}

/** The page number, centred, Times New Roman 13 (Nghị định 30/2020, Phụ lục I). */
export const DOCUMENT_HEADER = '&C&"Times New Roman,Regular"&13&P';
/** An empty centre section: Excel and LibreOffice drop a first-page header with no text at all. */
export const DOCUMENT_FIRST_HEADER = "&C ";

/** Applies everything but protection and the values of `cells` (which effectiveCells prepared). */
export function applySheetSpec(ws: ExcelJS.Worksheet, spec: SheetSpec, cells: CellInput[][]): Promise<void> | void {
  writeValues(ws, cells);
  for (const t of spec.tables ?? []) writeTable(ws, t, cells);
  spec.columnWidths?.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = h;
  // exceljs breaks the page below a row: below the 1-based row r, which is the 0-based row r - 1.
  for (const r of spec.pageBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  for (const m of spec.merges ?? []) {
    if (m.rows * m.cols > 1) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  }
  for (const nf of spec.numberFormats ?? []) forEachCell(ws, nf.range, (cell) => (cell.numFmt = nf.format));
  for (const s of spec.styles ?? []) applyStyle(ws, s);
  for (const v of spec.validations ?? []) internals(ws).dataValidations.add(rangeAddress(v.range), validationModel(v));
  (spec.conditionalFormats ?? []).forEach((cf, i) => ws.addConditionalFormatting(conditionalFormat(cf, i + 1)));
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    ws.views = [
      {
        state: "frozen",
        xSplit: spec.freeze.cols,
        ySplit: spec.freeze.rows,
        topLeftCell: `${columnLetter(spec.freeze.cols)}${spec.freeze.rows + 1}`,
      },
    ];
  }
  if (spec.print) applyPrint(ws, spec.print);
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  for (const n of spec.notes ?? []) ws.getCell(n.row + 1, n.col + 1).note = n.text;
  if (spec.protect) {
    // no password: the protection guards against slips, not people; formatting columns and filtering stay allowed
    return ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      autoFilter: true,
      sort: true,
    });
  }
}
