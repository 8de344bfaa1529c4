/**
 * The command table of `tdkt`. A command that lands adds one line to COMMANDS (and its file under
 * commands/); help, option checking and exit codes come from here and main.ts.
 */
import type { OptionSpec, ParsedArgs } from "./args";
import type { Io } from "./output";
import { demoCommand } from "./commands/demo";
import { layoutCommand } from "./commands/layout";
import { summaryCommand } from "./commands/summary";
import { prepareCommand } from "./commands/prepare";
import { validateCommand } from "./commands/validate";
import { rankCommand } from "./commands/rank";

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
  summary: string;
  /** e.g. "tdkt layout <tệp.xlsx> [--sample]". */
  usage: string;
  /** Positional arguments, in order, for messages: e.g. ["<tệp.xlsx>"]; optional ones in []. */
  args: readonly { name: string; optional?: boolean }[];
  options: readonly OptionSpec[];
  examples?: readonly string[];
  /** Returns the exit code (0 = success). Errors thrown are printed by main.ts. */
  run(args: ParsedArgs, ctx: CliContext): Promise<number>;
}

export const COMMANDS: readonly CliCommand[] = [
  layoutCommand,
  demoCommand,
  summaryCommand,
  prepareCommand,
  validateCommand,
  rankCommand,
  // prepare, validate, rank, summary: added here as they land.
];

export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name.toLowerCase());
}
