/**
 * Every finding code with its severity: the one place a finding's weight is decided. The validation rules
 * (validation/rules.ts) and the sheet readers both take the severity from here, and a code that is not in the
 * message catalog is a type error.
 */
import { msg, type MessageCode, type Params } from "../i18n";
import type { Finding, Severity } from "./types";

export const FINDING_SEVERITY = {
  // masters
  UNIT_DUPLICATE_CODE: "error",
  UNIT_SIMILAR_NAME: "warning",
  UNIT_UNKNOWN_BLOCK: "error",
  MEMBER_NO_UNIT: "warning",
  COUNCIL_HEAD_NOT_LINKED: "warning",
  // criteria
  CRIT_SHEET_MISSING: "error",
  CRIT_DUPLICATE_CODE: "error",
  CRIT_GROUP_SUM: "error",
  CRIT_ORPHAN_ITEM: "warning",
  CRIT_BASE_TOTAL: "error",
  CRIT_NO_BONUS_CAP: "error",
  // reader
  CRIT_BAD_MAX: "error",
  CRIT_BAD_KIND: "error",
  // registration
  REG_SHEET_MISSING: "warning",
  REG_UNKNOWN_UNIT: "error",
  REG_UNIT_CODE_FORM: "warning",
  REG_UNKNOWN_PERSON: "error",
  REG_UNKNOWN_TITLE: "error",
  REG_TITLE_KIND: "error",
  REG_TITLE_YEAR_ONLY: "error",
  REG_TITLE_UNIT_TYPE: "error",
  REG_DUPLICATE: "error",
  REG_LATE: "warning",
  REG_COVENANT_MISSING: "error",
  REG_MISSING: "warning",
  // reader
  REG_BAD_ROUND: "error",
  REG_BAD_KIND: "error",
  REG_BAD_DATE: "warning",
  // scoring
  SCORE_NO_SHEETS: "error",
  SCORE_SHEET_MISSING: "warning",
  SCORE_UNKNOWN_JUDGE: "error",
  SCORE_CRITERION_CHANGED: "error",
  SCORE_CRITERION_MISSING: "error",
  SCORE_UNKNOWN_UNIT: "error",
  SCORE_UNIT_CODE_CHANGED: "error",
  SCORE_DUPLICATE_UNIT: "error",
  SCORE_UNIT_MISSING: "error",
  SCORE_CONFLICT: "error",
  SCORE_VETO_ONLY: "error",
  SCORE_NOT_NUMBER: "error",
  SCORE_NOT_FINITE: "error",
  SCORE_TEXT_NUMBER: "warning",
  SCORE_HIDDEN_CHARS: "warning",
  SCORE_OUT_OF_RANGE: "error",
  SCORE_BONUS_OVER_CAP: "warning",
  SCORE_BLANK_JUDGE: "warning",
  SCORE_BLANK_UNIT: "warning",
  SCORE_SPREAD: "warning",
  // lists
  MASTER_SHEET_MISSING: "error",
  UNITS_NO_HEADER: "error",
  UNITS_COLUMN_MISSING: "error",
  UNIT_CODE_MISSING: "error",
  UNIT_NAME_MISSING: "warning",
  UNIT_BLOCK_MISSING: "warning",
  UNIT_TYPE_UNKNOWN: "error",
  UNIT_TYPE_MISSING: "error",
  MEMBERS_NO_HEADER: "error",
  MEMBER_CODE_MISSING: "error",
  MEMBER_ROLE_UNKNOWN: "warning",
  MEMBER_ROLE_MISSING: "warning",
  MEMBER_SCORES_UNKNOWN: "warning",
  MEMBER_SHORT_NAME_LONG: "warning",
  // settings
  SETTINGS_NO_HEADER: "error",
  SETTING_UNKNOWN: "warning",
  SETTING_DUPLICATE: "warning",
  SETTING_BLANK: "warning",
  SETTING_NOT_NUMBER: "error",
  SETTING_NOT_SHARE: "error",
  SETTING_NOT_DATE: "error",
  SETTING_NOT_CHOICE: "error",
  SETTING_NUMBER_AS_TEXT: "warning",
  SETTING_SHARE_SCALED: "warning",
  SETTINGS_MISSING_CODES: "warning",
  // plan
  PLAN_SHEET_UNREADABLE: "error",
  PLAN_DATE_OUTSIDE_YEAR: "error",
  PLAN_MONTH_UNREADABLE: "error",
  PLAN_PERIOD_UNKNOWN: "warning",
  PLAN_ROUND_TWICE: "error",
  PLAN_ROUND_UNKNOWN: "error",
  MOVEMENT_SHEET_UNREADABLE: "warning",
  MOVEMENT_DATE_OUTSIDE_YEAR: "warning",
  // awards: Cá nhân, Sáng kiến, Kiểm phiếu
  PEOPLE_NO_HEADER: "error",
  PERSON_CODE_MISSING: "error",
  PERSON_DUPLICATE: "error",
  PERSON_NAME_MISSING: "warning",
  PERSON_PERFORMANCE_UNKNOWN: "error",
  PERSON_DISCIPLINE_UNKNOWN: "error",
  PERSON_TITLE_UNKNOWN: "error",
  PERSON_SANCTION_UNKNOWN: "error",
  PERSON_UNIT_UNKNOWN: "error",
  PERSON_CSTDCS_WITHOUT_LDTT: "warning",
  INITIATIVES_NO_HEADER: "error",
  INITIATIVE_CODE_MISSING: "error",
  INITIATIVE_DUPLICATE: "error",
  INITIATIVE_NO_AUTHOR: "error",
  INITIATIVE_DATE_INVALID: "error",
  INITIATIVE_DATE_MISSING: "error",
  INITIATIVE_AUTHOR_UNKNOWN: "error",
  INITIATIVE_OUTSIDE_YEAR: "warning",
  TALLY_NO_HEADER: "error",
  TALLY_TITLE_UNKNOWN: "error",
  TALLY_NOT_COUNT: "error",
  TALLY_DUPLICATE: "error",
  TALLY_MEMBERS_DIFFER: "warning",
  TALLY_NOT_CANDIDATE: "warning",
  TALLY_PERSON_UNKNOWN: "error",
  TALLY_PRESENT_MISSING: "warning",
  TALLY_PRESENT_OVER_MEMBERS: "error",
  TALLY_YES_OVER_MEMBERS: "error",
  TALLY_YES_OVER_PRESENT: "error",
  // units: the forms units send back, and the family register
  FORM_NOT_A_FORM: "error",
  FORM_OLD_VERSION: "error",
  FORM_OTHER_WARD: "error",
  FORM_OTHER_YEAR: "error",
  FORM_UNKNOWN_UNIT: "error",
  FORM_MEMBER_OTHER_UNIT: "error",
  FORM_DATE_OUTSIDE_YEAR: "error",
  FORM_UNIT_TWICE: "error",
  FORM_OLDER_THAN_COLLECTED: "error",
  FORM_ROW_OTHER_UNIT: "warning",
  FORM_ROW_TYPED_BY_HAND: "warning",
  GDVH_NO_HEADER: "error",
  GDVH_EMPTY: "warning",
  GDVH_CODE_MISSING: "error",
  GDVH_DUPLICATE: "error",
  GDVH_DATE_UNREADABLE: "error",
  GDVH_RESULT_UNKNOWN: "error",
  GDVH_TDP_UNKNOWN: "error",
  GDVH_DATES_DIFFER: "warning",
  GDVH_EVAL_LATE: "error",
  GDVH_POSTING_MISSING: "error",
  GDVH_POSTED_BEFORE_EVAL: "error",
  GDVH_POSTING_SHORT: "error",
  GDVH_DECIDED_BEFORE_POSTING_END: "error",
  GDVH_DECISION_LATE: "warning",
} as const satisfies Partial<Record<MessageCode, Severity>>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export function severityOf(code: FindingCode): Severity {
  return FINDING_SEVERITY[code];
}

/** A finding at a cell: its severity from the table, its text from the catalog (which may name the sheet and cell). */
export function finding(code: FindingCode, sheet: string, cell: string, params: Params = {}): Finding {
  const m = msg(code, { sheet, cell, ...params });
  return { code, severity: severityOf(code), sheet, cell, message_vi: m.vi, message_en: m.en };
}
