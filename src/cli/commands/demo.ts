/**
 * `tdkt demo [tệp.xlsx]`: a demo workbook from scratch, written to out/tdkt-demo.xlsx by default, its
 * absolute path printed last. Each later command adds its step to DEMO_STEPS, so the demo grows into
 * the whole cycle (plan → rounds → scores → rankings → summaries).
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { CommandContext, CommandResult } from "../../app/types";
import { msg } from "../../i18n";
import { bilingual, printResult } from "../output";
import type { CliCommand } from "../commands";

export const DEFAULT_DEMO_FILE = path.join("out", "tdkt-demo.xlsx");

/**
 * The demo's "today" unless --today is given: the middle of the seed plan's year, so the workbook shows
 * a plan in progress (earlier tasks marked overdue, later ones not, the Lào Cai decision just replaced)
 * rather than a 2024 plan seen from a later year, where every row is overdue.
 */
export const DEMO_TODAY = new Date(Date.UTC(2024, 7, 15));

/**
 * The demo's steps in order; each runs on the same workbook in memory. Modules are loaded inside the
 * step so that `tdkt --help` stays quick.
 */
export const DEMO_STEPS: ReadonlyArray<(ctx: CommandContext) => Promise<CommandResult>> = [
  async (ctx) => (await import("../../app/layout")).layoutPlan(ctx, { sample: true }),
];

export const demoCommand: CliCommand = {
  name: "demo",
  summary: "CLI_CMD_DEMO",
  usage: "tdkt demo [tệp.xlsx]",
  args: [{ name: "[tệp.xlsx]", optional: true }],
  options: [],
  examples: ["npm run demo", "npx tdkt demo /tmp/tdkt-demo.xlsx"],
  async run(args, ctx) {
    const [{ ExcelJsWorkbook }, { saveWorkbookFile }, { checkXlsxName }] = await Promise.all([
      import("../../workbook/exceljs/workbook"),
      import("../../workbook/exceljs/file"),
      import("../files"),
    ]);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? DEFAULT_DEMO_FILE);
    checkXlsxName(file);
    const wb = ExcelJsWorkbook.create();
    for (const step of DEMO_STEPS) {
      const result = await step({ wb, today: args.options.has("today") ? ctx.today : DEMO_TODAY });
      printResult(ctx.io, result);
      if (!result.ok) {
        ctx.io.err(bilingual(msg("CLI_NOTHING_WRITTEN")));
        return 1;
      }
    }
    await fs.mkdir(path.dirname(file), { recursive: true });
    await saveWorkbookFile(wb, file);
    ctx.io.out(bilingual(msg("CLI_DEMO_WRITTEN", { file })));
    // Last line: the path alone, for scripts.
    ctx.io.out(file);
    return 0;
  },
};
