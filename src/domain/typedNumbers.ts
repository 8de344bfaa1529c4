/**
 * Numbers as people type or paste them, judged before they are read: characters that do not show in a
 * cell, and values no cell can hold. Shared by the sheet readers (src/sheets/cells.ts) and the rules
 * that name such a cell plainly.
 */

/**
 * Characters that show as nothing in a cell: soft hyphen, Mongolian vowel separator, zero-width space,
 * non-joiner and joiner, direction marks and embeddings, word joiner and invisible operators, isolates,
 * byte-order mark. They come with text pasted from the web, Word or chat, and make a number text to Excel.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** The invisible characters in `t`, each once, as code points: ["U+200B"]. */
export function invisibleChars(t: string): string[] {
  const found = new Set<string>();
  for (const m of t.matchAll(INVISIBLE)) found.add(`U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  return [...found];
}

export function withoutInvisible(t: string): string {
  return t.replace(INVISIBLE, "");
}

/** Excel's largest number (9.99999999999999E+307): a larger one, typed, stays text; written by a script, Excel repairs it. */
export const EXCEL_MAX = 9.99999999999999e307;

/** A number a cell can hold: finite and within Excel's range. */
export function isCellNumber(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) <= EXCEL_MAX;
}

const INFINITE_WORD = /^[+-]?(∞|inf|infinity|nan|#num!)$/i;
const SCIENTIFIC = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)e[+-]?\d+$/i;

/** Text naming a number no cell can hold: "Infinity", "-∞", "NaN", "#NUM!", "1e308", "1E+309". */
export function isNotFiniteText(t: string): boolean {
  const s = t.trim();
  if (INFINITE_WORD.test(s)) return true;
  return SCIENTIFIC.test(s) && !isCellNumber(Number(s.replace(",", ".")));
}
