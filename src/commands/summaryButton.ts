/**
 * The ribbon's "Tạo tổng hợp" button: in one click, the summary the plan calls for today
 * (currentSummaryTarget: a report month gives that period, a round's evaluation month that round,
 * any other day the period that contains it).
 * It runs in the shared runtime, through the same runner as the pane (button.ts), so its result
 * (messages, links to the new sheets, or the error) appears in the pane, which the handler then brings up.
 */
import { AppError } from "../app/errors";
import type { PeriodCode, RoundCode } from "../domain/types";
import { msg } from "../i18n";
import { runButton, taskTitle, type ButtonDeps, type CompletableEvent } from "./button";

export type { CompletableEvent } from "./button";

export type SummaryButtonDeps = ButtonDeps<ButtonTarget>;

export type ButtonTarget = { round: RoundCode } | { period: PeriodCode };

/**
 * The summary the plan calls for on `today` (currentSummaryTarget over the 2024 plan). The plan and
 * the summary code load on the first click, so they stay out of the pane's eager bundle.
 */
export async function planSummaryTarget(today: Date): Promise<ButtonTarget> {
  const [{ currentSummaryTarget }, { PLAN_2024 }] = await Promise.all([
    import("../app/summarize"),
    import("../domain/plan/seed2024"),
  ]);
  return currentSummaryTarget(today, PLAN_2024);
}

export function runSummaryButton(event: CompletableEvent, deps: SummaryButtonDeps): Promise<void> {
  return runButton(event, deps, {
    noHost: () => new AppError("RIBBON_NO_HOST"),
    title: (target) =>
      taskTitle("PANE_SECTION_SUMMARY", msg("round" in target ? `PANE_ROUND_${target.round}` : `PANE_PERIOD_${target.period}`)),
    run: (commands, target) => commands.summarize(target),
  });
}

/** Today's calendar date as the domain wants dates: UTC midnight. */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
