/** `tdkt prepare <tệp.xlsx> --round D1`: one scoring sheet per judge (and the registration sheets when absent). */
import * as path from "path";
import { prepareRound } from "../../app/prepare";
import { parseRound } from "../../domain/codes";
import type { RoundCode } from "../../domain/types";
import { msg } from "../../i18n";
import { saveWorkbookFile } from "../../workbook/exceljs/file";
import { UsageError, type ParsedArgs } from "../args";
import type { CliCommand } from "../commands";
import { openExisting } from "../files";
import { bilingual, printResult } from "../output";

export function roundOption(args: ParsedArgs): RoundCode {
  const value = args.options.get("round");
  if (typeof value !== "string") throw new UsageError("CLI_ROUND_REQUIRED");
  const round = parseRound(value);
  if (!round) throw new UsageError("UNKNOWN_ROUND", { value });
  return round;
}

export const prepareCommand: CliCommand = {
  name: "prepare",
  summary: "CLI_CMD_PREPARE",
  usage: "tdkt prepare <tệp.xlsx> --round D1",
  args: [{ name: "<tệp.xlsx>" }],
  options: [{ name: "round", value: true, help: "CLI_OPT_ROUND_PREPARE", placeholder: "D1|D2|D3|DB|NAM" }],
  examples: ["npx tdkt prepare so-tdkt-2024.xlsx --round D1"],
  async run(args, ctx) {
    const round = roundOption(args);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    const wb = await openExisting(file);
    const result = await prepareRound({ wb, today: ctx.today }, round);
    if (!result.ok) {
      printResult(ctx.io, result);
      ctx.io.err(bilingual(msg("CLI_NOTHING_WRITTEN")));
      return 1;
    }
    // Saved before "Đã tạo trang …" is printed: a refused save (file open elsewhere, a chart exceljs
    // would drop) must not follow lines that say the sheets were made.
    await saveWorkbookFile(wb, file);
    printResult(ctx.io, result);
    ctx.io.out(bilingual(msg("FILE_WRITTEN", { file })));
    return 0;
  },
};
