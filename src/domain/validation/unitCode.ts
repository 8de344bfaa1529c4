import { memoText } from "../../shared/memo";

/**
 * How a unit code typed anywhere (`Đăng ký`, a judge's sheet, `Hội đồng`) is matched to `Đơn vị`: after
 * NFC, trimming (no-break spaces too) and upper-casing. A clerk who types "tdp01 " means TDP01; one rule
 * everywhere, so a code accepted on a judge's sheet is not refused on the registration sheet.
 */
export const unitCodeKey: (code: string) => string = memoText((code) =>
  code
    .normalize("NFC")
    .replace(/\u00a0/g, " ")
    .trim()
    .toUpperCase(),
);
