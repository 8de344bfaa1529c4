/**
 * `tdkt consolidate <khối.xlsx> <phường-1.xlsx> <phường-2.xlsx> … --period 6T|9T|NAM [--year 2024]`: the
 * khối's report of the period from the wards' workbooks. Each ward's file is read as a stream and never
 * written; the report goes into <khối.xlsx> (a new workbook, or the lead ward's own, where only the
 * add-in's khối sheet of that period is replaced).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { parsePeriod } from "../../domain/codes";
import { msg } from "../../i18n";
import { UsageError } from "../args";
import type { CliCommand } from "../commands";
import { bilingual, printResult } from "../output";

export const consolidateCommand: CliCommand = {
  name: "consolidate",
  summary: "CLI_CMD_CONSOLIDATE",
  usage: "tdkt consolidate <khối.xlsx> <phường.xlsx>… --period 6T|9T|NAM [--year <năm>]",
  args: [{ name: "<khối.xlsx>" }, { name: "<phường.xlsx>…", variadic: true }],
  options: [
    { name: "period", value: true, help: "CLI_OPT_KHOI_PERIOD", placeholder: "6T|9T|NAM" },
    { name: "year", value: true, help: "CLI_OPT_KHOI_YEAR", placeholder: "2024" },
  ],
  examples: ["npx tdkt consolidate tong-hop-khoi-2024-6T.xlsx nam-cuong.xlsx bac-cuong.xlsx kim-tan.xlsx --period 6T"],
  async run(args, ctx) {
    const periodArg = args.options.get("period");
    if (typeof periodArg !== "string") throw new UsageError("CLI_KHOI_PERIOD_REQUIRED");
    const period = parsePeriod(periodArg);
    if (!period) throw new UsageError("UNKNOWN_PERIOD", { value: periodArg });
    const yearArg = args.options.get("year");
    let year: number | undefined;
    if (yearArg !== undefined) {
      year = Number(yearArg);
      if (typeof yearArg !== "string" || !Number.isInteger(year) || year < 1900 || year > 9999)
        throw new UsageError("CLI_KHOI_BAD_YEAR", { value: String(yearArg) });
    }
    const [{ consolidate }, { saveWorkbookFile }, { openOrCreate, checkXlsxName }, { StreamedFileWorkbook }] = await Promise.all([
      import("../../app/consolidate"),
      import("../../workbook/exceljs/file"),
      import("../files"),
      import("../../workbook/exceljs/streamed"),
    ]);
    const [outArg, ...wardArgs] = args.positionals;
    const out = path.resolve(ctx.cwd, outArg ?? "");
    const sources = await Promise.all(
      wardArgs.map(async (w) => {
        const file = path.resolve(ctx.cwd, w);
        checkXlsxName(file);
        const stat = await fs.stat(file).catch(() => undefined);
        return {
          file: path.basename(file),
          modified: stat?.mtime,
          // Read only: the streamed host writes nothing unless flushed, and this one never is.
          open: async () => new StreamedFileWorkbook(file, { output: `${file}.khoi-unused.xlsx` }),
        };
      }),
    );
    const { wb, note } = await openOrCreate(out);
    ctx.io.out(bilingual(note));
    const result = await consolidate({ wb, today: ctx.today }, sources, { period, ...(year !== undefined ? { year } : {}) });
    await saveWorkbookFile(wb, out);
    printResult(ctx.io, result);
    ctx.io.out(bilingual(msg("FILE_WRITTEN", { file: out })));
    return 0;
  },
};
