/** Puts a summary together from the plan's tasks and the facts of each round it covers. Data in, data out. */
import type { Settings } from "../settings";
import { summarizeRound, TIER_ORDER, type RoundSummaryOptions } from "./round";
import { monthEnd, summarizeTasks } from "./tasks";
import type { FulfilledBy, RoundFacts, SummaryModel, SummaryScope, TaskInput } from "./types";
import { PERIOD_END_MONTH } from "../codes";
import type { RoundCode } from "../types";

export interface SummaryInput {
  scope: SummaryScope;
  year: number;
  today: Date;
  /** The tasks the summary reports on (see scope.ts: due by the period's end, or linked to the round), in plan order. */
  tasks: readonly TaskInput[];
  /** The rounds the summary reports on, in plan order. */
  rounds: readonly RoundFacts[];
  settings: Settings;
  options?: RoundSummaryOptions;
  /** Statuses that close a task without it being done (the plan sheet's list says which). */
  closedStatuses?: readonly string[];
  /** The month of each round's bình xét (scope.ts evaluationMonths): a period shows no result of a later one. */
  evaluationMonths?: ReadonlyMap<RoundCode, number>;
}

/** Kinds of task a summary shows carried out when it shows the round's results: the guidance and the bình xét itself. */
const EVALUATION_KINDS = new Set(["guidance", "evaluation"]);
/** Kinds of task a summary shows carried out when it counts units registered for the round. */
const REGISTRATION_KINDS = new Set(["launch", "registration", "covenant"]);

/**
 * A round as of the last day a period summary covers: registrations made after it are not counted yet,
 * and a round whose bình xét falls after the period shows no results (they belong to the next report).
 */
function asOfPeriod(facts: RoundFacts, asOf: Date, endMonth: number, evaluationMonth: number | undefined): RoundFacts {
  const registrations = facts.registrations.filter((r) => !r.date || r.date.getTime() <= asOf.getTime());
  if (evaluationMonth === undefined || evaluationMonth <= endMonth) return { ...facts, registrations };
  return { ...facts, registrations, ranking: null, provisional: false };
}

export function buildSummary(input: SummaryInput): SummaryModel {
  const { scope, year, today } = input;
  const periodEnd = scope.kind === "period" ? monthEnd(year, PERIOD_END_MONTH[scope.period]) : today;
  // A report tells what happened by its last day: the period's end, or today while the period still runs.
  const asOf = periodEnd.getTime() < today.getTime() ? periodEnd : today;
  const later = new Map<RoundCode, number>();
  const facts =
    scope.kind === "period"
      ? input.rounds.map((r) => {
          const month = input.evaluationMonths?.get(r.round);
          if (month !== undefined && month > PERIOD_END_MONTH[scope.period]) later.set(r.round, month);
          return asOfPeriod(r, asOf, PERIOD_END_MONTH[scope.period], month);
        })
      : input.rounds;
  const rounds = facts.map((r) => {
    const s = summarizeRound(r, input.settings, input.options);
    const month = later.get(r.round);
    return month === undefined ? s : { ...s, evaluatedAfter: month };
  });
  const shown = new Set(rounds.filter((r) => r.scored).map((r) => r.round));
  const registered = new Set(rounds.filter((r) => r.unitsRegistered > 0).map((r) => r.round));
  const fulfils = (t: TaskInput["task"]): FulfilledBy | undefined => {
    if (t.kind === "report") {
      const own = scope.kind === "period" ? t.period === scope.period : t.round === scope.round && shown.has(scope.round);
      return own ? "report" : undefined;
    }
    if (!t.kind || !t.round) return undefined;
    if (EVALUATION_KINDS.has(t.kind) && shown.has(t.round)) return "results";
    if (REGISTRATION_KINDS.has(t.kind) && registered.has(t.round)) return "registrations";
    return undefined;
  };
  const extraTiers = rounds
    .flatMap((r) => r.blocks.flatMap((b) => b.tiers.map((t) => t.tier)))
    .filter((t) => t && !TIER_ORDER.includes(t));
  return {
    scope,
    year,
    today,
    asOf,
    tasks: summarizeTasks(input.tasks, year, asOf, input.closedStatuses, fulfils),
    rounds,
    tierOrder: [...TIER_ORDER, ...new Set(extraTiers)],
  };
}
