/**
 * `npm run bench`: every bench module runs in a child process of its own, so the peak memory printed for
 * a step is that step's (plus Node's baseline, printed first), not the sum of everything before it.
 * Figures are from one run on this machine: read them as orders of magnitude and compare the ratios.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import type { BenchRow } from "./types";

interface Suite {
  title: string;
  module: string;
  fn: string;
}

const SUITES: Suite[] = [
  { title: "Lay out the plan", module: "./layout", fn: "benchLayout" },
  { title: "Read a 30-page plan document, and lay it out", module: "./planDocument", fn: "benchPlanDocument" },
  { title: "Validate", module: "./validation", fn: "benchValidation" },
  { title: "Ranking", module: "./ranking", fn: "benchRanking" },
  { title: "Linear in the number of scores", module: "./linearity", fn: "benchLinearity" },
  { title: "In-place save: lossless merge against the whole rewrite", module: "./save", fn: "benchSave" },
  { title: "Whole commands at province scale", module: "./commands", fn: "benchCommands" },
  { title: "Office adapter: syncs and request sizes", module: "./office", fn: "benchOffice" },
  { title: "The year's awards at province size", module: "./awards", fn: "benchAwards" },
  { title: "The year's awards at province size on the office adapter: syncs", module: "./awards", fn: "benchAwardsOffice" },
  { title: "Pane bundle", module: "./bundle", fn: "benchBundle" },
  { title: "Unit forms, families and the khối", module: "./units", fn: "benchUnits" },
];

function runChild(suite: Suite): BenchRow[] | string {
  const child = path.join(__dirname, "child.ts");
  try {
    const out = execFileSync(
      process.execPath,
      ["--expose-gc", "--max-old-space-size=4096", "-r", "ts-node/register/transpile-only", child, suite.module, suite.fn],
      {
        cwd: path.join(__dirname, ".."),
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs"}' },
      },
    );
    const line = out.split("\n").find((l) => l.startsWith("BENCH_JSON "));
    if (!line) return `no result (output: ${out.slice(-500)})`;
    return JSON.parse(line.slice("BENCH_JSON ".length)) as BenchRow[];
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    return `failed: ${(err.stderr || err.message).split("\n").slice(0, 8).join("\n  ")}`;
  }
}

function fmt(n: number, digits = 3): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(digits);
}

function main(): void {
  const only = process.argv.slice(2);
  const baseline = runChild({ title: "baseline", module: "./baseline", fn: "benchBaseline" });
  console.log(
    `TĐKT add-in bench — ${new Date().toISOString()} — node ${process.version}, ${require("node:os").cpus().length} cores`,
  );
  if (Array.isArray(baseline))
    console.log(`Node + ts-node baseline peak RSS: ${fmt(baseline[0].peakRssMB)} MB (included in every figure below)`);
  for (const suite of SUITES) {
    if (only.length && !only.some((o) => suite.module.includes(o))) continue;
    console.log(`\n## ${suite.title}`);
    const rows = runChild(suite);
    if (typeof rows === "string") {
      console.log(`  ${rows}`);
      continue;
    }
    const width = Math.max(...rows.map((r) => r.name.length), 10);
    for (const r of rows) {
      console.log(
        `  ${r.name.padEnd(width)}  ${fmt(r.seconds).padStart(8)} s  ${fmt(r.peakRssMB, 0).padStart(6)} MB${r.note ? `  ${r.note}` : ""}`,
      );
    }
  }
}

main();
