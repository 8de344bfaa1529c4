/**
 * `layout --plan`: the plan a ward's own document states, as .txt or as a .docx made by LibreOffice Writer
 * at test time, laid out into a new workbook; and a plan of another commune and year laid out with every
 * task in its month, its rounds and deadlines in its year, and the passage it could not place listed.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { createAppCommands } from "../../src/app/commands";
import { layoutPlan } from "../../src/app/layout";
import { readPlanDocument } from "../../src/app/planDocument";
import { summarize } from "../../src/app/summarize";
import { readWorkbookPlan } from "../../src/app/workbookPlan";
import { planCurrentRound } from "../../src/commands/roundButtons";
import { planSummaryTarget } from "../../src/commands/summaryButton";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import { formatDate, readDate } from "../../src/sheets/cells";
import { SHEET } from "../../src/sheets/names";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue } from "../../src/workbook/port";
import { tdkt } from "../support/cli";
import { convertWithLibreOffice } from "../support/libreoffice";

const FIXTURES = path.resolve(__dirname, "../fixtures");
const SEED = path.join(FIXTURES, "ke-hoach-tdkt-2024.txt");
const TAN_PHONG = path.join(FIXTURES, "ke-hoach-tdkt-2026-tan-phong.txt");

async function laidOutFrom(file: string, today: Date) {
  const parsed = await readPlanDocument(await fs.readFile(file), path.basename(file));
  const wb = ExcelJsWorkbook.create();
  const result = await layoutPlan({ wb, today }, { sample: true, plan: parsed.plan, unplaced: parsed.unplaced });
  expect(result.ok).toBe(true);
  return { wb, result, parsed };
}

async function planRows(wb: ExcelJsWorkbook): Promise<{ header: CellValue[]; rows: CellValue[][] }> {
  const [{ values }] = await wb.readSheets([SHEET.plan]);
  const [header, ...rows] = values;
  return { header: header!, rows: rows.filter((r) => r.some((v) => v !== null && v !== "" && v !== "Chưa thực hiện")) };
}

/** Mã, Tháng, Nội dung of every task row, as the clerk sees them on `Kế hoạch`. */
async function taskCells(wb: ExcelJsWorkbook): Promise<string[]> {
  const { header, rows } = await planRows(wb);
  const col = (h: string) => header.indexOf(h);
  return rows.filter((r) => r[col("Mã")]).map((r) => `${String(r[col("Mã")])}|${String(r[col("Tháng")])}|${String(r[col("Nội dung")])}`);
}

