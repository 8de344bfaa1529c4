/**
 * A unit's form as it comes back to the ward: the form the ward made, with its lists as the unit typed them
 * (body rows from row 2, the rest of the body blank), opened as a workbook the form was issued in on `issued`.
 */
import type { FormSource } from "../../src/app/collect";
import type { UnitForm } from "../../src/app/forms";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue, SheetSpec } from "../../src/workbook/port";

export function filledForm(form: UnitForm, issued: Date, typed: Record<string, CellValue[][]>, file = form.fileName): FormSource {
  const specs: SheetSpec[] = form.specs.map((s) => {
    const rows = typed[s.name];
    if (!rows) return s;
    const cells = s.cells.map((r, i) => (i === 0 ? [...r] : r.map(() => null)));
    rows.forEach((r, i) => (cells[1 + i] = [...r]));
    return { ...s, cells };
  });
  return {
    file,
    open: async () => {
      const wb = ExcelJsWorkbook.create();
      wb.now = () => new Date(issued.getTime() + 9 * 3600_000);
      await wb.writeSheets(specs);
      return wb;
    },
  };
}
