/** Runs one bench function in this process and prints its rows as one JSON line for bench/run.ts. */
import type { BenchRow } from "./types";

async function main(): Promise<void> {
  const [mod, fn] = process.argv.slice(2);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is chosen at run time by the harness
  const m = require(mod) as Record<string, () => Promise<BenchRow[]>>;
  if (typeof m[fn] !== "function") throw new Error(`${mod} has no export ${fn}`);
  const rows = await m[fn]();
  process.stdout.write(`BENCH_JSON ${JSON.stringify(rows)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
