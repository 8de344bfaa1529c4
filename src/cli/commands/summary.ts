/** `tdkt summary <tệp.xlsx> --period "Quý I" | --round D1 | --all`: the summary sheets, written into the workbook. */
import * as path from "path";
import { summarize } from "../../app/summarize";
import type { SummaryTarget } from "../../app/types";
import { parsePeriod, parseRound } from "../../domain/codes";
import { msg } from "../../i18n";
import { UsageError } from "../args";
import type { CliCommand } from "../commands";
import { openForResults, STREAM_OPTIONS } from "../files";
import { bilingual, printResult } from "../output";

/** Exactly one of --period, --round, --all. */
export function summaryTarget(options: ReadonlyMap<string, string | true>): SummaryTarget {
  const given = ["period", "round", "all"].filter((o) => options.has(o));
  if (given.length !== 1) throw new UsageError("CLI_SUMMARY_ONE_TARGET");
  const period = options.get("period");
  if (typeof period === "string") {
    const p = parsePeriod(period);
    if (!p) throw new UsageError("UNKNOWN_PERIOD", { value: period });
    return { period: p };
  }
  const round = options.get("round");
  if (typeof round === "string") {
    const r = parseRound(round);
    if (!r) throw new UsageError("UNKNOWN_ROUND", { value: round });
    return { round: r };
  }
  return { all: true };
}

export const summaryCommand: CliCommand = {
  name: "summary",
  summary: "CLI_CMD_SUMMARY",
  usage: 'tdkt summary <tệp.xlsx> --period "Quý I" | --round D1 | --all',
  args: [{ name: "<tệp.xlsx>" }],
  options: [
    { name: "period", value: true, help: "CLI_OPT_PERIOD", placeholder: "Q1|6T|9T|NAM" },
    { name: "round", value: true, help: "CLI_OPT_ROUND_SUMMARY", placeholder: "D1|D2|D3|DB|NAM" },
    { name: "all", help: "CLI_OPT_ALL_SUMMARIES" },
    ...STREAM_OPTIONS,
  ],
  examples: [
    'npx tdkt summary so-tdkt-2024.xlsx --period "Quý I"',
    "npx tdkt summary so-tdkt-2024.xlsx --round D1",
    "npx tdkt summary so-tdkt-2024.xlsx --all",
  ],
  async run(args, ctx) {
    const target = summaryTarget(args.options);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    const opened = await openForResults(
      file,
      args.options,
      `summary-${"round" in target ? target.round : "period" in target ? target.period : "all"}`,
      ctx.cwd,
    );
    const result = await summarize({ wb: opened.wb, today: ctx.today }, target);
    if (!result.ok) {
      printResult(ctx.io, result);
      ctx.io.err(bilingual(msg("CLI_NOTHING_WRITTEN")));
      return 1;
    }
    const written = await opened.save();
    printResult(ctx.io, result);
    for (const m of written) ctx.io.out(bilingual(m));
    return 0;
  },
};
