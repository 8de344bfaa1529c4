/**
 * `npm run demo` as a user runs it: `node bin/tdkt.js demo <file>` in a child process, then the workbook
 * it printed opened as the add-in would, and converted by LibreOffice as a clerk's spreadsheet would be.
 * The slips the demo plants are found again in the workbook by reading its sheets (a score typed as text,
 * a blank score, units with no registration, a late one), and each must be on `Kiểm tra` at its cell.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { judgeSheetInfos } from "../../src/app/roundInputs";
import { defaultCriteria } from "../../src/domain/criteria";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import type { Criterion, Unit } from "../../src/domain/types";
import { CELL_BLANK, CELL_NUMBER, CELL_TEXT_NUMBER, inputCell } from "../../src/domain/validation";
import { readCriteria } from "../../src/sheets/criteria";
import { text } from "../../src/sheets/cells";
import { FINDINGS_HEADER_ROW } from "../../src/sheets/findings";
import { readPlanSheet } from "../../src/sheets/plan";
import { readRegistrations } from "../../src/sheets/registrations";
import { readScoringSheet } from "../../src/sheets/scoring";
import { readUnits } from "../../src/sheets/units";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { SheetData } from "../../src/workbook/port";
import { convertWithLibreOffice, parseCsv } from "../support/libreoffice";
import { tdktBin, type CliRun } from "../support/cli";
import { tempDir } from "../support/xlsx";

jest.setTimeout(240_000);

/**
 * The demo is run from its own folder, as a user runs it after `cd`, through the real bin: this is the one
 * test that starts `node bin/tdkt.js` itself (the others call the same `run` in-process).
 */
const demoRun = (args: string[], cwd: string) => tdktBin(args, { cwd });

let dir: string;
let cleanup: () => Promise<void>;
let run: CliRun;
let file: string;
let wb: ExcelJsWorkbook;
let sheets: Map<string, SheetData>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("tdkt-demo-"));
  run = await demoRun(["demo", path.join("ra", "tdkt-demo.xlsx")], dir);
  file = run.stdout.trim().split("\n").pop() ?? "";
  wb = await ExcelJsWorkbook.fromBuffer(await fs.readFile(file));
  const names = (await wb.listSheets()).map((s) => s.name);
  sheets = new Map((await wb.readSheets(names)).map((d) => [d.name, d]));
});
afterAll(() => cleanup());

function sheet(name: string): SheetData {
  const d = sheets.get(name);
  if (!d) throw new Error(`no sheet ${name}; have ${[...sheets.keys()].join(", ")}`);
  return d;
}

function model(): { units: Unit[]; criteria: Criterion[] } {
  const c = sheets.get("Tiêu chí");
  return { units: readUnits(sheet("Đơn vị")).units, criteria: c ? readCriteria(c).criteria : defaultCriteria() };
}

async function judgeSheets(): Promise<SheetData[]> {
  return judgeSheetInfos("D1", await wb.listSheets()).map((j) => sheet(j.name));
}

/** "code|sheet!cell" of every row of `Kiểm tra`. */
function findingsOnSheet(): Set<string> {
  const rows = sheet("Kiểm tra").values.slice(FINDINGS_HEADER_ROW + 1);
  return new Set(rows.filter((r) => text(r[7])).map((r) => `${text(r[7])}|${text(r[3])}!${text(r[4])}`));
}

