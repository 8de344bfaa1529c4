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

/** What the next step is decided from: the plan, the current round, what the pane saw happen to it. */
export interface Situation {
  plan: PlanView["kind"];
  /** The plan names a round for today. */
  hasRound: boolean;
  /** The current round's bình xét month has come (its sheets were prepared when it was launched). */
  evaluating: boolean;
  round: RoundProgress;
  /** The pane runs in a browser, where score sheets are filled in another program. */
  browser: boolean;
}

export interface StepRule {
  /** A name for the case, for tests and for reading the table. */
  name: string;
  when: (s: Situation) => boolean;
  kind: StepKind;
  why: MessageCode;
  /** The browser's steps to get the score sheets filled outside it are shown under the step. */
  browserSteps?: boolean;
  /** The round and summary commands are off, with this reason beside each. */
  blocks?: MessageCode;
}

const checked = (s: Situation) => s.round.check !== undefined;
const cleanCheck = (s: Situation) => checked(s) && s.round.check!.errors === 0;

/**
 * The next step, first matching rule wins. Sample data ("Dữ liệu mẫu") is a way to try the pane, not a step
 * of the work: no rule offers it, and laying out the plan from here lays out the real one. A clean check
 * on score sheets nobody has scored does not lead to "Xếp hạng" (which refuses to rank with no score) but
 * to getting the sheets filled, then checking again.
 */
export const NEXT_STEP_RULES: readonly StepRule[] = [
  {
    name: "empty workbook",
    when: (s) => s.plan === "empty",
    kind: "layout",
    why: "PANE_TODAY_WHY_LAYOUT",
    blocks: "PANE_TODAY_NEEDS_PLAN",
  },
  // still reading, or a plan that could not be read: nothing is turned off on a guess
  { name: "plan not read", when: (s) => s.plan !== "ready", kind: "layout", why: "PANE_TODAY_WHY_LAYOUT" },
  { name: "no round", when: (s) => !s.hasRound, kind: "layout", why: "PANE_TODAY_WHY_NO_ROUNDS" },
  { name: "ranked", when: (s) => s.round.ranked === true, kind: "summarize", why: "PANE_TODAY_WHY_SUMMARIZE" },
  { name: "errors left", when: (s) => checked(s) && !cleanCheck(s), kind: "validate", why: "PANE_TODAY_WHY_FIX" },
  {
    name: "no score sheet",
    when: (s) => cleanCheck(s) && s.round.state?.judgeSheets === 0,
    kind: "prepare",
    why: "PANE_TODAY_WHY_NO_SHEETS",
  },
  {
    name: "nobody scored, in the browser",
    when: (s) => cleanCheck(s) && s.round.state?.scored === 0 && s.browser,
    kind: "validate",
    // the reason says the way (download, fill, open again) in a few lines: the page after a check of an
    // unscored ward holds 505 findings, and the preview must stay in reach
    why: "PANE_TODAY_WHY_FILL_BROWSER",
  },
  {
    name: "nobody scored",
    when: (s) => cleanCheck(s) && s.round.state?.scored === 0,
    kind: "validate",
    why: "PANE_TODAY_WHY_FILL",
  },
  { name: "clean check", when: cleanCheck, kind: "rank", why: "PANE_TODAY_WHY_RANK" },
  {
    name: "prepared, in the browser",
    when: (s) => s.round.prepared === true && s.browser,
    kind: "validate",
    why: "PANE_TODAY_WHY_VALIDATE",
    browserSteps: true,
  },
  { name: "prepared", when: (s) => s.round.prepared === true, kind: "validate", why: "PANE_TODAY_WHY_VALIDATE" },
  { name: "bình xét has come", when: (s) => s.evaluating, kind: "validate", why: "PANE_TODAY_WHY_EVALUATING" },
  { name: "round launched", when: () => true, kind: "prepare", why: "PANE_TODAY_WHY_PREPARE" },
];

export function situationOf(
  view: PlanView,
  today: Date,
  progress: Partial<Record<RoundCode, RoundProgress>>,
  browser = false,
): { situation: Situation; round?: RoundCode } {
  const base = { plan: view.kind, hasRound: false, evaluating: false, round: {}, browser };
  if (view.kind !== "ready") return { situation: base };
  const current = roundToday(view.plan, today);
  if (!current) return { situation: base };
  const y = today.getUTCFullYear();
  const month = y > view.plan.year ? 12 : y < view.plan.year ? 1 : today.getUTCMonth() + 1;
  const evaluating = current.evaluationMonth !== undefined && current.evaluationMonth <= month;
  const round = current.round.code;
  return { situation: { ...base, hasRound: true, evaluating, round: progress[round] ?? {} }, round };
}

export interface NextStep {
  kind: StepKind;
  round?: RoundCode;
  /** Catalog code saying why this is the next step. */
  why: MessageCode;
  browserSteps?: boolean;
  blocks?: MessageCode;
  /** The rule that chose it. */
  rule: string;
}

/** The one step to take next: the first rule of NEXT_STEP_RULES that holds. */
export function nextStep(
  view: PlanView,
  today: Date,
  progress: Partial<Record<RoundCode, RoundProgress>>,
  options: { browser?: boolean } = {},
): NextStep {
  const { situation, round } = situationOf(view, today, progress, options.browser === true);
  const rule = NEXT_STEP_RULES.find((r) => r.when(situation))!;
  return {
    kind: rule.kind,
    why: rule.why,
    rule: rule.name,
    ...(round && rule.kind !== "layout" ? { round } : {}),
    ...(rule.browserSteps ? { browserSteps: true } : {}),
    ...(rule.blocks ? { blocks: rule.blocks } : {}),
  };
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
