/**
 * Node file IO for the exceljs host. Saving goes through a temporary file in the same folder and a
 * rename, so the original is either the old workbook or the new one, never half of each; a failed
 * save leaves no temporary file behind.
 *
 * Before a save replaces a workbook, two checks refuse it with nothing written: the workbook is open in
 * another program (its lock file sits beside it), or it holds parts exceljs cannot carry through a
 * rewrite (charts, pivot tables, …), which the save would silently drop.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { AppError } from "../../app/errors";
import { msg } from "../../i18n";
import { ExcelJsWorkbook } from "./workbook";
import { zipDirectory } from "./zip";

/** The Node error code of a file-system failure ("ENOENT", "EACCES", …); "" for anything else. */
export function errorCode(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
}

const LOCKED = new Set(["EACCES", "EBUSY", "EPERM", "EROFS", "ETXTBSY"]);

/**
 * Opens an .xlsx; a missing path is FILE_MISSING, a folder or anything that is not a workbook FILE_NOT_XLSX,
 * one this user may not read (or that another program holds locked) FILE_UNREADABLE.
 */
export async function openWorkbookFile(file: string): Promise<ExcelJsWorkbook> {
  let buf: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new AppError("FILE_NOT_XLSX", { file });
    buf = await fs.readFile(file);
  } catch (e) {
    if (e instanceof AppError) throw e;
    const c = errorCode(e);
    if (c === "ENOENT" || c === "ENOTDIR") throw new AppError("FILE_MISSING", { file }, { cause: e });
    if (c === "EISDIR") throw new AppError("FILE_NOT_XLSX", { file }, { cause: e });
    if (c && LOCKED.has(c)) throw new AppError("FILE_UNREADABLE", { file }, { cause: e });
    throw new AppError("FILE_NOT_XLSX", { file }, { cause: e });
  }
  return ExcelJsWorkbook.fromBuffer(buf, file);
}

export interface LockFile {
  program: "Microsoft Excel" | "LibreOffice";
  /** The lock file's path. */
  lock: string;
}

/**
 * The lock file another program keeps beside a workbook it has open: Excel's owner file `~$name.xlsx`
 * (hidden on Windows) and LibreOffice's `.~lock.name.xlsx#`. Either one means a save now would be lost
 * when that program saves, or would be refused by it.
 */
export async function findLockFile(file: string): Promise<LockFile | undefined> {
  const dir = path.dirname(path.resolve(file));
  const base = path.basename(file);
  const candidates: LockFile[] = [
    { program: "Microsoft Excel", lock: path.join(dir, `~$${base}`) },
    { program: "LibreOffice", lock: path.join(dir, `.~lock.${base}#`) },
  ];
  for (const c of candidates) {
    const there = await fs.lstat(c.lock).then(
      () => true,
      () => false,
    );
    if (there) return c;
  }
  return undefined;
}

/**
 * Parts of an .xlsx that exceljs does not model and so drops when it writes the workbook again, by the
 * catalog code of what a person would lose. Images, comments, tables and validations it keeps.
 */
const UNMODELLED: readonly { code: string; prefixes: readonly string[] }[] = [
  { code: "PART_CHARTS", prefixes: ["xl/charts/", "xl/chartsheets/"] },
  { code: "PART_PIVOTS", prefixes: ["xl/pivotTables/", "xl/pivotCache/"] },
  { code: "PART_SLICERS", prefixes: ["xl/slicers/", "xl/slicerCaches/", "xl/timelines/", "xl/timelineCaches/"] },
  { code: "PART_CONTROLS", prefixes: ["xl/ctrlProps/", "xl/activeX/"] },
  { code: "PART_EMBEDDINGS", prefixes: ["xl/embeddings/"] },
  { code: "PART_SMARTART", prefixes: ["xl/diagrams/"] },
  { code: "PART_THREADED_COMMENTS", prefixes: ["xl/threadedComments/"] },
  { code: "PART_EXTERNAL_LINKS", prefixes: ["xl/externalLinks/"] },
  // customXml/ is left out on purpose: SharePoint and OneDrive add it to nearly every file (document
  // metadata), and refusing those would refuse the shared workbooks the council works in.
  { code: "PART_CONNECTIONS", prefixes: ["xl/queryTables/", "xl/connections.xml", "xl/model/"] },
  { code: "PART_MACROS", prefixes: ["xl/vbaProject.bin"] },
];

/**
 * The kinds of content of an existing .xlsx that a rewrite by exceljs would lose (catalog codes, in the
 * order above), read from the zip's central directory without inflating anything. Empty when the file
 * is absent or not a zip: then there is nothing to lose, and the opener names what is wrong.
 */
export async function unmodelledParts(file: string): Promise<string[]> {
  let fh: fs.FileHandle;
  try {
    fh = await fs.open(file, "r");
  } catch {
    return [];
  }
  try {
    const dir = await zipDirectory(fh).catch(() => undefined);
    if (!dir) return [];
    const names = [...dir.keys()];
    return UNMODELLED.filter((u) => names.some((n) => u.prefixes.some((p) => n.startsWith(p)))).map((u) => u.code);
  } finally {
    await fh.close();
  }
}

/**
 * Refuses to replace `file` when another program has it open or a rewrite would drop some of its content.
 * A lossless save (ExcelJsWorkbook.savesLosslessly) keeps every part it does not write, so only a
 * whole-workbook rewrite is checked for parts exceljs does not model.
 */
export async function checkReplaceable(file: string, lossless = false): Promise<void> {
  const lock = await findLockFile(file);
  if (lock) throw new AppError("FILE_IN_USE", { file, program: lock.program, lock: lock.lock });
  if (lossless) return;
  const lost = await unmodelledParts(file);
  if (lost.length) {
    const names = lost.map((c) => msg(c));
    throw new AppError("FILE_UNMODELLED_PARTS", {
      file,
      parts: names.map((n) => n.vi).join(", "),
      partsEn: names.map((n) => n.en).join(", "),
    });
  }
}

/**
 * Writes the workbook to `file` atomically, after checkReplaceable. A folder that cannot be written, or a
 * file held open elsewhere, is FILE_LOCKED.
 */
export async function saveWorkbookFile(wb: ExcelJsWorkbook, file: string): Promise<void> {
  await checkReplaceable(file, wb.savesLosslessly);
  const data = await wb.toBuffer();
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.writeFile(tmp, data, { flag: "wx" });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof AppError) throw e;
    const c = errorCode(e);
    if (c && (LOCKED.has(c) || c === "EISDIR")) throw new AppError("FILE_LOCKED", { file }, { cause: e });
    if (c === "ENOENT") throw new AppError("FILE_MISSING", { file: dir }, { cause: e });
    throw e;
  }
}
