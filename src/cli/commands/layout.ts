/**
 * `tdkt layout <tệp.xlsx> [--sample] [--plan <kế-hoạch.docx|.txt>]`: lays out the plan into a new or an
 * existing workbook; with --plan, the plan that document states (any ward, any year).
 */
import * as path from "path";
import { msg } from "../../i18n";
import { bilingual, printResult } from "../output";
import type { CliCommand } from "../commands";
import type { PlanDocumentRead } from "./planDocument";

export const layoutCommand: CliCommand = {
  name: "layout",
  summary: "CLI_CMD_LAYOUT",
  usage: "tdkt layout <tệp.xlsx> [--sample] [--plan <kế-hoạch.docx|.txt>]",
  args: [{ name: "<tệp.xlsx>" }],
  options: [
    { name: "sample", help: "CLI_OPT_SAMPLE" },
    { name: "plan", value: true, help: "CLI_OPT_PLAN", placeholder: "kế-hoạch.docx" },
  ],
  examples: [
    "npx tdkt layout so-tdkt-2024.xlsx --sample",
    "npx tdkt layout so-tdkt-2024.xlsx",
    "npx tdkt layout so-tdkt-2026.xlsx --plan ke-hoach-tdkt-2026.docx",
  ],
  async run(args, ctx) {
    // Loaded here, not at the top: `tdkt --help` should not wait for exceljs and the plan.
    const [{ layoutPlan }, { saveWorkbookFile }, { openOrCreate }, { readDocument }] = await Promise.all([
      import("../../app/layout"),
      import("../../workbook/exceljs/file"),
      import("../files"),
      import("./planDocument"),
    ]);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    const planFile = args.options.get("plan");
    let document: PlanDocumentRead | undefined;
    if (typeof planFile === "string") {
      document = await readDocument(path.resolve(ctx.cwd, planFile));
      ctx.io.out(bilingual(document.message));
      if (!document.parsed.plan.tasks.length) {
        ctx.io.err(bilingual(msg("PLAN_DOCUMENT_NO_TASKS", { file: planFile })));
        return 1;
      }
    }
    const { wb, note } = await openOrCreate(file);
    ctx.io.out(bilingual(note));
    const result = await layoutPlan(
      { wb, today: ctx.today },
      {
        sample: args.options.has("sample"),
        ...(document ? { plan: document.parsed.plan, unplaced: document.parsed.unplaced } : {}),
      },
    );
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
