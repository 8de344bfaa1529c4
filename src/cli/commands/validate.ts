/**
 * `tdkt validate <tệp.xlsx> --round D1 [--json]`: the findings, written to `Kiểm tra` in the file.
 * Exit code 1 when any finding is an error, 0 otherwise. With --json, stdout is the findings list only.
 */
import * as path from "path";
import { validateRoundCommand } from "../../app/validate";
import { msg } from "../../i18n";
import { saveWorkbookFile } from "../../workbook/exceljs/file";
import type { CliCommand } from "../commands";
import { openExisting } from "../files";
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
  ],
  examples: ["npx tdkt validate so-tdkt-2024.xlsx --round D1", "npx tdkt validate so-tdkt-2024.xlsx --round D1 --json"],
  async run(args, ctx) {
    const round = roundOption(args);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    const wb = await openExisting(file);
    const result = await validateRoundCommand({ wb, today: ctx.today }, round);
    await saveWorkbookFile(wb, file);
    if (args.options.has("json")) ctx.io.out(JSON.stringify(result.findings, null, 2));
    else {
      printResult(ctx.io, result);
      ctx.io.out(bilingual(msg("FILE_WRITTEN", { file })));
    }
    return result.ok ? 0 : 1;
  },
};
