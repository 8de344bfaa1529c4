/**
 * The workbook is the plan's source of truth: a clerk who moves Đợt 2's bình xét from June to July on
 * `Đợt thi đua` changes which round the ribbon works on, which summary its button makes, and what the
 * summaries call due and overdue.
 */
import { createAppCommands } from "../../src/app/commands";
import { layoutPlan } from "../../src/app/layout";
import { summarize } from "../../src/app/summarize";
import { readWorkbookPlan } from "../../src/app/workbookPlan";
import { planCurrentRound } from "../../src/commands/roundButtons";
import { planSummaryTarget } from "../../src/commands/summaryButton";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import { SHEET } from "../../src/sheets/names";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue } from "../../src/workbook/port";

const JULY_10 = new Date(Date.UTC(2024, 6, 10));
const D2_EVALUATION = "Tổ chức bình xét thi đua - khen thưởng đợt 2.";

function column(ws: import("exceljs").Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((c, i) => {
    if (!found && String(c.value ?? "").trim() === header) found = i;
  });
  if (!found) throw new Error(`no column ${header}`);
  return found;
}

function moveD2Evaluation(wb: ExcelJsWorkbook, value: CellValue): void {
  const ws = wb.book.getWorksheet(SHEET.rounds)!;
  const code = column(ws, "Mã đợt");
  let row = 0;
  ws.eachRow((r, i) => {
    if (String(r.getCell(code).value ?? "") === "D2") row = i;
  });
  expect(row).toBeGreaterThan(1);
  ws.getRow(row).getCell(column(ws, "Tháng bình xét")).value = value as never;
}

async function laidOut(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  expect((await layoutPlan({ wb, today: JULY_10 }, { sample: true })).ok).toBe(true);
  return wb;
}

const row = (values: CellValue[][], text: string) => values.find((r) => r.includes(text));

