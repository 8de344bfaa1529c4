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

test("Tổng hợp Quý I, Tổng hợp Đợt 1 and Tổng hợp Năm print as NĐ 30/2020 documents in LibreOffice", async () => {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: TODAY }, { sample: true });
  await prepareRound({ wb, today: TODAY }, "D1");
  expect((await summarize({ wb, today: TODAY }, { period: "Q1" })).ok).toBe(true);
  expect((await summarize({ wb, today: TODAY }, { round: "D1" })).ok).toBe(true);
  expect((await summarize({ wb, today: TODAY }, { period: "NAM" })).ok).toBe(true);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "tdkt-sum-pdf-"));
  try {
    const files: Record<string, string> = { "Tổng hợp Quý I": "q1", "Tổng hợp Đợt 1": "d1", "Tổng hợp Năm": "nam" };
    for (const sheet of Object.keys(files)) {
      // One workbook per report, holding that sheet alone, so the PDF's pages are the report's.
      const one = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
      for (const s of [...one.book.worksheets]) if (s.name !== sheet) one.book.removeWorksheet(s.id);
      const file = path.join(dir, `${files[sheet]}.xlsx`);
      await fs.writeFile(file, await one.toBuffer());
      const [pdf] = await convertWithLibreOffice(file, "pdf", dir);
      if (process.env.KEEP_PDF) await fs.copyFile(pdf!, path.join(process.env.KEEP_PDF, path.basename(pdf!)));
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
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 300_000);

test("printed with the whole workbook, each report is numbered from its own page 2, never on its page 1", async () => {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: TODAY }, { sample: true });
  await prepareRound({ wb, today: TODAY }, "D1");
  for (const target of [{ period: "Q1" }, { round: "D1" }, { period: "NAM" }] as const)
    expect((await summarize({ wb, today: TODAY }, target)).ok).toBe(true);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "tdkt-book-pdf-"));
  try {
    const file = path.join(dir, "so.xlsx");
    await fs.writeFile(file, await wb.toBuffer());
    const [pdf] = await convertWithLibreOffice(file, "pdf", dir);
    if (process.env.KEEP_PDF) await fs.copyFile(pdf!, path.join(process.env.KEEP_PDF, "so.pdf"));
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
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 300_000);
