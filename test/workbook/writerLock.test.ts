/**
 * tdkt's own lock beside a workbook: one writer at a time. A lock of a running process makes a second
 * writer wait, then refuse clearly; a lock left by a killed run is taken over.
 */
import { spawn, type ChildProcess } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { saveWorkbookFile } from "../../src/workbook/exceljs/file";
import { acquireWriterLock, releaseAllWriterLocks } from "../../src/workbook/exceljs/writerLock";
import { errorOf, tempDir, unitBook } from "../support/xlsx";

jest.setTimeout(30_000);

/** Another process that runs until killed: the holder of a lock that is not stale. */
function otherProcess(): ChildProcess {
  return spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
}

function lockText(pid: number, time = new Date()): string {
  return JSON.stringify({ program: "tdkt", pid, host: os.hostname(), time: time.toISOString() });
}

describe("tdkt's writer lock", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let child: ChildProcess | undefined;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(async () => {
    child?.kill();
    child = undefined;
    await releaseAllWriterLocks();
    await cleanup();
  });

  it("is a file beside the workbook naming pid, host and time, removed when released", async () => {
    const file = path.join(dir, "so.xlsx");
    const lock = await acquireWriterLock(file);
    const lockFile = path.join(dir, ".~tdkt.so.xlsx#");
    expect(lock.lock).toBe(lockFile);
    const owner = JSON.parse(await fs.readFile(lockFile, "utf8")) as Record<string, unknown>;
    expect(owner.program).toBe("tdkt");
    expect(owner.pid).toBe(process.pid);
    expect(owner.host).toBe(os.hostname());
    expect(Math.abs(Date.parse(String(owner.time)) - Date.now())).toBeLessThan(10_000);
    // the same process taking it again (open, then save) does not wait for itself
    await saveWorkbookFile(await unitBook("TDP01"), file);
    expect((await fs.readdir(dir)).sort()).toEqual([".~tdkt.so.xlsx#", "so.xlsx"]);
    await lock.release();
    expect(await fs.readdir(dir)).toEqual(["so.xlsx"]);
  });

  it("held by a running process: a save waits, then refuses clearly and writes nothing", async () => {
    const file = path.join(dir, "so.xlsx");
    await saveWorkbookFile(await unitBook("TDP01"), file);
    const before = await fs.readFile(file);
    child = otherProcess();
    const lockFile = path.join(dir, ".~tdkt.so.xlsx#");
    const held = lockText(child.pid!);
    await fs.writeFile(lockFile, held);
    const started = Date.now();
    const e = await errorOf(saveWorkbookFile(await unitBook("TDP02"), file));
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(4000);
    expect(waited).toBeLessThan(15_000);
    expect(e.code).toBe("FILE_TDKT_BUSY");
    expect(e.text.vi).toContain("một lệnh tdkt khác đang làm việc trên tệp này");
    expect(e.text.vi).toContain(`tiến trình ${child.pid}`);
    expect(e.text.vi).toContain(lockFile);
    expect(e.text.en).toContain("another tdkt command is working on it");
    expect(await fs.readFile(file)).toEqual(before);
    // the other process's lock is left alone
    expect(await fs.readFile(lockFile, "utf8")).toBe(held);
  });

  it("released while a second writer waits: the second one goes on", async () => {
    const file = path.join(dir, "so.xlsx");
    child = otherProcess();
    const lockFile = path.join(dir, ".~tdkt.so.xlsx#");
    await fs.writeFile(lockFile, lockText(child.pid!));
    setTimeout(() => void fs.rm(lockFile), 800);
    const started = Date.now();
    await saveWorkbookFile(await unitBook("TDP02"), file);
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
    expect(await fs.readdir(dir)).toEqual(["so.xlsx"]);
  });

  it("left by a killed run (its pid no longer runs, or it predates the last boot) is taken over", async () => {
    const file = path.join(dir, "so.xlsx");
    const lockFile = path.join(dir, ".~tdkt.so.xlsx#");
    // pid 2^22+1 is above Linux's pid_max, so no process runs under it
    await fs.writeFile(lockFile, lockText(4194305));
    const started = Date.now();
    await saveWorkbookFile(await unitBook("TDP01"), file);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await fs.readdir(dir)).toEqual(["so.xlsx"]);
    // our own pid, but written before this machine started: a reused pid, not us
    child = otherProcess();
    const beforeBoot = new Date(Date.now() - (os.uptime() + 3600) * 1000);
    await fs.writeFile(lockFile, lockText(child.pid!, beforeBoot));
    await saveWorkbookFile(await unitBook("TDP02"), file);
    expect(await fs.readdir(dir)).toEqual(["so.xlsx"]);
  });

  it("a workbook reached through a symlink shares the lock of its target", async () => {
    const real = path.join(dir, "so-goc.xlsx");
    const link = path.join(dir, "so.xlsx");
    await saveWorkbookFile(await unitBook("TDP01"), real);
    await fs.symlink(real, link);
    const lock = await acquireWriterLock(link);
    expect(lock.lock).toBe(path.join(dir, ".~tdkt.so-goc.xlsx#"));
    await lock.release();
  });
});
