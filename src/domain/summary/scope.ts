/** What a summary covers: which tasks and rounds, and which summary the one-click button makes today. */
import { currentPeriod, lastEvaluatedRound, roundsInPeriod, tasksDueBy } from "../plan/queries";
import type { Plan, PlanTask } from "../plan/model";
import type { PeriodCode, RoundCode } from "../types";
import type { SummaryScope, TaskInput } from "./types";

/**
 * A period covers every task due by its end (cumulative from January). A round covers the tasks
 * the plan links to it (launch, registration, evaluation of that round).
 */
export function scopeTasks(plan: Plan, scope: SummaryScope): PlanTask[] {
  if (scope.kind === "period") return tasksDueBy(plan, scope.period);
  return plan.tasks.filter((t) => t.round === scope.round);
}

/**
 * The tasks with the Trạng thái the clerk typed (a task missing from the sheet counts as blank) and
 * the Hạn the sheet gives, which a clerk may have moved: overdue is judged by it.
 */
export function withStatuses(
  tasks: readonly PlanTask[],
  statuses: ReadonlyMap<string, string>,
  dues: ReadonlyMap<string, Date> = new Map(),
): TaskInput[] {
  return tasks.map((task) => {
    const due = dues.get(task.id);
    return { task, status: statuses.get(task.id) ?? "", ...(due ? { due } : {}) };
  });
}

/**
 * A period covers every round launched or evaluated by its end (a launched round not yet scored
 * is shown as such); a round summary covers that round alone.
 */
export function scopeRounds(plan: Plan, scope: SummaryScope): RoundCode[] {
  if (scope.kind === "round") return [scope.round];
  return roundsInPeriod(plan, scope.period).map((r) => r.round.code);
}

/** Every round any summary could cover, for `--all`: the rounds of the year period. */
export function allRounds(plan: Plan): RoundCode[] {
  return roundsInPeriod(plan, "NAM").map((r) => r.round.code);
}

function evaluationMonth(plan: Plan, round: RoundCode): number | undefined {
  return roundsInPeriod(plan, "NAM").find((r) => r.round.code === round)?.evaluationMonth;
}

/**
 * The summary the ribbon's one-click button makes on `today`:
 * 1. in a period's report month (March, June, September, December), that period's summary: it is what
 *    the plan asks the office to send that month;
 * 2. otherwise, in the evaluation month of a round (April for Đợt 1, October for the special round,
 *    November for the year), that round's summary: the committee has just ranked it;
 * 3. otherwise the period that contains today, so far (cumulative).
 * Outside the plan's year the year's summary after it, Quý I before it (as currentPeriod says).
 */
export function currentSummaryTarget(today: Date, plan: Plan): { round: RoundCode } | { period: PeriodCode } {
  const period = currentPeriod(today, plan.year);
  if (today.getUTCFullYear() !== plan.year) return { period };
  const month = today.getUTCMonth() + 1;
  const reporting = plan.periods.find((p) => p.reportMonth === month);
  if (reporting) return { period: reporting.code };
  const last = lastEvaluatedRound(plan, today);
  if (last && evaluationMonth(plan, last.code) === month) return { round: last.code };
  return { period };
}

/** The month of each round's bình xét as the plan states it (else its period's report month). */
export function evaluationMonths(plan: Plan): Map<RoundCode, number> {
  return new Map(roundsInPeriod(plan, "NAM").map((r) => [r.round.code, r.evaluationMonth]));
}
