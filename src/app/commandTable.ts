/**
 * The one list of app commands. Every host binds the same `AppCommands` object; this table is what the
 * forwarding objects (the pane's lazy loader, the browser workbook, a host that could not start) are built
 * from, so adding a command means one line here, one in `AppCommands`, one in `createAppCommands`, and the
 * type checker finds any host that is missing it.
 */
import type { AppCommands } from "./types";

export type AppCommandName = keyof AppCommands;

export interface AppCommandTraits {
  /** Writes sheets and returns a CommandResult (the browser pane refreshes its preview after it). */
  writes: boolean;
  /** The `tdkt` command that runs the same app function, if the CLI has one. */
  cli?: string;
}

export const APP_COMMANDS = {
  layoutPlan: { writes: true, cli: "layout" },
  prepareRound: { writes: true, cli: "prepare" },
  validateRound: { writes: true, cli: "validate" },
  rankRound: { writes: true, cli: "rank" },
  summarize: { writes: true, cli: "summary" },
  selectCell: { writes: false },
  readPlan: { writes: false },
  awards: { writes: true, cli: "awards" },
  markTaskDone: { writes: true },
  // Writes a new workbook, never the open one.
  newYear: { writes: false, cli: "new-year" },
  // A .zip of new workbooks; the open one is only read.
  unitForms: { writes: false, cli: "forms" },
  collectForms: { writes: true, cli: "collect" },
  // A new workbook, never the open one.
  consolidateKhoi: { writes: false, cli: "consolidate" },
} as const satisfies Record<AppCommandName, AppCommandTraits>;

export const APP_COMMAND_NAMES = Object.keys(APP_COMMANDS) as AppCommandName[];

type Method = (...args: unknown[]) => Promise<unknown>;

/**
 * An AppCommands whose every command runs on whatever `target` gives at the moment of the call (a module
 * loaded on first use, the workbook open now), with `after` told what ran and what it returned.
 */
export function forwardCommands(
  target: () => Promise<AppCommands> | AppCommands,
  after?: (name: AppCommandName, result: unknown, args: readonly unknown[]) => Promise<void>,
): AppCommands {
  const out: Partial<Record<AppCommandName, Method>> = {};
  for (const name of APP_COMMAND_NAMES) {
    out[name] = async (...args: unknown[]) => {
      const commands = await target();
      const result = await (commands[name] as Method)(...args);
      if (after) await after(name, result, args);
      return result;
    };
  }
  return out as AppCommands;
}
