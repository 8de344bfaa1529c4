/** A check says how far the round got: units registered of those on `Đơn vị`, judge sheets scored of those prepared. */
import { layoutPlan } from "../../src/app/layout";
import { prepareRound } from "../../src/app/prepare";
import { validateRoundCommand } from "../../src/app/validate";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { ctxOf, inputAddress, judgeSheetNames, sheet, type } from "../support/corpus";

jest.setTimeout(120_000);

test("a prepared sample round: nobody registered, nobody scored; then two units register and one thành viên Hội đồng scores", async () => {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan(ctxOf(wb), { sample: true });
  await prepareRound(ctxOf(wb), "D1");
  const names = await judgeSheetNames(wb);

  const first = await validateRoundCommand(ctxOf(wb), "D1");
  // the sample ward: 46 units on Đơn vị, 10 thành viên Hội đồng who score (one sheet each)
  expect(first.round).toEqual({ units: 46, registered: 0, judgeSheets: 10, scored: 0 });

  const reg = sheet(wb, "Đăng ký");
  for (const [row, unit] of [
    [2, "TDP01"],
    [3, "TDP02"],
  ] as const) {
    reg.getRow(row).getCell(1).value = "Đợt 1";
    reg.getRow(row).getCell(2).value = "Tập thể";
    reg.getRow(row).getCell(3).value = unit;
    reg.getRow(row).getCell(5).value = "Giấy khen tập thể";
  }
  type(wb, names[1]!, await inputAddress(wb, names[1]!, "TDP02", "I.1"), 5);

  const second = await validateRoundCommand(ctxOf(wb), "D1");
  expect(second.round).toEqual({ units: 46, registered: 2, judgeSheets: 10, scored: 1 });
});
