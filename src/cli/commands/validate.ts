/**
 * `tdkt validate <tệp.xlsx> --round D1 [--json]`: the findings, written to `Kiểm tra` in the file.
 * Exit code 1 when any finding is an error, 0 otherwise. With --json, stdout is the findings list only.
 */
import * as path from "path";
import { validateRoundCommand } from "../../app/validate";
import type { CliCommand } from "../commands";
import { openForResults, STREAM_OPTIONS } from "../files";
import { bilingual, printResult } from "../output";
import { roundOption } from "./prepare";

export const validateCommand: CliCommand = {
  name: "validate",
  summary: "CLI_CMD_VALIDATE",
  usage: "tdkt validate <tệp.xlsx> --round D1 [--json]",
  args: [{ name: "<tệp.xlsx>" }],
  options: [
    { name: "round", value: true, help: "CLI_OPT_ROUND_PREPARE", placeholder: "D1|D2|D3|DB|NAM" },
    { name: "json", help: "CLI_OPT_JSON" },
    ...STREAM_OPTIONS,
  ],
  examples: ["npx tdkt validate so-tdkt-2024.xlsx --round D1", "npx tdkt validate so-tdkt-2024.xlsx --round D1 --json"],
  async run(args, ctx) {
    const round = roundOption(args);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    const target = await openForResults(file, args.options, `validate-${round}`, ctx.cwd);
    const result = await validateRoundCommand({ wb: target.wb, today: ctx.today }, round);
    const written = await target.save();
    if (args.options.has("json")) ctx.io.out(JSON.stringify(result.findings, null, 2));
    else {
      printResult(ctx.io, result);
      for (const m of written) ctx.io.out(bilingual(m));
    }
    return result.ok ? 0 : 1;
  },
};
