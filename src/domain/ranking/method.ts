/** The ranking rules of a round, read once from `Cấu hình` (never literals: every one is a [P]/[M] setting). */
import { listSetting, numberSetting, settingDef, textSetting, type Settings } from "../settings";
import type { RoundCode } from "../types";
import { totalsRule } from "./publishedTotal";
import { parseTier } from "./tiers";
import type { Aggregation, RankingMethod, TierCode } from "./types";

const AGGREGATIONS: readonly Aggregation[] = ["mean", "trimmed", "median"];

/** Rounds whose proposals go to the higher level (the special round's Bằng khen, the year's review). */
const HIGHER_ROUNDS: readonly RoundCode[] = ["DB", "NAM"];

function tierSetting(s: Settings, code: string): TierCode {
  const t = parseTier(textSetting(s, code)) ?? parseTier(String(settingDef(code)?.default ?? ""));
  if (!t) throw new Error(`Setting ${code} names no tier`);
  return t;
}

export function readMethod(settings: Settings, round: RoundCode): RankingMethod {
  const agg = textSetting(settings, "AGGREGATION").toLowerCase() as Aggregation;
  const gateTiers = listSetting(settings, "GATE_TIERS")
    .map(parseTier)
    .filter((t): t is TierCode => t !== undefined);
  // The total's four settings as the judge sheet and validation read them (one fallback for all).
  const rule = totalsRule(settings);
  return {
    aggregation: AGGREGATIONS.includes(agg) ? agg : (String(settingDef("AGGREGATION")?.default) as Aggregation),
    precision: rule.precision,
    trimMinJudges: numberSetting(settings, "TRIM_MIN_JUDGES"),
    thresholds: {
      XS: numberSetting(settings, "TIER_XS_MIN"),
      TOT: numberSetting(settings, "TIER_TOT_MIN"),
      KHA: numberSetting(settings, "TIER_KHA_MIN"),
      TB: numberSetting(settings, "TIER_TB_MIN"),
      YEU: -Infinity,
    },
    gateTiers,
    gateShare: numberSetting(settings, "GATE_GROUP_MIN_SHARE"),
    vetoMaxTier: tierSetting(settings, "VETO_MAX_TIER"),
    tieBreak: listSetting(settings, "TIE_BREAK").map((k) => k.toUpperCase().replace(/\s+/g, "")),
    ignoredTieBreak: [],
    proposalMinTier: tierSetting(settings, "PROPOSAL_MIN_TIER"),
    quotaGiayKhen: numberSetting(settings, "QUOTA_GIAY_KHEN"),
    quotaHigher: numberSetting(settings, "QUOTA_HIGHER"),
    quotaRounding: textSetting(settings, "QUOTA_ROUNDING") === "at-least-one" ? "at-least-one" : "floor",
    higherRound: HIGHER_ROUNDS.includes(round),
    higherLevel: textSetting(settings, "HIGHER_LEVEL"),
    baseTotal: rule.baseTotal,
    bonusCap: rule.bonusCap,
    scoreFloor: rule.floor,
    spreadShare: numberSetting(settings, "SPREAD_ALERT_SHARE"),
    robustZ: numberSetting(settings, "JUDGE_ROBUST_Z"),
    minBiasShare: numberSetting(settings, "JUDGE_MIN_BIAS_SHARE"),
    minCorrelation: numberSetting(settings, "JUDGE_MIN_CORRELATION"),
  };
}
