/**
 * Message and finding codes are types: a misspelt code fails `npm run typecheck` rather than throwing the
 * first time a clerk meets the message. Compiles small files against the real catalog and finding table.
 */
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");

function errorsOf(source: string): string[] {
  const file = path.join(ROOT, "test/architecture/__typed_codes_probe__.ts");
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ["lib.es2021.d.ts"],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (f) => (path.resolve(f) === file ? source : readFile(f));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => path.resolve(f) === file || fileExists(f);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

const HEADER = `
import { msg } from "../../src/i18n";
import { AppError } from "../../src/shared/errors";
import { finding } from "../../src/domain/findingCodes";
`;

test("codes that exist compile", () => {
  expect(
    errorsOf(`${HEADER}
msg("SHEET_CREATED", { sheet: "Kế hoạch" });
new AppError("FILE_NOT_XLSX", { file: "a.xlsx" });
finding("UNIT_CODE_MISSING", "Đơn vị", "A2");
`),
  ).toEqual([]);
});

test("a misspelt message code is a type error", () => {
  const errors = errorsOf(`${HEADER}msg("SHEET_CRAETED");`);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(`"SHEET_CRAETED"`);
});

test("a misspelt error code is a type error", () => {
  const errors = errorsOf(`${HEADER}new AppError("FILE_NOT_XSLX");`);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(`"FILE_NOT_XSLX"`);
});

test("a message that is not a finding cannot be reported as one", () => {
  // SHEET_CREATED is a message, but not a finding: it has no severity in the finding table.
  const errors = errorsOf(`${HEADER}finding("SHEET_CREATED", "Đơn vị", "A2");`);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(`"SHEET_CREATED"`);
});
