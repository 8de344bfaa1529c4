/**
 * `layout` without a plan document, on a workbook that already holds a plan, lays out that plan again, as
 * the clerk left it: another commune's 2026 plan stays that plan, a round moved on `Đợt thi đua` brings its
 * launch and bình xét tasks (month, quarter, Hạn, and so the overdue mark) to the new month, and the
 * compiled 2024 plan is written only into a workbook that has none.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { layoutPlan } from "../../src/app/layout";
import { readPlanDocument } from "../../src/app/planDocument";
import { readWorkbookPlan } from "../../src/app/workbookPlan";
import { SHEET } from "../../src/sheets/names";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue } from "../../src/workbook/port";
import { utc } from "../support/xlsx";

const TAN_PHONG = path.resolve(__dirname, "../fixtures/ke-hoach-tdkt-2026-tan-phong.txt");
const D2_EVALUATION = "Tổ chức bình xét thi đua - khen thưởng đợt 2.";

function column(ws: import("exceljs").Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((c, i) => {
    if (!found && String(c.value ?? "").trim() === header) found = i;
  });
  if (!found) throw new Error(`no column ${header} on ${ws.name}`);
  return found;
}

function rowWhere(ws: import("exceljs").Worksheet, header: string, value: string): number {
  const col = column(ws, header);
  let row = 0;
  ws.eachRow((r, i) => {
    if (!row && String(r.getCell(col).value ?? "") === value) row = i;
  });
  if (!row) throw new Error(`no row with ${header} = ${value} on ${ws.name}`);
  return row;
}

/** The rows of a sheet as objects by header, blank rows left out. */
async function rows(wb: ExcelJsWorkbook, sheet: string): Promise<Record<string, CellValue>[]> {
  const [{ values }] = await wb.readSheets([sheet]);
  const [header, ...body] = values;
  return body
    .filter((r) => r.some((v) => v !== null && v !== "" && v !== "Chưa thực hiện"))
    .map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i] ?? null])));
}

async function reopened(wb: ExcelJsWorkbook): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
}

