/**
 * Read hints (port.ts ReadHint): a generated sheet's size and response bytes as last written or read,
 * kept in the registry, so that the first command after the pane opens reads judge sheets in exact
 * blocks in the request that follows the sheet list. Without them that request could only guess each
 * sheet's width and bytes per cell, read too little, and need one more sync.
 */
import { isFormula, type ReadHint, type SheetSpec } from "../port";
import { cellJsonBytes, jsonBytes } from "./cells";

/**
 * Bytes a blank input may gain once typed: "" is 2, a score "10.25" 5, "Có" 5 (UTF-8). It also covers
 * the totals of the row, whose values grow from 0 as inputs are typed (four totals to some thirty inputs).
 */
export const TYPING_BYTES = 3;
/** A formula's value when the spec gives none: the sheets round their totals to 2 decimals ("100.25,"). */
const FORMULA_VALUE_BYTES = 8;

type OfficeCell = string | number | boolean;

/** The hint of a sheet about to be written, from the cells as they go to Excel (`rows`, the formulas array). */
export function hintOfWritten(spec: SheetSpec, rows: OfficeCell[][]): ReadHint {
  let lastRow = 0;
  let lastCol = 0;
  let formulas = 0;
  let values = 0;
  rows.forEach((line, r) => {
    const source = spec.cells[r];
    line.forEach((cell, c) => {
      if (cell === "") return;
      lastRow = r + 1;
      if (c + 1 > lastCol) lastCol = c + 1;
      const b = cellJsonBytes(cell) - 2; // "" already counted below, per cell of the used range
      formulas += b;
      const input = source?.[c];
      if (input !== undefined && input !== null && isFormula(input)) {
        values += (input.result === undefined ? FORMULA_VALUE_BYTES : jsonBytes(input.result)) - 2;
      } else values += b;
    });
  });
  // Every cell of the used range costs an empty string and a comma at least.
  const base = lastRow * (lastCol * 3 + 1);
  let typing = 0;
  for (const s of spec.styles ?? []) {
    if (s.locked !== false) continue;
    for (let r = s.range.row; r < Math.min(lastRow, s.range.row + s.range.rows); r++)
      for (let c = s.range.col; c < Math.min(lastCol, s.range.col + s.range.cols); c++)
        if (rows[r]?.[c] === "") typing += TYPING_BYTES;
  }
  return { rows: lastRow, cols: lastCol, values: base + values, formulas: base + formulas, typing };
}

/** Response bytes a read of the whole hinted sheet is expected to take. */
export function expectedBytes(h: ReadHint, withFormulas: boolean): number {
  const values = h.values + h.typing;
  return withFormulas ? values + (h.formulas ?? h.values) + h.typing : values;
}

/**
 * The hint after a whole read: sizes and bytes measured. The room left for typing can only shrink, to
 * what the blank cells just read could still take. Without a formulas measure the last one is carried,
 * if the sheet kept its size, grown by what the values grew: a typed constant is in both arrays.
 */
export function measuredHint(
  measured: { rows: number; cols: number; values: number; formulas?: number; blanks: number },
  previous: ReadHint | undefined,
): ReadHint {
  const sameSize = previous && previous.rows === measured.rows && previous.cols === measured.cols;
  const carried =
    sameSize && previous.formulas !== undefined ? previous.formulas + Math.max(0, measured.values - previous.values) : undefined;
  const formulas = measured.formulas ?? carried;
  return {
    rows: measured.rows,
    cols: measured.cols,
    values: measured.values,
    ...(formulas !== undefined ? { formulas } : {}),
    typing: Math.min(previous?.typing ?? 0, measured.blanks * TYPING_BYTES),
  };
}
