/**
 * Inputs and results of ranking a round (research "ranking"). Scores travel as one dense
 * Float64Array per judge (units × criteria, NaN = blank) so a province round of 4.5 million scores
 * costs no objects per score.
 */
import type { MessageCode } from "../../i18n";
import type { CriterionKind, RoundCode } from "../types";
import type { Settings } from "../settings";

export interface RankUnitInput {
  code: string;
  name: string;
  /** Khối thi đua: units are ranked within it, never across. */
  block: string;
  /** Unit type (TDP, CHIBO…), used with `block` to tell which criteria apply. */
  type?: string;
  /** Registered for the round: an unregistered unit is ranked but not eligible for titles or proposals. */
  registered: boolean;
  /** Any other reason the council already knows the unit cannot be proposed (catalog code), e.g. from validation. */
  ineligibleCode?: MessageCode;
}

/** One scored line: a column of the score arrays. Group headers are not columns (see `RankGroupInput`). */
export interface RankCriterionInput {
  code: string;
  /** Group code ("I", "V"); bonus, deduction and veto lines have their own groups, which no gate looks at. */
  group: string;
  max: number;
  kind: CriterionKind;
  /** Unit types or khối codes it applies to; empty = all. */
  appliesTo?: readonly string[];
}

export interface RankGroupInput {
  code: string;
  name?: string;
  /** The group's own minimum share for the gated tiers; absent = GATE_GROUP_MIN_SHARE. */
  minShare?: number;
}

export interface RankJudgeInput {
  code: string;
  name?: string;
  /** Units the judge leads or belongs to: a conflict of interest, so the judge's scores there never count. */
  conflicts: readonly string[];
  /** Units assigned to the judge when SCORING_ASSIGNMENT = assigned; absent = every unit. */
  assigned?: readonly string[];
}

export interface RankingInput {
  round: RoundCode;
  units: readonly RankUnitInput[];
  criteria: readonly RankCriterionInput[];
  groups?: readonly RankGroupInput[];
  judges: readonly RankJudgeInput[];
  /** scores[j][u * criteria.length + c]; NaN = blank. */
  scores: readonly Float64Array[];
  settings: Settings;
}

export type TierCode = "XS" | "TOT" | "KHA" | "TB" | "YEU";
export const TIER_CODES: readonly TierCode[] = ["XS", "TOT", "KHA", "TB", "YEU"];
/** The tier names as they appear on `Cấu hình` (GATE_TIERS, VETO_MAX_TIER, PROPOSAL_MIN_TIER). */
export const TIER_NAMES: Readonly<Record<TierCode, string>> = {
  XS: "Xuất sắc",
  TOT: "Tốt",
  KHA: "Khá",
  TB: "Trung bình",
  YEU: "Yếu",
};

export type Aggregation = "mean" | "trimmed" | "median";

/** How one judge's cells for one unit were used (values of `RankingResult.progress`). */
export const CellStatus = {
  /** Nothing typed, or only the veto column: not scored. */
  Empty: 0,
  /** Some base lines blank: counted, blanks as 0, flagged. */
  Partial: 1,
  Complete: 2,
  /** Conflict of interest: never counted, whatever was typed. */
  Conflict: 3,
  /** SCORING_ASSIGNMENT = assigned and the unit is not the judge's: nothing expected. */
  NotAssigned: 4,
} as const;
export type CellStatus = (typeof CellStatus)[keyof typeof CellStatus];

/** A reason or note on a unit, as a catalog code (src/i18n/catalog/ranking.ts) with its parameters. */
export interface Reason {
  code: MessageCode;
  params?: Readonly<Record<string, string | number>>;
}

export type ProposalKind = "HIGHER" | "GIAY_KHEN";

