/**
 * Sheet names compare as Excel compares them: case-insensitive, and the same whether a person's keyboard
 * typed the Vietnamese letters composed (NFC) or decomposed (NFD).
 */
export function sheetKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetKey(a) === sheetKey(b);
}
