/** Sheet names (DESIGN.md §4): Vietnamese, stable, at most 31 characters, none of : \ / ? * [ ]. */
import { PERIOD_NAMES, ROUND_NAMES, ROUND_SHORT } from "../domain/codes";
import type { PeriodCode, RoundCode } from "../domain/types";
import { sheetKey as key } from "../shared/sheetNames";

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
  people: "Cá nhân",
  initiatives: "Sáng kiến",
  tally: "Kiểm phiếu",
  ballots: "Phiếu bầu",
  awards: "Bình xét năm",
} as const;

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
/** Excel keeps this name for its change-tracking sheet and refuses it for any other, in any case. */
const RESERVED = "history";

/**
 * The first `max` UTF-16 units of `text` (Excel counts a sheet name's length in them), never cutting a
 * surrogate pair in half, with trailing spaces dropped.
 */
function cut(text: string, max: number): string {
  let out = text.slice(0, max);
  if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
  return out.trimEnd();
}

/** Apostrophes and spaces off both ends: Excel refuses a name that starts or ends with an apostrophe. */
function stripEdges(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

/**
 * Makes any text a valid sheet name: NFC, forbidden characters replaced, spaces collapsed, no apostrophe
 * at either end, at most 31 characters; a blank text becomes "Trang" and the reserved "History" gets a number.
 */
export function safeSheetName(text: string): string {
  const cleaned = stripEdges(text.normalize("NFC").replace(FORBIDDEN, "-").replace(/\s+/g, " "));
  // cutting can bring an apostrophe to the end again
  const name = stripEdges(cut(cleaned, MAX_SHEET_NAME)) || "Trang";
  return key(name) === RESERVED ? freeName(name, new Set()) : name;
}

export function isValidSheetName(name: string): boolean {
  return (
    name.trim().length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !/[:\\/?*[\]]/.test(name) &&
    !/^'|'$/.test(name) &&
    key(name) !== RESERVED
  );
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
  const used = takenKeys(taken);
  if (!used.has(key(wanted))) return wanted;
  return numbered(wanted, "", used);
}

const EDIT_SUFFIX = " (bản sửa)";
/** The copy prepare keeps of a judge sheet whose typed values the new sheet has no place for. */
export const KEPT_SUFFIX = " (bản cũ)";

/**
 * "<name> (bản sửa)" for the copy of a generated sheet a person edited, then "<name> (bản sửa) (2)", …:
 * the name is cut so that the suffix and the number after it are never cut.
 */
export function editCopyName(name: string, taken: ReadonlySet<string>, suffix = EDIT_SUFFIX): string {
  const used = takenKeys(taken);
  const first = cut(name, MAX_SHEET_NAME - suffix.length) + suffix;
  return used.has(key(first)) ? numbered(name, suffix, used) : first;
}

/** Names compared as Excel does (case-insensitively, NFC), with the reserved name always taken. */
function takenKeys(taken: ReadonlySet<string>): Set<string> {
  const used = new Set([...taken].map(key));
  used.add(RESERVED);
  return used;
}

/** `base` + `suffix` + " (2)", " (3)", …, the first not in `used`; `base` is cut so the whole tail fits in 31 characters. */
function numbered(base: string, suffix: string, used: ReadonlySet<string>): string {
  for (let i = 2; ; i++) {
    const tail = `${suffix} (${i})`;
    const candidate = cut(base, MAX_SHEET_NAME - tail.length) + tail;
    if (!used.has(key(candidate))) return candidate;
  }
}
