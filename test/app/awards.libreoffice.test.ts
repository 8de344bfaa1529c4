/**
 * LibreOffice's PDF of the awards papers of the sample ward (ballots, the council's count, the result):
 * each paper shows the elements of Nghị định 30/2020 and names exactly the people `Bình xét năm` lists
 * as qualified for the titles it is about.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { awardsCommand } from "../../src/app/awards";
import { layoutPlan } from "../../src/app/layout";
import { fillSampleTally } from "../../src/app/sampleAwards";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { convertWithLibreOffice } from "../support/libreoffice";

const TODAY = new Date(Date.UTC(2024, 11, 16));

async function pdfText(pdf: string): Promise<{ pages: number; text: string }> {
  const exec = promisify(execFile);
  const { stdout } = await exec("pdfinfo", [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  const text = (await exec("pdftotext", ["-layout", pdf, "-"])).stdout;
  return { pages, text };
}

test("the papers print as NĐ 30/2020 documents naming the people of Bình xét năm", async () => {
  const wb = ExcelJsWorkbook.create();
  const ctx = { wb, today: TODAY };
  await layoutPlan(ctx, { sample: true });
  expect((await awardsCommand(ctx, { ballots: true })).ok).toBe(true);
  expect((await fillSampleTally(ctx)).ok).toBe(true);
  expect((await awardsCommand(ctx, { ballots: false })).ok).toBe(true);
  const [result] = await wb.readSheets(["Bình xét năm"]);
  const header = result!.values[0]!;
  const col = (h: string) => header.indexOf(h);
  const qualified = (title: string) =>
    result!.values
      .slice(1)
      .filter((r) => r[col("Danh hiệu")] === title && r[col("Kết quả")] === "Đủ điều kiện")
      .map((r) => String(r[col("Họ và tên")]));
  const voted = result!.values
    .slice(1)
    .filter((r) => typeof r[col("Số phiếu đồng ý")] === "number")
    .map((r) => String(r[col("Họ và tên")]));
  expect(voted).toHaveLength(7);
  const everyone = result!.values.slice(1).map((r) => String(r[col("Họ và tên")]));
  expect(qualified("LĐTT")).toHaveLength(15);
  expect(qualified("CSTĐCS")).toEqual([
    "Vũ Thị Thanh",
    "Lê Thị Hồng",
    "Phùng Thị Dung",
    "Hà Thị Minh",
    "Đinh Thị Hạnh",
    "Sầm Văn Khang",
  ]);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "tdkt-awards-pdf-"));
  try {
    const papers: [sheet: string, names: string[], must: string[]][] = [
      [
        "Biên bản họp Hội đồng",
        voted,
        ["BIÊN BẢN", "/BB-HĐTĐKT", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "THƯ KÝ", "CHỦ TỊCH HỘI ĐỒNG", "8/11"],
      ],
      ["Tờ trình khen thưởng", [], ["TỜ TRÌNH", "/TTr-HĐTĐKT", "Kính gửi: Chủ tịch Ủy ban nhân dân phường Nam Cường"]],
      ["Dự thảo Quyết định", [], ["DỰ THẢO", "QUYẾT ĐỊNH", "/QĐ-UBND", "Điều 1.", "Lê Minh Huy"]],
      ["Danh sách kèm theo Quyết định", qualified("LĐTT"), ["DANH SÁCH", "Kèm theo Quyết định số"]],
      ["Tờ trình cấp trên", [], ["TỜ TRÌNH", "/TTr-UBND", "Kính gửi: Chủ tịch UBND thành phố Lào Cai", "TM. ỦY BAN NHÂN DÂN"]],
      ["Danh sách đề nghị cấp trên", qualified("CSTĐCS"), ["DANH SÁCH", "Kèm theo Tờ trình số"]],
    ];
    // One workbook per paper, holding that sheet alone, all printed in one start of LibreOffice.
    const files: string[] = [];
    for (const [sheet] of papers) {
      const one = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
      for (const s of [...one.book.worksheets]) if (s.name !== sheet) one.book.removeWorksheet(s.id);
      files.push(path.join(dir, `${files.length}.xlsx`));
      await fs.writeFile(files[files.length - 1]!, await one.toBuffer());
    }
    const printed = await convertWithLibreOffice(files, "pdf", dir);
    expect(printed.map((f) => path.basename(f))).toEqual(papers.map((_, i) => `${i}.pdf`));
    for (const [i, [sheet, names, must]] of papers.entries()) {
      const pdf = printed[i]!;
      if (process.env.KEEP_PDF) await fs.copyFile(pdf, path.join(process.env.KEEP_PDF, `${sheet}.pdf`));
      const { text } = await pdfText(pdf);
      // A Danh sách kèm theo is part of the paper it is attached to: it has no header block of its own.
      const head = sheet.startsWith("Danh sách")
        ? []
        : ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nam Cường, ngày 16 tháng 12 năm 2024"];
      for (const t of [...head, ...must]) expect([sheet, t, text.includes(t)]).toEqual([sheet, t, true]);
      // The lists name the qualified people, and nobody else of the review.
      for (const n of everyone) expect([sheet, n, text.includes(n)]).toEqual([sheet, n, names.includes(n)]);
    }
  } finally {
    if (!process.env.KEEP_PDF) await fs.rm(dir, { recursive: true, force: true });
  }
}, 180_000);
