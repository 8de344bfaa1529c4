/**
 * The summarize command on the sample ward: laid out, Đợt 1 prepared, most units registered, every
 * judge's sheet filled as a person would type it, two tasks of the plan ticked off. What is checked is
 * what a clerk would check on the printed summary.
 */
import type ExcelJS from "exceljs";
import { layoutPlan } from "../../src/app/layout";
import { prepareRound } from "../../src/app/prepare";
import { summarize, scopesOf } from "../../src/app/summarize";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import { SHEET } from "../../src/sheets/names";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue, SheetData } from "../../src/workbook/port";
import { internals } from "../../src/workbook/exceljs/internals";

const TODAY = new Date(Date.UTC(2024, 3, 5)); // 5 April 2024: Quý I is over, Đợt 1 is being evaluated
const SUMMARY = "Tổng hợp Quý I";
const ROUND_SUMMARY = "Tổng hợp Đợt 1";
const ANNEX = "Tổng hợp Đợt 1 (nội bộ)";
const CHAIR = "Hoàng Văn Thử";
/** Units that do not register for Đợt 1. */
const UNREGISTERED = 6;

function ws(wb: ExcelJsWorkbook, name: string): ExcelJS.Worksheet {
  const s = wb.book.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Column of a header text in a row (1-based), or 0. */
function colOf(row: ExcelJS.Row, header: string): number {
  let found = 0;
  row.eachCell((c, col) => {
    if (!found && String(c.value ?? "").trim() === header) found = col;
  });
  return found;
}

/** A person types into the sheets: sets a setting, ticks tasks, registers units, scores. */
async function sampleWard(): Promise<{ wb: ExcelJsWorkbook; units: string[]; doneTasks: string[] }> {
  const wb = ExcelJsWorkbook.create();
  expect((await layoutPlan({ wb, today: TODAY }, { sample: true })).ok).toBe(true);
  expect((await prepareRound({ wb, today: TODAY }, "D1")).ok).toBe(true);

  // The chair's name on `Cấu hình`.
  const settings = ws(wb, SHEET.settings);
  const valueCol = colOf(settings.getRow(1), "Giá trị");
  settings.eachRow((row) => {
    if (row.getCell(1).value === "CHAIR_NAME") row.getCell(valueCol).value = CHAIR;
  });

  // Two January tasks marked done on `Kế hoạch`.
  const plan = ws(wb, SHEET.plan);
  const idCol = colOf(plan.getRow(1), "Mã");
  const statusCol = colOf(plan.getRow(1), "Trạng thái");
  expect(idCol * statusCol).toBeGreaterThan(0);
  const doneTasks = PLAN_2024.tasks
    .filter((t) => t.month === 1)
    .slice(0, 2)
    .map((t) => t.id);
  plan.eachRow((row) => {
    if (doneTasks.includes(String(row.getCell(idCol).value))) row.getCell(statusCol).value = "Hoàn thành";
  });

  // Units from `Đơn vị`.
  const unitSheet = ws(wb, SHEET.units);
  const unitCodeCol = colOf(unitSheet.getRow(1), "Mã đơn vị") || 1;
  const units: string[] = [];
  unitSheet.eachRow((row, r) => {
    const v = row.getCell(unitCodeCol).value;
    if (r > 1 && typeof v === "string" && v.trim()) units.push(v.trim());
  });

  // Registrations for Đợt 1: all but the last few units; half of them sign the covenant.
  const reg = ws(wb, SHEET.registrations);
  units.slice(0, units.length - UNREGISTERED).forEach((code, i) => {
    // A round ranks for a Giấy khen: the annual titles are registered on the year's rows.
    const title = "Giấy khen tập thể";
    reg.getRow(i + 2).values = ["Đợt 1", "Tập thể", code, null, title, null, "15/01/2024", i % 2 === 0 ? "Có" : "Không"];
  });

  // Every judge scores every unit on their sheet: a unit's share of the maximum falls with its position,
  // so the ward spreads over the tiers; the judges differ a little.
  wb.book.worksheets
    .filter((s) => s.name.startsWith("Chấm điểm Đ1 - "))
    .forEach((sheet, j) => {
      let codes: Map<number, string> | undefined;
      let maxRow: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        const a = row.getCell(1).value;
        if (a === "Mã đơn vị") {
          codes = new Map();
          row.eachCell((c, col) => codes!.set(col, String(c.value ?? "")));
          maxRow = undefined;
          return;
        }
        if (!codes) return;
        if (row.getCell(2).value === "Điểm tối đa") {
          maxRow = row;
          return;
        }
        if (typeof a !== "string" || !units.includes(a) || !maxRow) return;
        const u = units.indexOf(a);
        const share = 1 - ((u * 7) % 23) * 0.025 - (j % 3) * 0.01;
        for (const [col, code] of codes) {
          if (col <= 2) continue;
          const max = maxRow.getCell(col).value;
          if (/^TH\./.test(code) || /^TR\./.test(code)) row.getCell(col).value = 0;
          else if (/^L\./.test(code)) row.getCell(col).value = "Không";
          else if (typeof max === "number") row.getCell(col).value = Math.round(max * share * 4) / 4;
        }
      });
    });
  return { wb, units, doneTasks };
}

