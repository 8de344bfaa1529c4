/**
 * Size of what Excel downloads when the pane opens: the JS files taskpane.html loads (minified, and gzip -9
 * as a web server would send them), against the 212 KiB gzip budget. The budget was 200 KiB until the year's
 * awards and the units' forms brought their message catalogs (14 KiB gzip of Vietnamese and English text) into
 * the one catalog the pane loads at start; loading those catalogs with the commands that use them is the way
 * back under 200. Measures the production build
 * of the current sources (test-artifacts/e2e-dist/<hash>, shared with the e2e tests), building it first when a
 * source changed (webpack production, in a child process so its time and memory are the build's own).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { peakRssMB, timed } from "./measure";
import type { BenchRow } from "./types";

export const PANE_GZIP_BUDGET = 212 * 1024;

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface PaneBundle {
  /** Local scripts taskpane.html loads, in page order (office.js from the CDN is not ours and not counted). */
  files: BundleFile[];
  bytes: number;
  gzipBytes: number;
  /** Chunks in dist/ that the page does not load up front (the browser host's exceljs). */
  lazy: BundleFile[];
}

const ROOT = path.join(__dirname, "..");

function measure(dist: string, file: string): BundleFile {
  const buf = readFileSync(path.join(dist, file));
  return { file, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
}

export function measurePaneBundle(dist: string = path.join(ROOT, "dist")): PaneBundle {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const local = srcs.filter((s) => !/^(https?:)?\/\//.test(s)).map((s) => s.replace(/^\.?\//, ""));
  const files = local.map((f) => measure(dist, f));
  const lazy = readdirSync(dist)
    .filter((f) => f.endsWith(".js") && !local.includes(f))
    .map((f) => measure(dist, f));
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
    lazy,
  };
}

/** Runs the production build into `outDir` in a child process; returns its wall time and peak memory. */
export function buildProduction(outDir: string, env: NodeJS.ProcessEnv = {}): { seconds: number; peakRssMB: number } {
  const script = `
    const webpack = require("webpack");
    const t0 = Date.now();
    Promise.resolve(require(${JSON.stringify(path.join(ROOT, "webpack.config.js"))})({ WEBPACK_BUILD: true }, { mode: "production" }))
      .then((config) => { config.output.path = process.argv[1]; return new Promise((resolve, reject) =>
        webpack(config, (err, stats) => err ? reject(err) : stats.hasErrors() ? reject(new Error(stats.toString("errors-only"))) : resolve())); })
      .then(() => process.stdout.write("BUILD " + JSON.stringify({ seconds: (Date.now() - t0) / 1000, peakRssMB: process.resourceUsage().maxRSS / 1024 })),
            (e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });`;
  const out = execFileSync(process.execPath, ["-e", script, outDir], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const line = out.split("\n").find((l) => l.startsWith("BUILD "));
  if (!line) throw new Error(`webpack printed no result: ${out.slice(-500)}`);
  return JSON.parse(line.slice("BUILD ".length)) as { seconds: number; peakRssMB: number };
}

const kib = (n: number) => (n / 1024).toFixed(1);

export async function benchBundle(): Promise<BenchRow[]> {
  // The e2e's build cache, keyed by a hash of every build input: a dist/ left from older sources would print a
  // stale size. It rebuilds only when a source changed (and PANE_DIST measures a given build instead).
  const { ensureDist } = await import("../test/support/dist");
  const built = await ensureDist();
  const dist = built.dist;
  const rows: BenchRow[] = [];
  if (built.built)
    rows.push({
      name: "webpack production build (sources changed)",
      seconds: built.seconds,
      peakRssMB: built.peakRssMB ?? peakRssMB(),
    });
  const { value: b, seconds } = await timed(() => measurePaneBundle(dist));
  rows.push({
    name: "pane JS loaded by taskpane.html",
    seconds,
    peakRssMB: peakRssMB(),
    note:
      `${kib(b.bytes)} KiB min, ${kib(b.gzipBytes)} KiB gzip (budget ${kib(PANE_GZIP_BUDGET)} KiB gzip); ` +
      b.files.map((f) => f.file).join(", "),
  });
  // What Excel has fetched after the first command: the eager JS plus the command chunks (prefetched when idle);
  // the browser host's chunks (its own, the workbook worker's and the one with exceljs, which writes SpreadsheetML)
  // never load there.
  const excel = b.lazy.filter(
    (f) => !/^(standalone|workbook-)/.test(f.file) && !readFileSync(path.join(dist, f.file), "utf8").includes("spreadsheetml"),
  );
  rows.push({
    name: "JS in Excel after the first command",
    seconds: 0,
    peakRssMB: peakRssMB(),
    note: `${kib(b.bytes + excel.reduce((s, f) => s + f.bytes, 0))} KiB min, ${kib(b.gzipBytes + excel.reduce((s, f) => s + f.gzipBytes, 0))} KiB gzip (eager + ${excel.map((f) => f.file).join(", ")})`,
  });
  for (const f of b.lazy) {
    rows.push({
      name: `lazy chunk ${f.file.replace(/\.[0-9a-f]{8}\.js$/, "")}`,
      seconds: 0,
      peakRssMB: peakRssMB(),
      note: `${kib(f.bytes)} KiB min, ${kib(f.gzipBytes)} KiB gzip, ${excel.includes(f) ? "Excel: on the first command (prefetched)" : "browser host only"}`,
    });
  }
  return rows;
}
