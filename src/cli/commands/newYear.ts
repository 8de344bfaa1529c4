/**
 * `tdkt new-year <sổ-năm-trước.xlsx> <sổ-năm-mới.xlsx> [--plan <kế-hoạch.docx|.txt>]`: next year's
 * workbook from last year's. Last year's file is only read, never written.
 */
import * as path from "path";
import { msg } from "../../i18n";
import { bilingual, printResult } from "../output";
import type { CliCommand } from "../commands";

export const newYearCommand: CliCommand = {
  name: "new-year",
  summary: "CLI_CMD_NEW_YEAR",
  usage: "tdkt new-year <sổ-năm-trước.xlsx> <sổ-năm-mới.xlsx> [--plan <kế-hoạch.docx|.txt>]",
  args: [{ name: "<sổ-năm-trước.xlsx>" }, { name: "<sổ-năm-mới.xlsx>" }],
  options: [{ name: "plan", value: true, help: "CLI_OPT_PLAN", placeholder: "kế-hoạch.docx" }],
  examples: [
    "npx tdkt new-year so-tdkt-2024.xlsx so-tdkt-2025.xlsx",
    "npx tdkt new-year so-tdkt-2025.xlsx so-tdkt-2026.xlsx --plan ke-hoach-2026.docx",
  ],
  async run(args, ctx) {
    const [
      { newYear },
      { saveWorkbookFile },
      { openExisting, checkXlsxName },
      { readDocument },
      { ExcelJsWorkbook },
      { AppError },
      fs,
    ] = await Promise.all([
      import("../../app/newYear"),
      import("../../workbook/exceljs/file"),
      import("../files"),
      import("./planDocument"),
      import("../../workbook/exceljs/workbook"),
      import("../../shared/errors"),
      import("fs/promises"),
    ]);
    const lastFile = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    const newFile = path.resolve(ctx.cwd, args.positionals[1] ?? "");
    checkXlsxName(newFile);
    if (lastFile === newFile) throw new AppError("NEW_YEAR_SAME_FILE", { file: lastFile });
    const exists = await fs.access(newFile).then(
      () => true,
      () => false,
    );
    if (exists) throw new AppError("NEW_YEAR_TARGET_EXISTS", { file: newFile });
    const planFile = args.options.get("plan");
    const document = typeof planFile === "string" ? await readDocument(path.resolve(ctx.cwd, planFile)) : undefined;
    if (document) {
      ctx.io.out(bilingual(document.message));
      if (!document.parsed.plan.tasks.length) {
        ctx.io.err(bilingual(msg("PLAN_DOCUMENT_NO_TASKS", { file: planFile as string })));
        return 1;
      }
    }
    const last = await openExisting(lastFile);
    const wb = ExcelJsWorkbook.create();
    const result = await newYear(
      last,
      { wb, today: ctx.today },
      document ? { plan: document.parsed.plan, unplaced: document.parsed.unplaced } : {},
    );
    await saveWorkbookFile(wb, newFile);
    printResult(ctx.io, result);
    ctx.io.out(bilingual(msg("FILE_WRITTEN", { file: newFile })));
    return 0;
  },
};
