/** "Đánh dấu xong": one task's Trạng thái becomes Hoàn thành on `Kế hoạch`, and no other cell of the workbook changes. */
import { createAppCommands } from "../../src/app/commands";
import type { CellValue } from "../../src/workbook/port";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { AppError } from "../../src/shared/errors";

jest.setTimeout(60_000);

async function allCells(wb: ExcelJsWorkbook): Promise<Map<string, CellValue>> {
  const names = (await wb.listSheets()).map((s) => s.name);
  const out = new Map<string, CellValue>();
  for (const d of await wb.readSheets(names, { formulas: true })) {
    d.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = d.formulas?.[r]?.[c];
        out.set(`${d.name}!${r},${c}`, f ?? (v instanceof Date ? `date:${v.toISOString()}` : v));
      }),
    );
  }
  return out;
}

async function laidOut(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await createAppCommands(wb).layoutPlan({ sample: false });
  return wb;
}

test("writes Hoàn thành in the task's Trạng thái cell and changes no other cell", async () => {
  const wb = await laidOut();
  // a note the clerk typed on the same row stays as it is
  wb.editSheet("Kế hoạch").getCell("J11").value = "Đã gửi công văn";
  const before = await allCells(wb);
  expect(wb.worksheetForReading("Kế hoạch")!.getCell("I11").value).toBe("Chưa thực hiện");
  expect(wb.worksheetForReading("Kế hoạch")!.getCell("K11").value).toBe("T02-01");

  const result = await createAppCommands(wb).markTaskDone("T02-01");

  expect(result.ok).toBe(true);
  expect(result.messages[0]?.vi).toMatch(/^Đã ghi “Hoàn thành” cho việc “.+” \(trang Kế hoạch, ô I11\)\.$/);
  const after = await allCells(wb);
  expect(after.get("Kế hoạch!10,8")).toBe("Hoàn thành");
  const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k));
  expect(changed).toEqual(["Kế hoạch!10,8"]);
  expect(after.size).toBe(before.size);
  expect(after.get("Kế hoạch!10,9")).toBe("Đã gửi công văn");

  // saved and opened again, the task reads as done and the Trạng thái drop-down is still on the cell
  const reopened = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
  const plan = await createAppCommands(reopened).readPlan();
  expect(plan.tasks.filter((t) => t.done).map((t) => t.id)).toEqual(["T02-01"]);
  const validation = reopened.worksheetForReading("Kế hoạch")!.getCell("I11").dataValidation;
  expect(validation?.type).toBe("list");
});

test("a Mã no longer on the sheet is refused in words, and nothing is written", async () => {
  const wb = await laidOut();
  const before = await allCells(wb);
  const run = createAppCommands(wb).markTaskDone("T13-99");
  await expect(run).rejects.toThrow(AppError);
  await expect(run).rejects.toThrow(
    "Không thấy việc có Mã T13-99 trên trang Kế hoạch: có thể dòng đã bị xóa hoặc đổi Mã.",
  );
  expect(await allCells(wb)).toEqual(before);
});