export interface UnitResult {
  /** Index in the input's units. */
  index: number;
  code: string;
  name: string;
  block: string;
  registered: boolean;
  /** Judges whose scores count for this unit. */
  counted: number;
  /** Aggregates of the counted judges' totals, each rounded to PRECISION; NaN when no judge counts. */
  mean: number;
  trimmed: number;
  median: number;
  /** The aggregate chosen by AGGREGATION: the score tiers and ranks use. */
  final: number;
  /** Means of the counted judges' capped bonus and of their deductions, rounded (shown for information). */
  bonus: number;
  deductions: number;
  /** Per group of `RankingResult.groups`: the aggregate of the counted judges' group sums, rounded. */
  groupScores: number[];
  /** Max − min of the counted judge totals. */
  spread: number;
  spreadAlert: boolean;
  vetoHit: boolean;
  /** Groups below their minimum share (codes), whether or not a gate applied. */
  groupsBelowMin: string[];
  /** The tier the score alone gives, and the tier after gates and the veto cap; undefined when not scored. */
  scoreTier?: TierCode;
  tier?: TierCode;
  /** Competition rank within the khối (1, 2, 2, 4); undefined when not scored. */
  rank?: number;
  /** Another unit of the khối has the same rank. */
  sharedRank: boolean;
  /** Tie-break keys (TIE_BREAK codes) that separated this unit from the neighbouring units with the same final score. */
  decidedBy?: string[];
  /** Registered, not excluded by the council, and scored. */
  eligible: boolean;
  proposal?: ProposalKind;
  reasons: Reason[];
}

export interface BlockSummary {
  block: string;
  units: number;
  quotaGiayKhen: number;
  proposedGiayKhen: number;
  /** Proposed ÷ units, 0..1. */
  shareGiayKhen: number;
  quotaHigher: number;
  proposedHigher: number;
  shareHigher: number;
}

export interface JudgeQuality {
  code: string;
  /** Units where this judge's scores counted. */
  scored: number;
  /** Mean of (judge total − leave-one-out panel mean) over those units; NaN when undefined. */
  bias: number;
  /** Robust z of the bias among judges: (bias − median) / (1.4826 · MAD); when MAD = 0, / (1.253314 · mean absolute deviation); 0 when both are 0. */
  robustZ: number;
  /** Classic z of the bias (sample SD), shown only to explain why it is not used. */
  plainZ: number;
  /** Pearson r of the judge's totals with the leave-one-out panel mean. */
  correlation: number;
  biasFlag: boolean;
  correlationFlag: boolean;
  partialUnits: number;
}

export interface RankingMethod {
  aggregation: Aggregation;
  precision: number;
  trimMinJudges: number;
  thresholds: Readonly<Record<TierCode, number>>;
  gateTiers: TierCode[];
  gateShare: number;
  vetoMaxTier: TierCode;
  tieBreak: string[];
  /** TIE_BREAK keys that could not be used (unknown key or group) and were skipped. */
  ignoredTieBreak: string[];
  proposalMinTier: TierCode;
  quotaGiayKhen: number;
  quotaHigher: number;
  /** QUOTA_ROUNDING: how a khối's quota is rounded. */
  quotaRounding: "floor" | "at-least-one";
  /** Whether this round proposes to the higher level (DB, NAM). */
  higherRound: boolean;
  higherLevel: string;
  baseTotal: number;
  /** NaN when no cap is set: every bonus point counts, as on the judge sheet. */
  bonusCap: number;
  scoreFloor: number;
  spreadShare: number;
  robustZ: number;
  /** A judge is flagged for bias only when it is also at least this share of baseTotal from the panel's median. */
  minBiasShare: number;
  minCorrelation: number;
}

export interface RankingResult {
  method: RankingMethod;
  groups: { code: string; name: string; max: number; minShare: number }[];
  /** In input order. */
  units: UnitResult[];
  /** Judge totals rounded to PRECISION, [u * judges + j]; NaN where the judge does not count for the unit. */
  judgeTotals: Float64Array;
  /** CellStatus per [j * units + u]. */
  progress: Uint8Array;
  judges: JudgeQuality[];
  blocks: BlockSummary[];
}
