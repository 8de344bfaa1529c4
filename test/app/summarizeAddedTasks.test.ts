/**
 * Tasks a clerk added as their own rows on `Kế hoạch` (no Mã) are reported beside the plan's: in the
 * tasks due in the period, in the counts by status and in the list of unfinished ones, placed by their
 * Tháng, else their Hạn, else their Quý.
 */
import type ExcelJS from "exceljs";
import { layoutPlan } from "../../src/app/layout";
import { summarize } from "../../src/app/summarize";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import { SHEET } from "../../src/sheets/names";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue } from "../../src/workbook/port";

const TODAY = new Date(Date.UTC(2024, 3, 5)); // 5 April 2024

const A = "Rà soát hồ sơ khen thưởng còn tồn đọng"; // Tháng 2, Đang thực hiện: due in Quý I, overdue
const B = "Họp Thường trực Hội đồng bàn việc tuyên dương"; // only a Hạn, 15/03/2024, Hoàn thành: due in Quý I, done
const C = "Tập huấn nghiệp vụ cho tổ dân phố"; // only "Quý II": month 6, not due in Quý I, due in 6 tháng
const D = "Báo cáo nhanh theo chỉ đạo của quận"; // Tháng 3, Hạn moved to 30/04/2024: due in Quý I, not yet overdue
const E = "Việc chưa biết làm lúc nào"; // no Tháng, Hạn or Quý: cannot be placed
const F = "Thẩm định hồ sơ Đợt 1 bổ sung"; // Tháng 4, Đợt 1: in Đợt 1's summary, not in Quý I's

async function wardWithAddedTasks(): Promise<{ wb: ExcelJsWorkbook; rowOfE: number }> {
  const wb = ExcelJsWorkbook.create();
  expect((await layoutPlan({ wb, today: TODAY }, { sample: true })).ok).toBe(true);
  const sheet = wb.book.getWorksheet(SHEET.plan)!;
  const header = sheet.getRow(1);
  const col = (name: string) => {
    let found = 0;
    header.eachCell((c, i) => {
      if (!found && String(c.value ?? "").trim() === name) found = i;
    });
    expect([name, found > 0]).toEqual([name, true]);
    return found;
  };
  const cols = {
    quarter: col("Quý"),
    month: col("Tháng"),
    text: col("Nội dung"),
    link: col("Đợt / Phong trào"),
    due: col("Hạn"),
    status: col("Trạng thái"),
  };
  let last = 1;
  sheet.eachRow((row, r) => {
    if (String(row.getCell(cols.text).value ?? "").trim()) last = r;
  });
  const rows: Partial<Record<keyof typeof cols, ExcelJS.CellValue>>[] = [
    { month: 2, text: A, status: "Đang thực hiện" },
    { text: B, due: new Date(Date.UTC(2024, 2, 15)), status: "Hoàn thành" },
    { quarter: "Quý II", text: C, status: "Chưa thực hiện" },
    { month: "Tháng 3", text: D, due: "30/04/2024", status: "Chưa thực hiện" },
    { text: E, status: "Chưa thực hiện" },
    { month: 4, text: F, link: "Đợt 1", status: "Chưa thực hiện" },
  ];
  rows.forEach((values, i) => {
    const row = sheet.getRow(last + 1 + i);
    for (const [k, v] of Object.entries(values)) row.getCell(cols[k as keyof typeof cols]).value = v ?? null;
  });
  return { wb, rowOfE: last + 5 };
}

function rowWith(values: CellValue[][], text: string): CellValue[] | undefined {
  return values.find((r) => r.includes(text));
}

test("Quý I counts the added tasks due by March, by status, and lists the unfinished ones with their month", async () => {
  const { wb, rowOfE } = await wardWithAddedTasks();
  const result = await summarize({ wb, today: TODAY }, { period: "Q1" });
  expect(result.ok).toBe(true);
  const [{ values }] = await wb.readSheets(["Tổng hợp Quý I"]);

  // The plan's own tasks of months 1–3 stand at the default "Chưa thực hiện", but for the Quý I report,
  // which this report is. As of 31/03 the plan's January and February tasks (11) are overdue.
  const plan = PLAN_2024.tasks.filter((t) => t.month <= 3).length;
  expect(plan).toBe(13);
  // Added and due: A, B, D. Done: B and the report. Unfinished: the plan's other 12, A and D. Overdue: the
  // plan's 11 and A (D's Hạn is 30 April).
  const line = values.flat().find((v) => typeof v === "string" && v.startsWith("Nhiệm vụ đến hạn đến hết Quý I"));
  expect(line).toBe(
    "Nhiệm vụ đến hạn đến hết Quý I: 16; đã hoàn thành: 2; chưa hoàn thành: 14 (quá hạn: 12).",
  );
  // Counts by status (the count sits in column F).
  expect(rowWith(values, "Hoàn thành")?.[5]).toBe(1);
  expect(rowWith(values, "Đang thực hiện")?.[5]).toBe(1);
  // The plan's 12 other than the report, and D.
  expect(rowWith(values, "Chưa thực hiện")?.[5]).toBe(13);
  expect(rowWith(values, "Thực hiện tại báo cáo này")?.[5]).toBe(1);

  // The unfinished list: A in month 2, overdue; D in month 3, not overdue; B done, C and F not due, E unplaced.
  const a = rowWith(values, A);
  expect([a?.[5], a?.[6], a?.[7]]).toEqual([2, "Đang thực hiện", "Quá hạn"]);
  const d = rowWith(values, D);
  expect([d?.[5], d?.[6], d?.[7] ?? null]).toEqual([3, "Chưa thực hiện", null]);
  for (const t of [B, C, E, F]) expect([t, rowWith(values, t)]).toEqual([t, undefined]);
  // A sits among February's tasks: after the last plan task of month 2, before the first of month 3 listed
  // (the guidance: the first, the Quý I report, is this report and not listed).
  const at = (text: string) => values.findIndex((r) => r.includes(text));
  const feb = PLAN_2024.tasks.filter((t) => t.month === 2);
  const mar = PLAN_2024.tasks.filter((t) => t.month === 3);
  expect(at(A)).toBeGreaterThan(at(feb[feb.length - 1]!.text));
  expect(at(mar[0]!.text)).toBe(-1);
  expect(at(A)).toBeLessThan(at(mar[1]!.text));

  // The row nothing places is named to the clerk.
  expect(result.messages.some((m) => m.vi.includes(`Dòng ${rowOfE} của trang “${SHEET.plan}”`))).toBe(true);
});

test("6 tháng takes the task with only a Quý II as June's; Đợt 1's summary takes the task linked to Đợt 1", async () => {
  const { wb } = await wardWithAddedTasks();
  await summarize({ wb, today: new Date(Date.UTC(2024, 6, 5)) }, { period: "6T" });
  const [{ values: half }] = await wb.readSheets(["Tổng hợp 6 tháng"]);
  expect(rowWith(half, C)?.[5]).toBe(6);
  expect(rowWith(half, F)?.[5]).toBe(4);

  await summarize({ wb, today: TODAY }, { round: "D1" });
  const [{ values: round }] = await wb.readSheets(["Tổng hợp Đợt 1"]);
  expect(rowWith(round, F)?.[5]).toBe(4);
  for (const t of [A, B, C, D]) expect([t, rowWith(round, t)]).toEqual([t, undefined]);
});
