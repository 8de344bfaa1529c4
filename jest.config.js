/**
 * Three tiers of tests (DESIGN.md §2), one `npm test` for all of them:
 * - unit: the domain, sheet codecs, messages and the pane in jsdom; pure and fast, the edit-test loop
 *   (`npm run test:unit`);
 * - integration: commands on the exceljs host, the office adapter on the fake Excel, the CLI in-process,
 *   files on disk (`npm run test:integration`);
 * - external: other programs (LibreOffice, Chromium, webpack's production build, the real bin)
 *   (`npm run test:external`).
 */
// Regular expressions over a test file's path, so one list serves as a project's tests and as what another ignores.
const UNIT = ["/test/(architecture|domain|sheets|i18n|taskpane)/.*\\.test\\.tsx?$", "/test/e2e/previewModel\\.test\\.ts$"];
const EXTERNAL = [
  "\\.libreoffice\\.test\\.ts$",
  "/test/workbook/libreoffice\\.test\\.ts$",
  "/test/manifest/build\\.test\\.ts$",
  "/test/e2e/(pane|largeWorkbook)\\.test\\.ts$",
  "/test/cli/(demo|concurrent|brokenPipe)\\.test\\.ts$",
];

/** @type {import('jest').Config} */
const common = {
  // node, with the test files in the worker's own context (see the file): jsdom files name their own environment.
  testEnvironment: "<rootDir>/test/support/singleContextEnvironment.js",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true, resolveJsonModule: true } },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum; the full package pulls ESM-only modules jest cannot load.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

/** Built once per run before the files that use them (a project's setup runs only when one of its files does). */
const sharedFixtures = {
  globalSetup: "<rootDir>/test/support/globalSetup.ts",
  globalTeardown: "<rootDir>/test/support/globalTeardown.ts",
};

/** @type {import('jest').Config} */
module.exports = {
  // Two workers on two cores: much of the suite waits on LibreOffice, Chromium and webpack in child processes.
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    { ...common, displayName: "unit", testRegex: UNIT },
    {
      ...common,
      displayName: "integration",
      testRegex: ["\\.test\\.tsx?$"],
      testPathIgnorePatterns: ["/node_modules/", ...UNIT, ...EXTERNAL],
      ...sharedFixtures,
    },
    { ...common, displayName: "external", testRegex: EXTERNAL, ...sharedFixtures },
  ],
};
