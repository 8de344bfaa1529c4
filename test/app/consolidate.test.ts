/**
 * `tdkt consolidate`: three wards' workbooks (the demo's, renamed on `Cấu hình`) make the khối's report,
 * each ward named with its file and as-of date, the khối's figures three times a ward's; a workbook of
 * another year, a ward's report of an earlier period and a ward sent twice are refused, naming the file.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { DEMO_STEPS, DEMO_TODAY, type DemoState } from "../../src/cli/commands/demo";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { openWorkbookFile, saveWorkbookFile } from "../../src/workbook/exceljs/file";
import { tdkt } from "../support/cli";
import { tempDir } from "../support/xlsx";

/** The demo's workbook, its results computed on 15/08/2024 at 09:00 UTC (the markers say so). */
async function demoWorkbook(file: string): Promise<void> {
  const wb = ExcelJsWorkbook.create();
  wb.now = () => new Date(Date.UTC(2024, 7, 15, 9));
  const state: DemoState = { mistakes: [] };
  for (const step of DEMO_STEPS) await step.run({ wb, today: DEMO_TODAY }, state);
  await saveWorkbookFile(wb, file);
}

/** A copy of `from` with the settings a person would change on `Cấu hình` (by code). */
async function copyWith(from: string, to: string, values: Record<string, string | number>): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(from);
  const ws = book.getWorksheet("Cấu hình")!;
  ws.eachRow((row) => {
    const code = String(row.getCell(1).value ?? "");
    if (code in values) row.getCell(3).value = values[code]!;
  });
  await book.xlsx.writeFile(to);
}

async function reportRows(file: string): Promise<unknown[][]> {
  const wb = await openWorkbookFile(file);
  const [data] = await wb.readSheets(["Tổng hợp khối 6 tháng"]);
  return data!.values.map((r) => r.filter((v) => v !== null)).filter((r) => r.length > 0);
}

