/** `tdkt households <tệp.xlsx> [--sample] [--date dd/mm/yyyy]`: the family register, its timetable check and the decision. */
import * as path from "path";
import { parseToday } from "../args";
import type { CliCommand } from "../commands";
import { bilingual, printResult } from "../output";
import { msg } from "../../i18n";

export const householdsCommand: CliCommand = {
  name: "households",
  summary: "CLI_CMD_HOUSEHOLDS",
  usage: "tdkt households <tệp.xlsx> [--sample] [--date dd/mm/yyyy]",
  args: [{ name: "<tệp.xlsx>" }],
  options: [
    { name: "sample", help: "CLI_OPT_HOUSEHOLDS_SAMPLE" },
    { name: "date", value: true, help: "CLI_OPT_DECISION_DATE", placeholder: "dd/mm/yyyy" },
  ],
  examples: ["npx tdkt households so-tdkt-2024.xlsx --sample", "npx tdkt households so-tdkt-2024.xlsx --date 10/12/2024"],
  async run(args, ctx) {
    const [{ householdsCommand: run }, { saveWorkbookFile }, { openExisting }] = await Promise.all([
      import("../../app/households"),
      import("../../workbook/exceljs/file"),
      import("../files"),
    ]);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    const date = args.options.get("date");
    const wb = await openExisting(file);
    const result = await run(
      { wb, today: ctx.today },
      { sample: args.options.has("sample"), ...(typeof date === "string" ? { decisionDate: parseToday(date) } : {}) },
    );
    await saveWorkbookFile(wb, file);
    printResult(ctx.io, result);
    ctx.io.out(bilingual(msg("FILE_WRITTEN", { file })));
    return result.findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};
