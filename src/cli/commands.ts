/**
 * The command table of `tdkt`. A command that lands adds one line to COMMANDS (and its file under
 * commands/); help, option checking and exit codes come from here and main.ts.
 */
import type { MessageCode } from "../i18n";
import type { OptionSpec, ParsedArgs } from "./args";
import type { Io } from "./output";

export interface CliContext {
  io: Io;
  /** "Today", from --today or the clock, at UTC midnight. */
  today: Date;
  /** Where relative paths are resolved (the shell's working directory). */
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** Catalog code of the one-line description. */
  summary: MessageCode;
  /** e.g. "tdkt layout <tệp.xlsx> [--sample]". */
  usage: string;
  /** Positional arguments, in order, for messages; optional ones in [], a last `variadic` one takes the rest. */
  args: readonly { name: string; optional?: boolean; variadic?: boolean }[];
  options: readonly OptionSpec[];
  examples?: readonly string[];
  /** Returns the exit code (0 = success). Errors thrown are printed by main.ts. */
  run(args: ParsedArgs, ctx: CliContext): Promise<number>;
}

/**
 * Each command's module is loaded only when that command runs (or for the full help), so
 * `tdkt layout` does not wait for the ranking and summary code to load.
 */
export interface CliCommandEntry {
  name: string;
  load(): Promise<CliCommand>;
}

export const COMMANDS: readonly CliCommandEntry[] = [
  { name: "layout", load: async () => (await import("./commands/layout")).layoutCommand },
  { name: "prepare", load: async () => (await import("./commands/prepare")).prepareCommand },
  { name: "validate", load: async () => (await import("./commands/validate")).validateCommand },
  { name: "rank", load: async () => (await import("./commands/rank")).rankCommand },
  { name: "summary", load: async () => (await import("./commands/summary")).summaryCommand },
  { name: "demo", load: async () => (await import("./commands/demo")).demoCommand },
  { name: "new-year", load: async () => (await import("./commands/newYear")).newYearCommand },
  { name: "households", load: async () => (await import("./commands/households")).householdsCommand },
  { name: "forms", load: async () => (await import("./commands/forms")).formsCommand },
  { name: "collect", load: async () => (await import("./commands/collect")).collectCommand },
  { name: "collective", load: async () => (await import("./commands/collective")).collectiveCliCommand },
  { name: "consolidate", load: async () => (await import("./commands/consolidate")).consolidateCommand },
  { name: "awards", load: async () => (await import("./commands/awards")).awardsCliCommand },
];

export async function findCommand(name: string): Promise<CliCommand | undefined> {
  return COMMANDS.find((c) => c.name === name.toLowerCase())?.load();
}

export function allCommands(): Promise<CliCommand[]> {
  return Promise.all(COMMANDS.map((c) => c.load()));
}
