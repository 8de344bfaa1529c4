/**
 * A clerk who moves a plan task's Hạn on `Kế hoạch` (a deadline the ward extended) sees the summary
 * judge that task overdue by the Hạn typed, not by the end of the task's month.
 */
import { layoutPlan } from "../../src/app/layout";
import { summarize } from "../../src/app/summarize";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import { SHEET } from "../../src/sheets/names";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue } from "../../src/workbook/port";

const TODAY = new Date(Date.UTC(2024, 3, 5)); // 5 April 2024

function rowWith(values: CellValue[][], text: string): CellValue[] | undefined {
  return values.find((r) => r.includes(text));
}

test("a February task whose Hạn was moved to 30/04 is due in Quý I but not overdue at its end (31/03); the other February task is", async () => {
  const wb = ExcelJsWorkbook.create();
  expect((await layoutPlan({ wb, today: TODAY }, { sample: true })).ok).toBe(true);
  const sheet = wb.book.getWorksheet(SHEET.plan)!;
  const col = (name: string) => {
    let found = 0;
    sheet.getRow(1).eachCell((c, i) => {
      if (!found && String(c.value ?? "").trim() === name) found = i;
    });
    expect([name, found > 0]).toEqual([name, true]);
    return found;
  };
  const [moved, kept] = PLAN_2024.tasks.filter((t) => t.month === 2);
  let movedRow = 0;
  sheet.eachRow((row, r) => {
    if (String(row.getCell(col("Mã")).value ?? "") === moved.id) movedRow = r;
  });
  expect(movedRow).toBeGreaterThan(1);
  // Typed as a clerk types a date in a Vietnamese workbook.
  sheet.getRow(movedRow).getCell(col("Hạn")).value = "30/04/2024";

  expect((await summarize({ wb, today: TODAY }, { period: "Q1" })).ok).toBe(true);
  const [{ values }] = await wb.readSheets(["Tổng hợp Quý I"]);
  const plan = PLAN_2024.tasks.filter((t) => t.month <= 3).length;
  const line = values.flat().find((v) => typeof v === "string" && v.startsWith("Nhiệm vụ đến hạn đến hết Quý I"));
  expect(plan).toBe(13);
  // Done: the Quý I report itself (T03-01). Overdue on 31/03: January's 9 and the February task not moved;
  // March's guidance is due on 31/03, not before it.
  expect(line).toBe("Nhiệm vụ đến hạn đến hết Quý I: 13; đã hoàn thành: 1; chưa hoàn thành: 12 (quá hạn: 10).");
  expect(rowWith(values, moved.text)?.[7] ?? null).toBeNull();
  expect(rowWith(values, kept.text)?.[7]).toBe("Quá hạn");
});
