/**
 * The one production build the tests use: test/manifest/build.test.ts checks it as it would be deployed and
 * the end-to-end tests serve it. Building takes 25–100 s on two cores, so it is built once into
 * test-artifacts/e2e-dist/<hash of its inputs> and reused until a source file changes; a lock directory
 * makes a second jest worker wait for the first build instead of starting its own. It is built for
 * TEST_PUBLIC_URL, not the default, so the build test sees the manifest rewritten to the URL it was given.
 * PANE_DIST (an existing `npm run build` output) skips the build altogether.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { buildProduction } from "../../bench/bundle";

export const ROOT = join(__dirname, "..", "..");

/** The public URL the shared build is made for (ADDIN_PUBLIC_URL). */
export const TEST_PUBLIC_URL = "https://tdkt.test-phuong.example";
const CACHE = join(ROOT, "test-artifacts", "e2e-dist");
const INPUTS = ["src", "assets", "webpack", "webpack.config.js", "package-lock.json", "tsconfig.json", "manifest.xml"];
const DONE = ".built";

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => files(join(path, f)));
}

/** Changes whenever anything the build reads changes (committed or not). */
export function buildKey(): string {
  const h = createHash("sha256");
  for (const f of INPUTS.flatMap((p) => files(join(ROOT, p)))) {
    h.update(relative(ROOT, f));
    h.update("\0");
    h.update(readFileSync(f));
    h.update("\0");
  }
  return h.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The production build of the current sources (also what `npm run bench` measures). */
export async function ensureDist(): Promise<{ dist: string; built: boolean; seconds: number; peakRssMB?: number }> {
  const t0 = Date.now();
  if (process.env.PANE_DIST) return { dist: process.env.PANE_DIST, built: false, seconds: 0 };
  const key = buildKey();
  const dist = join(CACHE, key);
  const lock = `${dist}.lock`;
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    if (existsSync(join(dist, DONE))) return { dist, built: false, seconds: (Date.now() - t0) / 1000 };
    try {
      mkdirSync(lock);
    } catch {
      // another worker is building; a lock older than 15 minutes is from a run that died
      if (Date.now() - statSync(lock).mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      await sleep(1000);
      continue;
    }
    try {
      let build: { seconds: number; peakRssMB: number } | undefined;
      if (!existsSync(join(dist, DONE))) {
        rmSync(dist, { recursive: true, force: true });
        build = buildProduction(dist, { ADDIN_PUBLIC_URL: `${TEST_PUBLIC_URL}/` });
        writeFileSync(join(dist, DONE), new Date().toISOString());
        // builds of older sources are never served again
        for (const old of readdirSync(CACHE))
          if (old !== key && !old.endsWith(".lock")) rmSync(join(CACHE, old), { recursive: true, force: true });
      }
      return { dist, built: build !== undefined, seconds: (Date.now() - t0) / 1000, peakRssMB: build?.peakRssMB };
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