describe("tdkt consolidate", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let demo: string;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir("tdkt-khoi-"));
    demo = path.join(dir, "demo.xlsx");
    await demoWorkbook(demo);
    await copyWith(demo, path.join(dir, "nam-cuong.xlsx"), { WARD_NAME: "PHƯỜNG NAM CƯỜNG" });
    await copyWith(demo, path.join(dir, "bac-cuong.xlsx"), { WARD_NAME: "PHƯỜNG BẮC CƯỜNG" });
    await copyWith(demo, path.join(dir, "kim-tan.xlsx"), { WARD_NAME: "PHƯỜNG KIM TÂN" });
    await copyWith(demo, path.join(dir, "duyen-hai-2025.xlsx"), { WARD_NAME: "PHƯỜNG DUYÊN HẢI", YEAR: 2025 });
  }, 120000);
  afterAll(() => cleanup());

  const wards = ["nam-cuong.xlsx", "bac-cuong.xlsx", "kim-tan.xlsx"];

  test("three wards: each named with its file and as-of date, the khối's figures three times a ward's", async () => {
    const run = await tdkt(["consolidate", "khoi.xlsx", ...wards, "--period", "6T", "--today", "20/08/2024"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Đã đọc bac-cuong.xlsx: PHƯỜNG BẮC CƯỜNG, số liệu đến ngày 15/08/2024.");
    const rows = await reportRows(path.join(dir, "khoi.xlsx"));
    const after = (head: string, n: number) => {
      const at = rows.findIndex((r) => r[0] === head);
      expect(at).toBeGreaterThanOrEqual(0);
      return rows.slice(at + 1, at + 1 + n);
    };
    expect(rows).toContainEqual(["BÁO CÁO"]);
    expect(rows).toContainEqual(["Tổng hợp bình xét thi đua, khen thưởng khối xã, phường 6 tháng đầu năm 2024"]);
    expect(after("I. CÁC PHƯỜNG TRONG KHỐI", 4)).toEqual([
      ["STT", "Phường", "Tệp của phường", "Số liệu đến ngày"],
      [1, "PHƯỜNG NAM CƯỜNG", "nam-cuong.xlsx", "15/08/2024"],
      [2, "PHƯỜNG BẮC CƯỜNG", "bac-cuong.xlsx", "15/08/2024"],
      [3, "PHƯỜNG KIM TÂN", "kim-tan.xlsx", "15/08/2024"],
    ]);
    const tasks = after("II. THỰC HIỆN KẾ HOẠCH CÔNG TÁC THI ĐUA, KHEN THƯỞNG", 5);
    expect(tasks.map((r) => r.slice(0, -1))).toEqual([
      ["STT", "Phường", "Nhiệm vụ đến hạn", "Đã hoàn thành"],
      [1, "PHƯỜNG NAM CƯỜNG", 21, 5],
      [2, "PHƯỜNG BẮC CƯỜNG", 21, 5],
      [3, "PHƯỜNG KIM TÂN", 21, 5],
      ["Cộng", 63, 15],
    ]);
    expect(rows).toContainEqual(["1. Đợt 1"]);
    expect(after("a) Đăng ký và đề nghị khen thưởng theo phường", 5)).toEqual([
      ["STT", "Phường", "Đơn vị", "Đơn vị đăng ký", "Cá nhân đăng ký", "Được xếp hạng", "Đề nghị Giấy khen", "Đề nghị cấp trên"],
      [1, "PHƯỜNG NAM CƯỜNG", 46, 44, 0, 46, 4, 0],
      [2, "PHƯỜNG BẮC CƯỜNG", 46, 44, 0, 46, 4, 0],
      [3, "PHƯỜNG KIM TÂN", 46, 44, 0, 46, 4, 0],
      ["Cộng", 138, 132, 0, 138, 12, 0],
    ]);
    expect(after("b) Xếp loại theo phường", 5)).toEqual([
      ["STT", "Phường", "Được xếp hạng", "Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"],
      [1, "PHƯỜNG NAM CƯỜNG", 46, 5, 41, 0, 0, 0],
      [2, "PHƯỜNG BẮC CƯỜNG", 46, 5, 41, 0, 0, 0],
      [3, "PHƯỜNG KIM TÂN", 46, 5, 41, 0, 0, 0],
      ["Cộng", 138, 15, 123, 0, 0, 0],
    ]);
    // Each ward's proposed units, named under the ward: four each.
    const proposed = rows.filter((r) => r[3] === "Đợt 1" && r[6] === "Giấy khen");
    expect(proposed.map((r) => r[1])).toEqual([
      ...Array(4).fill("PHƯỜNG NAM CƯỜNG"),
      ...Array(4).fill("PHƯỜNG BẮC CƯỜNG"),
      ...Array(4).fill("PHƯỜNG KIM TÂN"),
    ]);
    // The wards' files are read, never written.
    const before = await fs.readFile(path.join(dir, "kim-tan.xlsx"));
    expect(
      await tdkt(["consolidate", "khoi.xlsx", ...wards, "--period", "6T", "--today", "20/08/2024"], { cwd: dir }),
    ).toMatchObject({ code: 0 });
    expect(Buffer.compare(before, await fs.readFile(path.join(dir, "kim-tan.xlsx")))).toBe(0);
  }, 120000);

  test("a fourth workbook of another year is refused, naming its file, and nothing is written", async () => {
    const run = await tdkt(
      ["consolidate", "khoi-4.xlsx", ...wards, "duyen-hai-2025.xlsx", "--period", "6T", "--today", "20/08/2024"],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "Không tổng hợp: tệp duyen-hai-2025.xlsx (PHƯỜNG DUYÊN HẢI) là sổ thi đua năm 2025, khối đang tổng hợp năm 2024.",
    );
    await expect(fs.stat(path.join(dir, "khoi-4.xlsx"))).rejects.toThrow();
  }, 120000);

  test("a ward whose figures stop before the period's last quarter, and a ward sent twice, are refused", async () => {
    const year = await tdkt(["consolidate", "khoi-nam.xlsx", "kim-tan.xlsx", "--period", "NAM", "--today", "20/12/2024"], {
      cwd: dir,
    });
    expect(year.code).toBe(1);
    expect(year.stderr).toContain(
      "số liệu trong tệp kim-tan.xlsx (PHƯỜNG KIM TÂN) chỉ đến ngày 15/08/2024, trước kỳ Năm (từ 01/10/2024)",
    );
    const twice = await tdkt(["consolidate", "khoi-2.xlsx", "kim-tan.xlsx", "demo.xlsx", "nam-cuong.xlsx", "--period", "6T"], {
      cwd: dir,
    });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain("tệp nam-cuong.xlsx cũng là của PHƯỜNG NAM CƯỜNG, đã có trong tệp demo.xlsx");
  }, 120000);

  test("--period is required; an unknown one is named", async () => {
    expect((await tdkt(["consolidate", "k.xlsx", "kim-tan.xlsx"], { cwd: dir })).code).toBe(2);
    const bad = await tdkt(["consolidate", "k.xlsx", "kim-tan.xlsx", "--period", "7T"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("7T");
  });
});
