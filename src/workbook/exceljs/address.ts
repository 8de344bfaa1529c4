/** A1 addresses for the exceljs host (the workbook layer does not depend on sheets/). */
export { columnLetter } from "../../shared/address";

/** "B3" → { row: 2, col: 1 } (0-based); undefined when it is not a cell address. */
export function parseCell(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