function rowsOf(data: SheetData): CellValue[][] {
  return data.values;
}

function findRow(values: CellValue[][], pred: (row: CellValue[]) => boolean, from = 0): number {
  for (let r = from; r < values.length; r++) if (pred(values[r] ?? [])) return r;
  return -1;
}

const startsWith = (prefix: string) => (row: CellValue[]) => row.some((v) => typeof v === "string" && v.startsWith(prefix));
const has = (text: string) => (row: CellValue[]) => row.some((v) => v === text);

async function snapshot(wb: ExcelJsWorkbook, except: (name: string) => boolean): Promise<Map<string, CellValue[][]>> {
  const names = (await wb.listSheets()).map((s) => s.name).filter((n) => !except(n));
  const data = await wb.readSheets(names, { formulas: true });
  return new Map(data.map((d) => [d.name, d.values]));
}

describe("summarize on the sample ward", () => {
  let wb: ExcelJsWorkbook;
  let units: string[];
  let doneTasks: string[];
  let values: CellValue[][];
  /** `Tổng hợp Đợt 1`, where the round's results are. */
  let round: CellValue[][];
  let annex: CellValue[][];

  beforeAll(async () => {
    ({ wb, units, doneTasks } = await sampleWard());
    const before = await snapshot(wb, () => false);
    const result = await summarize({ wb, today: TODAY }, { period: "Q1" });
    expect(result.ok).toBe(true);
    expect(result.sheets).toEqual([
      { sheet: SUMMARY, action: "created" },
      { sheet: `${SUMMARY} (nội bộ)`, action: "created" },
    ]);
    const after = await snapshot(wb, (n) => n.startsWith(SUMMARY));
    // Nothing but the new summary sheets changed, value for value.
    expect(after).toEqual(before);
    [{ values }] = await wb.readSheets([SUMMARY]);
    expect((await summarize({ wb, today: TODAY }, { round: "D1" })).ok).toBe(true);
    [{ values: round }, { values: annex }] = await wb.readSheets([ROUND_SUMMARY, ANNEX]);
  });

  test("tasks due by the end of Quý I are those of months 1-3; those ticked off or shown done by the report are not listed as unfinished", () => {
    const due = PLAN_2024.tasks.filter((t) => t.month <= 3);
    const line = values.flat().find((v) => typeof v === "string" && v.startsWith("Nhiệm vụ đến hạn đến hết Quý I"));
    // 13 due: 2 ticked off; the Quý I report is this report; Đợt 1's launch and the gathering of its
    // registrations show in its registrations. Of the 8 left, March's guidance is not overdue on 31/03.
    expect(line).toBe("Nhiệm vụ đến hạn đến hết Quý I: 13; đã hoàn thành: 5; chưa hoàn thành: 8 (quá hạn: 7).");
    const shownDone = new Set([...doneTasks, "T01-04", "T01-08", "T03-01"]);
    for (const t of due) {
      const listed = findRow(values, has(t.text)) >= 0;
      expect([t.id, listed]).toEqual([t.id, !shownDone.has(t.id)]);
    }
    expect(values.find((r) => r[1] === "Thực hiện tại báo cáo này")?.[5]).toBe(1);
    expect(values.find((r) => r[1] === "Đã thực hiện (có đơn vị đăng ký)")?.[5]).toBe(2);
    // April's tasks are not due yet.
    for (const t of PLAN_2024.tasks.filter((x) => x.month === 4)) expect(findRow(values, has(t.text))).toBe(-1);
  });

  test("Đợt 1: units registered of total, covenants signed", () => {
    const r = findRow(values, has("Đơn vị đăng ký thi đua"));
    const row = values[r]!;
    // STT, then registered and total.
    expect(row.filter((v) => typeof v === "number").slice(1, 3)).toEqual([units.length - UNREGISTERED, units.length]);
    const cov = values[findRow(values, startsWith("Đơn vị ký giao ước thi đua"))]!;
    expect(cov.filter((v) => typeof v === "number")[1]).toBe(Math.ceil((units.length - UNREGISTERED) / 2));
  });

  test("Quý I (to 31/03) holds no result of Đợt 1's bình xét in April, and says when it comes", () => {
    const flat = values.flat();
    expect(flat).toContain("Đợt 1 bình xét vào tháng 4/2024, sau kỳ báo cáo; kết quả được báo cáo ở kỳ sau.");
    expect(findRow(values, startsWith("b) Kết quả xếp loại"))).toBe(-1);
    expect(findRow(values, startsWith("d) Đề nghị khen thưởng"))).toBe(-1);
    expect(flat).not.toContain("Xuất sắc");
    expect(flat).toContain("(Số liệu tính đến hết ngày 31/03/2024)");
  });

  test("the signed reports hold no scoring progress and no validation finding; the annex does", () => {
    for (const sheet of [values, round]) {
      const flat = sheet.flat().filter((v): v is string => typeof v === "string");
      expect(flat.filter((v) => /Tiến độ chấm|LỖI KIỂM TRA|Chấm dở|đã chấm xong/.test(v))).toEqual([]);
    }
    const judges = wb.book.worksheets.filter((s) => s.name.startsWith("Chấm điểm Đ1 - ")).length;
    expect(judges).toBe(10);
    expect(annex.flat()).toContain("Thành viên Hội đồng đã chấm đủ mọi đơn vị được giao: 10 trên 10 người.");
    expect(annex.flat()).toContain("TÀI LIỆU NỘI BỘ CỦA THƯỜNG TRỰC HỘI ĐỒNG");
  });

  test("Đợt 1's own report does not call its guidance and bình xét overdue above their results", () => {
    const flat = round.flat();
    for (const t of PLAN_2024.tasks.filter((x) => x.round === "D1" && (x.kind === "evaluation" || x.kind === "guidance")))
      expect([t.id, findRow(round, has(t.text))]).toEqual([t.id, -1]);
    expect(round.find((r) => r[1] === "Đã thực hiện (có kết quả bình xét)")?.[5]).toBe(2);
    expect(flat).toContain("Nhiệm vụ của đợt: 4; đã hoàn thành: 4; chưa hoàn thành: 0 (quá hạn: 0).");
  });

  test("tier counts per khối sum to the khối's ranked units, and the khối add up to every unit", () => {
    const values = round;
    const top = findRow(values, startsWith("b) Kết quả xếp loại"));
    const header = top + 1;
    expect(values[header]!.slice(3, 8)).toEqual(["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"]);
    let r = header + 1;
    let ranked = 0;
    let blocks = 0;
    while (values[r]![1] !== "Cộng") {
      const row = values[r]!;
      if (row[1] !== "Tỷ lệ") {
        const tiers = row.slice(3, 8) as number[];
        expect(tiers.reduce((a, b) => a + b, 0)).toBe(row[2]);
        ranked += row[2] as number;
        blocks++;
      } else {
        const shares = row.slice(3, 8) as number[];
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }
      r++;
    }
    expect(blocks).toBeGreaterThan(1);
    expect(ranked).toBe(units.length);
    expect(values[r]![2]).toBe(units.length);
  });

  test("proposals are listed by name, every one Xuất sắc, and their count is the one stated", () => {
    const values = round;
    const top = findRow(values, startsWith("d) Đề nghị khen thưởng"));
    const count = String(values[top + 1]![0]);
    const m = /^Đề nghị tặng Giấy khen: (\d+) đơn vị \(chỉ tiêu (\d+)\)/.exec(count);
    expect(m).not.toBeNull();
    expect(values[top + 2]!.filter((v) => v !== null)).toEqual(["STT", "Đơn vị", "Khối thi đua", "Điểm", "Xếp loại", "Hình thức đề nghị"]);
    const rows = values.slice(top + 3).filter((r) => r[7] === "Giấy khen");
    expect(rows.length).toBe(Number(m![1]));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(units.length).toBeGreaterThan(0);
      expect(typeof r[1]).toBe("string");
      expect(r[6]).toBe("Xuất sắc");
    }
  });

  test("header, số and ký hiệu, date as the decree writes it, tên loại and trích yếu on their own lines, nơi nhận, signer", () => {
    expect(values[0]![0]).toBe("ỦY BAN NHÂN DÂN");
    expect(values[1]![0]).toBe("PHƯỜNG NAM CƯỜNG");
    expect(values[0]![3]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(values[1]![3]).toBe("Độc lập - Tự do - Hạnh phúc");
    // No number given on `Cấu hình` yet: room to write it by hand before "/BC-UBND".
    expect(values[2]![0]).toBe("Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND");
    // April takes no leading zero (only months 1 and 2 do).
    expect(values[2]![3]).toBe("Nam Cường, ngày 05 tháng 4 năm 2024");
    expect(values[4]![0]).toBe("BÁO CÁO");
    expect(values[5]![0]).toBe("Công tác thi đua, khen thưởng quý I năm 2024");
    const last = values[values.length - 1]!;
    expect(last[3]).toBe(CHAIR);
    const sign = findRow(values, has("TM. ỦY BAN NHÂN DÂN"));
    expect(values[sign]![0]).toBe("Nơi nhận:");
    expect(values[sign + 1]![3]).toBe("CHỦ TỊCH");
    expect(values.slice(sign + 1, sign + 5).map((r) => r[0])).toEqual([
      "- Phòng Nội vụ thành phố (b/c);",
      "- Thường trực Đảng ủy, HĐND phường;",
      "- Thành viên Hội đồng TĐKT phường;",
      "- Lưu: VT.",
    ]);
    expect(findRow(values, has("NGƯỜI LẬP BIỂU"))).toBe(-1);
  });

  test("the sheet prints on A4 portrait, one page wide, in Times New Roman 13, page numbers top centre from page 2", () => {
    const s = ws(wb, SUMMARY);
    expect(s.pageSetup.paperSize).toBe(9);
    expect(s.pageSetup.orientation).toBe("portrait");
    expect(s.pageSetup.fitToWidth).toBe(1);
    expect(s.pageSetup.margins).toMatchObject({ left: 1.2, right: 0.65, top: 0.8, bottom: 0.8 });
    // Numbered from the paper's own first page, also when the whole workbook is printed at once.
    expect(s.pageSetup.firstPageNumber).toBe(1);
    expect(s.headerFooter.differentFirst).toBe(true);
    expect(s.headerFooter.oddHeader).toBe('&C&"Times New Roman,Regular"&13&P');
    expect(s.headerFooter.firstHeader).not.toContain("&P");
    expect(s.headerFooter.oddFooter ?? "").not.toContain("&P");
    expect(s.getCell("A1").font?.name).toBe("Times New Roman");
    const body = findRow(values, startsWith("Nhiệm vụ đến hạn"));
    expect(s.getCell(body + 1, 1).font?.size).toBe(13);
    // The tier shares carry in-cell data bars on a fixed 0-100 % scale.
    const bars = internals(ws(wb, ROUND_SUMMARY)).conditionalFormattings.flatMap((cf) => cf.rules).filter((r) => r.type === "dataBar");
    expect(bars.length).toBeGreaterThan(0);
  });
});

