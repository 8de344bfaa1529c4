/**
 * The command line as a user runs it: `node bin/tdkt.js …` in a child process. Every CLI test goes
 * through this one runner, so they all start the bin the same way (from source, without a build).
 */
import { execFile, type ExecFileOptions } from "child_process";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin", "tdkt.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall-clock milliseconds of the run, start of node included. */
  ms: number;
}

export function tdkt(args: string[], options: ExecFileOptions = {}): Promise<CliRun> {
  const start = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, TDKT_FROM_SOURCE: "1" },
        maxBuffer: 64 * 1024 * 1024,
        ...options,
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr), ms: Date.now() - start });
      },
    );
  });
}
