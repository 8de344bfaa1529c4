/** "Hôm nay" counts a task as overdue only while its Trạng thái on `Kế hoạch` is not a closed one. */
import { createAppCommands } from "../../src/app/commands";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";

jest.setTimeout(60_000);

test("a task marked Hoàn thành or Không thực hiện on Kế hoạch reads as done; one still Đang thực hiện does not", async () => {
  const wb = ExcelJsWorkbook.create();
  await createAppCommands(wb).layoutPlan({ sample: false });
  const ws = wb.book.getWorksheet("Kế hoạch")!;
  const header = ws.getRow(1);
  let statusCol = 0;
  let idCol = 0;
  header.eachCell((c, col) => {
    if (c.value === "Trạng thái") statusCol = col;
    if (c.value === "Mã") idCol = col;
  });
  expect(statusCol).toBeGreaterThan(0);
  const byId = new Map<string, number>();
  ws.eachRow((row, r) => {
    const id = row.getCell(idCol).value;
    if (r > 1 && typeof id === "string") byId.set(id, r);
  });
  ws.getCell(byId.get("T01-01")!, statusCol).value = "Hoàn thành";
  ws.getCell(byId.get("T01-02")!, statusCol).value = "Không thực hiện";
  ws.getCell(byId.get("T01-03")!, statusCol).value = "Đang thực hiện";

  const plan = await createAppCommands(wb).readPlan();
  const done = (id: string) => plan.tasks.find((t) => t.id === id)?.done === true;
  expect([done("T01-01"), done("T01-02"), done("T01-03"), done("T02-01")]).toEqual([true, true, false, false]);
});
