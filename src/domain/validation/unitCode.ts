/**
 * How a unit code typed anywhere (`Đăng ký`, a judge's sheet, `Hội đồng`) is matched to `Đơn vị`: after
 * NFC, trimming (no-break spaces too) and upper-casing. A clerk who types "tdp01 " means TDP01; one rule
 * everywhere, so a code accepted on a judge's sheet is not refused on the registration sheet.
 */
export function unitCodeKey(code: string): string {
  return code
    .normalize("NFC")
    .replace(/\u00a0/g, " ")
    .trim()
    .toUpperCase();
}
