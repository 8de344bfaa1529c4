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

test("a Hạn the clerk typed on a round's bình xét stays when the round moves: the summary and the next layout keep 15/06", async () => {
  const JULY_10 = new Date(Date.UTC(2024, 6, 10));
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: JULY_10 }, { sample: true });
  const text = "Tổ chức bình xét thi đua - khen thưởng đợt 2.";
  const header = (ws: import("exceljs").Worksheet, name: string) => {
    let found = 0;
    ws.getRow(1).eachCell((c, i) => {
      if (!found && String(c.value ?? "").trim() === name) found = i;
    });
    return found;
  };
  const rowOf = (ws: import("exceljs").Worksheet, col: number, value: string) => {
    let found = 0;
    ws.eachRow((r, i) => {
      if (!found && String(r.getCell(col).value ?? "") === value) found = i;
    });
    return found;
  };
  const plan = wb.book.getWorksheet(SHEET.plan)!;
  plan.getRow(rowOf(plan, header(plan, "Nội dung"), text)).getCell(header(plan, "Hạn")).value = "15/06/2024";
  const rounds = wb.book.getWorksheet(SHEET.rounds)!;
  rounds.getRow(rowOf(rounds, header(rounds, "Mã đợt"), "D2")).getCell(header(rounds, "Tháng bình xét")).value = 7;

  await summarize({ wb, today: JULY_10 }, { period: "9T" });
  const [{ values }] = await wb.readSheets(["Tổng hợp 9 tháng"]);
  expect(rowWith(values, text)?.[5]).toBe(7);
  expect(rowWith(values, text)?.[7]).toBe("Quá hạn");
  await layoutPlan({ wb, today: JULY_10 }, { sample: false });
  const [{ values: after }] = await wb.readSheets([SHEET.plan]);
  const h = after[0]!;
  const row = rowWith(after, text)!;
  expect([row[h.indexOf("Tháng")], row[h.indexOf("Hạn")]]).toEqual([7, new Date(Date.UTC(2024, 5, 15))]);
});