describe("regenerating", () => {
  test("a person's edit is kept in a copy and the clerk is told; a second run without edits replaces silently", async () => {
    const { wb } = await sampleWard();
    await summarize({ wb, today: TODAY }, { period: "Q1" });
    ws(wb, SUMMARY).getCell("B30").value = "Ghi chú của văn thư";

    const second = await summarize({ wb, today: TODAY }, { period: "Q1" });
    const copy = second.sheets.find((s) => s.action === "copied");
    expect(copy).toBeDefined();
    expect(copy!.from).toBe(SUMMARY);
    expect(ws(wb, copy!.sheet).getCell("B30").value).toBe("Ghi chú của văn thư");
    expect(ws(wb, SUMMARY).getCell("B30").value).not.toBe("Ghi chú của văn thư");
    expect(second.messages.some((m) => m.vi.includes(copy!.sheet) && m.vi.includes("sửa tay"))).toBe(true);

    const names = (await wb.listSheets()).map((s) => s.name);
    const third = await summarize({ wb, today: TODAY }, { period: "Q1" });
    expect(third.sheets).toEqual([
      { sheet: SUMMARY, action: "replaced" },
      { sheet: `${SUMMARY} (nội bộ)`, action: "replaced" },
    ]);
    expect(third.messages.some((m) => m.vi.includes("sửa tay"))).toBe(false);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(names);
  });

  test("a person's own sheet with the summary's name is never overwritten", async () => {
    const { wb } = await sampleWard();
    wb.book.addWorksheet(SUMMARY).getCell("A1").value = "Bản của tôi";
    const result = await summarize({ wb, today: TODAY }, { round: "D1" });
    expect(ws(wb, SUMMARY).getCell("A1").value).toBe("Bản của tôi");
    expect(result.sheets).toEqual([
      { sheet: "Tổng hợp Đợt 1", action: "created" },
      { sheet: "Tổng hợp Đợt 1 (nội bộ)", action: "created" },
    ]);
  });
});

