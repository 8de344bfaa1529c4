/**
 * The ribbon's "Tạo tổng hợp" button: in one click, the summary the plan calls for today
 * (currentSummaryTarget: a report month gives that period, a round's evaluation month that round,
 * any other day the period that contains it).
 * It runs in the shared runtime, through the same runner as the pane (button.ts), so its result
 * (messages, links to the new sheets, or the error) appears in the pane, which the handler then brings up.
 */
import { AppError } from "../shared/errors";
import type { PeriodCode, RoundCode } from "../domain/types";
import { msg } from "../i18n";
import type { AppCommands } from "../app/types";
import { planOfToday, runButton, taskTitle, type ButtonDeps, type CompletableEvent } from "./button";

export type { CompletableEvent } from "./button";

export type SummaryButtonDeps = ButtonDeps<ButtonTarget>;

export type ButtonTarget = { round: RoundCode } | { period: PeriodCode };

/**
 * The summary the workbook's plan calls for on `today` (currentSummaryTarget over the rounds of `Đợt thi
 * đua` as the clerk left them). The summary code loads on the first click, so it stays out of the pane's
 * eager bundle.
 */
export async function planSummaryTarget(today: Date, commands: AppCommands): Promise<ButtonTarget> {
  const [{ currentSummaryTarget }, plan] = await Promise.all([import("../app/summarize"), planOfToday(commands, today)]);
  return currentSummaryTarget(today, plan);
}

export function runSummaryButton(event: CompletableEvent, deps: SummaryButtonDeps): Promise<void> {
  return runButton(event, deps, {
    noHost: () => new AppError("RIBBON_NO_HOST"),
    title: (target) =>
      taskTitle("PANE_SECTION_SUMMARY", msg("round" in target ? `PANE_ROUND_${target.round}` : `PANE_PERIOD_${target.period}`)),
    run: (commands, target) => commands.summarize(target),
  });
}
