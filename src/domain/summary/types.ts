/**
 * The summary model: what a round or period summary says, as data. The sheet layout
 * (sheets/summary.ts) turns it into a document; nothing here knows about cells.
 */
import type { Finding, PeriodCode, Registration, RoundCode, Unit } from "../types";
import type { PlanTask } from "../plan/model";

export type SummaryScope = { kind: "round"; round: RoundCode } | { kind: "period"; period: PeriodCode };

/** One judge's row of the progress matrix, counted over the units they are to score. */
export interface JudgeProgress {
  code: string;
  name: string;
  complete: number;
  partial: number;
  empty: number;
}

/**
 * One unit as the ranking left it. The app adapts the ranking module's result to this shape so the
 * summary depends on what it reports, not on how ranking stores it.
 */
export interface RankedUnitView {
  unitCode: string;
  unitName: string;
  block: string;
  /** Final score, already rounded to the published precision; null when the unit has no score. */
  score: number | null;
  tier: string | null;
  rank: number | null;
  /** False for a unit ranked without registration (not eligible for titles). */
  eligible: boolean;
  proposal: "giay-khen" | "higher" | null;
}

/** Everything a summary needs about one round, as read and computed by the app. */
export interface RoundFacts {
  round: RoundCode;
  units: readonly Unit[];
  registrations: readonly Registration[];
  judges: readonly JudgeProgress[];
  /** Null when nothing has been scored yet: the summary then says so instead of showing zeros. */
  ranking: readonly RankedUnitView[] | null;
  /** Validation findings of the round (errors and warnings). */
  findings: readonly Finding[];
  /** True when the ranking was made although validation found errors. */
  provisional?: boolean;
  /** The quotas the ranking enforced per khối; absent: computed here from the settings the same way. */
  quotas?: ReadonlyMap<string, { giayKhen: number; higher: number }>;
}

export interface StatusCount {
  /** The status as the clerk typed it (trimmed, NFC); blank is reported as its own line. */
  status: string;
  count: number;
  done: boolean;
  /**
   * Tasks this very summary carries out (its own report, or the bình xét whose results it shows), counted
   * as done whatever their Trạng thái says: a report does not call itself overdue.
   */
  fulfilled?: FulfilledBy;
}

/**
 * What in the summary shows a task carried out: the summary is the report the task asks for; the round's
 * bình xét results are in it; units' registrations for the round are in it (so it was launched and the
 * registrations gathered).
 */
export type FulfilledBy = "report" | "results" | "registrations";

export interface UnfinishedTask {
  id: string;
  month: number;
  text: string;
  status: string;
  /** The task's deadline (its Hạn, else its month's end) is before today. */
  overdue: boolean;
}

export interface TaskSection {
  /** Tasks due by the end of the period (cumulative from January), or linked to the round. */
  due: number;
  done: number;
  byStatus: StatusCount[];
  unfinished: UnfinishedTask[];
}

export interface TierCount {
  tier: string;
  count: number;
  /** Of the khối's ranked units, 0..1. */
  share: number;
}

export interface LeadingUnit {
  rank: number;
  unitName: string;
  score: number | null;
  tier: string | null;
}

/** A unit the ranking proposes for commendation, named in the report. */
export interface ProposedUnit {
  unitName: string;
  score: number | null;
  tier: string | null;
  proposal: "giay-khen" | "higher";
}

export interface ProposalCount {
  proposed: number;
  /** Whole number, rounded down from the quota share times the khối's ranked units. */
  quota: number;
  /** Proposed over ranked units of the khối, 0..1. */
  share: number;
}

export interface BlockSummary {
  block: string;
  /** Units of the khối in the ranking. */
  ranked: number;
  tiers: TierCount[];
  leaders: LeadingUnit[];
  giayKhen: ProposalCount;
  higher: ProposalCount;
  /** The units proposed, best rank first. */
  proposed: ProposedUnit[];
}

export interface FindingsSummary {
  errors: number;
  warnings: number;
  /** Errors counted by rule code, most frequent first. */
  byCode: { code: string; count: number; example: string }[];
  /** The first few errors, with where to look. */
  first: { where: string; message: string }[];
}

export interface RoundSummary {
  round: RoundCode;
  scored: boolean;
  /**
   * The month of the round's bình xét when it falls after the summary's period: the results exist in the
   * workbook but belong to a later report, so this one shows none of them.
   */
  evaluatedAfter?: number;
  provisional: boolean;
  unitsTotal: number;
  unitsRegistered: number;
  personsRegistered: number;
  covenants: number;
  covenantRequired: boolean;
  judges: JudgeProgress[];
  /** Judges whose every unit is complete. */
  judgesComplete: number;
  blocks: BlockSummary[];
  /** Present only when the ranking was computed; the round's totals over all khối. */
  totals: { ranked: number; giayKhen: number; higher: number } | null;
  findings: FindingsSummary;
}

export interface SummaryModel {
  scope: SummaryScope;
  year: number;
  today: Date;
  /** Last day covered: the end of the period (or today, while the period runs), today for a round. */
  asOf: Date;
  tasks: TaskSection;
  rounds: RoundSummary[];
  /** Tier names in display order. */
  tierOrder: string[];
}

export interface TaskInput {
  /**
   * A task of the plan, or one a clerk added on `Kế hoạch` (id "": the plan did not make it). Kind, round
   * and period, when known, tell which tasks a summary itself carries out.
   */
  task: Pick<PlanTask, "id" | "month" | "text"> & Partial<Pick<PlanTask, "kind" | "round" | "period">>;
  /** Trạng thái as the clerk typed it on `Kế hoạch`; "" when blank or the task is not on the sheet. */
  status: string;
  /** The deadline, when the sheet gives one (an added task's Hạn); else the end of the task's month. */
  due?: Date;
}
