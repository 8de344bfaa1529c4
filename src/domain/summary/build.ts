/** Puts a summary together from the plan's tasks and the facts of each round it covers. Data in, data out. */
import type { Settings } from "../settings";
import { summarizeRound, TIER_ORDER, type RoundSummaryOptions } from "./round";
import { monthEnd, summarizeTasks } from "./tasks";
import type { RoundFacts, SummaryModel, SummaryScope, TaskInput } from "./types";
import { PERIOD_END_MONTH } from "../codes";

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
}

export function buildSummary(input: SummaryInput): SummaryModel {
  const { scope, year, today } = input;
  const asOf = scope.kind === "period" ? monthEnd(year, PERIOD_END_MONTH[scope.period]) : today;
  const rounds = input.rounds.map((r) => summarizeRound(r, input.settings, input.options));
  const extraTiers = rounds
    .flatMap((r) => r.blocks.flatMap((b) => b.tiers.map((t) => t.tier)))
    .filter((t) => t && !TIER_ORDER.includes(t));
  return {
    scope,
    year,
    today,
    asOf,
    tasks: summarizeTasks(input.tasks, year, today, input.closedStatuses),
    rounds,
    tierOrder: [...TIER_ORDER, ...new Set(extraTiers)],
  };
}
