/**
 * Takes the evals out of exceljs's browser build, so that the shipped JS holds none and
 * test/manifest/build.test.ts can forbid every eval in every chunk. The pane's CSP has no 'unsafe-eval', so
 * none of them could run anyway; each is replaced by what it means in a browser, or by an error at the same place:
 * - the setImmediate polyfill (from the `setimmediate` package) turns a string callback into code with
 *   `new Function("" + callback)`. Nothing passes it a string (exceljs and its dependencies pass functions);
 *   a string now throws a TypeError there instead of the CSP's EvalError.
 * - lodash-style "find the global object" fallbacks end in `Function("return this")()`, reached only when
 *   `self`, `global` and a sloppy `this` are all missing; in a browser that is `globalThis`.
 * - regenerator-runtime assigns itself with `Function("r", "regeneratorRuntime = r")(n)` only where `globalThis`
 *   does not exist, which every browser Office supports has; there it does nothing.
 * Each pattern must occur as often as in exceljs 4.4.0: a new exceljs that reads differently fails the build
 * (not the pane), and the patterns are updated then. JSZip's browser build (dist/jszip.min.js, which the add-in
 * imports for its package reading and lossless save) carries the same setImmediate polyfill and nothing else;
 * the rule for it passes `{ counts: { setImmediate: 1 } }`, and the patterns it does not name must not occur.
 */
const REPLACEMENTS = [
  {
    name: "setImmediate",
    pattern: '"function"!=typeof e&&(e=new Function(""+e))',
    replacement: '"function"!=typeof e&&function(){throw new TypeError("setImmediate: callback is not a function")}()',
    count: 1,
  },
  { name: "globalThis", pattern: 'Function("return this")()', replacement: "globalThis", count: 6 },
  { name: "regenerator", pattern: 'Function("r","regeneratorRuntime = r")(n)', replacement: "void 0", count: 1 },
];

module.exports = function noEvalLoader(source) {
  const counts = (this.getOptions && this.getOptions().counts) || undefined;
  let out = source;
  for (const { name, pattern, replacement, count: standard } of REPLACEMENTS) {
    const count = counts ? (counts[name] ?? 0) : standard;
    const found = out.split(pattern).length - 1;
    if (found !== count) {
      throw new Error(
        `no-eval-loader: expected ${JSON.stringify(pattern)} ${count} time(s) in ${this.resourcePath}, found ${found}`,
      );
    }
    out = out.split(pattern).join(replacement);
  }
  return out;
};
