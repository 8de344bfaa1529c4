/**
 * The ribbon's "Tạo tổng hợp" button: the summary of the period that contains today, in one click.
 * It runs in the shared runtime, through the same runner as the pane, so its result (messages, links to
 * the new sheets, or the error) appears in the pane, which the handler then brings up. Excel has no
 * notification API for add-ins (NotificationMessages is Outlook-only), and a dialog would be a second
 * page to build and secure; the pane is already there.
 */
import type { AppCommands } from "../app/types";
import { AppError } from "../app/errors";
import type { PeriodCode } from "../domain/types";
import { msg } from "../i18n";
import type { CommandRunner } from "../taskpane/runner";

export interface SummaryButtonDeps {
  runner: CommandRunner;
  /** Undefined when the add-in could not bind to Excel. */
  commands: AppCommands | undefined;
  today: () => Date;
  periodOf: (today: Date) => PeriodCode;
  showPane: () => Promise<void>;
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
      const period = deps.periodOf(deps.today());
      const name = msg(`PANE_PERIOD_${period}`);
      const title = msg("PANE_SECTION_SUMMARY");
      await deps.runner.run({ vi: `${title.vi} — ${name.vi}`, en: `${title.en} — ${name.en}` }, () =>
        commands.summarize({ period }),
      );
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
