/** `tdkt layout <tệp.xlsx> [--sample]`: lays out the plan into a new or an existing workbook. */
import * as path from "path";
import { msg } from "../../i18n";
import { bilingual, printResult } from "../output";
import type { CliCommand } from "../commands";

export const layoutCommand: CliCommand = {
  name: "layout",
  summary: "CLI_CMD_LAYOUT",
  usage: "tdkt layout <tệp.xlsx> [--sample]",
  args: [{ name: "<tệp.xlsx>" }],
  options: [{ name: "sample", help: "CLI_OPT_SAMPLE" }],
  examples: ["npx tdkt layout so-tdkt-2024.xlsx --sample", "npx tdkt layout so-tdkt-2024.xlsx"],
  async run(args, ctx) {
    // Loaded here, not at the top: `tdkt --help` should not wait for exceljs and the plan.
    const [{ layoutPlan }, { saveWorkbookFile }, { openOrCreate }] = await Promise.all([
      import("../../app/layout"),
      import("../../workbook/exceljs/file"),
      import("../files"),
    ]);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    const { wb, note } = await openOrCreate(file);
    ctx.io.out(bilingual(note));
    const result = await layoutPlan({ wb, today: ctx.today }, { sample: args.options.has("sample") });
    if (!result.ok) {
      printResult(ctx.io, result);
      ctx.io.err(bilingual(msg("CLI_NOTHING_WRITTEN")));
      return 1;
    }
    await saveWorkbookFile(wb, file);
    printResult(ctx.io, result);
    ctx.io.out(bilingual(msg("FILE_WRITTEN", { file })));
    return 0;
  },
};
