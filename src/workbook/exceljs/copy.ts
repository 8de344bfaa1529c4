/**
 * Copies a worksheet into an empty one: values, formulas, styles, merges, widths, heights, frozen
 * panes, print setup, validations and conditional formats. Tables are not copied (their names must
 * be unique in the workbook; the cells keep their values and look) and neither is protection: the
 * copy holds a person's edits, which they should be free to keep working on.
 */
import type ExcelJS from "exceljs";
import { internals } from "./internals";

function clone<T>(v: T): T {
  return v === undefined || v === null ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function copyValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const v = cell.value;
  if (typeof v === "object" && v !== null && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v)) {
    // shared formulas point at their first cell; a plain formula per cell stands on its own
    const result = cell.result;
    return result === undefined ? { formula: cell.formula, date1904: false } : { formula: cell.formula, result, date1904: false };
  }
  return v instanceof Date ? new Date(v.getTime()) : clone(v);
}

export function copyWorksheet(src: ExcelJS.Worksheet, dst: ExcelJS.Worksheet): void {
  const count = src.columnCount;
  for (let c = 1; c <= count; c++) {
    const from = src.getColumn(c);
    const to = dst.getColumn(c);
    if (from.width !== undefined) to.width = from.width;
    if (from.hidden) to.hidden = true;
  }
  src.eachRow({ includeEmpty: true }, (row, r) => {
    const out = dst.getRow(r);
    if (row.height !== undefined) out.height = row.height;
    if (row.hidden) out.hidden = true;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const target = out.getCell(c);
      if (!(cell.isMerged && cell.master !== cell)) target.value = copyValue(cell);
      target.style = clone(cell.style) as Partial<ExcelJS.Style>;
    });
  });
  const from = internals(src);
  const to = internals(dst);
  // exceljs keeps merges privately; the public `model` getter would rebuild every row to reach them
  for (const m of Object.values(from._merges)) to.mergeCellsWithoutStyle(m.range);
  dst.views = (clone(src.views) ?? []).map((v) => ({ ...v, tabSelected: false }) as unknown as Partial<ExcelJS.WorksheetView>);
  dst.pageSetup = { ...clone(src.pageSetup) };
  dst.headerFooter = { ...clone(src.headerFooter) };
  dst.properties = { ...clone(src.properties) };
  to.dataValidations.model = clone(from.dataValidations.model);
  for (const cf of from.conditionalFormattings ?? []) dst.addConditionalFormatting(clone(cf));
}
