/**
 * `tdkt rank <tệp.xlsx> --round D1 [--provisional]`: tiers, ranks and proposals written to `Xếp hạng Đ1`
 * and `Tiến độ chấm Đ1`. Exit code 1 when validation errors stopped the ranking.
 */
import * as path from "path";
import { rankRoundCommand } from "../../app/rank";
import type { CliCommand } from "../commands";
import { openForResults, STREAM_OPTIONS } from "../files";
import { bilingual, printResult } from "../output";
import { roundOption } from "./prepare";

export const rankCommand: CliCommand = {
  name: "rank",
  summary: "RANK_CLI_SUMMARY",
  usage: "tdkt rank <tệp.xlsx> --round D1 [--provisional]",
  args: [{ name: "<tệp.xlsx>" }],
  options: [
    { name: "round", value: true, help: "CLI_OPT_ROUND_PREPARE", placeholder: "D1|D2|D3|DB|NAM" },
    { name: "provisional", help: "RANK_CLI_OPT_PROVISIONAL" },
    ...STREAM_OPTIONS,
  ],
  examples: ["npx tdkt rank so-tdkt-2024.xlsx --round D1", "npx tdkt rank so-tdkt-2024.xlsx --round D1 --provisional"],
  async run(args, ctx) {
    const round = roundOption(args);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    const target = await openForResults(file, args.options, `rank-${round}`, ctx.cwd);
    const result = await rankRoundCommand({ wb: target.wb, today: ctx.today }, round, {
      provisional: args.options.has("provisional"),
    });
    // Saved first, so a refused save is not preceded by lines saying the ranking sheet was made.
    const written = result.ok ? await target.save() : [];
    printResult(ctx.io, result);
    for (const m of written) ctx.io.out(bilingual(m));
    return result.ok ? 0 : 1;
  },
};
