/** Prepare round: one protected sheet per judge, inputs validated, totals that Excel and LibreOffice agree on, re-runs that keep scores. */
import { promises as fs } from "fs";
import * as path from "path";
import { prepareRound } from "../../src/app/prepare";
import { validateRoundCommand } from "../../src/app/validate";
import { layoutPlan } from "../../src/app/layout";
import { readScoringSheet, typedScores } from "../../src/sheets/scoring";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { cleanWorkbook, ctxOf, inputAddress, judgeSheetNames, readModel, sheet, type, unitRow } from "../support/corpus";
import { convertWithLibreOffice, parseCsv } from "../support/libreoffice";
import { tempDir } from "../support/xlsx";

/** 1-based column of the last formula of a row's values array (exceljs rows are 1-based). */
function formulasAt(values: unknown[]): number {
  let last = -1;
  values.forEach((v, i) => {
    if (typeof v === "object" && v !== null && "formula" in v) last = i;
  });
  return last;
}

async function typedOnJudgeSheets(wb: ExcelJsWorkbook) {
  const { units, criteria } = await readModel(wb);
  const data = await wb.readSheets(await judgeSheetNames(wb));
  return data.map((d) => [d.name, [...typedScores(d, readScoringSheet(d, criteria, units), criteria, units)]]);
}

async function prepared(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan(ctxOf(wb), { sample: true });
  const r = await prepareRound(ctxOf(wb), "D1");
  expect(r.ok).toBe(true);
  return wb;
}

