/**
 * `tdkt`: the command line over the exceljs host (DESIGN.md §2, the embedded default). Exit codes:
 * 0 done, 1 the command could not be carried out (file missing, not a workbook, locked, …; nothing
 * written), 2 the command line itself is wrong (unknown command or option, missing argument).
 */
import { describeError } from "../shared/errors";
import { releaseAllWriterLocks } from "../workbook/exceljs/writerLock";
import { msg, type MessageCode } from "../i18n";
import { todayUtc } from "../shared/dates";
import { parseArgs, parseToday, UsageError, GLOBAL_OPTIONS, type OptionSpec } from "./args";
import { allCommands, findCommand, type CliCommand } from "./commands";
import { bilingual, processIo, type Io } from "./output";

function optionLines(options: readonly OptionSpec[]): string[] {
  return options.map((o) => {
    const m = msg(o.help);
    const flag = `--${o.name}${o.value ? ` <${o.placeholder ?? "…"}>` : ""}`;
    return `  ${flag.padEnd(24)} ${m.vi}\n  ${"".padEnd(24)} (${m.en})`;
  });
}

export async function helpText(command?: CliCommand): Promise<string> {
  const lines: string[] = [];
  const commands = command ? [] : await allCommands();
  const usage = msg("CLI_USAGE");
  if (command) {
    const s = msg(command.summary);
    lines.push(command.usage, "", s.vi, `(${s.en})`, "");
  } else {
    lines.push(usage.vi, `(${usage.en})`, "", bilingualHeading("CLI_COMMANDS"));
    for (const c of commands) {
      const s = msg(c.summary);
      lines.push(`  ${c.usage}`, `      ${s.vi}`, `      (${s.en})`);
    }
    lines.push("");
  }
  lines.push(bilingualHeading("CLI_OPTIONS"), ...optionLines([...(command?.options ?? []), ...GLOBAL_OPTIONS]), "");
  const examples = command ? (command.examples ?? []) : commands.flatMap((c) => c.examples ?? []);
  if (examples.length) lines.push(bilingualHeading("CLI_EXAMPLES"), ...examples.map((e) => `  ${e}`), "");
  const footer = msg("CLI_HELP_FOOTER");
  lines.push(footer.vi, `(${footer.en})`);
  return lines.join("\n");
}

function bilingualHeading(code: MessageCode): string {
  const m = msg(code);
  return `${m.vi} / ${m.en}`;
}

function checkPositionals(command: CliCommand, positionals: readonly string[]): void {
  const required = command.args.filter((a) => !a.optional).length;
  if (positionals.length < required) {
    throw new UsageError("CLI_MISSING_ARG", {
      command: command.name,
      arg: command.args[positionals.length]?.name ?? "",
      usage: command.usage,
    });
  }
  if (positionals.length > command.args.length && !command.args.at(-1)?.variadic) {
    throw new UsageError("CLI_EXTRA_ARG", { arg: positionals[command.args.length] ?? "", usage: command.usage });
  }
}

export async function run(argv: readonly string[], io: Io = processIo, cwd = process.cwd()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    io.out(await helpText(first === "help" && rest[0] ? await findCommand(rest[0]) : undefined));
    if (first === undefined) return 2;
    return 0;
  }
  try {
    const command = await findCommand(first);
    if (!command) throw new UsageError(first.startsWith("-") ? "CLI_NO_COMMAND" : "CLI_UNKNOWN_COMMAND", { command: first });
    const args = parseArgs(command.name, rest, command.options);
    if (args.help) {
      io.out(await helpText(command));
      return 0;
    }
    checkPositionals(command, args.positionals);
    const todayArg = args.options.get("today");
    const today = typeof todayArg === "string" ? parseToday(todayArg) : todayUtc();
    return await command.run(args, { io, today, cwd });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(bilingual(e.text));
      return 2;
    }
    io.err(bilingual(describeError(e)));
    io.err(bilingual(msg("CLI_NOTHING_WRITTEN")));
    return 1;
  } finally {
    // The workbook's writer lock, taken when the command opened it, is held until the command is done.
    await releaseAllWriterLocks();
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(String(e) + "\n");
      process.exitCode = 1;
    },
  );
}
