/**
 * Reading a long plan document, and `layout` from it: a plan in the seed's form (title with the year,
 * "Căn cứ …" lines, I. Mục đích, yêu cầu, II. Nội dung by quarter and "Tháng N/YYYY", III. Tổ chức thực hiện,
 * Nơi nhận, the signer), grown to about 30 printed pages with other tasks: bullets broken over several
 * lines, paragraphs without a dash, bullets packing two duties, launches and bình xét of three rounds, quoted
 * movements. Read as .txt and as a .docx (one paragraph a line, bullets as Word list items).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { layoutPlan } from "../src/app/layout";
import { readPlanDocument } from "../src/app/planDocument";
import { saveWorkbookFile } from "../src/workbook/exceljs/file";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/workbook";
import { measured } from "./commands";
import type { BenchRow } from "./types";

const YEAR = 2026;
/**
 * Lines of a printed A4 page of such a plan (the seed: about 230 lines on 6 pages). The .docx made here, 1,202
 * lines, is 32 pages in LibreOffice Writer's PDF.
 */
const LINES_PER_PAGE = 40;
const PAGES = 30;

const MOVEMENTS = [
  "Chung tay xây dựng nông thôn mới",
  "Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau",
  "Dân vận khéo",
  "Chuyển đổi số trên địa bàn xã",
  "Toàn dân bảo vệ an ninh Tổ quốc",
];
const UNITS = ["các thôn", "trường Mầm non", "trường Tiểu học", "trường THCS", "Hội Nông dân", "Hội Phụ nữ", "Đoàn Thanh niên"];
const ROUND_WORDS = ["thứ nhất", "thứ hai", "thứ ba"];

/** One month's tasks, in the forms ward plans write them; `n` varies the wording from month to month. */
function monthTasks(month: number, n: number): string[] {
  const unit = (i: number) => UNITS[(month + i) % UNITS.length]!;
  const movement = (i: number) => MOVEMENTS[(month + i) % MOVEMENTS.length]!;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    switch (i % 6) {
      case 0:
        lines.push(
          `- Tuyên truyền, phổ biến phong trào thi đua "${movement(i)}" đến cán bộ, công chức`,
          `và Nhân dân trên địa bàn xã, gắn với việc thực hiện nhiệm vụ chính trị của`,
          `${unit(i)} trong tháng ${month}/${YEAR}.`,
        );
        break;
      case 1:
        lines.push(
          `Theo dõi, đôn đốc ${unit(i)} thực hiện các chỉ tiêu thi đua đã đăng ký, tổng hợp`,
          `kết quả báo cáo Thường trực Hội đồng Thi đua - Khen thưởng xã.`,
        );
        break;
      case 2:
        lines.push(
          `- Kiểm tra việc triển khai phong trào thi đua tại ${unit(i)}. Hướng dẫn hoàn thiện hồ sơ`,
          `đề nghị khen thưởng cho tập thể, cá nhân có thành tích xuất sắc.`,
        );
        break;
      case 3:
        lines.push(`- Tổ chức ký kết giao ước thi đua giữa ${unit(i)} và ${unit(i + 1)} năm ${YEAR}.`);
        break;
      case 4:
        lines.push(
          `- Xây dựng kế hoạch kiểm tra công tác thi đua, khen thưởng tại ${unit(i)}, lựa chọn điển hình`,
          `tiên tiến để biểu dương, nhân rộng.`,
        );
        break;
      default:
        lines.push(`- Thực hiện phong trào thi đua "${movement(i + 2)}" tại ${unit(i)}.`);
    }
  }
  // Three rounds a year: launched in months 1, 5 and 8, evaluated in 4, 7 and 11.
  const launch = [1, 5, 8].indexOf(month);
  if (launch >= 0)
    lines.push(
      `- Tổ chức phát động đợt thi đua ${ROUND_WORDS[launch]} chào mừng các ngày lễ lớn của đất nước và`,
      `của xã năm ${YEAR}.`,
    );
  const evaluation = [4, 7, 11].indexOf(month);
  if (evaluation >= 0) lines.push(`- Tổ chức bình xét thi đua - khen thưởng đợt ${evaluation + 1}.`);
  if (month === 3) lines.push(`- Báo cáo công tác thi đua, khen thưởng quý I/${YEAR}.`);
  if (month === 6) lines.push(`- Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${YEAR}.`);
  if (month === 9) lines.push(`- Sơ kết công tác thi đua, khen thưởng 9 tháng đầu năm ${YEAR}.`);
  if (month === 11) lines.push(`- Hướng dẫn bình xét khen thưởng năm ${YEAR}.`);
  if (month === 12) lines.push(`- Tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm ${YEAR}.`);
  return lines;
}

