/** Parts of exceljs 4.4 worksheets that exist at run time but not in its typings. */
import type ExcelJS from "exceljs";

export interface WorksheetInternals {
  orderNo: number;
  dataValidations: {
    add(address: string, validation: ExcelJS.DataValidation): void;
    model: Record<string, ExcelJS.DataValidation>;
  };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  _merges: Record<string, { range: string }>;
  mergeCellsWithoutStyle(range: string): void;
}

export function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}