describe("targets", () => {
  test("a round with no scoring sheets says 'chưa chấm điểm'", async () => {
    const { wb } = await sampleWard();
    const result = await summarize({ wb, today: TODAY }, { round: "D2" });
    const [{ values }] = await wb.readSheets(["Tổng hợp Đợt 2"]);
    expect(values.flat().some((v) => v === "Đợt 2: chưa bình xét.")).toBe(true);
    expect(result.messages.some((m) => m.vi.includes("chưa chấm điểm"))).toBe(true);
  });

  test("--all makes the four periods and every round with scoring sheets, in one write", async () => {
    const { wb } = await sampleWard();
    const scopes = scopesOf({ all: true }, PLAN_2024, await wb.listSheets());
    expect(scopes).toEqual([
      { kind: "period", period: "Q1" },
      { kind: "period", period: "6T" },
      { kind: "period", period: "9T" },
      { kind: "period", period: "NAM" },
      { kind: "round", round: "D1" },
    ]);
    let writes = 0;
    const write = wb.writeSheets.bind(wb);
    wb.writeSheets = async (specs, progress) => {
      writes++;
      return write(specs, progress);
    };
    const result = await summarize({ wb, today: TODAY }, { all: true });
    expect(writes).toBe(1);
    expect(result.sheets.map((s) => s.sheet)).toEqual([
      "Tổng hợp Quý I",
      "Tổng hợp Quý I (nội bộ)",
      "Tổng hợp 6 tháng",
      "Tổng hợp 6 tháng (nội bộ)",
      "Tổng hợp 9 tháng",
      "Tổng hợp 9 tháng (nội bộ)",
      "Tổng hợp Năm",
      "Tổng hợp Năm (nội bộ)",
      "Tổng hợp Đợt 1",
      "Tổng hợp Đợt 1 (nội bộ)",
    ]);
  });

  test("open validation errors are counted by rule and located; the ranking is marked provisional", async () => {
    const { wb } = await sampleWard();
    // Two scores out of range and one typed as a word, on the first judge's sheet.
    const judge = wb.book.worksheets.find((s) => s.name.startsWith("Chấm điểm Đ1 - "))!;
    const unitRows: number[] = [];
    judge.eachRow((row, r) => {
      if (/^TDP\d+$/.test(String(row.getCell(1).value ?? ""))) unitRows.push(r);
    });
    judge.getCell(unitRows[0]!, 3).value = 99;
    judge.getCell(unitRows[1]!, 3).value = 98;
    judge.getCell(unitRows[2]!, 3).value = "tốt";
    const result = await summarize({ wb, today: TODAY }, { round: "D1" });
    expect(result.messages.some((m) => m.vi.startsWith("Đợt 1 còn 3 lỗi kiểm tra"))).toBe(true);
    expect(result.findings.filter((f) => f.severity === "error")).toHaveLength(3);
    const [{ values: report }, { values }] = await wb.readSheets(["Tổng hợp Đợt 1", "Tổng hợp Đợt 1 (nội bộ)"]);
    expect(report.flat()).toContain("Kết quả tạm thời, Hội đồng Thi đua - Khen thưởng còn rà soát số liệu chấm điểm.");
    expect(report.flat().some((v) => typeof v === "string" && v.startsWith("Đợt 1: 3 lỗi"))).toBe(false);
    const flat = values.flat();
    expect(flat.some((v) => typeof v === "string" && v.startsWith("Đợt 1: 3 lỗi"))).toBe(true);
    const byRule = (code: string) => values.find((r) => r[1] === code);
    expect(byRule("SCORE_OUT_OF_RANGE")?.[7]).toBe(2);
    expect(byRule("SCORE_NOT_NUMBER")?.[7]).toBe(1);
    const quoted = `'${judge.name}'`;
    for (const r of unitRows.slice(0, 3)) expect(flat).toContain(`${quoted}!C${r}`);
  });

  test("without a `Kế hoạch` sheet no task is invented from the compiled plan, and the clerk is told", async () => {
    const { wb } = await sampleWard();
    wb.book.removeWorksheet(ws(wb, SHEET.plan).id);
    const result = await summarize({ wb, today: TODAY }, { period: "Q1" });
    expect(result.messages.some((m) => m.vi.includes(`Chưa có trang “${SHEET.plan}”`))).toBe(true);
    const [{ values }] = await wb.readSheets([SUMMARY]);
    const flat = values.flat();
    for (const t of PLAN_2024.tasks.filter((x) => x.month <= 3)) expect(flat).not.toContain(t.text);
  });

  test("without `Đợt thi đua` the summary refuses and says to lay out the plan, writing nothing", async () => {
    const { wb } = await sampleWard();
    wb.book.removeWorksheet(ws(wb, SHEET.rounds).id);
    await expect(summarize({ wb, today: TODAY }, { period: "Q1" })).rejects.toThrow("thiếu sheet Đợt thi đua");
    expect((await wb.listSheets()).map((s) => s.name)).not.toContain(SUMMARY);
  });

  test("everything is read in one call (the snapshot)", async () => {
    const { wb } = await sampleWard();
    let reads = 0;
    const read = wb.readSheets.bind(wb);
    wb.readSheets = async (names, options) => {
      reads++;
      return read(names, options);
    };
    const snap = wb.snapshot.bind(wb);
    wb.snapshot = async (request) => {
      reads++;
      return snap(request);
    };
    await summarize({ wb, today: TODAY }, { period: "NAM" });
    // One read of the inputs; writeSafely reads nothing on a first write (no sheet to compare).
    expect(reads).toBe(1);
  });
});
