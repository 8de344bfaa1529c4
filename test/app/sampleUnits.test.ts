/**
 * The sample ward's year end from the units up: forms made and filled (some with planted slips), collected,
 * the slips found at their cells in the unit's file, and the family decision and collective titles following.
 */
import { layoutPlan } from "../../src/app/layout";
import { sampleUnitsCycle } from "../../src/app/sampleUnits";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";

test("planted slips are found at the unit's cell; the decision and the titles follow the collected rows", async () => {
  const wb = ExcelJsWorkbook.create();
  const today = new Date(Date.UTC(2024, 11, 1));
  await layoutPlan({ wb, today }, { sample: true });
  const run = await sampleUnitsCycle({ wb, today }, 2024);
  expect(run.planted).toEqual([
    { file: "phieu-TDP02-2024.xlsx", sheet: "Thành viên", cell: "F4", code: "PERSON_DISCIPLINE_UNKNOWN" },
    { file: "phieu-TDP03-2024.xlsx", sheet: "Gia đình văn hóa", cell: "H3", code: "FORM_DATE_OUTSIDE_YEAR" },
    { file: "phieu-TDP04-2024.xlsx", sheet: "Gia đình văn hóa", cell: "E2", code: "GDVH_RESULT_UNKNOWN" },
  ]);
  const errors = run.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.sheet, f.cell]);
  expect(errors).toEqual([
    ["PERSON_DISCIPLINE_UNKNOWN", "[phieu-TDP02-2024.xlsx]Thành viên", "F4"],
    ["FORM_DATE_OUTSIDE_YEAR", "[phieu-TDP03-2024.xlsx]Gia đình văn hóa", "H3"],
    ["GDVH_RESULT_UNKNOWN", "[phieu-TDP04-2024.xlsx]Gia đình văn hóa", "E2"],
  ]);
  const said = run.messages.map((m) => m.vi);
  // 14 tổ dân phố, three of them not merged for their slips: 11 × 6 households, all passed.
  expect(said).toContain('Đã lập "Quyết định GĐVH" và "Danh sách GĐVH": công nhận 66 hộ Gia đình văn hóa của 11 tổ dân phố.');
  const titles = (await wb.readSheets(["Danh hiệu tập thể"]))[0]!.values;
  expect(titles.find((r) => r[0] === "TDP01")?.[3]).toBe("Chưa đủ dữ liệu");
  expect(titles.find((r) => r[0] === "TDP02")?.[7]).toBe(
    "Chưa có kết quả bình xét năm của đơn vị (chưa chấm, xếp hạng đợt Năm).\nChưa có kết quả bình xét Gia đình văn hóa của tổ trên sổ.",
  );
}, 60000);