describe("layout from the seed plan's own text", () => {
  const TODAY = new Date(Date.UTC(2024, 1, 1));
  let fromModel: string[];
  beforeAll(async () => {
    const wb = ExcelJsWorkbook.create();
    await layoutPlan({ wb, today: TODAY }, { sample: true });
    fromModel = await taskCells(wb);
  });

  test("the .txt lays out the model's 37 tasks, each in its month", async () => {
    const { wb } = await laidOutFrom(SEED, TODAY);
    expect(fromModel).toHaveLength(37);
    expect(await taskCells(wb)).toEqual(fromModel);
  });

  test("a .docx made from it by LibreOffice Writer lays out the same 37 tasks", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plan-docx-"));
    try {
      const [docx] = await convertWithLibreOffice(SEED, "docx", dir);
      expect(path.extname(docx!)).toBe(".docx");
      const { wb } = await laidOutFrom(docx!, TODAY);
      expect(await taskCells(wb)).toEqual(fromModel);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  test("rounds and statuses of the basis are those of the model", async () => {
    const { wb } = await laidOutFrom(SEED, TODAY);
    const { plan } = await readWorkbookPlan(wb);
    expect(plan.rounds.map((r) => [r.code, r.evaluationMonths])).toEqual(PLAN_2024.rounds.map((r) => [r.code, r.evaluationMonths]));
    const model = ExcelJsWorkbook.create();
    await layoutPlan({ wb: model, today: TODAY }, { sample: false });
    // Số hiệu and Hiệu lực (status on the day of the layout), row by row.
    const basis = async (w: ExcelJsWorkbook) => (await w.readSheets([SHEET.basis]))[0]!.values.slice(1).map((r) => [r[0], r[6]]);
    expect(await basis(wb)).toEqual(await basis(model));
    expect((await basis(wb)).map((r) => r[0])).toEqual(PLAN_2024.cited.map((c) => c.number || c.catalogRef));
  });
});

describe("layout from a 2026 plan of another commune", () => {
  const APRIL_2026 = new Date(Date.UTC(2026, 3, 5));

  test("tasks in their months with 2026 deadlines, rounds and titles in 2026, the unplaced passage listed on the sheet", async () => {
    const { wb, result } = await laidOutFrom(TAN_PHONG, APRIL_2026);
    expect(result.messages.some((m) => m.vi.includes("1 đoạn trong văn bản kế hoạch không xếp được"))).toBe(true);
    const { header, rows } = await planRows(wb);
    const col = (h: string) => header.indexOf(h);
    const tasks = rows.filter((r) => r[col("Mã")]);
    expect(tasks.map((r) => `${String(r[col("Mã")])}@${String(r[col("Tháng")])}`)).toEqual([
      "T02-01@2", "T02-02@2", "T02-03@2", "T03-01@3", "T03-02@3", "T05-01@5", "T05-02@5", "T06-01@6", "T06-02@6",
      "T08-01@8", "T09-01@9", "T09-02@9", "T11-01@11", "T11-02@11", "T12-01@12", "T12-02@12",
    ]);
    expect(tasks.map((r) => formatDate(readDate(r[col("Hạn")])!))).toEqual([
      "28/02/2026", "28/02/2026", "28/02/2026", "31/03/2026", "31/03/2026", "31/05/2026", "31/05/2026", "30/06/2026",
      "30/06/2026", "31/08/2026", "30/09/2026", "30/09/2026", "30/11/2026", "30/11/2026", "31/12/2026", "31/12/2026",
    ]);
    const own = rows.filter((r) => !r[col("Mã")]);
    expect(own.map((r) => [r[col("Tháng")], r[col("Nội dung")]])).toEqual([
      [null, "Các tổ chức, đơn vị chủ động rà soát danh sách đăng ký trước khi có hướng dẫn."],
    ]);
    expect(String(own[0]![col("Ghi chú")])).toContain("dòng 19");

    const read = await readWorkbookPlan(wb);
    expect(read.plan.year).toBe(2026);
    expect(read.plan.rounds.map((r) => [r.code, r.launchMonth, r.evaluationMonths])).toEqual([
      ["D1", 2, [5]],
      ["D2", 6, [9]],
      ["DB", undefined, [8]],
      ["NAM", undefined, [11]],
    ]);
    // Printed titles carry the plan's year.
    const printHeader = (name: string) => String(wb.book.getWorksheet(name)!.headerFooter.oddHeader ?? "");
    expect(printHeader(SHEET.rounds)).toContain("Các đợt thi đua năm 2026");
    expect(printHeader(SHEET.movements)).toContain("Các phong trào thi đua năm 2026");
    expect(printHeader(SHEET.plan)).toContain("Kế hoạch công tác thi đua, khen thưởng năm 2026");
    const settings = (await wb.readSheets([SHEET.settings]))[0]!.values.find((r) => r[0] === "YEAR");
    expect(settings?.[2]).toBe(2026);
  });

  test("the ribbon and the summaries work on 2026 dates; a 2024 date is outside the plan's year", async () => {
    const { wb } = await laidOutFrom(TAN_PHONG, APRIL_2026);
    const commands = createAppCommands(wb, { today: () => APRIL_2026 });
    expect(await planCurrentRound(new Date(Date.UTC(2026, 4, 15)), commands)).toBe("D1");
    expect(await planCurrentRound(new Date(Date.UTC(2026, 8, 10)), commands)).toBe("D2");
    expect(await planSummaryTarget(new Date(Date.UTC(2026, 7, 10)), commands)).toEqual({ round: "DB" });
    await expect(planCurrentRound(new Date(Date.UTC(2024, 4, 15)), commands)).rejects.toThrow("nằm ngoài năm kế hoạch 2026");

    const result = await summarize({ wb, today: APRIL_2026 }, { period: "Q1" });
    const [{ values }] = await wb.readSheets(["Tổng hợp Quý I"]);
    const flat = values.flat().map(String);
    expect(flat.some((v) => v.includes("NĂM 2026") || v.includes("năm 2026"))).toBe(true);
    expect(flat).toContain("Kiện toàn Hội đồng thi đua, khen thưởng xã.");
    expect(flat).not.toContain("Tổ chức bình xét thi đua đợt 1.");
    // The passage the reader could not place has no month: the summary says so rather than guessing.
    const unplacedRow = (await planRows(wb)).rows.length + 1;
    expect(result.messages.map((m) => m.vi)).toContain(
      `Dòng ${unplacedRow} của trang “Kế hoạch” có nhiệm vụ tự thêm nhưng không ghi Tháng, Hạn hay Quý, nên chưa được đưa vào tổng hợp.`,
    );
  });

  test("the CLI lays it out and prints what it could not place", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plan-cli-"));
    try {
      const out = path.join(dir, "tan-phong-2026.xlsx");
      const run = await tdkt(["layout", out, "--plan", TAN_PHONG, "--today", "05/04/2026"]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("năm 2026, 16 nhiệm vụ, 4 đợt");
      expect(run.stdout).toContain("[19] Các tổ chức, đơn vị chủ động rà soát danh sách đăng ký");
      const bad = await tdkt(["layout", path.join(dir, "x.xlsx"), "--plan", path.join(dir, "none.pdf")]);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr + bad.stdout).toMatch(/chỉ nhận tệp \.docx hoặc \.txt|Không tìm thấy tệp/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
