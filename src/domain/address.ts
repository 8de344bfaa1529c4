/** A1 cell addresses: findings name cells, so the domain needs them as much as the sheet layer does. */

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
