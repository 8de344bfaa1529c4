/** Sheet names (DESIGN.md §4): Vietnamese, stable, at most 31 characters, none of : \ / ? * [ ]. */
import { PERIOD_NAMES, ROUND_NAMES, ROUND_SHORT } from "../domain/codes";
import type { PeriodCode, RoundCode } from "../domain/types";

export const SHEET = {
  plan: "Kế hoạch",
  movements: "Phong trào",
  rounds: "Đợt thi đua",
  basis: "Căn cứ",
  units: "Đơn vị",
  council: "Hội đồng",
  settings: "Cấu hình",
  criteria: "Tiêu chí",
  registrations: "Đăng ký",
  titles: "Danh hiệu",
  findings: "Kiểm tra",
} as const;

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/** Makes any text a valid sheet name: forbidden characters replaced, NFC, trimmed, cut to 31 characters. */
export function safeSheetName(text: string): string {
  const cleaned = text
    .normalize("NFC")
    .replace(FORBIDDEN, "-")
    .replace(/\s+/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Trang").slice(0, MAX_SHEET_NAME).trim();
}

export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_SHEET_NAME && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

export function scoringSheetName(round: RoundCode, judgeShortName: string): string {
  return safeSheetName(`Chấm điểm ${ROUND_SHORT[round]} - ${judgeShortName}`);
}

/** Prefix shared by every scoring sheet of a round, for finding them again. */
export function scoringSheetPrefix(round: RoundCode): string {
  return `Chấm điểm ${ROUND_SHORT[round]} - `;
}

export function rankingSheetName(round: RoundCode): string {
  return safeSheetName(`Xếp hạng ${ROUND_SHORT[round]}`);
}

export function progressSheetName(round: RoundCode): string {
  return safeSheetName(`Tiến độ chấm ${ROUND_SHORT[round]}`);
}

export function roundSummarySheetName(round: RoundCode): string {
  return safeSheetName(round === "NAM" ? "Tổng hợp bình xét năm" : `Tổng hợp ${ROUND_NAMES[round]}`);
}

export function periodSummarySheetName(period: PeriodCode): string {
  return safeSheetName(`Tổng hợp ${PERIOD_NAMES[period]}`);
}

/** A free name next to `wanted` when a person's sheet already holds it: "Kế hoạch (2)", "Kế hoạch (3)", … */
export function freeName(wanted: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = wanted.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
