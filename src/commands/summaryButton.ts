/**
 * The ribbon's "Tạo tổng hợp" button: in one click, the summary the plan calls for today
 * (currentSummaryTarget: a report month gives that period, a round's evaluation month that round,
 * any other day the period that contains it).
 * It runs in the shared runtime, through the same runner as the pane, so its result (messages, links to
 * the new sheets, or the error) appears in the pane, which the handler then brings up. Excel has no
 * notification API for add-ins (NotificationMessages is Outlook-only), and a dialog would be a second
 * page to build and secure; the pane is already there.
 */
import type { AppCommands } from "../app/types";
import { AppError } from "../app/errors";
import type { PeriodCode, RoundCode } from "../domain/types";
import { msg } from "../i18n";
import type { CommandRunner } from "../taskpane/runner";

export interface SummaryButtonDeps {
  runner: CommandRunner;
  /** Undefined when the add-in could not bind to Excel. */
  commands: AppCommands | undefined;
  today: () => Date;
  /** The summary to make on `today`; may load the plan on first use, so the pane's first paint does not wait for it. */
  targetOf: (today: Date) => Promise<ButtonTarget>;
  showPane: () => Promise<void>;
}

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

export interface CompletableEvent {
  completed(): void;
}

export async function runSummaryButton(event: CompletableEvent, deps: SummaryButtonDeps): Promise<void> {
  try {
    const { commands } = deps;
    if (!commands) {
      deps.runner.fail(new AppError("RIBBON_NO_HOST"));
    } else {
      const target = await deps.targetOf(deps.today()).catch((e: unknown) => {
        deps.runner.fail(e);
        return undefined;
      });
      if (target) {
        const name = msg("round" in target ? `PANE_ROUND_${target.round}` : `PANE_PERIOD_${target.period}`);
        const title = msg("PANE_SECTION_SUMMARY");
        await deps.runner.run({ vi: `${title.vi} — ${name.vi}`, en: `${title.en} — ${name.en}` }, () =>
          commands.summarize(target),
        );
      }
    }
    // Showing the pane is a courtesy: if the host refuses, the result still waits in the runner.
    await deps.showPane().catch(() => undefined);
  } finally {
    // Office keeps the button spinning, and after a while reports an error, until this is called.
    event.completed();
  }
}

/** Today's calendar date as the domain wants dates: UTC midnight. */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
