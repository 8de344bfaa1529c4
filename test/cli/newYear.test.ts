/**
 * `tdkt new-year`: next year's workbook from a 2024 workbook in use (laid out, Đợt 1 prepared, a task
 * ticked off). Last year's file stays byte for byte; the new one carries units, council, criteria and
 * settings, dates its plan in 2025 with empty statuses and no scoring sheets, and every command works on
 * 2025 dates.
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { createAppCommands } from "../../src/app/commands";
import { layoutPlan } from "../../src/app/layout";
import { prepareRound } from "../../src/app/prepare";
import { rankRoundCommand } from "../../src/app/rank";
import { fillSampleRound } from "../../src/app/sampleRound";
import { readWorkbookPlan } from "../../src/app/workbookPlan";
import { planCurrentRound } from "../../src/commands/roundButtons";
import { planSummaryTarget } from "../../src/commands/summaryButton";
import { formatDate, readDate } from "../../src/sheets/cells";
import { SHEET } from "../../src/sheets/names";
import { openWorkbookFile, saveWorkbookFile } from "../../src/workbook/exceljs/file";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { tdkt } from "../support/cli";

const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

describe("tdkt new-year", () => {
  let dir: string;
  let last: string;
  let next: string;
  let before: string;
  let run: Awaited<ReturnType<typeof tdkt>>;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "new-year-"));
    last = path.join(dir, "so-tdkt-2024.xlsx");
    next = path.join(dir, "so-tdkt-2025.xlsx");
    const wb = ExcelJsWorkbook.create();
    const today = new Date(Date.UTC(2024, 2, 10));
    await layoutPlan({ wb, today }, { sample: true });
    await prepareRound({ wb, today }, "D1");
    await fillSampleRound({ wb, today }, "D1", { mistakes: false });
    expect((await rankRoundCommand({ wb, today: new Date(Date.UTC(2024, 3, 20)) }, "D1", { provisional: false })).ok).toBe(true);
    // A task ticked off in 2024: its status must not follow into 2025.
    const ws = wb.book.getWorksheet(SHEET.plan)!;
    ws.getRow(2).getCell(9).value = "Hoàn thành";
    // The year's title a khối registered for, on the year's row of Đăng ký.
    const reg = wb.book.getWorksheet(SHEET.registrations)!;
    let free = 2;
    while (reg.getRow(free).getCell(1).value) free++;
    ["Năm", "Tập thể", "TDP01", null, "Tổ dân phố văn hóa"].forEach((v, i) => (reg.getRow(free).getCell(i + 1).value = v));
    await saveWorkbookFile(wb, last);
    before = await sha(last);
    run = await tdkt(["new-year", last, next, "--today", "02/01/2025"]);
  }, 120_000);

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("exits 0, says what it carried and as of which day it checked the basis; last year's file is byte-identical", async () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Đã lập sổ năm 2025 từ sổ năm 2024: mang sang Cấu hình, Đơn vị, Hội đồng, Tiêu chí, Danh hiệu");
    expect(run.stdout).toContain("tại ngày 01/01/2025");
    expect(await sha(last)).toBe(before);
  });

  test("carries the units and the council; YEAR is 2025; no scoring sheet and no status comes along", async () => {
    const [old, wb] = await Promise.all([openWorkbookFile(last), openWorkbookFile(next)]);
    const rows = async (w: ExcelJsWorkbook, s: string) => (await w.readSheets([s]))[0]!.values;
    const codes = async (w: ExcelJsWorkbook) =>
      (await rows(w, SHEET.units))
        .slice(1)
        .map((r) => r[0])
        .filter(Boolean);
    expect(await codes(wb)).toEqual(await codes(old));
    expect((await rows(wb, SHEET.council)).length).toBe((await rows(old, SHEET.council)).length);
    expect((await rows(wb, SHEET.settings)).find((r) => r[0] === "YEAR")?.[2]).toBe(2025);
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names.filter((n) => n.startsWith("Chấm điểm"))).toEqual([]);
    const plan = await rows(wb, SHEET.plan);
    const h = plan[0]!;
    const tasks = plan.slice(1).filter((r) => r[h.indexOf("Mã")]);
    expect(tasks).toHaveLength(37);
    expect(new Set(tasks.map((r) => r[h.indexOf("Trạng thái")]))).toEqual(new Set(["Chưa thực hiện"]));
    expect(new Set(tasks.map((r) => readDate(r[h.indexOf("Hạn")])!.getUTCFullYear()))).toEqual(new Set([2025]));
    expect(tasks.map((r) => String(r[h.indexOf("Nội dung")]))).toContain(
      "Xây dựng và triển khai kế hoạch công tác thi đua - khen thưởng năm 2025.",
    );
    expect(tasks.map((r) => String(r[h.indexOf("Nội dung")]))).toContain("Phát động thi đua khen thưởng năm 2026.");
    const basis = await rows(wb, SHEET.basis);
    // Luật 39/2013/QH13 was replaced from 01/01/2024: on 01/01/2025 it reads as replaced.
    const law = basis.find((r) => r[0] === "39/2013/QH13");
    expect(law?.[6]).toBe("Đã bị thay thế");
    expect(formatDate(readDate(law?.[7])!)).toBe("01/01/2024");
  });

  test("the commands work on 2025 dates: prepare, validate, summaries and both ribbon buttons' choices", async () => {
    const wb = await openWorkbookFile(next);
    const commands = createAppCommands(wb, { today: () => new Date(Date.UTC(2025, 3, 20)) });
    expect((await readWorkbookPlan(wb)).plan.year).toBe(2025);
    expect(await planCurrentRound(new Date(Date.UTC(2025, 3, 20)), commands)).toBe("D1");
    expect(await planSummaryTarget(new Date(Date.UTC(2025, 5, 20)), commands)).toEqual({ period: "6T" });
    await expect(planCurrentRound(new Date(Date.UTC(2024, 3, 20)), commands)).rejects.toThrow("nằm ngoài năm kế hoạch 2025");
    expect((await commands.prepareRound("D1")).ok).toBe(true);
    const validated = await commands.validateRound("D1");
    expect(validated.ok).toBe(true);
    const summary = await commands.summarize({ period: "Q1" });
    expect(summary.ok).toBe(true);
    const [{ values }] = await wb.readSheets(["Tổng hợp Quý I"]);
    expect(
      values
        .flat()
        .map(String)
        .some((v) => v.includes("2025")),
    ).toBe(true);
  });

  test("`Năm trước` holds 2024's results per unit: Đợt 1's tier and rank, the year's registered title, the proposal", async () => {
    const [old, wb] = await Promise.all([openWorkbookFile(last), openWorkbookFile(next)]);
    const [{ values }] = await wb.readSheets([SHEET.lastYear]);
    const [header, ...body] = values;
    expect(header).toEqual([
      "STT",
      "Khối",
      "Mã đơn vị",
      "Tên đơn vị",
      "Đợt 1 năm 2024",
      "Danh hiệu đăng ký năm 2024",
      "Đề nghị khen năm 2024",
      "Ghi chú",
    ]);
    const units = (await old.readSheets([SHEET.units]))[0]!.values.slice(1).filter((r) => r[0]);
    expect(body.map((r) => r[2])).toEqual(units.map((r) => r[0]));
    // Compared with last year's own ranking sheet, unit by unit.
    const [{ values: ranking }] = await old.readSheets(["Xếp hạng Đ1"]);
    const top = ranking.findIndex((r) => r[2] === "Mã đơn vị");
    const col = (h: string) => ranking[top]!.indexOf(h);
    const ranked = ranking.slice(top + 1).filter((r) => r[col("Mã đơn vị")]);
    expect(ranked.length).toBe(body.length);
    for (const r of ranked) {
      const line = body.find((b) => b[2] === r[col("Mã đơn vị")])!;
      expect(line[4]).toBe(`${String(r[col("Xếp loại")])}, hạng ${String(r[col("Hạng trong khối")])}`);
      expect(line[6]).toBe(r[col("Đề nghị khen")] ? `Đợt 1: ${String(r[col("Đề nghị khen")])}` : null);
    }
    expect(body[0]).toEqual([1, "KTDP", "TDP01", "Tổ dân phố số 1", "Tốt, hạng 13", "Tổ dân phố văn hóa", null, null]);
    expect(body.find((b) => b[2] === "TDP01")?.[5]).toBe("Tổ dân phố văn hóa");
    expect(body.filter((b) => b[6]).length).toBeGreaterThan(0);
    expect(run.stdout).toContain("Trang “Năm trước”: kết quả năm 2024 của");
  });

  test("refuses to write over an existing file or over last year's, leaving both as they were", async () => {
    const again = await tdkt(["new-year", last, next]);
    expect(again.code).not.toBe(0);
    expect(again.stderr + again.stdout).toContain("đã có");
    const same = await tdkt(["new-year", last, last]);
    expect(same.code).not.toBe(0);
    expect(await sha(last)).toBe(before);
  }, 60_000);
});
