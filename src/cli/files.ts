/**
 * Opening and saving the workbook a command works on. A command runs on the workbook in memory and
 * the file is written only after it succeeded, so any error leaves the file as it was.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { AppError } from "../app/errors";
import { msg, type Bilingual } from "../i18n";
import { ExcelJsWorkbook } from "../workbook/exceljs/workbook";
import { openWorkbookFile } from "../workbook/exceljs/file";
import { UsageError } from "./args";

export function checkXlsxName(file: string): void {
  if (path.extname(file).toLowerCase() !== ".xlsx") throw new UsageError("CLI_NOT_XLSX_NAME", { file });
}

/** An existing workbook; a missing file is an error (FILE_MISSING). */
export async function openExisting(file: string): Promise<ExcelJsWorkbook> {
  checkXlsxName(file);
  return openWorkbookFile(file);
}

/** An existing workbook, or a new one when nothing is at `file` yet (its folder must exist). */
export async function openOrCreate(file: string): Promise<{ wb: ExcelJsWorkbook; created: boolean; note: Bilingual }> {
  checkXlsxName(file);
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
