/**
 * Opening and saving the workbook a command works on. A command runs on the workbook in memory and
 * the file is written only after it succeeded, so any error leaves the file as it was.
 *
 * A command that will save the workbook in place takes its writer lock before reading it (see
 * writerLock.ts): a second tdkt on the same file then waits and reads this one's result, or refuses.
 * The lock is held until the command ends (main.ts releases it).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { AppError } from "../shared/errors";
import { msg, type Bilingual } from "../i18n";
import { ExcelJsWorkbook } from "../workbook/exceljs/workbook";
import { openWorkbookFile, saveWorkbookFile } from "../workbook/exceljs/file";
import { acquireWriterLock } from "../workbook/exceljs/writerLock";
import { StreamedFileWorkbook } from "../workbook/exceljs/streamed";
import type { Workbook } from "../workbook/port";
import { UsageError, type OptionSpec } from "./args";

export function checkXlsxName(file: string): void {
  if (path.extname(file).toLowerCase() !== ".xlsx") throw new UsageError("CLI_NOT_XLSX_NAME", { file });
}

/** An existing workbook; a missing file is an error (FILE_MISSING). */
export async function openExisting(file: string): Promise<ExcelJsWorkbook> {
  checkXlsxName(file);
  await acquireWriterLock(file);
  return openWorkbookFile(file);
}

/** An existing workbook, or a new one when nothing is at `file` yet (its folder must exist). */
export async function openOrCreate(file: string): Promise<{ wb: ExcelJsWorkbook; created: boolean; note: Bilingual }> {
  checkXlsxName(file);
  await acquireWriterLock(file);
  const missing = await fs.stat(file).then(
    () => false,
    (e: unknown) => typeof e === "object" && e !== null && (e as { code?: string }).code === "ENOENT",
  );
  // Anything but "not there" (unreadable, a folder, …) is for openWorkbookFile to name.
  if (!missing) return { wb: await openWorkbookFile(file), created: false, note: msg("CLI_OPENED", { file }) };
  const dir = path.dirname(path.resolve(file));
  const dirStat = await fs.stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw new AppError("CLI_DIR_MISSING", { dir, file });
  return { wb: ExcelJsWorkbook.create(), created: true, note: msg("CLI_NEW_WORKBOOK", { file }) };
}

/**
 * Above this size the in-memory exceljs workbook would not fit in about 1 GB (research/ranking.md B1: it
 * took 2.1 GB to read a 12 MB file, about 175 bytes of memory per byte of file), so commands that only
 * add generated sheets read the file as a stream and write their sheets to a separate workbook.
 * The option help (CLI_OPT_STREAM) names the same figure.
 */
export const STREAM_THRESHOLD_BYTES = 5 * 1024 * 1024;

/** The options of the commands that can run on a large file: rank, validate, summary. */
export const STREAM_OPTIONS: readonly OptionSpec[] = [
  { name: "stream", help: "CLI_OPT_STREAM" },
  { name: "out", value: true, help: "CLI_OPT_OUT", placeholder: "tệp.xlsx" },
];

/** The workbook a command works on, and how its result is written. */
export interface CommandTarget {
  wb: Workbook;
  /** True when the results go to a separate workbook (the input stays as it was). */
  separate: boolean;
  /** Writes the result (the input file in memory mode, the separate workbook otherwise); what to tell the user. */
  save(): Promise<Bilingual[]>;
}

/**
 * Opens `file` for a command that adds generated sheets. A small file is read into memory and saved in
 * place, as before. A large one (over STREAM_THRESHOLD_BYTES), or any file with --stream or --out, is
 * read as a stream, and the generated sheets go to `<name>.<label>.xlsx` beside it (or --out): the
 * input file is never written then, nor any file already at that name (the next free `<name> (2).xlsx`
 * is taken, and the user told).
 */
export async function openForResults(
  file: string,
  options: ReadonlyMap<string, string | true>,
  label: string,
  cwd: string,
): Promise<CommandTarget> {
  checkXlsxName(file);
  const size = await fs.stat(file).then(
    (s) => (s.isFile() ? s.size : undefined),
    () => undefined,
  );
  const out = options.get("out");
  const forced = options.has("stream") || typeof out === "string";
  if (size === undefined || (!forced && size <= STREAM_THRESHOLD_BYTES)) {
    await acquireWriterLock(file);
    // openWorkbookFile names whatever is wrong with a path that is not a plain file
    const wb = await openWorkbookFile(file);
    return {
      wb,
      separate: false,
      async save() {
        await saveWorkbookFile(wb, file);
        return [msg("FILE_WRITTEN", { file })];
      },
    };
  }
  const output =
    typeof out === "string"
      ? path.resolve(cwd, out)
      : path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.${label}.xlsx`);
  checkXlsxName(output);
  const wb = new StreamedFileWorkbook(file, { output });
  return {
    wb,
    separate: true,
    async save() {
      if (!(await wb.flush())) return [msg("STREAM_NOTHING_WRITTEN", { out: output })];
      const saved = wb.savedAs ?? output;
      const said = forced
        ? msg("STREAM_OUTPUT_FORCED", { file, out: saved })
        : msg("STREAM_OUTPUT_SEPARATE", { file, out: saved, size: (size / 1024 / 1024).toFixed(1) });
      const kept = saved === output ? [] : [msg("STREAM_OUTPUT_EXISTS", { out: output, saved })];
      return [said, ...kept, msg("FILE_WRITTEN", { file: saved })];
    },
  };
}
