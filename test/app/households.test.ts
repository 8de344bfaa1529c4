/**
 * "Gia đình văn hóa" on the sample ward: the register laid out once and then kept, slips planted on it
 * found at their cells, the decision listing the households of the tổ dân phố in order; 5,000 households.
 */
import { householdsCommand } from "../../src/app/households";
import { layoutPlan } from "../../src/app/layout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue } from "../../src/workbook/port";
import { buildHouseholdSheet, HOUSEHOLD_SHEET } from "../../src/sheets/households";
import { sampleHouseholds } from "../../src/domain/sample/households";

const today = new Date(Date.UTC(2024, 11, 1));

async function sampleWard(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today }, { sample: true });
  return wb;
}

async function register(wb: ExcelJsWorkbook): Promise<CellValue[][]> {
  return (await wb.readSheets([HOUSEHOLD_SHEET]))[0]!.values;
}

describe("households command", () => {
  test("lays out the register once; slips are found at their cells; the decision lists who is in order", async () => {
    const wb = await sampleWard();
    const first = await householdsCommand({ wb, today }, { sample: true });
    expect(first.messages.map((m) => m.vi)).toContain(
      'Đã lập sổ "Gia đình văn hóa" (42 hộ). Nhập kết quả bình xét và ngày niêm yết của các tổ, rồi chạy lại để lập quyết định.',
    );
    const values = await register(wb);
    expect(values[0]).toEqual([
      "Mã hộ",
      "Chủ hộ",
      "Địa chỉ",
      "Tổ dân phố",
      "Kết quả bình xét",
      "Ngày họp bình xét",
      "Niêm yết từ ngày",
      "Niêm yết đến ngày",
      "Nguồn",
      "Ghi chú",
    ]);
    // The clerk's slips: TDP02 posted only to 20/11 (eight days from 14/11); a household of TDP03 with a result nobody can read.
    const households = sampleHouseholds(["TDP01", "TDP02", "TDP03"], 3, 2024);
    for (const h of households.filter((x) => x.tdp === "TDP02")) h.postedTo = new Date(Date.UTC(2024, 10, 20));
    const spec = buildHouseholdSheet(households, "PHƯỜNG NAM CƯỜNG");
    spec.cells[8]![4] = "Đạt loại khá";
    spec.marker = { command: "test", key: "hand" };
    await wb.writeSheets([spec]);

    const run = await householdsCommand({ wb, today });
    expect(run.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ["GDVH_RESULT_UNKNOWN", "error", "Gia đình văn hóa", "E9"],
      ["GDVH_POSTING_SHORT", "error", "Gia đình văn hóa", "H5"],
      // …and the decision of 01/12 is more than ten days after the posting TDP02 wrote (20/11)
      ["GDVH_DECISION_LATE", "warning", "Gia đình văn hóa", "H5"],
    ]);
    expect(run.findings[1]!.message_vi).toContain("tổ TDP02 niêm yết 7 ngày, cần đủ 10 ngày");
    expect(run.messages.map((m) => m.vi)).toContain(
      'Đã lập "Quyết định GĐVH" và "Danh sách GĐVH": công nhận 5 hộ Gia đình văn hóa của 2 tổ dân phố.',
    );
    expect(run.messages.map((m) => m.vi)).toContain(
      "Chưa đưa vào quyết định (lịch bình xét, niêm yết chưa đúng hoặc chưa họp): TDP02.",
    );
    const decision = (await wb.readSheets(["Quyết định GĐVH"]))[0]!.values.map((r) => r.filter((v) => v !== null));
    expect(decision).toContainEqual([
      'Điều 1. Công nhận danh hiệu "Gia đình văn hóa" năm 2024 cho 5 hộ gia đình (có danh sách kèm theo).',
    ]);
    const list = (await wb.readSheets(["Danh sách GĐVH"]))[0]!.values;
    expect(list.slice(3).map((r) => [r[0], r[1], r[3]])).toEqual([
      ["STT", "Họ và tên chủ hộ", "Tổ dân phố"],
      [1, "Nguyễn Văn An", "Tổ dân phố số 1"],
      [2, "Trần Văn Hùng", "Tổ dân phố số 1"],
      [3, "Lê Văn Thảo", "Tổ dân phố số 1"],
      [4, "Đặng Thị Mai", "Tổ dân phố số 3"],
      [5, "Đỗ Đức Lan", "Tổ dân phố số 3"],
    ]);
    // The register is the clerk's: a second run leaves it as it is.
    await householdsCommand({ wb, today }, { sample: true });
    expect((await register(wb))[8]![4]).toBe("Đạt loại khá");
  });

  test("5,000 households: the check and the decision in a few seconds on the in-memory host", async () => {
    const wb = await sampleWard();
    const tdps = Array.from({ length: 14 }, (_, i) => `TDP${String(i + 1).padStart(2, "0")}`);
    const big = sampleHouseholds(tdps, 358, 2024).slice(0, 5000);
    await wb.writeSheets([buildHouseholdSheet(big, "PHƯỜNG NAM CƯỜNG")]);
    const start = Date.now();
    const run = await householdsCommand({ wb, today });
    const ms = Date.now() - start;
    expect(run.findings).toEqual([]);
    expect(run.messages.map((m) => m.vi)).toContain(
      'Đã lập "Quyết định GĐVH" và "Danh sách GĐVH": công nhận 4375 hộ Gia đình văn hóa của 14 tổ dân phố.',
    );
    expect(ms).toBeLessThan(5000);
  }, 60000);
});
