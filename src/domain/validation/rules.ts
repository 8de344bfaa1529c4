/**
 * The rule table: every finding code with its severity and the small function that finds it.
 * Codes with no function are reported by the sheet readers while parsing (a cell that cannot be read).
 */
import { msg, type Params } from "../../i18n";
import type { Finding, Severity } from "../types";
import type { RuleContext } from "./context";
import * as crit from "./criteria";
import * as masters from "./masters";
import * as reg from "./registration";
import * as score from "./scoring";

export type RuleArea = "registration" | "criteria" | "scoring" | "masters" | "reader";

export interface RuleDef {
  code: string;
  severity: Severity;
  area: RuleArea;
  check?: (ctx: RuleContext) => void;
}

export const RULES: readonly RuleDef[] = [
  // Master lists first: later rules lean on them.
  { code: "UNIT_DUPLICATE_CODE", severity: "error", area: "masters", check: masters.unitDuplicateCode },
  { code: "UNIT_SIMILAR_NAME", severity: "warning", area: "masters", check: masters.unitSimilarName },
  { code: "UNIT_UNKNOWN_BLOCK", severity: "error", area: "masters", check: masters.unitUnknownBlock },
  { code: "MEMBER_NO_UNIT", severity: "warning", area: "masters", check: masters.memberNoUnit },
  { code: "COUNCIL_HEAD_NOT_LINKED", severity: "warning", area: "masters", check: masters.councilHeadNotLinked },
  // Criteria
  { code: "CRIT_SHEET_MISSING", severity: "error", area: "criteria", check: crit.critSheetMissing },
  { code: "CRIT_DUPLICATE_CODE", severity: "error", area: "criteria", check: crit.critDuplicate },
  { code: "CRIT_GROUP_SUM", severity: "error", area: "criteria", check: crit.critGroupSum },
  { code: "CRIT_ORPHAN_ITEM", severity: "warning", area: "criteria", check: crit.critOrphan },
  { code: "CRIT_BASE_TOTAL", severity: "error", area: "criteria", check: crit.critBaseTotal },
  { code: "CRIT_NO_BONUS_CAP", severity: "error", area: "criteria", check: crit.critBonusCap },
  { code: "CRIT_BAD_MAX", severity: "error", area: "reader" },
  { code: "CRIT_BAD_KIND", severity: "error", area: "reader" },
  // Registration
  { code: "REG_SHEET_MISSING", severity: "warning", area: "registration", check: reg.regSheetMissing },
  { code: "REG_UNKNOWN_UNIT", severity: "error", area: "registration", check: reg.regUnknownUnit },
  { code: "REG_UNIT_CODE_FORM", severity: "warning", area: "registration" },
  { code: "REG_UNKNOWN_PERSON", severity: "error", area: "registration", check: reg.regUnknownPerson },
  { code: "REG_UNKNOWN_TITLE", severity: "error", area: "registration", check: reg.regTitle },
  { code: "REG_TITLE_KIND", severity: "error", area: "registration" },
  { code: "REG_TITLE_YEAR_ONLY", severity: "error", area: "registration" },
  { code: "REG_TITLE_UNIT_TYPE", severity: "error", area: "registration" },
  { code: "REG_DUPLICATE", severity: "error", area: "registration", check: reg.regDuplicate },
  { code: "REG_LATE", severity: "warning", area: "registration", check: reg.regLate },
  { code: "REG_COVENANT_MISSING", severity: "error", area: "registration", check: reg.regCovenant },
  { code: "REG_MISSING", severity: "warning", area: "registration", check: reg.regMissing },
  { code: "REG_BAD_ROUND", severity: "error", area: "reader" },
  { code: "REG_BAD_KIND", severity: "error", area: "reader" },
  { code: "REG_BAD_DATE", severity: "warning", area: "reader" },
  // Scoring
  { code: "SCORE_NO_SHEETS", severity: "error", area: "scoring", check: score.scoreNoSheets },
  { code: "SCORE_SHEET_MISSING", severity: "warning", area: "scoring", check: score.scoreSheetMissing },
  { code: "SCORE_UNKNOWN_JUDGE", severity: "error", area: "scoring", check: score.scoreUnknownJudge },
  { code: "SCORE_CRITERION_CHANGED", severity: "error", area: "scoring", check: score.scoreHeaders },
  { code: "SCORE_CRITERION_MISSING", severity: "error", area: "scoring" },
  { code: "SCORE_UNKNOWN_UNIT", severity: "error", area: "scoring", check: score.scoreStrayRows },
  { code: "SCORE_UNIT_CODE_CHANGED", severity: "error", area: "scoring" },
  { code: "SCORE_DUPLICATE_UNIT", severity: "error", area: "scoring" },
  { code: "SCORE_UNIT_MISSING", severity: "error", area: "scoring", check: score.scoreUnitMissing },
  { code: "SCORE_CONFLICT", severity: "error", area: "scoring", check: score.scoreConflict },
  { code: "SCORE_VETO_ONLY", severity: "error", area: "scoring", check: score.scoreVetoOnly },
  { code: "SCORE_NOT_NUMBER", severity: "error", area: "scoring", check: score.scoreNotNumber },
  { code: "SCORE_NOT_FINITE", severity: "error", area: "scoring" },
  { code: "SCORE_TEXT_NUMBER", severity: "warning", area: "scoring", check: score.scoreTextNumber },
  { code: "SCORE_HIDDEN_CHARS", severity: "warning", area: "scoring" },
  { code: "SCORE_OUT_OF_RANGE", severity: "error", area: "scoring", check: score.scoreOutOfRange },
  { code: "SCORE_BONUS_OVER_CAP", severity: "warning", area: "scoring", check: score.scoreBonusCap },
  { code: "SCORE_BLANK_JUDGE", severity: "warning", area: "scoring", check: score.scoreBlanks },
  { code: "SCORE_BLANK_UNIT", severity: "warning", area: "scoring" },
  { code: "SCORE_SPREAD", severity: "warning", area: "scoring", check: score.scoreSpread },
];
// Several codes share one function (REG_TITLE_KIND with REG_UNKNOWN_TITLE, …): one pass finds both.

const SEVERITY = new Map(RULES.map((r) => [r.code, r.severity]));

export function severityOf(code: string): Severity {
  return SEVERITY.get(code) ?? "error";
}

/** For the sheet readers: a finding with its severity from the table and its text from the catalog. */
export function makeFinding(code: string, sheet: string, cell: string, params: Params = {}): Finding {
  const m = msg(code, params);
  return { code, severity: severityOf(code), sheet, cell, message_vi: m.vi, message_en: m.en };
}
