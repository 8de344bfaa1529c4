/**
 * The command line as the tests run it. `tdkt` calls the CLI's own `run(argv, io, cwd)` inside the test's
 * process: the same parsing, commands and messages as `node bin/tdkt.js`, without starting node and
 * transpiling src/ again for every call (that cost two minutes in one file). `tdktBin` starts the real bin
 * in a child process: for the smoke test of the launcher itself and for runs as another user, which a
 * process cannot switch to in-process.
 */
import { execFile } from "child_process";
import * as path from "path";
import { run } from "../../src/cli/main";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin", "tdkt.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall-clock milliseconds of the run (for the bin, the start of node included). */
  ms: number;
}

export interface CliOptions {
  /** The folder relative paths are resolved against (default: the repository). */
  cwd?: string;
  /** Run the bin as this user (a child process): how the tests see what a user without rights sees. */
  uid?: number;
  gid?: number;
}

/** `tdkt …args` in-process, with stdout and stderr captured as the bin would print them. */
export async function tdkt(args: string[], options: CliOptions = {}): Promise<CliRun> {
  if (options.uid !== undefined) return tdktBin(args, options);
  const start = Date.now();
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (line: string) => void out.push(line + "\n"), err: (line: string) => void err.push(line + "\n") };
  let code: number;
  try {
    code = await run(args, io, options.cwd ?? ROOT);
  } catch (e) {
    // what bin/tdkt.js does with a rejection that escaped run()
    err.push(String((e as Error)?.stack ?? e) + "\n");
    code = 1;
  }
  return { code, stdout: out.join(""), stderr: err.join(""), ms: Date.now() - start };
}

/** `node bin/tdkt.js …args` in a child process, from the sources (no build needed). */
export function tdktBin(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const start = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, TDKT_FROM_SOURCE: "1" },
        maxBuffer: 64 * 1024 * 1024,
        ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid } : {}),
      },
      (e, stdout, stderr) => {
        const code = e ? (typeof e.code === "number" ? e.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr), ms: Date.now() - start });
      },
    );
  });
}
