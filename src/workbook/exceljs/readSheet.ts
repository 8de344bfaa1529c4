/** Reads one exceljs worksheet into the port's SheetData: plain values, as Excel would report them. */
import type ExcelJS from "exceljs";
import type { CellValue, SheetData } from "../port";

type Raw = ExcelJS.CellValue | undefined;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !(v instanceof Date);
}

function richTextToString(v: unknown): string | undefined {
  if (isObject(v) && Array.isArray(v.richText))
    return (v.richText as { text?: unknown }[]).map((p) => String(p.text ?? "")).join("");
  return undefined;
}

/**
 * A raw exceljs value (or a formula's cached result) as a port value: rich text flattened, a
 * hyperlink as its text, an error as its text ("#REF!"), "" as empty.
 */
export function plainValue(v: Raw | ExcelJS.CellFormulaValue["result"]): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (!isObject(v)) return null;
  const rich = richTextToString(v);
  if (rich !== undefined) return rich === "" ? null : rich;
  if ("error" in v) return String(v.error);
  if ("hyperlink" in v) {
    const t = v.text;
    if (typeof t === "string") return t === "" ? null : t;
    return richTextToString(t) ?? (typeof v.hyperlink === "string" ? v.hyperlink : null);
  }
  if ("formula" in v || "sharedFormula" in v) return plainValue(v.result as Raw);
  return null;
}

/** The values (and formulas, when asked) of a worksheet from A1 to its last cell holding a value. */
export function readWorksheet(ws: ExcelJS.Worksheet, withFormulas: boolean): SheetData {
  const rows: { values: CellValue[]; formulas: (string | null)[] }[] = [];
  let width = 0;
  let height = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    const formulas: (string | null)[] = [];
    let last = 0;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // the other cells of a merge report the first cell's value in exceljs; Excel reports them empty
      if (cell.isMerged && cell.master !== cell) return;
      const raw = cell.value;
      let value: CellValue;
      let formula: string | null = null;
      if (cell.type === 6 /* ValueType.Formula */ || (isObject(raw) && ("formula" in raw || "sharedFormula" in raw))) {
        const f = cell.formula;
        formula = f ? "=" + f : null;
        value = plainValue(cell.result as Raw);
      } else {
        value = plainValue(raw);
      }
      if (value === null && formula === null) return;
      values[col - 1] = value;
      formulas[col - 1] = formula;
      last = Math.max(last, col);
    });
    if (last === 0) return;
    rows[rowNumber - 1] = { values, formulas };
    width = Math.max(width, last);
    height = Math.max(height, rowNumber);
  });
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < height; r++) {
    const src = rows[r];
    const v: CellValue[] = new Array<CellValue>(width).fill(null);
    const f: (string | null)[] = new Array<string | null>(width).fill(null);
    if (src) {
      for (let c = 0; c < width; c++) {
        if (src.values[c] !== undefined) v[c] = src.values[c];
        if (src.formulas[c] !== undefined) f[c] = src.formulas[c];
      }
    }
    values.push(v);
    formulas.push(f);
  }
  return withFormulas ? { name: ws.name, values, formulas } : { name: ws.name, values };
}