describe("prepareRound", () => {
  test("one sheet per scoring member, headed with the round, the judge and their code", async () => {
    const wb = await prepared();
    const names = await judgeSheetNames(wb);
    // 11 members in the sample council, the chair does not score.
    expect(names).toHaveLength(10);
    expect(names).toContain("Chấm điểm Đ1 - Hạnh");
    expect(names).not.toContain("Chấm điểm Đ1 - Huy");
    const ws = sheet(wb, "Chấm điểm Đ1 - Hạnh");
    expect(String(ws.getCell("A1").value)).toContain("Đợt 1");
    expect(String(ws.getCell("B2").value)).toContain("Phạm Thị Hạnh");
    expect(ws.getCell("B3").value).toBe("M03");
    for (const n of ["Tiêu chí", "Danh hiệu", "Đăng ký"]) expect(wb.book.getWorksheet(n)).toBeDefined();
  });

  test("a judge's own units are left off their sheet and named in its header", async () => {
    const wb = await prepared();
    const { units, criteria } = await readModel(wb);
    const [data] = await wb.readSheets(["Chấm điểm Đ1 - Cường"]);
    const js = readScoringSheet(data, criteria, units);
    const idx = (code: string) => units.findIndex((u) => u.code === code);
    // Đỗ Mạnh Cường leads Công an phường (BN06) and its chi bộ (CB09).
    expect(js.rowOfUnit[idx("BN06")]).toBe(-1);
    expect(js.rowOfUnit[idx("CB09")]).toBe(-1);
    expect(js.rowOfUnit[idx("TDP01")]).toBeGreaterThan(0);
    expect(String(sheet(wb, "Chấm điểm Đ1 - Cường").getCell("A6").value)).toMatch(/BN06.*|CB09/);
    // Every other unit is there exactly once: 46 - 2.
    expect([...js.rowOfUnit].filter((r) => r >= 0)).toHaveLength(44);
  });

  test("inputs are unlocked with a decimal validation up to the criterion's maximum; totals are locked formulas", async () => {
    const wb = await prepared();
    const name = "Chấm điểm Đ1 - Trang";
    const ws = sheet(wb, name);
    // Read back from the saved file, as Excel would see it.
    const saved = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
    const sws = saved.book.getWorksheet(name)!;
    const cell = sws.getCell(await inputAddress(wb, name, "TDP01", "II.1"));
    expect(cell.dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 8] });
    expect(cell.style.protection?.locked).toBe(false);
    const veto = sws.getCell(await inputAddress(wb, name, "TDP01", "L.1"));
    expect(veto.dataValidation?.type).toBe("list");
    const r = await unitRow(wb, name, "TDP01");
    const total = ws.getRow(r).values as unknown[];
    const formulas = total.filter((v): v is { formula: string } => typeof v === "object" && v !== null && "formula" in v);
    expect(formulas).toHaveLength(4);
    expect(formulas[3].formula).toMatch(/^MAX\(0,ROUND\(MIN\([A-Z]+\d+,100\)\+MIN\([A-Z]+\d+,10\)-[A-Z]+\d+,2\)\)$/);
    expect(sws.getRow(r).getCell(formulasAt(total)).style.protection?.locked).not.toBe(false);
    expect((sws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  });

  test("LibreOffice recalculates every judge total to min(base,100) + min(bonus,10) − deductions", async () => {
    const wb = await cleanWorkbook();
    // Make the caps bite on one unit: bonus 11 (capped to 10) and a deduction.
    const name = "Chấm điểm Đ1 - Trang";
    type(wb, name, await inputAddress(wb, name, "TDP01", "TH.1"), 6);
    type(wb, name, await inputAddress(wb, name, "TDP01", "TH.2"), 3);
    type(wb, name, await inputAddress(wb, name, "TDP01", "TH.3"), 2);
    type(wb, name, await inputAddress(wb, name, "TDP01", "TR.3"), 4);
    const { dir, cleanup } = await tempDir();
    try {
      const file = path.join(dir, "so.xlsx");
      await fs.writeFile(file, await wb.toBuffer());
      const csvs = await convertWithLibreOffice(file, "csv", path.join(dir, "out"));
      const csv = csvs.find((f) => f.endsWith(`-${name}.csv`));
      expect(csv).toBeDefined();
      const rows = parseCsv(await fs.readFile(csv!, "utf8"));
      const { units, criteria } = await readModel(wb);
      const [data] = await wb.readSheets([name]);
      const js = readScoringSheet(data, criteria, units);
      let checked = 0;
      units.forEach((u, i) => {
        const r = js.rowOfUnit[i];
        if (r < 0) return;
        const block = js.blocks[js.blockOfUnit[i]];
        let base = 0, bonus = 0, ded = 0;
        criteria.forEach((c, ci) => {
          const col = block.colOfCriterion[ci];
          const v = col >= 0 ? data.values[r][col] : null;
          if (typeof v !== "number") return;
          if (c.kind === "base") base += v;
          else if (c.kind === "bonus") bonus += v;
          else if (c.kind === "deduction") ded += v;
        });
        const want = Math.max(0, Math.round((Math.min(base, 100) + Math.min(bonus, 10) - ded) * 100) / 100);
        const header = data.values[block.headerRow];
        const totalCol = header.findIndex((h) => h === "Tổng điểm");
        expect(Number(rows[r][totalCol])).toBeCloseTo(want, 6);
        checked++;
        if (u.code === "TDP01") expect(bonus).toBe(11);
      });
      expect(checked).toBe(45);
    } finally {
      await cleanup();
    }
  }, 240_000);

  test("re-running prepare keeps every score a judge typed, and never touches Đăng ký", async () => {
    const wb = await cleanWorkbook();
    const name = "Chấm điểm Đ1 - Lan";
    const odd = await inputAddress(wb, name, "TDP05", "I.2");
    type(wb, name, odd, "3,5"); // typed as text: carried as typed, so validation still reports it
    type(wb, "Đăng ký", "I2", "ghi chú của văn thư");
    const before = await typedOnJudgeSheets(wb);
    expect(before.flatMap(([, typed]) => typed as unknown[]).length).toBeGreaterThan(5000);
    const again = await prepareRound(ctxOf(wb), "D1");
    expect(again.ok).toBe(true);
    expect(await typedOnJudgeSheets(wb)).toEqual(before);
    // Nothing lacked a place, so no copy was kept.
    expect(wb.book.worksheets.filter((w) => w.name.includes("(bản cũ)"))).toEqual([]);
    expect(sheet(wb, "Đăng ký").getCell("I2").value).toBe("ghi chú của văn thư");
    const v = await validateRoundCommand(ctxOf(wb), "D1");
    expect(v.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([["SCORE_TEXT_NUMBER", name, odd]]);
  });

  test("a unit added to Đơn vị after scoring appears on every sheet, blank, with the old scores kept", async () => {
    const wb = await cleanWorkbook();
    const ws = sheet(wb, "Đơn vị");
    let r = 2;
    while (ws.getCell(`A${r}`).value) r++;
    ["TDP15", "Tổ dân phố số 15", "Tổ dân phố", "KTDP"].forEach((v, i) => (ws.getRow(r).getCell(i + 1).value = v));
    const name = "Chấm điểm Đ1 - Nam";
    const kept = sheet(wb, name).getCell(await inputAddress(wb, name, "TDP14", "V.4")).value;
    await prepareRound(ctxOf(wb), "D1");
    expect(sheet(wb, name).getCell(await inputAddress(wb, name, "TDP14", "V.4")).value).toBe(kept);
    expect(sheet(wb, name).getCell(await inputAddress(wb, name, "TDP15", "V.4")).value).toBeNull();
  });
});
