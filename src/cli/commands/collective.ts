/** `tdkt collective <tệp.xlsx>`: each unit's collective title (TTLĐTT, Tổ dân phố văn hóa) with its reasons. */
import * as path from "path";
import { msg } from "../../i18n";
import type { CliCommand } from "../commands";
import { bilingual, printResult } from "../output";

export const collectiveCliCommand: CliCommand = {
  name: "collective",
  summary: "CLI_CMD_COLLECTIVE",
  usage: "tdkt collective <tệp.xlsx>",
  args: [{ name: "<tệp.xlsx>" }],
  options: [],
  examples: ["npx tdkt collective so-tdkt-2024.xlsx"],
  async run(args, ctx) {
    const [{ collectiveCommand }, { saveWorkbookFile }, { openExisting }] = await Promise.all([
      import("../../app/collective"),
      import("../../workbook/exceljs/file"),
      import("../files"),
    ]);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    const wb = await openExisting(file);
    const result = await collectiveCommand({ wb, today: ctx.today });
    await saveWorkbookFile(wb, file);
    printResult(ctx.io, result);
    ctx.io.out(bilingual(msg("FILE_WRITTEN", { file })));
    return 0;
  },
};
