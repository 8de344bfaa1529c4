/**
 * The rule table: each check and the finding code it is listed under, in the order they run. Severities
 * are in findingCodes.ts; codes with no check here are reported by the sheet readers while parsing.
 */
import type { FindingCode } from "../findingCodes";
import type { RuleContext } from "./context";
import * as crit from "./criteria";
import * as masters from "./masters";
import * as reg from "./registration";
import * as score from "./scoring";

export interface RuleDef {
  code: FindingCode;
  check: (ctx: RuleContext) => void;
}

export const RULES: readonly RuleDef[] = [
  // Master lists first: later rules lean on them.
  { code: "UNIT_DUPLICATE_CODE", check: masters.unitDuplicateCode },
  { code: "UNIT_SIMILAR_NAME", check: masters.unitSimilarName },
  { code: "UNIT_UNKNOWN_BLOCK", check: masters.unitUnknownBlock },
  { code: "MEMBER_NO_UNIT", check: masters.memberNoUnit },
  { code: "COUNCIL_HEAD_NOT_LINKED", check: masters.councilHeadNotLinked },
  // Criteria
  { code: "CRIT_SHEET_MISSING", check: crit.critSheetMissing },
  { code: "CRIT_DUPLICATE_CODE", check: crit.critDuplicate },
  { code: "CRIT_GROUP_SUM", check: crit.critGroupSum },
  { code: "CRIT_ORPHAN_ITEM", check: crit.critOrphan },
  { code: "CRIT_BASE_TOTAL", check: crit.critBaseTotal },
  { code: "CRIT_NO_BONUS_CAP", check: crit.critBonusCap },
  // Registration
  { code: "REG_SHEET_MISSING", check: reg.regSheetMissing },
  { code: "REG_UNKNOWN_UNIT", check: reg.regUnknownUnit },
  { code: "REG_UNKNOWN_PERSON", check: reg.regUnknownPerson },
  { code: "REG_UNKNOWN_TITLE", check: reg.regTitle },
  { code: "REG_DUPLICATE", check: reg.regDuplicate },
  { code: "REG_LATE", check: reg.regLate },
  { code: "REG_COVENANT_MISSING", check: reg.regCovenant },
  { code: "REG_MISSING", check: reg.regMissing },
  // Scoring
  { code: "SCORE_NO_SHEETS", check: score.scoreNoSheets },
  { code: "SCORE_SHEET_MISSING", check: score.scoreSheetMissing },
  { code: "SCORE_UNKNOWN_JUDGE", check: score.scoreUnknownJudge },
  { code: "SCORE_CRITERION_CHANGED", check: score.scoreHeaders },
  { code: "SCORE_UNKNOWN_UNIT", check: score.scoreStrayRows },
  { code: "SCORE_UNIT_MISSING", check: score.scoreUnitMissing },
  { code: "SCORE_CONFLICT", check: score.scoreConflict },
  { code: "SCORE_VETO_ONLY", check: score.scoreVetoOnly },
  { code: "SCORE_NOT_NUMBER", check: score.scoreNotNumber },
  { code: "SCORE_TEXT_NUMBER", check: score.scoreTextNumber },
  { code: "SCORE_OUT_OF_RANGE", check: score.scoreOutOfRange },
  { code: "SCORE_BONUS_OVER_CAP", check: score.scoreBonusCap },
  { code: "SCORE_BLANK_JUDGE", check: score.scoreBlanks },
  { code: "SCORE_SPREAD", check: score.scoreSpread },
];
// Several codes share one function (REG_TITLE_KIND with REG_UNKNOWN_TITLE, …): one pass finds both.
