/** Questions the commands ask of a plan: what is due by when, which rounds a period covers. Pure. */
import { PERIOD_END_MONTH } from "../codes";
import type { PeriodCode } from "../types";
import type { Plan, PlanRound, PlanTask } from "./model";

/** The plan's own period table wins; the standard end months are the fallback for a plan without one. */
function endMonth(plan: Plan, period: PeriodCode): number {
  return plan.periods.find((p) => p.code === period)?.endMonth ?? PERIOD_END_MONTH[period];
}

function reportMonth(plan: Plan, period: PeriodCode): number {
  return plan.periods.find((p) => p.code === period)?.reportMonth ?? PERIOD_END_MONTH[period];
}

/** Tasks of one month (1-12), in the plan's order. */
export function tasksInMonth(plan: Plan, month: number): PlanTask[] {
  return plan.tasks.filter((t) => t.month === month);
}

/** Every task due by the end of a cumulative period (month ≤ its end month), in the plan's order. */
export function tasksDueBy(plan: Plan, period: PeriodCode): PlanTask[] {
  const end = endMonth(plan, period);
  return plan.tasks.filter((t) => t.month <= end);
}

export interface RoundInPeriod {
  round: PlanRound;
  /** Launched by the end of the period. */
  launched: boolean;
  /** Month of the bình xét: the last month the plan states, else the report month of the round's period. */
  evaluationMonth: number;
  /** False when the plan gives no evaluation month and `evaluationMonth` is the period's report month. */
  evaluationStated: boolean;
  /** The evaluation month is within the period (≤ its end month). */
  evaluated: boolean;
}

function evaluationOf(plan: Plan, round: PlanRound): { month: number; stated: boolean } {
  if (round.evaluationMonths.length) return { month: Math.max(...round.evaluationMonths), stated: true };
  return { month: reportMonth(plan, round.period), stated: false };
}

/** Rounds launched or evaluated by the end of the period, in the plan's order. */
export function roundsInPeriod(plan: Plan, period: PeriodCode): RoundInPeriod[] {
  const end = endMonth(plan, period);
  const out: RoundInPeriod[] = [];
  for (const round of plan.rounds) {
    const ev = evaluationOf(plan, round);
    const launched = round.launchMonth !== undefined && round.launchMonth <= end;
    const evaluated = ev.month <= end;
    if (launched || evaluated)
      out.push({
        round,
        launched,
        evaluationMonth: ev.month,
        evaluationStated: ev.stated,
        evaluated,
      });
  }
  return out;
}

/** The period containing `today` for a plan of `year`: a later year is over (NAM); an earlier one has not begun (Q1). */
export function currentPeriod(today: Date, year: number): PeriodCode {
  const y = today.getUTCFullYear();
  if (y > year) return "NAM";
  if (y < year) return "Q1";
  const month = today.getUTCMonth() + 1;
  const order: PeriodCode[] = ["Q1", "6T", "9T", "NAM"];
  return order.find((p) => month <= PERIOD_END_MONTH[p]) ?? "NAM";
}

/**
 * The most recent round whose evaluation month has come (the month in progress counts: the clerk ranks a
 * round during its evaluation month). Undefined before the first one. Ties go to the later round in the plan.
 */
export function lastEvaluatedRound(plan: Plan, today: Date): PlanRound | undefined {
  const y = today.getUTCFullYear();
  if (y < plan.year) return undefined;
  const month = y > plan.year ? 12 : today.getUTCMonth() + 1;
  let best: { round: PlanRound; month: number } | undefined;
  for (const round of plan.rounds) {
    const ev = evaluationOf(plan, round).month;
    if (ev <= month && (!best || ev >= best.month)) best = { round, month: ev };
  }
  return best?.round;
}

/**
 * The round the plan calls for on `today`: the one the ribbon's "Kiểm tra" and "Xếp hạng" work on.
 * In the plan's year, with `month` the current month (1-12):
 * 1. a round whose evaluation month is `month` (the committee ranks it this month; ties go to the later
 *    round in the plan, as in lastEvaluatedRound);
 * 2. otherwise the round launched most recently (launch month ≤ `month`) and not yet evaluated
 *    (evaluation month > `month`): its judges are scoring it now, so checking it catches mistakes while
 *    they can still be fixed; of rounds launched the same month, the one evaluated first (the nearer deadline);
 * 3. otherwise the last round evaluated;
 * 4. otherwise (before any launch) the first round to be evaluated.
 * A round's evaluation month is the last one the plan states, else its period's report month (as in
 * roundsInPeriod). A date after the plan's year counts as its December, one before it as its January.
 * Undefined only for a plan without rounds.
 */
export function currentRound(plan: Plan, today: Date): PlanRound | undefined {
  const y = today.getUTCFullYear();
  const month = y > plan.year ? 12 : y < plan.year ? 1 : today.getUTCMonth() + 1;
  const rounds = plan.rounds.map((round, order) => ({ round, order, ev: evaluationOf(plan, round).month }));
  const latest = <T>(xs: T[], better: (a: T, b: T) => boolean): T | undefined =>
    xs.reduce<T | undefined>((best, x) => (best === undefined || better(x, best) ? x : best), undefined);

  const evaluatedNow = latest(
    rounds.filter((r) => r.ev === month),
    (a, b) => a.order > b.order,
  );
  if (evaluatedNow) return evaluatedNow.round;
  const inProgress = latest(
    rounds.filter((r) => r.round.launchMonth !== undefined && r.round.launchMonth <= month && r.ev > month),
    (a, b) => a.round.launchMonth! > b.round.launchMonth! || (a.round.launchMonth === b.round.launchMonth && a.ev < b.ev),
  );
  if (inProgress) return inProgress.round;
  const evaluated = latest(
    rounds.filter((r) => r.ev < month),
    (a, b) => a.ev > b.ev || (a.ev === b.ev && a.order > b.order),
  );
  if (evaluated) return evaluated.round;
  return latest(rounds, (a, b) => a.ev < b.ev)?.round;
}

/** "Hạn" of a task: the last day of its month, UTC midnight. */
export function taskDueDate(task: PlanTask, year: number): Date {
  return new Date(Date.UTC(year, task.month, 0));
}
