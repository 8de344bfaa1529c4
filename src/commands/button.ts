/**
 * What every ExecuteFunction button of the ribbon does: call event.completed() at once, bring the pane up,
 * work out its target for today and run its command through the pane's runner (one command at a time, the
 * result or error kept for the pane). Completing first matters: until a click completes, Office queues the
 * clicks of every button of the add-in, and it ends a function command that runs too long (a province-sized
 * round takes minutes); the shared runtime keeps running the command after completed(), and the pane shows
 * its progress and result. Excel has no notification API for add-ins
 * (NotificationMessages is Outlook-only), and a dialog would be a second page to build and secure; the
 * pane is already there.
 */
import type { AppCommands, CommandResult } from "../app/types";
import { AppError } from "../app/errors";
import { msg, type Bilingual } from "../i18n";
import type { CommandRunner } from "../taskpane/runner";

export interface CompletableEvent {
  completed(): void;
}

export interface ButtonDeps<T> {
  runner: CommandRunner;
  /** Undefined when the add-in could not bind to Excel. */
  commands: AppCommands | undefined;
  today: () => Date;
  /** What to work on `today`; may load the plan on first use, so the pane's first paint does not wait for it. */
  targetOf: (today: Date) => Promise<T>;
  showPane: () => Promise<void>;
}

export interface ButtonAction<T> {
  /** Shown in the pane when Excel was never bound (says which button cannot run). */
  noHost(): AppError;
  /** The runner's task title for `target`, as the pane titles the same command. */
  title(target: T): Bilingual;
  run(commands: AppCommands, target: T): Promise<CommandResult>;
}

export async function runButton<T>(event: CompletableEvent, deps: ButtonDeps<T>, action: ButtonAction<T>): Promise<void> {
  try {
    event.completed();
  } catch {
    // An event Office no longer tracks: the command still runs and reports in the pane.
  }
  // Showing the pane is a courtesy: if the host refuses, the result still waits in the runner.
  await deps.showPane().catch(() => undefined);
  const { commands } = deps;
  if (!commands) {
    deps.runner.fail(action.noHost());
    return;
  }
  const target = await deps.targetOf(deps.today()).then(
    (t) => ({ t }),
    (e: unknown) => {
      deps.runner.fail(e);
      return undefined;
    },
  );
  if (target) await deps.runner.run(action.title(target.t), () => action.run(commands, target.t));
}

/** "<command> — <what>", as the pane titles its tasks. */
export function taskTitle(code: string, detail: Bilingual): Bilingual {
  const m = msg(code);
  return { vi: `${m.vi} — ${detail.vi}`, en: `${m.en} — ${detail.en}` };
}
