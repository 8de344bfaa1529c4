/**
 * Node file IO for the exceljs host. Saving goes through a temporary file in the same folder and a
 * rename, so the original is either the old workbook or the new one, never half of each; a failed
 * save leaves no temporary file behind.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { AppError } from "../../app/errors";
import { ExcelJsWorkbook } from "./workbook";

function code(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

const LOCKED = new Set(["EACCES", "EBUSY", "EPERM", "EROFS", "ETXTBSY"]);

/** Opens an .xlsx; a missing path is FILE_MISSING, a folder or anything that is not a workbook FILE_NOT_XLSX, an unreadable one FILE_LOCKED. */
export async function openWorkbookFile(file: string): Promise<ExcelJsWorkbook> {
  let buf: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new AppError("FILE_NOT_XLSX", { file });
    buf = await fs.readFile(file);
  } catch (e) {
    if (e instanceof AppError) throw e;
    const c = code(e);
    if (c === "ENOENT" || c === "ENOTDIR") throw new AppError("FILE_MISSING", { file }, { cause: e });
    if (c === "EISDIR") throw new AppError("FILE_NOT_XLSX", { file }, { cause: e });
    if (c && LOCKED.has(c)) throw new AppError("FILE_LOCKED", { file }, { cause: e });
    throw new AppError("FILE_NOT_XLSX", { file }, { cause: e });
  }
  return ExcelJsWorkbook.fromBuffer(buf, file);
}

/** Writes the workbook to `file` atomically. A folder that cannot be written, or a file held open elsewhere, is FILE_LOCKED. */
export async function saveWorkbookFile(wb: ExcelJsWorkbook, file: string): Promise<void> {
  const data = await wb.toBuffer();
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.writeFile(tmp, data, { flag: "wx" });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof AppError) throw e;
    const c = code(e);
    if (c && (LOCKED.has(c) || c === "EISDIR")) throw new AppError("FILE_LOCKED", { file }, { cause: e });
    if (c === "ENOENT") throw new AppError("FILE_MISSING", { file: dir }, { cause: e });
    throw e;
  }
}
