/**
 * The title drop-down of `Đăng ký` offers only the titles of the row's subject kind. The list source is a
 * formula (IF/OFFSET over `Danh hiệu`); HyperFormula cannot parse an OFFSET with computed arguments, so its
 * arguments are evaluated by HyperFormula at the validated cell (relative references moved the way Excel
 * moves them), and the OFFSET is then evaluated by HyperFormula with those numbers.
 */
import { HyperFormula } from "hyperformula";
import { prepareRound } from "../../src/app/prepare";
import { layoutPlan } from "../../src/app/layout";
import { defaultTitles, type Title } from "../../src/domain/titles";
import { buildTitlesSheet, readTitles } from "../../src/sheets/titles";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { ctxOf, sheet, type } from "../support/corpus";

/** Top-level arguments of `NAME(...)` in a formula without the leading "=". */
function callArgs(formula: string, name: string): string[] {
  if (!formula.startsWith(`${name}(`) || !formula.endsWith(")")) throw new Error(`not a ${name} call: ${formula}`);
  const inner = formula.slice(name.length + 1, -1);
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      out.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  out.push(inner.slice(start));
  return out;
}

/** The choices Excel shows in the title drop-down of `Đăng ký` at (0-based) `row`, from the saved file. */
async function titleChoices(wb: ExcelJsWorkbook, row: number): Promise<string[]> {
  const reg = sheet(wb, "Đăng ký");
  const titleCol = 5;
  const dv = reg.getCell(row + 1, titleCol).dataValidation;
  expect(dv.type).toBe("list");
  const source = String(dv.formulae?.[0] ?? "");
  // Excel refuses a validation formula over 255 characters.
  expect(source.length).toBeLessThanOrEqual(255);

  const data = await wb.readSheets(["Danh hiệu", "Đăng ký"]);
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true });
  for (const d of data) {
    const id = hf.getSheetId(hf.addSheet(d.name))!;
    hf.setSheetContent(
      id,
      d.values.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v))),
    );
  }
  const regId = hf.getSheetId("Đăng ký")!;
  // The validation's formulas are relative to the top-left cell of its range (row 2): a reference whose
  // row has no "$" moves down with the validated cell, as Excel moves it.
  const topRow = 1;
  const moved = (expr: string) =>
    expr.replace(
      /(?<![A-Za-z0-9_$])(\$?[A-Z]{1,3})(\d+)(?![\d(])/g,
      (_, col: string, r: string) => `${col}${Number(r) + row - topRow}`,
    );
  const scratchCol = 40;
  const at = (expr: string) => {
    hf.setCellContents({ sheet: regId, row, col: scratchCol }, [[`=${moved(expr)}`]]);
    return hf.getCellValue({ sheet: regId, row, col: scratchCol });
  };
  const [cond, whole, offset] = callArgs(source, "IF");
  // HyperFormula does not spill a bare range: count its rows, then read each by INDEX.
  const choose = (ref: string): string[] => {
    const n = at(`ROWS(${ref})`);
    expect(typeof n).toBe("number");
    const out: string[] = [];
    for (let k = 1; k <= Number(n); k++) {
      const v = at(`INDEX(${ref},${k},1)`);
      if (v !== null && v !== "") out.push(String(v));
    }
    return out;
  };
  if (at(cond) === true) return choose(whole);
  const [base, ...nums] = callArgs(offset, "OFFSET");
  const values = nums.map((n) => at(n));
  for (const v of values) expect(typeof v).toBe("number");
  return choose(`OFFSET(${base},${values.join(",")})`);
}

async function preparedWorkbook(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan(ctxOf(wb), { sample: true });
  expect((await prepareRound(ctxOf(wb), "D1")).ok).toBe(true);
  return wb;
}

const names = (kind: Title["kind"]) =>
  defaultTitles()
    .filter((t) => t.kind === kind)
    .map((t) => t.name);

describe("title drop-down on Đăng ký", () => {
  test("a person's row offers only individual titles, a unit's row only collective ones, a blank row all", async () => {
    const built = await preparedWorkbook();
    const wb = await ExcelJsWorkbook.fromBuffer(await built.toBuffer());
    type(wb, "Đăng ký", "B2", "Cá nhân");
    type(wb, "Đăng ký", "B3", "Tập thể");
    type(wb, "Đăng ký", "B9", "Cá nhân");
    const saved = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());

    const person = await titleChoices(saved, 1);
    expect(person).toEqual(names("person"));
    expect(person).toContain("Lao động tiên tiến");
    expect(person).not.toContain("Tổ dân phố văn hóa");

    const unit = await titleChoices(saved, 2);
    expect(unit).toEqual(names("unit"));
    expect(unit).not.toContain("Chiến sĩ thi đua cơ sở");

    // Further down the sheet each row still reads its own kind cell.
    expect(await titleChoices(saved, 8)).toEqual(names("person"));
    expect((await titleChoices(saved, 5)).sort()).toEqual(
      defaultTitles()
        .map((t) => t.name)
        .sort(),
    );
  });

  test("the catalogue is written grouped by kind, whatever the order given, and reads back the same titles", () => {
    const mixed = [...defaultTitles()].sort((a, b) => a.code.localeCompare(b.code));
    expect(mixed.map((t) => t.kind)).not.toEqual([...mixed.map((t) => t.kind)].sort());
    const spec = buildTitlesSheet(mixed, { ward: "PHƯỜNG NAM CƯỜNG" });
    const read = readTitles({ name: spec.name, values: spec.cells as (string | null)[][] });
    const kinds = read.map((t) => t.kind);
    // Each kind in one block: units, then people, then households.
    expect(kinds).toEqual([...kinds].sort((a, b) => ["unit", "person", "household"].indexOf(a) - ["unit", "person", "household"].indexOf(b)));
    expect(kinds.indexOf("person")).toBeGreaterThan(0);
    expect(read.map((t) => t.code).sort()).toEqual(mixed.map((t) => t.code).sort());
  });
});

describe("title drop-down through the office adapter", () => {
  test("the same formula source reaches Excel's list rule, on the title column only", async () => {
    const { FakeExcel } = await import("../support/fakeExcel");
    const { OfficeWorkbook } = await import("../../src/workbook/office/workbook");
    const { buildRegistrationsSheet } = await import("../../src/sheets/registrations");
    const fake = new FakeExcel({ nullChain: "propagate" });
    fake.apiVersion = "1.12";
    const wb = new OfficeWorkbook(fake.run, fake.isSetSupported, { now: () => new Date("2024-05-02T08:00:00Z") });
    const spec = buildRegistrationsSheet([], { ward: "PHƯỜNG NAM CƯỜNG" });
    await wb.writeSheets([spec]);
    const s = fake.sheet("Đăng ký");
    const titleRule = s.validations.find((v) => v.rect.col === 4);
    const source = (titleRule?.rule as { list?: { source: string } } | undefined)?.list?.source ?? "";
    expect(source).toMatch(/^=IF\(\$B2="",'Danh hiệu'!\$B\$2:\$B\$100,OFFSET\('Danh hiệu'!\$B\$1,MATCH\(\$B2,/);
    expect(titleRule?.rect.row).toBe(1);
    // The exceljs writer gets the very same source.
    const exceljsSource = spec.validations?.find((v) => v.range.col === 4);
    expect(exceljsSource && "source" in exceljsSource ? exceljsSource.source : "").toBe(source);
  });
});
