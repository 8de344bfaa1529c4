/**
 * The published total of one judge for one unit, the one home of the rule: the judge sheet's cached result
 * (beside its formula), validation and ranking all call publishedTotal. It is the sheet formula
 * =MAX(floor, ROUND(MIN(base, BASE_TOTAL) + MIN(bonus, BONUS_CAP) − deductions, PRECISION)) in TypeScript,
 * with ROUND as Excel and LibreOffice round (half away from zero, roundHalfAway).
 */
import { numberSetting, textSetting, type Settings } from "../settings";
import { roundHalfAway } from "./numbers";

export interface TotalsRule {
  baseTotal: number;
  /** NaN when no cap is set (blank or not positive; the validator reports it): every bonus point counts. */
  bonusCap: number;
  floor: number;
  /** Decimals of the published total, 0–6. */
  precision: number;
}

/** A number setting, or the fallback when it is blank or not a number (the validator reports those). */
function setting(s: Settings, code: string, fallback: number): number {
  const v = numberSetting(s, code);
  return Number.isFinite(v) ? v : fallback;
}

/** The four settings of the total, read once with the fallbacks every caller shares. */
export function totalsRule(s: Settings): TotalsRule {
  const cap = textSetting(s, "BONUS_CAP") === "" ? NaN : setting(s, "BONUS_CAP", NaN);
  return {
    baseTotal: setting(s, "BASE_TOTAL", 100),
    bonusCap: cap > 0 ? cap : NaN,
    floor: setting(s, "SCORE_FLOOR", 0),
    precision: Math.max(0, Math.min(6, roundHalfAway(setting(s, "PRECISION", 2), 0))),
  };
}

/** Base, bonus and deduction sums (deductions as positive points) to the total a judge's sheet shows. */
export function publishedTotal(base: number, bonus: number, deduction: number, rule: TotalsRule): number {
  const cap = Number.isFinite(rule.bonusCap) ? rule.bonusCap : Infinity;
  const raw = Math.min(base, rule.baseTotal) + Math.min(bonus, cap) - deduction;
  return Math.max(rule.floor, roundHalfAway(raw, rule.precision));
}
