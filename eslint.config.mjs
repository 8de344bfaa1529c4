// office-addin-lint picks this file up: Microsoft's Office add-in rules (no-context-sync-in-loop,
// load-before-read, …) plus prettier, with the Node globals where code runs in Node (CLI, bench, tests).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "out/**", "test-artifacts/**"] },
  ...officeAddins.configs.recommended,
  ...officeAddins.configs.react,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser, globals: { ...globals.browser } },
    // TypeScript itself reports real redeclarations; the base rule misreads a const and a type of one name.
    rules: { "no-redeclare": "off" },
  },
  {
    // The Office load/sync rules look at property reads by shape; exceljs objects there are not Office proxies.
    files: ["src/workbook/exceljs/**"],
    rules: { "office-addins/call-sync-before-read": "off", "office-addins/load-object-before-read": "off" },
  },
  {
    files: ["src/cli/**", "src/workbook/exceljs/file.ts", "src/workbook/exceljs/writerLock.ts", "src/workbook/exceljs/stream.ts", "src/workbook/exceljs/streamed.ts", "src/workbook/exceljs/zip.ts", "bench/**", "test/**", "bin/**"],
    languageOptions: { globals: { ...globals.node } },
  },
];