describe("npm run demo", () => {
  it("exits 0 well within a minute and prints the workbook's absolute path last", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(file).toBe(path.join(dir, "ra", "tdkt-demo.xlsx"));
    expect(run.ms).toBeLessThan(60_000);
  });

  it("tells the story step by step: an error found, corrected by the clerk, then a final ranking and the summaries", () => {
    const out = run.stdout;
    const steps = [
      "Lập kế hoạch",
      "Chuẩn bị Đợt 1",
      "Đăng ký và chấm điểm mẫu",
      "Kiểm tra Đợt 1",
      "Thư ký sửa lỗi",
      "Kiểm tra lại",
      "Xếp hạng Đợt 1",
      "Tổng hợp",
      "Bình xét cuối năm",
      "Từ các đơn vị lên",
    ];
    let at = -1;
    for (const s of steps) {
      const i = out.indexOf(s, at + 1);
      expect(i).toBeGreaterThan(at);
      at = i;
    }
    expect(out).toMatch(/Kiểm tra Đợt 1: 1 lỗi, \d+ cảnh báo\./);
    expect(out).toMatch(/Checked Đợt 1: 0 errors, \d+ warnings\./);
    expect(out).toMatch(/\[Lỗi \/ Error\] Chấm điểm Đ1 - [^!]+![A-Z]+\d+: /);
    expect(out).toContain("Trang: tạo Xếp hạng Đ1");
    expect(out).not.toContain("TẠM TÍNH");
  });

  it("holds every task of the plan in its month on Kế hoạch", () => {
    const plan = readPlanSheet(sheet("Kế hoạch"));
    const byId = new Map(plan.rows.map((r) => [r.id, r.values]));
    for (const t of PLAN_2024.tasks) {
      const row = byId.get(t.id);
      expect(row).toBeDefined();
      expect([Number(row!.month), text(row!.text)]).toEqual([t.month, t.text]);
    }
  });

  it("has a scoring sheet with scores from every judge, and the one error corrected where it was printed", async () => {
    const { units, criteria } = model();
    const judges = await judgeSheets();
    expect(judges.length).toBe(10);
    for (const d of judges) {
      const js = readScoringSheet(d, criteria, units);
      const numbers = js.states.filter((s) => s === CELL_NUMBER).length;
      // at least a full base grid (about 18 lines) for nearly every unit on the sheet
      expect(numbers).toBeGreaterThan(15 * 40);
    }
    const m = /\[Lỗi \/ Error\] (Chấm điểm Đ1 - [^!]+)!([A-Z]+)(\d+): Điểm ([\d.]+) của tiêu chí (\S+)/.exec(run.stdout);
    expect(m).not.toBeNull();
    const [, name, col, row, typed, code] = m!;
    const colIndex = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const now = sheet(name).values[Number(row) - 1][colIndex];
    const max = criteria.find((c) => c.code === code)!.max;
    expect(typeof now).toBe("number");
    expect(now as number).toBeLessThanOrEqual(max);
    // the digits the judge typed, with the comma put back
    expect(String(now).replace(".", "")).toBe(typed);
  });

  it("lists each planted slip on Kiểm tra at the cell that holds it", async () => {
    const { units, criteria } = model();
    const found = findingsOnSheet();
    const expected: string[] = [];
    for (const d of await judgeSheets()) {
      const js = readScoringSheet(d, criteria, units);
      units.forEach((_, u) => {
        criteria.forEach((c, ci) => {
          const st = js.states[u * js.criterionCount + ci];
          if (st === CELL_TEXT_NUMBER) expected.push(`SCORE_TEXT_NUMBER|${d.name}!${inputCell(js, u, ci)}`);
          if (st === CELL_BLANK && c.kind === "base") expected.push(`SCORE_BLANK_UNIT|${d.name}!${inputCell(js, u, ci)}`);
        });
      });
    }
    const regs = readRegistrations(sheet("Đăng ký")).registrations.filter((r) => r.round === "D1");
    const registered = new Set(regs.map((r) => r.unitCode));
    for (const u of units) if (!registered.has(u.code)) expected.push(`REG_MISSING|Đơn vị!A${u.row}`);
    const deadline = Date.UTC(2024, 0, 31); // REG_DEADLINE_D1 in Cấu hình
    for (const r of regs) if (r.date && r.date.getTime() > deadline) expected.push(`REG_LATE|Đăng ký!G${r.row}`);

    const kinds = new Set(expected.map((e) => e.split("|")[0]));
    expect([...kinds].sort()).toEqual(["REG_LATE", "REG_MISSING", "SCORE_BLANK_UNIT", "SCORE_TEXT_NUMBER"]);
    expect(expected.filter((e) => e.startsWith("REG_MISSING")).length).toBeGreaterThanOrEqual(2);
    for (const e of expected) expect(found).toContain(e);
    // after the clerk's correction the check has no error left
    expect(
      sheet("Kiểm tra")
        .values.slice(FINDINGS_HEADER_ROW + 1)
        .some((r) => text(r[2]) === "Lỗi"),
    ).toBe(false);
  });

  it("ranks every unit on Xếp hạng Đ1 and writes every summary sheet", () => {
    const ranking = sheet("Xếp hạng Đ1")
      .values.flat()
      .map((v) => text(v));
    for (const u of model().units) expect(ranking).toContain(u.code);
    expect(ranking.some((v) => v.includes("TẠM TÍNH"))).toBe(false);
    for (const name of ["Tổng hợp Quý I", "Tổng hợp 6 tháng", "Tổng hợp 9 tháng", "Tổng hợp Năm", "Tổng hợp Đợt 1"])
      expect(sheets.has(name)).toBe(true);
  });

  it("converts with LibreOffice headless, every sheet included, with every task of the plan in its month", async () => {
    const csvs = await convertWithLibreOffice(file, "csv", path.join(dir, "csv"));
    const names = csvs.map((f) => path.basename(f).normalize("NFC"));
    for (const name of ["Kế hoạch", "Mục đích, tổ chức", "Phong trào", "Đợt thi đua", "Căn cứ", "Đơn vị", "Hội đồng", "Cấu hình"])
      expect(names.some((n) => n.endsWith(`${name}.csv`))).toBe(true);
    for (const name of ["Đăng ký", "Kiểm tra", "Xếp hạng Đ1", "Tổng hợp Đợt 1"])
      expect(names.some((n) => n.endsWith(`${name}.csv`))).toBe(true);

    const planCsv = csvs.find((f) => path.basename(f).normalize("NFC").endsWith("Kế hoạch.csv"))!;
    const rows = parseCsv(await fs.readFile(planCsv, "utf8"));
    expect(rows[0]).toEqual([
      "STT",
      "Quý",
      "Tháng",
      "Nội dung",
      "Loại",
      "Đợt / Phong trào",
      "Chủ trì",
      "Hạn",
      "Trạng thái",
      "Ghi chú",
      "Mã",
    ]);
    const byId = new Map(rows.slice(1).map((r) => [r[10], r]));
    const quarters = ["", "Quý I", "Quý II", "Quý III", "Quý IV"];
    for (const t of PLAN_2024.tasks) {
      const row = byId.get(t.id);
      expect([t.id, row?.[1], row?.[2], row?.[3]]).toEqual([t.id, quarters[t.quarter], String(t.month), t.text]);
    }
  });
});
