import { buildSummary, scopeTasks, withStatuses, type SummaryModel } from "../../../src/domain/summary";
import { PLAN_2024 } from "../../../src/domain/plan/seed2024";
import { defaultSettings } from "../../../src/domain/settings";
import { buildSummaryAnnex, buildSummarySheet, SUMMARY_FONT } from "../../../src/sheets/summary";
import { dateline, documentNumber } from "../../../src/sheets/document";
import type { CellInput, RangeRef, SheetSpec } from "../../../src/workbook/port";
import { FACTS } from "./fixtures";

const TODAY = new Date(Date.UTC(2026, 10, 25));
const OPTIONS = {
  ward: "PHƯỜNG NAM CƯỜNG",
  place: "Nam Cường",
  chair: "Lê Minh Huy",
  blockNames: new Map([["TDP", "Khối tổ dân phố"]]),
};

function model(scope: SummaryModel["scope"], rounds = [FACTS]): SummaryModel {
  const statuses = new Map(PLAN_2024.tasks.filter((t) => t.month === 1).map((t) => [t.id, "Hoàn thành"]));
  return buildSummary({
    scope,
    year: 2024,
    today: TODAY,
    tasks: withStatuses(scopeTasks(PLAN_2024, scope), statuses),
    rounds,
    settings: defaultSettings(),
  });
}

/** Where a text sits, as [row, col], 0-based. */
function find(spec: SheetSpec, pred: (v: CellInput) => boolean): [number, number][] {
  const out: [number, number][] = [];
  spec.cells.forEach((row, r) => row.forEach((v, c) => pred(v) && out.push([r, c])));
  return out;
}

const is = (text: string) => (v: CellInput) => v === text;

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