describe("another commune's 2026 plan, laid out from its document, then laid out again without one", () => {
  const TODAY = utc(2026, 3, 10);
  let wb: ExcelJsWorkbook;
  let before: Record<string, CellValue>[];
  let result: Awaited<ReturnType<typeof layoutPlan>>;

  beforeAll(async () => {
    const parsed = await readPlanDocument(await fs.readFile(TAN_PHONG), path.basename(TAN_PHONG));
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: true, plan: parsed.plan, unplaced: parsed.unplaced });
    wb = await reopened(first);
    before = await rows(wb, SHEET.plan);
    result = await layoutPlan({ wb, today: TODAY }, { sample: false });
    wb = await reopened(wb);
  });

  test("stays Tân Phong's 2026 plan: the same task rows, YEAR 2026, no 2024 task", async () => {
    expect(result.ok).toBe(true);
    expect(await rows(wb, SHEET.plan)).toEqual(before);
    const texts = before.map((r) => String(r["Nội dung"]));
    expect(texts).toContain("Tổ chức bình xét thi đua - khen thưởng đợt 2.");
    expect(texts.some((t) => t.includes("2024"))).toBe(false);
    expect((await rows(wb, SHEET.settings)).find((r) => r["Mã"] === "YEAR")?.["Giá trị"]).toBe(2026);
    const vi = result.messages.map((m) => m.vi).join("\n");
    expect(vi).toContain("Lập lại các trang kế hoạch từ kế hoạch năm 2026 có trong sổ");
  });

  test("replaces its own sheets without keeping copies, since they hold what the clerk left", async () => {
    expect(result.sheets.filter((s) => s.action === "copied")).toEqual([]);
    expect(Object.fromEntries(result.sheets.map((s) => [s.sheet, s.action]))).toMatchObject({
      [SHEET.plan]: "replaced",
      [SHEET.purposes]: "replaced",
      [SHEET.rounds]: "replaced",
      [SHEET.movements]: "replaced",
      [SHEET.basis]: "replaced",
    });
  });

  test("the rounds and basis are those of the document, the unplaced passage still listed for the clerk", async () => {
    const { plan } = await readWorkbookPlan(wb);
    expect(plan.rounds.map((r) => [r.code, r.launchMonth, r.evaluationMonths])).toEqual([
      ["D1", 2, [5]],
      ["D2", 6, [9]],
      ["DB", undefined, [8]],
      ["NAM", undefined, [11]],
    ]);
    expect((await rows(wb, SHEET.basis)).map((r) => r["Số hiệu"])).toEqual(["06/2022/QH15", "152/2025/NĐ-CP", "12/KH-UBND"]);
    const unplaced = (await rows(wb, SHEET.plan)).filter((r) => r["Mã"] === null);
    expect(unplaced.map((r) => r["Nội dung"])).toEqual([
      "Các tổ chức, đơn vị chủ động rà soát danh sách đăng ký trước khi có hướng dẫn.",
    ]);
  });

  test("parts I and III of the document are on `Mục đích, tổ chức`, and stay there", async () => {
    expect((await rows(wb, SHEET.purposes)).map((r) => [r["Phần"], r["Nhóm"], r["Nội dung"]])).toEqual([
      [
        "I. Mục đích, yêu cầu",
        null,
        "Động viên cán bộ, công chức và Nhân dân thi đua hoàn thành các chỉ tiêu kinh tế - xã hội năm 2026.",
      ],
      ["I. Mục đích, yêu cầu", null, "Khen thưởng kịp thời, đúng người, đúng thành tích."],
      [
        "III. Tổ chức thực hiện",
        "1. Hội đồng Thi đua - Khen thưởng xã",
        "Tham mưu UBND xã triển khai kế hoạch; hướng dẫn, kiểm tra, đôn đốc các thôn.",
      ],
      [
        "III. Tổ chức thực hiện",
        "2. Các thôn, trường học, đoàn thể",
        "Tổ chức phát động thi đua và đăng ký thi đua gửi Hội đồng theo đúng thời gian.",
      ],
      ["Kết thúc kế hoạch", null, "Trên đây là kế hoạch công tác thi đua, khen thưởng năm 2026 của UBND xã Tân Phong./."],
    ]);
  });
});

