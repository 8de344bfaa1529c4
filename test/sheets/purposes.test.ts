/** `Mục đích, tổ chức`: parts I and III of a plan, written and read back; the target dates the plan sets. */
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import { buildPurposesSheet, planTextOf, readPurposesSheet, targetDate } from "../../src/sheets/purposes";
import type { CellValue } from "../../src/workbook/port";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

test("a target date is read from “trước ngày 30/9/2024” and “trước 15/10”, in the plan's year when none is written", () => {
  expect(targetDate("phấn đấu về đích trước ngày 30/9/2024. Xác định …", 2024)).toEqual(utc(2024, 9, 30));
  expect(targetDate("hoàn thành trước 15/10", 2026)).toEqual(utc(2026, 10, 15));
  expect(targetDate("Khen thưởng kịp thời, đúng người.", 2024)).toBeUndefined();
  // Not a date at all: 31/2 does not exist.
  expect(targetDate("trước ngày 31/2/2024", 2024)).toBeUndefined();
});

test("the seed's parts read back as the plan's own purposes, duties under their headings, and closing", () => {
  const spec = buildPurposesSheet(PLAN_2024, { ward: "PHƯỜNG NAM CƯỜNG" });
  const read = readPurposesSheet({ name: spec.name, values: spec.cells as CellValue[][] }, 2024);
  expect(read.recognised).toBe(true);
  expect(read.ownTargets).toBe(0);
  const text = planTextOf(read.rows);
  expect(text.purposes).toEqual(PLAN_2024.purposes);
  expect(text.councilDuties).toEqual(PLAN_2024.councilDuties);
  expect(text.unitDuties).toEqual(PLAN_2024.unitDuties);
  expect(text.organisation?.map((g) => g.heading)).toEqual([
    "Hội đồng TĐ- KT phường",
    "Các cơ quan, đơn vị, trường học, các đoàn thể, các chi bộ, tổ dân phố",
  ]);
  expect(text.closing).toBe(PLAN_2024.closing);
});

test("a Mốc thời gian the clerk typed is counted, so the sheet is not replaced without a copy", () => {
  const spec = buildPurposesSheet(PLAN_2024, { ward: "" });
  const values = (spec.cells as CellValue[][]).map((r) => [...r]);
  values[1]![4] = utc(2024, 6, 30);
  expect(readPurposesSheet({ name: spec.name, values }, 2024).ownTargets).toBe(1);
});
