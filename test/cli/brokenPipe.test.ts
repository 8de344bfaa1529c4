/**
 * `tdkt … | head`: the reader closes the pipe after the first lines. The command ends quietly (no EPIPE
 * stack trace) and still does its work: the workbook is saved and the exit code is the command's own.
 */
import { spawn } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { BIN, ROOT } from "../support/cli";
import { tempDir } from "../support/xlsx";

jest.setTimeout(120_000);

/** Runs the bin with its stdout closed at once by the reader; returns the exit code and stderr. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, TDKT_FROM_SOURCE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir("tdkt-pipe-")));
afterAll(() => cleanup());

test("help piped into a reader that closed: exit 0, nothing on stderr", async () => {
  const run = await runWithClosedStdout(["--help"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
});

test("layout piped into a reader that closed: the workbook is still written, quietly", async () => {
  const file = path.join(dir, "so.xlsx");
  const run = await runWithClosedStdout(["layout", file, "--sample"]);
  expect(run.stderr).not.toContain("EPIPE");
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect((await fs.stat(file)).size).toBeGreaterThan(10_000);
});