describe("Đợt 2's bình xét moved from June to July on `Đợt thi đua`, then layout run again", () => {
  const TODAY = utc(2024, 6, 10);
  let wb: ExcelJsWorkbook;
  let result: Awaited<ReturnType<typeof layoutPlan>>;
  let evaluation: Record<string, CellValue>;
  let launch: Record<string, CellValue>;

  beforeAll(async () => {
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: true });
    const edited = await reopened(first);
    const rounds = edited.book.getWorksheet(SHEET.rounds)!;
    // The clerk types the month as a clerk does; D3's launch moves too, into August.
    rounds.getCell(rowWhere(rounds, "Mã đợt", "D2"), column(rounds, "Tháng bình xét")).value = "Tháng 7";
    rounds.getCell(rowWhere(rounds, "Mã đợt", "D3"), column(rounds, "Tháng phát động")).value = 8;
    const plan = edited.book.getWorksheet(SHEET.plan)!;
    const d2 = rowWhere(plan, "Nội dung", D2_EVALUATION);
    plan.getCell(d2, column(plan, "Ghi chú")).value = "Chờ đủ điểm";
    wb = await reopened(edited);
    result = await layoutPlan({ wb, today: TODAY }, { sample: false });
    wb = await reopened(wb);
    const tasks = await rows(wb, SHEET.plan);
    evaluation = tasks.find((r) => r["Nội dung"] === D2_EVALUATION)!;
    launch = tasks.find((r) => r["Mã"] === "T07-01")!;
  });

  test("the bình xét task is July's now: Quý III, Hạn 31/07/2024, its note kept", () => {
    expect([evaluation["Tháng"], evaluation["Quý"], evaluation["Hạn"], evaluation["Ghi chú"]]).toEqual([
      7,
      "Quý III",
      utc(2024, 7, 31),
      "Chờ đủ điểm",
    ]);
  });

  test("Đợt 3's launch task moved to August with it", () => {
    expect(String(launch["Nội dung"])).toMatch(/^Tổ chức phát động thi đua đợt 3 /);
    expect([launch["Tháng"], launch["Quý"], launch["Hạn"]]).toEqual([8, "Quý III", utc(2024, 8, 31)]);
  });

  test("on 10 July it is not overdue any more: the overdue rule compares today with the Hạn written", async () => {
    const sheet = wb.book.getWorksheet(SHEET.plan) as unknown as {
      conditionalFormattings: { rules: { formulae: string[] }[] }[];
    };
    const rule = sheet.conditionalFormattings[0]!.rules[0]!.formulae[0];
    expect(rule).toBe('AND(ISNUMBER($H2),$H2<TODAY(),$I2<>"Hoàn thành",$I2<>"Không thực hiện")');
    expect((evaluation["Hạn"] as Date) < TODAY).toBe(false);
  });

  test("`Đợt thi đua` keeps the clerk's months, with no copy kept, and the output names the tasks that moved", async () => {
    const rounds = await rows(wb, SHEET.rounds);
    expect(rounds.find((r) => r["Mã đợt"] === "D2")?.["Tháng bình xét"]).toBe("Tháng 7");
    expect(rounds.find((r) => r["Mã đợt"] === "D3")?.["Tháng phát động"]).toBe(8);
    expect(result.sheets.filter((s) => s.action === "copied")).toEqual([]);
    const vi = result.messages.map((m) => m.vi).join("\n");
    expect(vi).toContain("2 nhiệm vụ phát động, bình xét chuyển theo đợt đã dời trên “Đợt thi đua”");
    expect(vi).toContain("T07-01: tháng 7 → 8");
    expect(vi).toMatch(/T06-\d\d: tháng 6 → 7/);
  });

  test("a second run leaves everything where the first put it", async () => {
    const again = await reopened(wb);
    const second = await layoutPlan({ wb: again, today: TODAY }, { sample: false });
    expect(await rows(await reopened(again), SHEET.plan)).toEqual(await rows(wb, SHEET.plan));
    expect(second.sheets.filter((s) => s.action === "copied")).toEqual([]);
    expect(second.messages.map((m) => m.vi).join("\n")).not.toContain("chuyển theo đợt");
  });
});

describe("what layout keeps of a workbook's plan", () => {
  const TODAY = utc(2024, 2, 1);

  test("a task whose Tháng the clerk cleared is kept, with its status, not dropped", async () => {
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: false });
    const wb = await reopened(first);
    const plan = wb.book.getWorksheet(SHEET.plan)!;
    const r = rowWhere(plan, "Mã", "T05-01");
    const text = String(plan.getCell(r, column(plan, "Nội dung")).value);
    plan.getCell(r, column(plan, "Tháng")).value = null;
    plan.getCell(r, column(plan, "Trạng thái")).value = "Đang thực hiện";
    const again = await reopened(wb);
    await layoutPlan({ wb: again, today: TODAY }, { sample: false });
    const kept = (await rows(again, SHEET.plan)).filter((x) => x["Mã"] === "T05-01");
    expect(kept.map((x) => [x["Nội dung"], x["Tháng"], x["Trạng thái"]])).toEqual([[text, null, "Đang thực hiện"]]);
  });

  test("a workbook that holds only `Cấu hình` with YEAR 2026 gets the compiled plan moved to 2026, and says so", async () => {
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: false });
    const wb = await reopened(first);
    for (const name of [SHEET.plan, SHEET.rounds, SHEET.movements, SHEET.basis, SHEET.purposes])
      wb.book.removeWorksheet(wb.book.getWorksheet(name)!.id);
    const settings = wb.book.getWorksheet(SHEET.settings)!;
    settings.getCell(rowWhere(settings, "Mã", "YEAR"), column(settings, "Giá trị")).value = 2026;
    const again = await reopened(wb);
    const result = await layoutPlan({ wb: again, today: utc(2026, 1, 5) }, { sample: false });
    const tasks = await rows(again, SHEET.plan);
    expect(tasks.filter((t) => t["Mã"])).toHaveLength(37);
    expect(new Set(tasks.filter((t) => t["Mã"]).map((t) => (t["Hạn"] as Date).getUTCFullYear()))).toEqual(new Set([2026]));
    expect(tasks.map((t) => t["Nội dung"])).toContain("Xây dựng và triển khai kế hoạch công tác thi đua - khen thưởng năm 2026.");
    expect(result.messages.map((m) => m.vi).join("\n")).toContain("lập theo kế hoạch mẫu năm 2024, chuyển sang năm 2026");
  });
});

