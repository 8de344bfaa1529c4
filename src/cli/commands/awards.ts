/**
 * `tdkt awards <tệp.xlsx> [--ballots]`: the year's individual titles. With --ballots, `Phiếu bầu` and
 * `Kiểm phiếu` for the council's meeting; without, `Bình xét năm` and the papers. Exit code 1 when the
 * workbook has no `Cá nhân` yet (the lists are then created for the clerk to fill).
 */
import * as path from "path";
import { awardsCommand } from "../../app/awards";
import type { CliCommand } from "../commands";
import { openForResults, STREAM_OPTIONS } from "../files";
import { bilingual, printResult } from "../output";

export const awardsCliCommand: CliCommand = {
  name: "awards",
  summary: "AWARDS_CLI_SUMMARY",
  usage: "tdkt awards <tệp.xlsx> [--ballots]",
  args: [{ name: "<tệp.xlsx>" }],
  options: [{ name: "ballots", help: "AWARDS_CLI_OPT_BALLOTS" }, ...STREAM_OPTIONS],
  examples: ["npx tdkt awards so-tdkt-2024.xlsx --ballots", "npx tdkt awards so-tdkt-2024.xlsx"],
  async run(args, ctx) {
    const ballots = args.options.has("ballots");
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    const target = await openForResults(file, args.options, ballots ? "awards-ballots" : "awards", ctx.cwd);
    const result = await awardsCommand({ wb: target.wb, today: ctx.today }, { ballots });
    // A workbook without Cá nhân still gets the two empty lists: saved either way.
    const written = result.sheets.length ? await target.save() : [];
    printResult(ctx.io, result);
    for (const m of written) ctx.io.out(bilingual(m));
    return result.ok ? 0 : 1;
  },
};
