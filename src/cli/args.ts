/** Parsing of `tdkt <command> [arguments] [--options]` against a command's declared options. */
import { msg, type Bilingual, type Params, type MessageCode } from "../i18n";

export interface OptionSpec {
  /** Without the dashes, e.g. "sample". */
  name: string;
  /** A value follows ("--today 01/02/2024" or "--today=01/02/2024"). */
  value?: boolean;
  /** Catalog code of the option's help line. */
  help: MessageCode;
  /** Placeholder shown in the help, e.g. "dd/mm/yyyy". */
  placeholder?: string;
}

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
  help: boolean;
}

/** A mistake in how the command line was typed: exit code 2. */
export class UsageError extends Error {
  readonly text: Bilingual;
  constructor(code: MessageCode, params: Params = {}) {
    const text = msg(code, params);
    super(`${text.vi} (${text.en})`);
    this.name = "UsageError";
    this.text = text;
  }
}

/** Options every command accepts. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: "help", help: "CLI_OPT_HELP" },
  { name: "today", value: true, help: "CLI_OPT_TODAY", placeholder: "dd/mm/yyyy" },
];

export function parseArgs(command: string, argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const all = [...GLOBAL_OPTIONS, ...specs];
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-h") {
      help = true;
      continue;
    }
    if (!a.startsWith("--") || a === "--") {
      if (a.startsWith("-") && a.length > 1) throw new UsageError("CLI_UNKNOWN_OPTION", { command, option: a });
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = (eq >= 0 ? a.slice(2, eq) : a.slice(2)).toLowerCase();
    const spec = all.find((s) => s.name === name);
    if (!spec) throw new UsageError("CLI_UNKNOWN_OPTION", { command, option: `--${name}` });
    if (spec.name === "help") {
      help = true;
      continue;
    }
    if (spec.value) {
      const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === "") throw new UsageError("CLI_OPTION_NEEDS_VALUE", { option: `--${name}` });
      options.set(spec.name, v);
    } else {
      if (eq >= 0) throw new UsageError("CLI_OPTION_NO_VALUE", { option: `--${name}` });
      options.set(spec.name, true);
    }
  }
  return { positionals, options, help };
}

/** "dd/mm/yyyy" to a UTC-midnight date, or a usage error. */
export function parseToday(v: string): Date {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : undefined;
  if (!m || !d || d.getUTCDate() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1)
    throw new UsageError("CLI_BAD_TODAY", { value: v });
  return d;
}
