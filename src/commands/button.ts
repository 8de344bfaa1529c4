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
import type { Plan } from "../domain/plan/model";
import { AppError } from "../shared/errors";
import { msg, type Bilingual, type MessageCode } from "../i18n";
import type { CommandRunner } from "../taskpane/runner";
import { formatDate } from "../shared/dates";

export interface CompletableEvent {
  completed(): void;
}

export interface ButtonDeps<T> {
  runner: CommandRunner;
  /** Undefined when the add-in could not bind to Excel. */
  commands: AppCommands | undefined;
  today: () => Date;
  /** What to work on `today`, by the plan the workbook holds (read at the click, so a moved round counts). */
  targetOf: (today: Date, commands: AppCommands) => Promise<T>;
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
  const target = await deps.targetOf(deps.today(), commands).then(
    (t) => ({ t }),
    (e: unknown) => {
      deps.runner.fail(e);
      return undefined;
    },
  );
  if (target) await deps.runner.run(action.title(target.t), () => action.run(commands, target.t));
}

/**
 * The workbook's plan, when `today` falls in its year. A date outside it is said to be outside, never
 * folded into the plan's December or January: the clerk then chooses in the pane.
 */
export async function planOfToday(commands: AppCommands, today: Date): Promise<Plan> {
  const plan = await commands.readPlan();
  if (today.getUTCFullYear() !== plan.year) {
    throw new AppError("PLAN_TODAY_OUTSIDE_YEAR", { date: formatDate(today), year: plan.year });
  }
  return plan;
}

/** "<command> — <what>", as the pane titles its tasks. */
export function taskTitle(code: MessageCode, detail: Bilingual): Bilingual {
  const m = msg(code);
  return { vi: `${m.vi} — ${detail.vi}`, en: `${m.en} — ${detail.en}` };
}