describe("parts I and III of the seed plan on `Mục đích, tổ chức`", () => {
  const TODAY = utc(2024, 2, 1);
  const SEED = path.resolve(__dirname, "../fixtures/ke-hoach-tdkt-2024.txt");

  test("the three purposes, with “về đích trước ngày 30/9/2024” dated, the council's and the units' duties, the closing", async () => {
    const wb = ExcelJsWorkbook.create();
    await layoutPlan({ wb, today: TODAY }, { sample: false });
    const parts = await rows(wb, SHEET.purposes);
    expect(parts.map((r) => [r["STT"], r["Phần"], r["Nhóm"]])).toEqual([
      [1, "I. Mục đích, yêu cầu", null],
      [2, "I. Mục đích, yêu cầu", null],
      [3, "I. Mục đích, yêu cầu", null],
      ...[4, 5, 6, 7, 8].map((n) => [n, "III. Tổ chức thực hiện", "1. Hội đồng TĐ- KT phường"]),
      ...[9, 10].map((n) => [
        n,
        "III. Tổ chức thực hiện",
        "2. Các cơ quan, đơn vị, trường học, các đoàn thể, các chi bộ, tổ dân phố",
      ]),
      [11, "Kết thúc kế hoạch", null],
    ]);
    expect(String(parts[2]!["Nội dung"])).toContain("về đích trước ngày 30/9/2024");
    expect(parts.map((r) => r["Mốc thời gian"])).toEqual([null, null, utc(2024, 9, 30), ...Array(8).fill(null)]);
    expect(String(parts[10]!["Nội dung"])).toMatch(/^Trên đây là kế hoạch công tác TĐ-KT năm 2024 của UBND phường Nam Cường/);
  });

  test("the seed's own text gives the same rows as the compiled plan", async () => {
    const model = ExcelJsWorkbook.create();
    await layoutPlan({ wb: model, today: TODAY }, { sample: false });
    const parsed = await readPlanDocument(await fs.readFile(SEED), path.basename(SEED));
    const fromText = ExcelJsWorkbook.create();
    await layoutPlan({ wb: fromText, today: TODAY }, { sample: false, plan: parsed.plan, unplaced: parsed.unplaced });
    expect(await rows(fromText, SHEET.purposes)).toEqual(await rows(model, SHEET.purposes));
  });

  test("a note the clerk wrote and a paragraph corrected there are kept by the next layout", async () => {
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: false });
    const wb = await reopened(first);
    const ws = wb.book.getWorksheet(SHEET.purposes)!;
    ws.getCell(4, column(ws, "Ghi chú")).value = "Đã giao cho Văn phòng";
    ws.getCell(2, column(ws, "Nội dung")).value = "Mục đích do Thường trực sửa lại.";
    const again = await reopened(wb);
    const result = await layoutPlan({ wb: again, today: TODAY }, { sample: false });
    const parts = await rows(again, SHEET.purposes);
    expect(parts[0]!["Nội dung"]).toBe("Mục đích do Thường trực sửa lại.");
    expect(parts[2]!["Ghi chú"]).toBe("Đã giao cho Văn phòng");
    expect(result.sheets.filter((s) => s.action === "copied")).toEqual([]);
  });
});
