/** The summarize command's progress steps are catalog codes, so the pane can show them in the user's language. */
import { layoutPlan } from "../../src/app/layout";
import { summarize } from "../../src/app/summarize";
import { msg, type MessageCode } from "../../src/i18n";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";

test("steps read, compute, write, done are reported as PROGRESS_* codes with Vietnamese and English text", async () => {
  const today = new Date(Date.UTC(2024, 3, 5));
  const wb = ExcelJsWorkbook.create();
  expect((await layoutPlan({ wb, today }, { sample: true })).ok).toBe(true);
  const steps: [number, number, string][] = [];
  const result = await summarize(
    { wb, today, progress: (done, total, step) => steps.push([done, total, step]) },
    { period: "Q1" },
  );
  expect(result.ok).toBe(true);
  // The command's own steps, out of 3 (the host may report its sheets in between, out of its own total).
  const own = steps.filter(([, total, step]) => total === 3 && step.startsWith("PROGRESS_"));
  expect(own.map(([d, , step]) => [d, step])).toEqual([
    [0, "PROGRESS_READ"],
    [1, "PROGRESS_COMPUTE"],
    [2, "PROGRESS_WRITE"],
    [3, "PROGRESS_DONE"],
  ]);
  expect(own.map(([, , step]) => msg(step as MessageCode).vi)).toEqual(["Đọc dữ liệu", "Tính toán", "Ghi trang tính", "Xong"]);
  expect(own.map(([, , step]) => msg(step as MessageCode).en)).toEqual([
    "Reading the data",
    "Computing",
    "Writing the sheets",
    "Done",
  ]);
  // No raw English word reaches the pane any more.
  for (const raw of ["read", "compute", "write", "done"]) expect(steps.map(([, , s]) => s)).not.toContain(raw);
});
