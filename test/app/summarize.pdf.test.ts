/**
 * LibreOffice's PDF of the signed summaries shows the document of Nghị định 30/2020: quốc hiệu and tiêu
 * ngữ, số and ký hiệu, the dateline without a leading zero for April, "BÁO CÁO" and its trích yếu, nơi nhận
 * and the signer; the page number top centre from page 2 and none on page 1; and no internal check.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { layoutPlan } from "../../src/app/layout";
import { prepareRound } from "../../src/app/prepare";
import { summarize } from "../../src/app/summarize";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { convertWithLibreOffice } from "../support/libreoffice";

const TODAY = new Date(Date.UTC(2024, 3, 5));

async function pageTexts(pdf: string): Promise<string[]> {
  const exec = promisify(execFile);
  const { stdout } = await exec("pdfinfo", [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  const out: string[] = [];
  for (let p = 1; p <= pages; p++)
    out.push((await exec("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"])).stdout);
  return out;
}

/** The three reports alone, one workbook each (so a PDF's pages are the report's), and the whole workbook. */
const REPORTS: Record<string, string> = { "Tổng hợp Quý I": "q1", "Tổng hợp Đợt 1": "d1", "Tổng hợp Năm": "nam" };
let dir: string;
/** PDF file by the base name of the workbook it was printed from. */
const pdfs = new Map<string, string>();

beforeAll(async () => {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: TODAY }, { sample: true });
  await prepareRound({ wb, today: TODAY }, "D1");
  for (const target of [{ period: "Q1" }, { round: "D1" }, { period: "NAM" }] as const)
    expect((await summarize({ wb, today: TODAY }, target)).ok).toBe(true);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "tdkt-sum-pdf-"));
  const files = [path.join(dir, "so.xlsx")];
  await fs.writeFile(files[0]!, await wb.toBuffer());
  for (const [sheet, base] of Object.entries(REPORTS)) {
    const one = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
    for (const s of [...one.book.worksheets]) if (s.name !== sheet) one.book.removeWorksheet(s.id);
    files.push(path.join(dir, `${base}.xlsx`));
    await fs.writeFile(files[files.length - 1]!, await one.toBuffer());
  }
  // one start of LibreOffice prints all four
  for (const pdf of await convertWithLibreOffice(files, "pdf", dir)) {
    pdfs.set(path.basename(pdf, ".pdf"), pdf);
    if (process.env.KEEP_PDF) await fs.copyFile(pdf, path.join(process.env.KEEP_PDF, path.basename(pdf)));
  }
}, 300_000);

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test("Tổng hợp Quý I, Tổng hợp Đợt 1 and Tổng hợp Năm print as NĐ 30/2020 documents in LibreOffice", async () => {
  for (const [sheet, base] of Object.entries(REPORTS)) {
    const pdf = pdfs.get(base);
    const pages = await pageTexts(pdf!);
    const all = pages.join("\n");
    // Quý I runs to three pages (its long list of unfinished tasks); Đợt 1, not yet scored, to one; the year
    // (every task of the plan, as of 05/04) to more.
    const expected: Record<string, number> = { "Tổng hợp Quý I": 3, "Tổng hợp Đợt 1": 1, "Tổng hợp Năm": 0 };
    if (expected[sheet]) expect([sheet, pages.length]).toEqual([sheet, expected[sheet]]);
    else expect(pages.length).toBeGreaterThan(3);
    for (const text of [
      "ỦY BAN NHÂN DÂN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "/BC-UBND",
      "Nam Cường, ngày 05 tháng 4 năm 2024",
      "Nơi nhận:",
      "TM. ỦY BAN NHÂN DÂN",
      "Lê Minh Huy",
    ])
      expect([sheet, text, all.includes(text)]).toEqual([sheet, text, true]);
    // "BÁO CÁO" alone on its line, the trích yếu on the next.
    const lines = pages[0]!.split("\n").map((l) => l.trim());
    const kind = lines.indexOf("BÁO CÁO");
    expect(kind).toBeGreaterThan(0);
    expect(lines.slice(kind + 1).find((l) => l !== "")).toMatch(
      /^(Công tác thi đua, khen thưởng quý I năm 2024|Kết quả bình xét thi đua Đợt 1 năm 2024|Tổng kết công tác thi đua, khen thưởng năm 2024)$/,
    );
    // No number on page 1; "2" alone on the first line of page 2.
    expect(lines.find((l) => l !== "")).toMatch(/^ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    pages.slice(1).forEach((page, i) =>
      expect(
        page
          .split("\n")
          .map((l) => l.trim())
          .find((l) => l !== ""),
      ).toBe(String(i + 2)),
    );
    for (const internal of ["LỖI KIỂM TRA", "Tiến độ chấm", "Chấm dở"])
      expect([sheet, internal, all.includes(internal)]).toEqual([sheet, internal, false]);
  }
});

test("printed with the whole workbook, each report is numbered from its own page 2, never on its page 1", async () => {
  const pdf = pdfs.get("so");
  const pages = (await pageTexts(pdf!)).map((p) =>
    p
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== ""),
  );
  // A report's pages: the one whose tên loại "BÁO CÁO" is followed by its trích yếu, and the pages after it.
  const numbering = (subject: string): string[] => {
    const first = pages.findIndex((lines) => lines[lines.indexOf("BÁO CÁO") + 1] === subject && lines.includes("BÁO CÁO"));
    expect([subject, first >= 0]).toEqual([subject, true]);
    const out = [pages[first]![0]!];
    for (let p = first + 1; p < pages.length && /^\d+$/.test(pages[p]![0]!); p++) out.push(pages[p]![0]!);
    return out;
  };
  const header = expect.stringMatching(/^ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
  const q1 = numbering("Công tác thi đua, khen thưởng quý I năm 2024");
  expect(q1).toEqual([header, "2", "3"]);
  expect(numbering("Kết quả bình xét thi đua Đợt 1 năm 2024")).toEqual([header]);
  const year = numbering("Tổng kết công tác thi đua, khen thưởng năm 2024");
  expect(year[0]).toEqual(header);
  expect(year.length).toBeGreaterThan(1);
  expect(year.slice(1)).toEqual(year.slice(1).map((_, i) => String(i + 2)));
});
