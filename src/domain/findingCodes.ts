/**
 * Every finding code with its severity and the area that reports it: the one place a finding's weight is
 * decided. The validation rules (validation/rules.ts) and the sheet readers both take the severity from here,
 * and a code that is not in the message catalog is a type error.
 */
import { msg, type MessageCode, type Params } from "../i18n";
import type { Finding, Severity } from "./types";

export type FindingArea =
  "masters" | "criteria" | "registration" | "scoring" | "reader" | "lists" | "settings" | "plan" | "awards" | "units";

export interface FindingKind {
  severity: Severity;
  area: FindingArea;
}

const e = (area: FindingArea): FindingKind => ({ severity: "error", area });
const w = (area: FindingArea): FindingKind => ({ severity: "warning", area });

export const FINDING_KINDS = {
  UNIT_DUPLICATE_CODE: e("masters"),
  UNIT_SIMILAR_NAME: w("masters"),
  UNIT_UNKNOWN_BLOCK: e("masters"),
  MEMBER_NO_UNIT: w("masters"),
  COUNCIL_HEAD_NOT_LINKED: w("masters"),
  CRIT_SHEET_MISSING: e("criteria"),
  CRIT_DUPLICATE_CODE: e("criteria"),
  CRIT_GROUP_SUM: e("criteria"),
  CRIT_ORPHAN_ITEM: w("criteria"),
  CRIT_BASE_TOTAL: e("criteria"),
  CRIT_NO_BONUS_CAP: e("criteria"),
  CRIT_BAD_MAX: e("reader"),
  CRIT_BAD_KIND: e("reader"),
  REG_SHEET_MISSING: w("registration"),
  REG_UNKNOWN_UNIT: e("registration"),
  REG_UNIT_CODE_FORM: w("registration"),
  REG_UNKNOWN_PERSON: e("registration"),
  REG_UNKNOWN_TITLE: e("registration"),
  REG_TITLE_KIND: e("registration"),
  REG_TITLE_YEAR_ONLY: e("registration"),
  REG_TITLE_UNIT_TYPE: e("registration"),
  REG_DUPLICATE: e("registration"),
  REG_LATE: w("registration"),
  REG_COVENANT_MISSING: e("registration"),
  REG_MISSING: w("registration"),
  REG_BAD_ROUND: e("reader"),
  REG_BAD_KIND: e("reader"),
  REG_BAD_DATE: w("reader"),
  SCORE_NO_SHEETS: e("scoring"),
  SCORE_SHEET_MISSING: w("scoring"),
  SCORE_UNKNOWN_JUDGE: e("scoring"),
  SCORE_CRITERION_CHANGED: e("scoring"),
  SCORE_CRITERION_MISSING: e("scoring"),
  SCORE_UNKNOWN_UNIT: e("scoring"),
  SCORE_UNIT_CODE_CHANGED: e("scoring"),
  SCORE_DUPLICATE_UNIT: e("scoring"),
  SCORE_UNIT_MISSING: e("scoring"),
  SCORE_CONFLICT: e("scoring"),
  SCORE_VETO_ONLY: e("scoring"),
  SCORE_NOT_NUMBER: e("scoring"),
  SCORE_NOT_FINITE: e("scoring"),
  SCORE_TEXT_NUMBER: w("scoring"),
  SCORE_HIDDEN_CHARS: w("scoring"),
  SCORE_OUT_OF_RANGE: e("scoring"),
  SCORE_BONUS_OVER_CAP: w("scoring"),
  SCORE_BLANK_JUDGE: w("scoring"),
  SCORE_BLANK_UNIT: w("scoring"),
  SCORE_SPREAD: w("scoring"),
  // lists
  MASTER_SHEET_MISSING: e("lists"),
  UNITS_NO_HEADER: e("lists"),
  UNITS_COLUMN_MISSING: e("lists"),
  UNIT_CODE_MISSING: e("lists"),
  UNIT_NAME_MISSING: w("lists"),
  UNIT_BLOCK_MISSING: w("lists"),
  UNIT_TYPE_UNKNOWN: e("lists"),
  UNIT_TYPE_MISSING: e("lists"),
  MEMBERS_NO_HEADER: e("lists"),
  MEMBER_CODE_MISSING: e("lists"),
  MEMBER_ROLE_UNKNOWN: w("lists"),
  MEMBER_ROLE_MISSING: w("lists"),
  MEMBER_SCORES_UNKNOWN: w("lists"),
  MEMBER_SHORT_NAME_LONG: w("lists"),
  // settings
  SETTINGS_NO_HEADER: e("settings"),
  SETTING_UNKNOWN: w("settings"),
  SETTING_DUPLICATE: w("settings"),
  SETTING_BLANK: w("settings"),
  SETTING_NOT_NUMBER: e("settings"),
  SETTING_NOT_SHARE: e("settings"),
  SETTING_NOT_DATE: e("settings"),
  SETTING_NOT_CHOICE: e("settings"),
  SETTING_NUMBER_AS_TEXT: w("settings"),
  SETTING_SHARE_SCALED: w("settings"),
  SETTINGS_MISSING_CODES: w("settings"),
  // plan
  PLAN_SHEET_UNREADABLE: e("plan"),
  PLAN_DATE_OUTSIDE_YEAR: e("plan"),
  PLAN_MONTH_UNREADABLE: e("plan"),
  PLAN_PERIOD_UNKNOWN: w("plan"),
  PLAN_ROUND_TWICE: e("plan"),
  PLAN_ROUND_UNKNOWN: e("plan"),
  MOVEMENT_SHEET_UNREADABLE: w("plan"),
  MOVEMENT_DATE_OUTSIDE_YEAR: w("plan"),
  // awards: Cá nhân, Sáng kiến, Kiểm phiếu
  PEOPLE_NO_HEADER: e("awards"),
  PERSON_CODE_MISSING: e("awards"),
  PERSON_DUPLICATE: e("awards"),
  PERSON_NAME_MISSING: w("awards"),
  PERSON_PERFORMANCE_UNKNOWN: e("awards"),
  PERSON_DISCIPLINE_UNKNOWN: e("awards"),
  PERSON_TITLE_UNKNOWN: e("awards"),
  PERSON_UNIT_UNKNOWN: e("awards"),
  PERSON_CSTDCS_WITHOUT_LDTT: w("awards"),
  INITIATIVES_NO_HEADER: e("awards"),
  INITIATIVE_CODE_MISSING: e("awards"),
  INITIATIVE_DUPLICATE: e("awards"),
  INITIATIVE_NO_AUTHOR: e("awards"),
  INITIATIVE_DATE_INVALID: e("awards"),
  INITIATIVE_DATE_MISSING: e("awards"),
  INITIATIVE_AUTHOR_UNKNOWN: e("awards"),
  INITIATIVE_OUTSIDE_YEAR: w("awards"),
  TALLY_NO_HEADER: e("awards"),
  TALLY_TITLE_UNKNOWN: e("awards"),
  TALLY_NOT_COUNT: e("awards"),
  TALLY_DUPLICATE: e("awards"),
  TALLY_MEMBERS_DIFFER: w("awards"),
  TALLY_NOT_CANDIDATE: w("awards"),
  TALLY_PERSON_UNKNOWN: e("awards"),
  TALLY_PRESENT_MISSING: w("awards"),
  TALLY_PRESENT_OVER_MEMBERS: e("awards"),
  TALLY_YES_OVER_MEMBERS: e("awards"),
  TALLY_YES_OVER_PRESENT: e("awards"),
  // units: the forms units send back, and the family register
  FORM_NOT_A_FORM: e("units"),
  FORM_OLD_VERSION: e("units"),
  FORM_OTHER_WARD: e("units"),
  FORM_OTHER_YEAR: e("units"),
  FORM_UNKNOWN_UNIT: e("units"),
  FORM_MEMBER_OTHER_UNIT: e("units"),
  FORM_DATE_OUTSIDE_YEAR: e("units"),
  FORM_UNIT_TWICE: e("units"),
  FORM_OLDER_THAN_COLLECTED: e("units"),
  FORM_ROW_OTHER_UNIT: w("units"),
  FORM_ROW_TYPED_BY_HAND: w("units"),
  GDVH_NO_HEADER: e("units"),
  GDVH_EMPTY: w("units"),
  GDVH_CODE_MISSING: e("units"),
  GDVH_DUPLICATE: e("units"),
  GDVH_DATE_UNREADABLE: e("units"),
  GDVH_RESULT_UNKNOWN: e("units"),
  GDVH_TDP_UNKNOWN: e("units"),
  GDVH_DATES_DIFFER: w("units"),
  GDVH_EVAL_LATE: e("units"),
  GDVH_POSTING_MISSING: e("units"),
  GDVH_POSTED_BEFORE_EVAL: e("units"),
  GDVH_POSTING_SHORT: e("units"),
  GDVH_DECIDED_BEFORE_POSTING_END: e("units"),
  GDVH_DECISION_LATE: w("units"),
} as const satisfies Partial<Record<MessageCode, FindingKind>>;

export type FindingCode = keyof typeof FINDING_KINDS;

export function severityOf(code: FindingCode): Severity {
  return FINDING_KINDS[code].severity;
}

/** For codes that arrive as data (read back from a `Kiểm tra` sheet, or from another version). */
export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_KINDS, code);
}

/** A finding at a cell: its severity from the table, its text from the catalog (which may name the sheet and cell). */
export function finding(code: FindingCode, sheet: string, cell: string, params: Params = {}): Finding {
  const m = msg(code, { sheet, cell, ...params });
  return { code, severity: severityOf(code), sheet, cell, message_vi: m.vi, message_en: m.en };
}
