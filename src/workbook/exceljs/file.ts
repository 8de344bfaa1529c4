/**
 * Node file IO for the exceljs host. Saving goes through a temporary file in the same folder and a
 * rename, so the original is either the old workbook or the new one, never half of each; a failed
 * save leaves no temporary file behind.
 *
 * Before a save replaces a workbook, checks refuse it with nothing written: the workbook is open in
 * another program (its lock file sits beside it), it holds parts exceljs cannot carry through a
 * rewrite (charts, pivot tables, …), which the save would silently drop, or it is marked read-only.
 * A save keeps the file's mode, owner, symlink and hard links, and holds tdkt's own writer lock
 * (writerLock.ts) so two tdkt commands never save over each other.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { AppError } from "../../shared/errors";
import { msg, type MessageCode } from "../../i18n";
import { ExcelJsWorkbook } from "./workbook";
import { acquireWriterLock, holdsWriterLock, realWorkbookPath } from "./writerLock";
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
const UNMODELLED: readonly { code: MessageCode; prefixes: readonly string[] }[] = [
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
export async function unmodelledParts(file: string): Promise<MessageCode[]> {
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

/** The parts of a save that touch the disk, so a test can stand in a failing disk for the real one. */
export interface SaveIo {
  /** Writes `data` to a new file `tmp` (which must not exist) with `mode`, and flushes it to the disk. */
  writeNew(tmp: string, data: Uint8Array, mode: number): Promise<void>;
}

export const diskIo: SaveIo = {
  async writeNew(tmp, data, mode) {
    const fh = await fs.open(tmp, "wx", mode);
    try {
      await fh.writeFile(data);
      // A full disk or a failing network share often reports only here.
      await fh.sync();
    } finally {
      await fh.close();
    }
  },
};

const DISK_FULL = new Set(["ENOSPC", "EDQUOT"]);

/** Names the temporary files of saves of `base`: `.so.xlsx.<pid>.<time>.tmp`. */
function tempPattern(base: string): RegExp {
  const esc = base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // ".tmp" of an in-place save; ".tmp.xlsx" of a streamed command's results file
  return new RegExp(`^\\.${esc}\\.(\\d+)\\.[0-9a-z]+\\.tmp(\\.xlsx)?$`);
}

function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === "EPERM";
  }
}

/**
 * Removes the temporary files that saves of this workbook killed half way left beside it. Called with the
 * writer lock held, so no other tdkt is saving this file; a file of a process still running is kept all
 * the same.
 */
export async function removeStaleTemps(realFile: string): Promise<string[]> {
  const dir = path.dirname(realFile);
  const re = tempPattern(path.basename(realFile));
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const n of names) {
    const m = re.exec(n);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || pidRuns(pid)) continue;
    await fs.rm(path.join(dir, n), { force: true }).catch(() => undefined);
    removed.push(n);
  }
  return removed;
}

/** What a save must keep of the file it replaces. */
interface Kept {
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
}

/**
 * A file marked read-only (no write bit for its owner: 0444, Windows' Read-only attribute) is refused,
 * though a rename could replace it: a person protected it. One this user may not write for other reasons
 * is not replaced either (keepOwner fails, the overwrite in place is refused: FILE_LOCKED).
 */
async function checkWritable(file: string, real: string): Promise<Kept | undefined> {
  const st = await fs.stat(real).catch(() => undefined);
  if (!st || !st.isFile()) return undefined;
  if ((st.mode & 0o200) === 0) throw new AppError("FILE_READ_ONLY", { file: path.resolve(file) });
  return { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, nlink: st.nlink };
}

/** Gives `tmp` the owner of the file it replaces; false when this user may not (then the inode must be kept). */
async function keepOwner(tmp: string, kept: Kept): Promise<boolean> {
  const st = await fs.stat(tmp);
  if (st.uid === kept.uid && st.gid === kept.gid) return true;
  try {
    await fs.chown(tmp, kept.uid, kept.gid);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `data` over `real` in place, keeping its inode (hard links, an owner this user cannot give a new
 * file). The new content is first written in full to `tmp` and read back, so a full disk or a bad write
 * fails before the workbook is touched; the workbook's old bytes are kept in memory and written back if
 * the overwrite itself fails. The trade-off against the rename: a run killed during the overwrite (a few
 * milliseconds for a ward's workbook) can leave the workbook torn, the price of keeping its links.
 */
async function overwriteInPlace(real: string, tmp: string, data: Uint8Array): Promise<void> {
  const written = await fs.readFile(tmp);
  if (!written.equals(Buffer.from(data.buffer, data.byteOffset, data.byteLength)))
    throw new AppError("FILE_LOCKED", { file: real });
  const old = await fs.readFile(real);
  const fh = await fs.open(real, "r+");
  try {
    try {
      await fh.write(data, 0, data.byteLength, 0);
      await fh.truncate(data.byteLength);
      await fh.sync();
    } catch (e) {
      await fh.write(old, 0, old.byteLength, 0).catch(() => undefined);
      await fh.truncate(old.byteLength).catch(() => undefined);
      throw e;
    }
  } finally {
    await fh.close();
  }
}

/**
 * Writes the workbook to `file`, after checkReplaceable, holding the writer lock (taken here unless the
 * command took it when it opened the file). The file written is the real one behind a symlink, so the
 * link stays a link. The new content goes to a temporary file beside it, with the old file's mode and
 * owner, then replaces it by a rename, so the workbook is either the old one or the new one; a file with
 * other hard links (or an owner this user cannot give) is overwritten in place instead (overwriteInPlace).
 *
 * Refused with nothing written: FILE_READ_ONLY for a file marked read-only (a person protected it);
 * FILE_LOCKED for a folder that cannot be written or a file held open elsewhere; FILE_DISK_FULL.
 */
export async function saveWorkbookFile(wb: ExcelJsWorkbook, file: string, io: SaveIo = diskIo): Promise<void> {
  const lock = (await holdsWriterLock(file)) ? undefined : await acquireWriterLock(file);
  try {
    await saveLocked(wb, file, io);
  } finally {
    await lock?.release();
  }
}

async function saveLocked(wb: ExcelJsWorkbook, file: string, io: SaveIo): Promise<void> {
  const real = await realWorkbookPath(file);
  await checkReplaceable(file, wb.savesLosslessly);
  if (real !== path.resolve(file)) await checkReplaceable(real, wb.savesLosslessly);
  const kept = await checkWritable(file, real);
  await removeStaleTemps(real);
  const data = await wb.toBuffer();
  const dir = path.dirname(real);
  const tmp = path.join(dir, `.${path.basename(real)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await io.writeNew(tmp, data, kept?.mode ?? 0o666);
    let inPlace = false;
    if (kept) {
      // open() applies the umask: the mode is set again so 0600 stays 0600 and 0664 stays 0664.
      await fs.chmod(tmp, kept.mode);
      inPlace = kept.nlink > 1 || !(await keepOwner(tmp, kept));
    }
    if (inPlace) await overwriteInPlace(real, tmp, data);
    else await fs.rename(tmp, real);
  } catch (e) {
    if (e instanceof AppError) throw e;
    const c = errorCode(e);
    if (DISK_FULL.has(c)) throw new AppError("FILE_DISK_FULL", { file: path.resolve(file) }, { cause: e });
    if (c && (LOCKED.has(c) || c === "EISDIR")) throw new AppError("FILE_LOCKED", { file }, { cause: e });
    if (c === "ENOENT") throw new AppError("FILE_MISSING", { file: dir }, { cause: e });
    throw e;
  } finally {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}
