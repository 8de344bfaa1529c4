/**
 * Two `tdkt` commands started together on one workbook, as two real processes (bin/tdkt.js): either both
 * results are in the file, or one command refused with a clear message and a non-zero exit. Never both
 * saying they saved while one result is lost.
 */
import { spawn } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { tdktBin as tdkt, type CliRun } from "../support/cli";
import { cleanWorkbook } from "../support/corpus";
import { tempDir } from "../support/xlsx";

jest.setTimeout(240_000);

/** The sheets a run says it created or replaced ("Đã tạo trang “X”", "Đã cập nhật trang “X”"). */
function sheetsSaid(run: CliRun): string[] {
  return [...run.stdout.matchAll(/Đã (?:tạo|cập nhật) trang “([^”]+)”/g)].map((m) => m[1]!);
}

async function sheetsIn(file: string): Promise<string[]> {
  const wb = await ExcelJsWorkbook.fromBuffer(await fs.readFile(file));
  return (await wb.listSheets()).map((s) => s.name);
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir("tdkt-concurrent-")));
afterAll(() => cleanup());

test("rank and summary started together on one file: both results kept, or one refused clearly", async () => {
  const file = path.join(dir, "so-tdkt.xlsx");
  await fs.writeFile(file, await (await cleanWorkbook()).toBuffer());
  const before = await sheetsIn(file);

  const [rank, summary] = await Promise.all([
    tdkt(["rank", file, "--round", "D1", "--today", "20/02/2024"]),
    tdkt(["summary", file, "--round", "D1", "--today", "20/02/2024"]),
  ]);
  const after = await sheetsIn(file);
  let saved = 0;
  for (const run of [rank, summary]) {
    if (run.code === 0) {
      saved++;
      expect(run.stdout).toContain("Đã ghi sổ tính");
      const said = sheetsSaid(run);
      expect(said.length).toBeGreaterThan(0);
      // every sheet it said it made is in the file
      for (const s of said) expect(after).toContain(s);
    } else {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("một lệnh tdkt khác đang làm việc trên tệp này");
      expect(run.stderr).toContain("another tdkt command is working on it");
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  }
  expect(saved).toBeGreaterThanOrEqual(1);
  expect(after).toEqual(expect.arrayContaining(before));
  expect(after).toContain("Xếp hạng Đ1");
  // no lock and no temporary file is left beside the workbook
  expect((await fs.readdir(dir)).filter((n) => n.startsWith("."))).toEqual([]);
});

test("a command on a file another tdkt holds waits, then refuses with exit 1 and a clear message, the file unchanged", async () => {
  const file = path.join(dir, "dang-ban.xlsx");
  await fs.writeFile(file, await (await cleanWorkbook()).toBuffer());
  const before = await fs.readFile(file);
  const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  const lock = path.join(dir, ".~tdkt.dang-ban.xlsx#");
  try {
    await fs.writeFile(lock, JSON.stringify({ program: "tdkt", pid: holder.pid, host: os.hostname(), time: new Date().toISOString() }));
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(["rank", file, "--round", "D1"], { out: (l) => out.push(l), err: (l) => err.push(l) }, dir);
    expect(code).toBe(1);
    const said = err.join("\n");
    expect(said).toContain(`một lệnh tdkt khác đang làm việc trên tệp này (tiến trình ${holder.pid}`);
    expect(said).toContain(`xoá tệp khoá ${lock}`);
    expect(said).toContain("another tdkt command is working on it");
    expect(said).toContain("Không ghi gì vào tệp.");
    expect(out.join("\n")).not.toContain("Đã ghi sổ tính");
    expect(await fs.readFile(file)).toEqual(before);
  } finally {
    holder.kill();
    await fs.rm(lock, { force: true });
  }
});
