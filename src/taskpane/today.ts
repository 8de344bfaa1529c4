/**
 * What "Hôm nay" shows, worked out from the workbook's plan and what the pane ran this session: this
 * month's tasks, the overdue ones, the current round and the one step to take next. Pure, so the pane's
 * guidance is tested without rendering.
 */
import type { Plan, PlanRound, PlanTask } from "../domain/plan/model";
import { currentRound } from "../domain/plan/queries";
import type { RoundCode } from "../domain/types";
import type { RoundState } from "../domain/validation";
import type { MessageCode, Params } from "../i18n";

/** The workbook's plan as the pane knows it. `empty`: the plan was never laid out (no `Đợt thi đua`). */
export type PlanView = { kind: "loading" } | { kind: "empty" } | { kind: "unreadable" } | { kind: "ready"; plan: Plan };

export type StepKind = "layout" | "prepare" | "validate" | "rank" | "summarize";

/** What the pane saw happen to a round this session. */
export interface RoundProgress {
  prepared?: boolean;
  /** The last check of the round: errors and warnings it left. */
  check?: { errors: number; warnings: number };
  ranked?: boolean;
  /** What the last check counted: registrations and judge sheets scored. */
  state?: RoundState;
}

export interface NextStep {
  kind: StepKind;
  round?: RoundCode;
  /** Catalog code saying why this is the next step. */
  why: MessageCode;
}

/** A task counts as done when its Trạng thái is Hoàn thành or Không thực hiện. */
function isDone(task: PlanTask): boolean {
  return task.done === true;
}

export interface TasksToday {
  /** The plan's year is not this year: no month of it is "this month". */
  otherYear?: "past" | "future";
  thisMonth: PlanTask[];
  /** Tasks of earlier months of this year not marked done, oldest first. */
  overdue: PlanTask[];
  month: number;
}

export function tasksToday(plan: Plan, today: Date): TasksToday {
  const y = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  if (y !== plan.year) return { otherYear: y > plan.year ? "past" : "future", thisMonth: [], overdue: [], month };
  return {
    thisMonth: plan.tasks.filter((t) => t.month === month),
    overdue: plan.tasks.filter((t) => t.month < month && !isDone(t)),
    month,
  };
}

/** The round the plan calls for today, with the month of its bình xét (the last the plan states). */
export function roundToday(plan: Plan, today: Date): { round: PlanRound; evaluationMonth?: number } | undefined {
  const round = currentRound(plan, today);
  if (!round) return undefined;
  const evaluationMonth = round.evaluationMonths.length ? Math.max(...round.evaluationMonths) : undefined;
  return { round, evaluationMonth };
}

/**
 * The one step to take next. Without a plan: lay it out. Then, for the current round: prepare its sheets,
 * check the scores (again while errors are left), rank, and fold the ranking into its summary. A round
 * whose bình xét has come starts at the check: its sheets were prepared when it was launched.
 */
export function nextStep(view: PlanView, today: Date, progress: Partial<Record<RoundCode, RoundProgress>>): NextStep {
  if (view.kind !== "ready") return { kind: "layout", why: "PANE_TODAY_WHY_LAYOUT" };
  const current = roundToday(view.plan, today);
  if (!current) return { kind: "layout", why: "PANE_TODAY_WHY_NO_ROUNDS" };
  const round = current.round.code;
  const p = progress[round] ?? {};
  if (p.ranked) return { kind: "summarize", round, why: "PANE_TODAY_WHY_SUMMARIZE" };
  if (p.check) {
    return p.check.errors > 0
      ? { kind: "validate", round, why: "PANE_TODAY_WHY_FIX" }
      : { kind: "rank", round, why: "PANE_TODAY_WHY_RANK" };
  }
  if (p.prepared) return { kind: "validate", round, why: "PANE_TODAY_WHY_VALIDATE" };
  const y = today.getUTCFullYear();
  const month = y > view.plan.year ? 12 : y < view.plan.year ? 1 : today.getUTCMonth() + 1;
  const evaluating = current.evaluationMonth !== undefined && current.evaluationMonth <= month;
  return evaluating
    ? { kind: "validate", round, why: "PANE_TODAY_WHY_EVALUATING" }
    : { kind: "prepare", round, why: "PANE_TODAY_WHY_PREPARE" };
}

/** One line of the round's state, as a catalog code and its numbers. */
export interface StateLine {
  code: MessageCode;
  params?: Params;
}

/**
 * The current round's state under "Đợt hiện tại": registrations received of units expected, judge sheets
 * scored, and what the last check left. Before a check in this session nothing is counted: the counts
 * come from what the check read, so no read is made for them.
 */
export function roundStateLines(p: RoundProgress | undefined): StateLine[] {
  if (!p?.check) return [{ code: "PANE_TODAY_ROUND_UNCHECKED" }];
  const lines: StateLine[] = [];
  const s = p.state;
  if (s) {
    lines.push({ code: "PANE_TODAY_STATE_REGISTERED", params: { registered: s.registered, units: s.units } });
    lines.push(
      s.judgeSheets === 0
        ? { code: "PANE_TODAY_STATE_NO_SHEETS" }
        : { code: "PANE_TODAY_STATE_SCORED", params: { scored: s.scored, sheets: s.judgeSheets } },
    );
  }
  lines.push({ code: "PANE_TODAY_ROUND_CHECK", params: { errors: p.check.errors, warnings: p.check.warnings } });
  return lines;
}