describe("the summary sheet as a document", () => {
  const spec = buildSummarySheet(model({ kind: "period", period: "Q1" }), OPTIONS);

  test("national and organisation header blocks side by side, merged, with the ward's name", () => {
    expect(spec.cells[0]![0]).toBe("ỦY BAN NHÂN DÂN");
    expect(spec.cells[1]![0]).toBe("PHƯỜNG NAM CƯỜNG");
    expect(spec.cells[0]![3]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(spec.cells[1]![3]).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(spec.merges).toEqual(
      expect.arrayContaining([
        { row: 0, col: 0, rows: 1, cols: 3 },
        { row: 0, col: 3, rows: 1, cols: 5 },
      ]),
    );
    const wardStyle = spec.styles!.find((s) => s.range.row === 1 && s.range.col === 0 && s.bold);
    expect(wardStyle).toMatchObject({ underline: true, fontName: SUMMARY_FONT });
    const motto = spec.styles!.find((s) => s.range.row === 1 && s.range.col === 3);
    expect(motto).toMatchObject({ bold: true, underline: true });
  });

  test("place and date in italics, from the injected today", () => {
    const [[r, c]] = find(spec, is("Nam Cường, ngày 25 tháng 11 năm 2026"));
    expect(c).toBe(3);
    expect(spec.styles!.find((s) => s.range.row === r && s.range.col === c)).toMatchObject({ italic: true });
  });

  test("tên loại on its own line, the trích yếu under it naming the period and the year", () => {
    const [[kindRow, kindCol]] = find(spec, is("BÁO CÁO"));
    expect(kindCol).toBe(0);
    expect(spec.cells[kindRow + 1]![0]).toBe("Công tác thi đua, khen thưởng quý I năm 2024");
    const round = buildSummarySheet(model({ kind: "round", round: "D1" }), OPTIONS);
    expect(find(round, is("Kết quả bình xét thi đua Đợt 1 năm 2024"))).toHaveLength(1);
  });

  test("dates as Nghị định 30/2020 writes them: a leading 0 for days below 10 and months 1-2 only", () => {
    expect(dateline("Cam Đường", new Date(Date.UTC(2026, 1, 5)))).toBe("Cam Đường, ngày 05 tháng 02 năm 2026");
    expect(dateline("Cam Đường", new Date(Date.UTC(2024, 7, 15)))).toBe("Cam Đường, ngày 15 tháng 8 năm 2024");
    expect(dateline("Cam Đường", new Date(Date.UTC(2026, 10, 15)))).toBe("Cam Đường, ngày 15 tháng 11 năm 2026");
  });

  test("số and ký hiệu: numbers below 10 take a leading 0; no number leaves room to write it", () => {
    expect(documentNumber("15", "BC-UBND")).toBe("Số: 15/BC-UBND");
    expect(documentNumber("5", "BC-UBND")).toBe("Số: 05/BC-UBND");
    expect(documentNumber("", "BC-UBND")).toBe("Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND");
    const numbered = buildSummarySheet(model({ kind: "period", period: "Q1" }), { ...OPTIONS, document: { number: "15" } });
    expect(find(numbered, is("Số: 15/BC-UBND"))).toEqual([[2, 0]]);
  });

  test("numbered sections in order; the signed report has no section of validation errors", () => {
    const row = (prefix: string) => find(spec, (v) => typeof v === "string" && v.startsWith(prefix))[0]![0];
    expect(row("I. ")).toBeLessThan(row("II. "));
    expect(find(spec, (v) => typeof v === "string" && v.startsWith("III. "))).toEqual([]);
  });

  test("signature block: nơi nhận on the left, TM. UBND / CHỦ TỊCH and the chair's name on the right, room to sign", () => {
    const [[makerRow, makerCol]] = find(spec, is("Nơi nhận:"));
    const [[onBehalfRow, onBehalfCol]] = find(spec, is("TM. ỦY BAN NHÂN DÂN"));
    const [[chairTitleRow]] = find(spec, is("CHỦ TỊCH"));
    const [nameRow, nameCol] = find(spec, is("Lê Minh Huy")).pop()!;
    expect(find(spec, is("Lê Minh Huy"))).toHaveLength(1);
    expect(makerCol).toBe(0);
    expect(onBehalfCol).toBe(3);
    expect(nameCol).toBe(3);
    expect(makerRow).toBe(onBehalfRow);
    expect(chairTitleRow).toBe(onBehalfRow + 1);
    expect(nameRow - chairTitleRow).toBeGreaterThanOrEqual(4);
    expect(nameRow).toBe(spec.cells.length - 1);
  });

  test("A4 portrait in Times New Roman 13, columns that fit one page width inside the decree's margins", () => {
    expect(spec.print).toEqual({ orientation: "portrait", layout: "document" });
    const width = spec.columnWidths!.reduce((a, b) => a + b, 0);
    // A4 less 30 mm left and 16.5 mm right: 163.5 mm ≈ 6.44" ≈ 82 width units of the default font.
    expect(width).toBeLessThanOrEqual(82);
    expect(spec.styles![0]).toEqual({
      range: { row: 0, col: 0, rows: spec.cells.length, cols: 8 },
      fontName: SUMMARY_FONT,
      fontSize: 13,
    });
    expect(spec.cells.every((r) => r.length === 8)).toBe(true);
  });

  test("no two merges overlap (Excel would repair the file)", () => {
    const m = spec.merges!;
    for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) expect(overlaps(m[i]!, m[j]!)).toBe(false);
  });

  test("tier counts are numbers, shares are numbers shown as % with in-cell data bars", () => {
    const [[r]] = find(spec, is("Khối tổ dân phố"));
    // 4 ranked units: 1 Xuất sắc, 2 Tốt, 1 Khá.
    expect(spec.cells[r]!.slice(2)).toEqual([4, 1, 2, 1, 0, 0]);
    expect(spec.cells[r + 1]!.slice(3)).toEqual([0.25, 0.5, 0.25, 0, 0]);
    expect(spec.numberFormats).toEqual(
      expect.arrayContaining([{ range: { row: r + 1, col: 3, rows: 1, cols: 5 }, format: "0%" }]),
    );
    expect(spec.conditionalFormats).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "dataBar", range: { row: r + 1, col: 3, rows: 1, cols: 5 }, min: 0, max: 1 }),
      ]),
    );
  });

  test("leaders and proposals are listed by name; open errors with sheet!cell only on the annex", () => {
    expect(find(spec, is("Tổ dân phố 4"))).toHaveLength(1);
    expect(find(spec, is("'Chấm điểm Đ1 - Bình'!D7"))).toHaveLength(0);
    const annex = buildSummaryAnnex(model({ kind: "period", period: "Q1" }), OPTIONS);
    expect(annex.name).toBe("Tổng hợp Quý I (nội bộ)");
    expect(annex.marker).toEqual({ command: "summary", key: "period:Q1:annex" });
    expect(find(annex, is("'Chấm điểm Đ1 - Bình'!D7"))).toHaveLength(1);
    expect(find(annex, is("Trần Thị Bình"))).toHaveLength(1);
    const [[head]] = find(spec, (v) => typeof v === "string" && v.startsWith("d) Đề nghị khen thưởng"));
    expect(spec.cells[head + 1]![0]).toBe("Đề nghị tặng Giấy khen: 1 đơn vị (chỉ tiêu 1); đề nghị cấp trên khen thưởng: 0 đơn vị (chỉ tiêu 0).");
    expect(spec.cells[head + 3]!.filter((v) => v !== null)).toEqual([1, "Tổ dân phố 1", "Khối tổ dân phố", 93.5, "Xuất sắc", "Giấy khen"]);
  });

  test("the unfinished tasks of Quý I are listed, January's (done) are not; the report's own task is not", () => {
    const jan = PLAN_2024.tasks.filter((t) => t.month === 1);
    // T03-01 is this report; T03-02, the guidance for Đợt 1's bình xét, shows done by the results shown.
    const later = PLAN_2024.tasks.filter((t) => (t.month === 2 || t.month === 3) && !["T03-01", "T03-02"].includes(t.id));
    for (const t of jan) expect(find(spec, is(t.text))).toHaveLength(0);
    for (const t of later) expect(find(spec, is(t.text)).length).toBeGreaterThanOrEqual(1);
    expect(find(spec, is("Thực hiện tại báo cáo này"))).toHaveLength(1);
    // As of 31/03: February's two are overdue.
    expect(find(spec, is("Quá hạn")).length).toBe(2);
  });

  test("a round not yet scored says 'chưa bình xét' and shows no tier table", () => {
    const notScored = buildSummarySheet(model({ kind: "round", round: "D1" }, [{ ...FACTS, ranking: null }]), OPTIONS);
    expect(find(notScored, (v) => typeof v === "string" && v.includes("chưa bình xét"))).toHaveLength(1);
    expect(find(notScored, is("Khối tổ dân phố"))).toHaveLength(0);
  });

  test("marker and name per scope", () => {
    expect(spec.name).toBe("Tổng hợp Quý I");
    expect(spec.marker).toEqual({ command: "summary", key: "period:Q1" });
    const round = buildSummarySheet(model({ kind: "round", round: "NAM" }), OPTIONS);
    expect(round.marker).toEqual({ command: "summary", key: "round:NAM" });
  });
});
