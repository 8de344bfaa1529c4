/**
 * The sheets the demo makes (plan, lists, scoring sheets, check, ranking, summaries) call a council member
 * who scores "thành viên Hội đồng": no cell says "giám khảo" or "GK".
 */
import { DEMO_STEPS, DEMO_TODAY, type DemoState } from "../../src/cli/commands/demo";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";

test("no cell of any sheet of the demo workbook says “giám khảo” or “GK”", async () => {
  const wb = ExcelJsWorkbook.create();
  const state: DemoState = { mistakes: [] };
  for (const step of DEMO_STEPS) await step.run({ wb, today: DEMO_TODAY }, state);
  const names = (await wb.listSheets()).map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(["Xếp hạng Đ1", "Tiến độ chấm Đ1", "Tổng hợp Đợt 1", "Kiểm tra"]));
  expect(names.filter((n) => n.startsWith("Chấm điểm Đ1")).length).toBeGreaterThan(3);
  const offending: string[] = [];
  for (const data of await wb.readSheets(names))
    data.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && (/giám khảo/iu.test(v.normalize("NFC")) || /(^|\s)GK\b/u.test(v)))
          offending.push(`${data.name}!R${r + 1}C${c + 1}: ${v}`);
      }),
    );
  expect(offending).toEqual([]);
}, 120_000);
