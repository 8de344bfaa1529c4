/**
 * webpack/no-eval-loader.js on the exceljs that is installed: what it leaves parses, holds no eval, and a
 * pattern that is not where it was expected stops the build instead of shipping an eval.
 */
import { readFileSync } from "fs";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../webpack/no-eval-loader.js") as (this: { resourcePath: string }, source: string) => string;

const EXCELJS = join(__dirname, "..", "..", "node_modules", "exceljs", "dist", "exceljs.min.js");
const EVAL = /.{0,40}(\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|setTimeout\s*\(\s*["'`]).{0,30}/g;
const run = (source: string) => loader.call({ resourcePath: EXCELJS }, source);

describe("no-eval loader", () => {
  const source = readFileSync(EXCELJS, "utf8");

  it("leaves exceljs's browser build without an eval, still a script that parses", () => {
    expect([...source.matchAll(EVAL)].length).toBeGreaterThan(0);
    const out = run(source);
    expect([...out.matchAll(EVAL)].map((m) => m[0])).toEqual([]);
    // parsing only: new Function here is the test's, in Node, never in the pane
    expect(() => new Function(out)).not.toThrow();
    expect(out).toContain('throw new TypeError("setImmediate: callback is not a function")');
  });

  it("fails when exceljs changed and a pattern is missing or more frequent", () => {
    expect(() => run(source.replace('Function("return this")()', "globalThis"))).toThrow(/found 5/);
    expect(() => run(`${source};Function("return this")()`)).toThrow(/found 7/);
  });
});
