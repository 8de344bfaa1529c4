/**
 * One tdkt writer per workbook at a time. A command that will save a workbook in place holds a lock file
 * beside it from before it reads the file until after it saved, so a second command on the same file
 * reads the first one's result instead of an older copy, and no result is lost to a later save.
 *
 * The lock is a small file in the style of LibreOffice's `.~lock.name.xlsx#` (the trailing "#" keeps
 * programs and globs from taking it for a workbook): `.~tdkt.name.xlsx#`, created exclusively, holding
 * who took it (program, pid, host, time). A second command waits a few seconds for it, then refuses with
 * FILE_TDKT_BUSY, naming that process and the lock to delete if nothing is running. A lock whose process
 * is gone (same host, pid not running, or taken before the machine last started) is taken over.
 *
 * Locks are counted per process, so opening and then saving in one command takes the lock once.
 */
import { promises as fs, unlinkSync } from "fs";
import * as os from "os";
import * as path from "path";
import { AppError } from "../../shared/errors";

export const LOCK_PROGRAM = "tdkt";
/** How long a second command waits for the first before refusing. */
export const LOCK_WAIT_MS = 5000;
const POLL_MS = 100;
/** A lock file still empty this long after it was made is a killed run's (the content is written at once). */
const EMPTY_LOCK_STALE_MS = 10_000;

export interface LockOwner {
  program: string;
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  time: string;
}

export interface WriterLock {
  /** The workbook as its real path (symlinks resolved): the lock guards the file, not one of its names. */
  file: string;
  lock: string;
  release(): Promise<void>;
}

/** Lock path → how many times this process took it. */
const held = new Map<string, number>();

/** The real path of a workbook, or of its folder when the workbook does not exist yet. */
export async function realWorkbookPath(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await fs.realpath(abs);
  } catch {
    const dir = await fs.realpath(path.dirname(abs)).catch(() => path.dirname(abs));
    return path.join(dir, path.basename(abs));
  }
}

export function lockPathOf(realFile: string): string {
  return path.join(path.dirname(realFile), `.~${LOCK_PROGRAM}.${path.basename(realFile)}#`);
}

function parseOwner(raw: string): LockOwner | undefined {
  try {
    const o = JSON.parse(raw) as Partial<LockOwner>;
    if (typeof o.pid === "number" && typeof o.host === "string" && typeof o.time === "string")
      return { program: String(o.program ?? LOCK_PROGRAM), pid: o.pid, host: o.host, time: o.time };
  } catch {
    // not ours, or half written: judged by its age below
  }
  return undefined;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user
    return (e as { code?: string }).code === "EPERM";
  }
}

/** A lock nobody holds any more: its process is gone. A lock from another host cannot be judged, so it is kept. */
export function isStale(owner: LockOwner | undefined, mtimeMs: number, now = Date.now()): boolean {
  if (!owner) return now - mtimeMs > EMPTY_LOCK_STALE_MS;
  if (owner.host !== os.hostname()) return false;
  const bootMs = now - os.uptime() * 1000;
  const taken = Date.parse(owner.time);
  if (Number.isFinite(taken) && taken < bootMs) return true;
  return !processAlive(owner.pid);
}

async function readLock(lock: string): Promise<{ raw: string; owner?: LockOwner; mtimeMs: number } | undefined> {
  try {
    const [raw, st] = await Promise.all([fs.readFile(lock, "utf8"), fs.stat(lock)]);
    return { raw, owner: parseOwner(raw), mtimeMs: st.mtimeMs };
  } catch {
    return undefined;
  }
}

/**
 * Removes a stale lock, unless it changed since it was judged stale. Two commands may judge the same lock
 * stale at once; a short-lived guard file lets one of them look again and remove it, so neither can remove
 * a lock the other has just taken. A guard left by a run killed in those few milliseconds is removed
 * after EMPTY_LOCK_STALE_MS.
 */
async function removeStale(lock: string, staleRaw: string): Promise<void> {
  const guard = `${lock}.takeover`;
  try {
    await fs.writeFile(guard, String(process.pid), { flag: "wx" });
  } catch {
    const st = await fs.stat(guard).catch(() => undefined);
    if (st && Date.now() - st.mtimeMs > EMPTY_LOCK_STALE_MS) await fs.rm(guard, { force: true });
    return;
  }
  try {
    const now = await fs.readFile(lock, "utf8").catch(() => undefined);
    if (now === staleRaw) await fs.rm(lock, { force: true });
  } finally {
    await fs.rm(guard, { force: true });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Takes the writer lock of `file`, waiting up to `waitMs` for another tdkt to finish. Refuses with
 * FILE_TDKT_BUSY when it does not. A folder that cannot be written takes no lock: the save names that
 * problem (FILE_LOCKED) and nothing can be written there by anyone anyway.
 */
export async function acquireWriterLock(file: string, waitMs = LOCK_WAIT_MS): Promise<WriterLock> {
  const real = await realWorkbookPath(file);
  const lock = lockPathOf(real);
  const handle: WriterLock = { file: real, lock, release: () => releaseLock(lock) };
  const count = held.get(lock);
  if (count) {
    held.set(lock, count + 1);
    return handle;
  }
  const me: LockOwner = { program: LOCK_PROGRAM, pid: process.pid, host: os.hostname(), time: new Date().toISOString() };
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await fs.writeFile(lock, JSON.stringify(me), { flag: "wx" });
      held.set(lock, 1);
      if (held.size === 1) watchExit();
      return handle;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== "EEXIST") {
        // No lock can be made here (read-only folder, missing folder): let the read or the save say why.
        return { file: real, lock, release: async () => undefined };
      }
    }
    const other = await readLock(lock);
    if (!other) continue; // released between our attempt and the read
    if (isStale(other.owner, other.mtimeMs)) {
      await removeStale(lock, other.raw);
      continue;
    }
    if (Date.now() >= deadline) {
      const o = other.owner;
      throw new AppError("FILE_TDKT_BUSY", {
        file: path.resolve(file),
        pid: o ? o.pid : "?",
        host: o ? o.host : "?",
        time: o ? o.time.replace("T", " ").slice(0, 19) : "?",
        lock,
      });
    }
    await sleep(POLL_MS);
  }
}

async function releaseLock(lock: string): Promise<void> {
  const count = held.get(lock) ?? 0;
  if (count > 1) {
    held.set(lock, count - 1);
    return;
  }
  if (count === 0) return;
  held.delete(lock);
  if (held.size === 0) watchExit();
  const now = await readLock(lock);
  if (now?.owner?.pid === process.pid && now.owner.host === os.hostname()) await fs.rm(lock, { force: true });
}

/** True when this process holds the lock of `file`. */
export async function holdsWriterLock(file: string): Promise<boolean> {
  return held.has(lockPathOf(await realWorkbookPath(file)));
}

/** Releases every lock this process holds: the end of a command, whatever happened in it. */
export async function releaseAllWriterLocks(): Promise<void> {
  const locks = [...held.keys()];
  for (const lock of locks) {
    held.set(lock, 1);
    await releaseLock(lock);
  }
}

/**
 * A process that ends without releasing (an uncaught error) leaves no lock; a killed one leaves a stale
 * lock, which the next command takes over. The exit hook is there only while a lock is held, so a
 * process that loads this module many times (a test runner) does not pile up listeners.
 */
function removeHeldOnExit(): void {
  for (const lock of held.keys()) {
    try {
      unlinkSync(lock);
    } catch {
      // already gone
    }
  }
}

function watchExit(): void {
  if (held.size > 0) process.on("exit", removeHeldOnExit);
  else process.off("exit", removeHeldOnExit);
}