describe("a round moved on `Đợt thi đua`", () => {
  test("the plan read back from a fresh layout is the seed plan: every task in its month with its links, every round dated", async () => {
    const wb = await laidOut();
    const { plan, findings, missing } = await readWorkbookPlan(wb);
    expect(missing).toEqual([]);
    expect(findings).toEqual([]);
    expect(plan.year).toBe(2024);
    const key = (t: (typeof PLAN_2024.tasks)[number]) =>
      [t.id, t.month, t.quarter, t.kind, t.round ?? "", (t.movements ?? []).join("+"), t.period ?? "", t.text].join("|");
    expect(plan.tasks.map(key).sort()).toEqual(PLAN_2024.tasks.map(key).sort());
    expect(plan.rounds.map((r) => [r.code, r.launchMonth, r.evaluationMonths, r.period])).toEqual([
      ["D1", 1, [4], "Q1"],
      ["D2", 4, [6], "6T"],
      ["D3", 7, [], "9T"],
      ["DB", 1, [10], "NAM"],
      ["NAM", undefined, [11], "NAM"],
    ]);
  });

  test("on 10 July the ribbon's buttons follow the sheet: Đợt 3 and the 9-month period before, Đợt 2 after", async () => {
    const wb = await laidOut();
    const commands = createAppCommands(wb, { today: () => JULY_10 });
    expect(await planCurrentRound(JULY_10, commands)).toBe("D3");
    expect(await planSummaryTarget(JULY_10, commands)).toEqual({ period: "9T" });
    moveD2Evaluation(wb, 7);
    expect(await planCurrentRound(JULY_10, commands)).toBe("D2");
    expect(await planSummaryTarget(JULY_10, commands)).toEqual({ round: "D2" });
  });

  test("Đợt 2's bình xét is overdue on 10 July before the move; after it, it is July's task, due 31/07, not overdue and out of the 6-month summary", async () => {
    const wb = await laidOut();
    // The 9-month summary made on 10 July judges what is due by that day.
    await summarize({ wb, today: JULY_10 }, { period: "9T" });
    let [{ values }] = await wb.readSheets(["Tổng hợp 9 tháng"]);
    expect(row(values, D2_EVALUATION)?.[5]).toBe(6);
    expect(row(values, D2_EVALUATION)?.[7]).toBe("Quá hạn");
    await summarize({ wb, today: JULY_10 }, { period: "6T" });
    [{ values }] = await wb.readSheets(["Tổng hợp 6 tháng"]);
    expect(row(values, D2_EVALUATION)).toBeDefined();

    moveD2Evaluation(wb, "Tháng 7");
    await summarize({ wb, today: JULY_10 }, { period: "6T" });
    [{ values }] = await wb.readSheets(["Tổng hợp 6 tháng"]);
    expect(row(values, D2_EVALUATION)).toBeUndefined();
    await summarize({ wb, today: JULY_10 }, { period: "9T" });
    [{ values }] = await wb.readSheets(["Tổng hợp 9 tháng"]);
    const line = row(values, D2_EVALUATION);
    expect(line?.[5]).toBe(7);
    expect(line?.[7] ?? null).toBeNull();
  });

  test("layout run after the move rewrites Kế hoạch with the task in July (Hạn 31/07/2024); the ribbon and the 9-month summary say the same as before it", async () => {
    const wb = await laidOut();
    moveD2Evaluation(wb, 7);
    expect((await layoutPlan({ wb, today: JULY_10 }, { sample: false })).ok).toBe(true);
    const [{ values: plan }] = await wb.readSheets([SHEET.plan]);
    const h = plan[0]!;
    const task = row(plan, D2_EVALUATION)!;
    expect([task[h.indexOf("Tháng")], task[h.indexOf("Quý")], task[h.indexOf("Hạn")]]).toEqual([
      7,
      "Quý III",
      new Date(Date.UTC(2024, 6, 31)),
    ]);
    const commands = createAppCommands(wb, { today: () => JULY_10 });
    expect(await planCurrentRound(JULY_10, commands)).toBe("D2");
    expect(await planSummaryTarget(JULY_10, commands)).toEqual({ round: "D2" });
    await summarize({ wb, today: JULY_10 }, { period: "9T" });
    const [{ values }] = await wb.readSheets(["Tổng hợp 9 tháng"]);
    expect(row(values, D2_EVALUATION)?.[5]).toBe(7);
    expect(row(values, D2_EVALUATION)?.[7] ?? null).toBeNull();
  });

  test("moved back to June after a layout, the task returns to June and is overdue on 10 July again", async () => {
    const wb = await laidOut();
    moveD2Evaluation(wb, 7);
    await layoutPlan({ wb, today: JULY_10 }, { sample: false });
    moveD2Evaluation(wb, 6);
    const commands = createAppCommands(wb, { today: () => JULY_10 });
    expect(await planCurrentRound(JULY_10, commands)).toBe("D3");
    await summarize({ wb, today: JULY_10 }, { period: "9T" });
    const [{ values }] = await wb.readSheets(["Tổng hợp 9 tháng"]);
    expect(row(values, D2_EVALUATION)?.[5]).toBe(6);
    expect(row(values, D2_EVALUATION)?.[7]).toBe("Quá hạn");
    await layoutPlan({ wb, today: JULY_10 }, { sample: false });
    const [{ values: plan }] = await wb.readSheets([SHEET.plan]);
    const h = plan[0]!;
    expect(row(plan, D2_EVALUATION)?.[h.indexOf("Hạn")]).toEqual(new Date(Date.UTC(2024, 5, 30)));
  });

  test("a bình xét date typed in another year is reported on its cell, not folded into the plan's December", async () => {
    const wb = await laidOut();
    moveD2Evaluation(wb, "15/07/2025");
    const { plan, findings } = await readWorkbookPlan(wb);
    expect(plan.rounds.find((r) => r.code === "D2")?.evaluationMonths).toEqual([]);
    expect(findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([["PLAN_DATE_OUTSIDE_YEAR", SHEET.rounds, "E3"]]);
    expect(findings[0]!.message_vi).toContain("15/07/2025 nằm ngoài năm kế hoạch 2024");
  });

  test("outside the workbook's year the ribbon says so instead of working on a folded month", async () => {
    const wb = await laidOut();
    const commands = createAppCommands(wb);
    await expect(planCurrentRound(new Date(Date.UTC(2025, 2, 5)), commands)).rejects.toThrow(
      "Ngày 05/03/2025 nằm ngoài năm kế hoạch 2024",
    );
    await expect(planSummaryTarget(new Date(Date.UTC(2023, 11, 31)), commands)).rejects.toThrow("năm kế hoạch 2024");
  });
});
