/** `tdkt collect <tệp.xlsx> <phiếu.xlsx>…`: the units' filled forms, checked and merged into the ward's workbook. */
import * as path from "path";
import { msg } from "../../i18n";
import type { CliCommand } from "../commands";
import { bilingual, printResult } from "../output";

export const collectCommand: CliCommand = {
  name: "collect",
  summary: "CLI_CMD_COLLECT",
  usage: "tdkt collect <tệp.xlsx> <phiếu.xlsx>…",
  args: [{ name: "<tệp.xlsx>" }, { name: "<phiếu.xlsx>…", variadic: true }],
  options: [],
  examples: ["npx tdkt collect so-tdkt-2024.xlsx phieu-don-vi-2024/*.xlsx"],
  async run(args, ctx) {
    const [{ collectForms }, { openWorkbookFile, saveWorkbookFile }, { openExisting, checkXlsxName }] = await Promise.all([
      import("../../app/collect"),
      import("../../workbook/exceljs/file"),
      import("../files"),
    ]);
    const [fileArg, ...formArgs] = args.positionals;
    const file = path.resolve(ctx.cwd, fileArg ?? "");
    const sources = formArgs.map((f) => {
      const full = path.resolve(ctx.cwd, f);
      checkXlsxName(full);
      return { file: path.basename(full), open: () => openWorkbookFile(full) };
    });
    const wb = await openExisting(file);
    const result = await collectForms({ wb, today: ctx.today }, sources);
    if (result.sheets.length) {
      await saveWorkbookFile(wb, file);
      printResult(ctx.io, result);
      ctx.io.out(bilingual(msg("FILE_WRITTEN", { file })));
    } else printResult(ctx.io, result);
    return result.findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};
