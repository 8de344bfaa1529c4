/**
 * `tdkt validate` as a clerk runs it (the CLI's `run` in-process), on a file laid out, prepared and
 * filled in, then with one score typed above its maximum. The JSON is what a script would consume.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { fillValidScores, inputAddress, judgeSheetNames, readModel } from "../support/corpus";
import { tdkt } from "../support/cli";
import { tempDir } from "../support/xlsx";

jest.setTimeout(180_000);

interface JsonFinding {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  message_vi: string;
  message_en: string;
}

/** stdout must be the findings list and nothing else, each with exactly the documented fields. */
function parseFindings(stdout: string): JsonFinding[] {
  const parsed: unknown = JSON.parse(stdout);
  expect(Array.isArray(parsed)).toBe(true);
  for (const f of parsed as Record<string, unknown>[]) {
    expect(Object.keys(f).sort()).toEqual(["cell", "code", "message_en", "message_vi", "severity", "sheet"]);
    for (const k of ["code", "sheet", "cell", "message_vi", "message_en"]) expect(typeof f[k]).toBe("string");
    expect(["error", "warning"]).toContain(f.severity);
  }
  return parsed as JsonFinding[];
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("tdkt-validate-"));
});
afterAll(() => cleanup());

describe("tdkt validate --json", () => {
  test("warnings only: exit 0 and the JSON list; one score above its maximum: exit 1 and that sheet and cell", async () => {
    const file = path.join(dir, "so-tdkt.xlsx");
    const layout = await tdkt(["layout", file, "--sample"]);
    expect(layout.stderr).toBe("");
    expect(layout.code).toBe(0);
    const prepare = await tdkt(["prepare", file, "--round", "D1"]);
    expect(prepare.code).toBe(0);

    // The judges fill their sheets (the demo's sample scores); nobody has registered yet.
    const wb = await ExcelJsWorkbook.fromBuffer(await fs.readFile(file));
    await fillValidScores(wb);
    await fs.writeFile(file, await wb.toBuffer());

    const clean = await tdkt(["validate", file, "--round", "D1", "--json"]);
    expect(clean.code).toBe(0);
    const warnings = parseFindings(clean.stdout);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((f) => f.severity === "warning")).toBe(true);
    // Every unit is unregistered: one REG_MISSING per unit, on `Đơn vị`.
    const { units, criteria } = await readModel(wb);
    expect(warnings.filter((f) => f.code === "REG_MISSING" && f.sheet === "Đơn vị")).toHaveLength(units.length);

    // A judge types 1 point above the maximum of a criterion, in Excel (exceljs stands in for it here).
    const judge = (await judgeSheetNames(wb))[0];
    const crit = criteria.find((c) => !c.isGroup && c.kind === "base" && c.code === "I.1");
    if (!crit) throw new Error("no criterion I.1");
    const cell = await inputAddress(wb, judge, "TDP01", crit.code);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(file);
    raw.getWorksheet(judge)!.getCell(cell).value = crit.max + 1;
    await raw.xlsx.writeFile(file);

    const bad = await tdkt(["validate", file, "--round", "D1", "--json"]);
    expect(bad.code).toBe(1);
    const found = parseFindings(bad.stdout);
    const errors = found.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.sheet, f.cell])).toEqual([["SCORE_OUT_OF_RANGE", judge, cell]]);
    expect(errors[0].message_vi).toContain(String(crit.max + 1));
    expect(errors[0].message_en).toContain(crit.code);
  });
});