/** The plan's lines; tasks per month grow until the text fills `pages` pages. */
export function syntheticPlanLines(pages: number): string[] {
  const build = (perMonth: number): string[] => {
    const out = [
      "ỦY BAN NHÂN DÂN XÃ HƯNG THỊNH",
      "",
      "KẾ HOẠCH",
      `Công tác thi đua, khen thưởng năm ${YEAR}`,
      "",
      "Căn cứ Luật số: 06/2022/QH15 ngày 15/6/2022 của Quốc hội về Luật Thi đua, khen",
      "thưởng; Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết",
      "một số điều của Luật Thi đua, khen thưởng.",
      `Thực hiện Kế hoạch số 20/KH-UBND ngày 06/01/${YEAR} của UBND tỉnh về công tác thi đua,`,
      `khen thưởng năm ${YEAR}. UBND xã Hưng Thịnh xây dựng kế hoạch như sau:`,
      "",
      "I. MỤC ĐÍCH, YÊU CẦU",
      `1. Động viên cán bộ, công chức và Nhân dân thi đua hoàn thành các chỉ tiêu kinh tế - xã hội`,
      `năm ${YEAR}, về đích trước ngày 30/9/${YEAR}.`,
      "2. Khen thưởng kịp thời, chính xác, đúng người, đúng thành tích.",
      "",
      `II. NỘI DUNG THI ĐUA NĂM ${YEAR}`,
    ];
    const quarters = ["I", "II", "III", "IV"];
    for (let q = 0; q < 4; q++) {
      out.push(`${q + 1}. Nhiệm vụ công tác quý ${quarters[q]}`);
      for (let m = q * 3 + 1; m <= q * 3 + 3; m++) out.push(`Tháng ${m}/${YEAR}`, ...monthTasks(m, perMonth));
    }
    out.push(
      "",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Hội đồng Thi đua - Khen thưởng xã",
      "Tham mưu UBND xã triển khai kế hoạch; hướng dẫn, kiểm tra, đôn đốc các thôn.",
      "2. Các thôn, trường học, đoàn thể",
      "Tổ chức phát động thi đua và đăng ký thi đua gửi Hội đồng theo đúng thời gian.",
      `Trên đây là kế hoạch công tác thi đua, khen thưởng năm ${YEAR} của UBND xã Hưng Thịnh./.`,
      "",
      "Nơi nhận:",
      "- UBND tỉnh;",
      "- Đảng ủy, HĐND xã;",
      "- Lưu VT.",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Nguyễn Văn Bình",
    );
    return out;
  };
  let perMonth = 6;
  while (build(perMonth).length < pages * LINES_PER_PAGE) perMonth++;
  return build(perMonth);
}

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The same lines as a Word document: a paragraph per line, a "- " bullet as a numbered list item without
 * its dash (as Word keeps a bulleted list), so the reader's own bullet handling is what is measured.
 */
export async function syntheticPlanDocx(lines: readonly string[]): Promise<Uint8Array> {
  const paragraphs = lines.map((line) => {
    const bullet = /^- (.*)$/.exec(line);
    const run = `<w:r><w:t xml:space="preserve">${xmlText(bullet ? bullet[1]! : line)}</w:t></w:r>`;
    return bullet
      ? `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run}</w:p>`
      : `<w:p>${run}</w:p>`;
  });
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join("")}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export async function benchPlanDocument(): Promise<BenchRow[]> {
  const lines = syntheticPlanLines(PAGES);
  const txt = new TextEncoder().encode(lines.join("\n"));
  const docx = await syntheticPlanDocx(lines);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-bench-plan-"));
  const rows: BenchRow[] = [];
  const size = `${lines.length} lines (≈ ${Math.round(lines.length / LINES_PER_PAGE)} pages)`;
  // The first read pays for module loading and JIT.
  await readPlanDocument(txt, "ke-hoach.txt");
  const fromTxt = await measured(() => readPlanDocument(txt, "ke-hoach.txt"));
  const t = fromTxt.value;
  rows.push({
    name: "read the plan, .txt",
    seconds: fromTxt.seconds,
    peakRssMB: fromTxt.stepPeakMB,
    note: `${size}, ${(txt.length / 1024).toFixed(0)} KiB: ${t.plan.tasks.length} tasks, ${t.plan.rounds.length} rounds, ${t.plan.movements.length} movements, ${t.unplaced.length} unplaced`,
  });
  const fromDocx = await measured(() => readPlanDocument(docx, "ke-hoach.docx"));
  const d = fromDocx.value;
  const same = JSON.stringify(d.plan.tasks) === JSON.stringify(t.plan.tasks);
  rows.push({
    name: "read the plan, .docx",
    seconds: fromDocx.seconds,
    peakRssMB: fromDocx.stepPeakMB,
    note: `${(docx.length / 1024).toFixed(0)} KiB: ${d.plan.tasks.length} tasks, ${same ? "the same as the .txt's" : "NOT the same as the .txt's"}`,
  });
  const wb = ExcelJsWorkbook.create();
  const laid = await measured(() =>
    layoutPlan({ wb, today: new Date(Date.UTC(YEAR, 2, 1)) }, { sample: true, plan: d.plan, unplaced: d.unplaced }),
  );
  rows.push({
    name: "layout from it, new workbook",
    seconds: laid.seconds,
    peakRssMB: laid.stepPeakMB,
    note: laid.value.ok ? `${d.plan.tasks.length} rows on Kế hoạch` : "failed",
  });
  const file = path.join(dir, "ke-hoach.xlsx");
  const saved = await measured(() => saveWorkbookFile(wb, file));
  rows.push({
    name: "save .xlsx",
    seconds: saved.seconds,
    peakRssMB: saved.stepPeakMB,
    note: `${(fs.statSync(file).size / 1024).toFixed(0)} KiB`,
  });
  const again = await measured(() => layoutPlan({ wb, today: new Date(Date.UTC(YEAR, 2, 1)) }, { sample: false }));
  rows.push({
    name: "layout again, from the workbook's plan",
    seconds: again.seconds,
    peakRssMB: again.stepPeakMB,
    note: again.value.ok ? "merge of the clerk's sheets" : "failed",
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}
