/** A1 cell addresses: findings, sheet layouts and both workbook adapters name cells, so they sit at the bottom. */

/** 0-based column index to letters: 0 → A, 26 → AA. */
export function columnLetter(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column to an A1 address. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "B3:D9" for a 0-based rectangle. */
export function a1Range(row: number, col: number, rows: number, cols: number): string {
  const tl = a1(row, col);
  return rows === 1 && cols === 1 ? tl : `${tl}:${a1(row + rows - 1, col + cols - 1)}`;
}
