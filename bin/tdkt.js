#!/usr/bin/env node
/*
 * `tdkt` launcher. Runs the compiled CLI (build/cli/main.js, from `npm run build:cli`) when it exists and
 * is not older than the sources; otherwise runs the TypeScript sources through ts-node (transpile only,
 * commonjs), so `npx tdkt` works in a fresh clone right after `npm ci` and always runs what is on disk
 * during development. TDKT_FROM_SOURCE=1 forces the sources.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const built = path.join(root, "build", "cli", "main.js");
const source = path.join(root, "src", "cli", "main.ts");

function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (e.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function useBuild() {
  if (process.env.TDKT_FROM_SOURCE === "1") return false;
  if (!fs.existsSync(built)) return false;
  if (!fs.existsSync(source)) return true;
  // A build older than the sources would run yesterday's code: prefer the sources then.
  return fs.statSync(built).mtimeMs >= newestMtime(path.join(root, "src"));
}

function load() {
  if (useBuild()) return require(built);
  try {
    require.resolve("ts-node");
  } catch {
    process.stderr.write(
      "Chưa biên dịch công cụ dòng lệnh và thiếu ts-node: chạy `npm ci` (hoặc `npm run build:cli`).\n" +
        "  (The command line is not compiled and ts-node is missing: run `npm ci` or `npm run build:cli`.)\n",
    );
    process.exit(1);
  }
  require("ts-node").register({
    project: path.join(root, "tsconfig.json"),
    transpileOnly: true,
    compilerOptions: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx" },
  });
  return require(source);
}

load()
  .run(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(String((e && e.stack) || e) + "\n");
      process.exitCode = 1;
    },
  );
