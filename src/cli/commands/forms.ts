/** `tdkt forms <tệp.xlsx> --round NAM [--out <thư mục>]`: one form workbook per unit, written into a folder. */
import { promises as fs } from "fs";
import * as path from "path";
import { parseRound } from "../../domain/codes";
import { msg } from "../../i18n";
import { UsageError } from "../args";
import type { CliCommand } from "../commands";
import { bilingual } from "../output";

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

export const formsCommand: CliCommand = {
  name: "forms",
  summary: "CLI_CMD_FORMS",
  usage: "tdkt forms <tệp.xlsx> --round NAM [--out <thư mục>]",
  args: [{ name: "<tệp.xlsx>" }],
  options: [
    { name: "round", value: true, help: "CLI_OPT_ROUND_SUMMARY", placeholder: "NAM" },
    { name: "out", value: true, help: "CLI_OPT_FORMS_OUT", placeholder: "thư mục" },
  ],
  examples: ["npx tdkt forms so-tdkt-2024.xlsx --round NAM --out phieu-2024"],
  async run(args, ctx) {
    const roundArg = args.options.get("round");
    const round = typeof roundArg === "string" ? parseRound(roundArg) : "NAM";
    if (!round) throw new UsageError("UNKNOWN_ROUND", { value: String(roundArg) });
    const [{ makeForms }, { openWorkbookFile, saveWorkbookFile }, { ExcelJsWorkbook }, { numberedName }] = await Promise.all([
      import("../../app/forms"),
      import("../../workbook/exceljs/file"),
      import("../../workbook/exceljs/workbook"),
      import("../../workbook/exceljs/streamed"),
    ]);
    const file = path.resolve(ctx.cwd, args.positionals[0] ?? "");
    // Read only: the ward's workbook is not changed by making the forms.
    const wb = await openWorkbookFile(file);
    const result = await makeForms({ wb, today: ctx.today }, round);
    const first = result.forms[0];
    const outArg = args.options.get("out");
    const year = first ? /-(\d{4})\.xlsx$/.exec(first.fileName)?.[1] : undefined;
    const dir =
      typeof outArg === "string" ? path.resolve(ctx.cwd, outArg) : path.join(path.dirname(file), `phieu-don-vi-${year ?? ""}`);
    await fs.mkdir(dir, { recursive: true });
    for (const m of result.messages) ctx.io.out(bilingual(m));
    for (const form of result.forms) {
      const wanted = path.join(dir, form.fileName);
      let target = wanted;
      for (let n = 2; await exists(target); n++) target = numberedName(wanted, n);
      if (target !== wanted) ctx.io.out(bilingual(msg("FORMS_FILE_EXISTS", { wanted, saved: target })));
      const out = ExcelJsWorkbook.create();
      await out.writeSheets(form.specs);
      await saveWorkbookFile(out, target);
    }
    ctx.io.out(bilingual(msg("FORMS_WRITTEN", { n: result.forms.length, dir })));
    return 0;
  },
};
