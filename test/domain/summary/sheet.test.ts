import { buildSummary, scopeTasks, withStatuses, type SummaryModel } from "../../../src/domain/summary";
import { PLAN_2024 } from "../../../src/domain/plan/seed2024";
import { defaultSettings } from "../../../src/domain/settings";
import { buildSummarySheet, SUMMARY_FONT } from "../../../src/sheets/summary";
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

  test("the title names the period and the year", () => {
    expect(find(spec, is("BÁO CÁO TỔNG HỢP CÔNG TÁC THI ĐUA - KHEN THƯỞNG QUÝ I NĂM 2024"))).toHaveLength(1);
    const round = buildSummarySheet(model({ kind: "round", round: "D1" }), OPTIONS);
    expect(find(round, (v) => typeof v === "string" && v.includes("ĐỢT 1 NĂM 2024"))).toHaveLength(1);
  });

  test("numbered sections in order", () => {
    const row = (prefix: string) => find(spec, (v) => typeof v === "string" && v.startsWith(prefix))[0]![0];
    expect(row("I. ")).toBeLessThan(row("II. "));
    expect(row("II. ")).toBeLessThan(row("III. "));
  });

  test("signature block: maker on the left, TM. UBND / CHỦ TỊCH and the chair's name on the right, room to sign", () => {
    const [[makerRow, makerCol]] = find(spec, is("NGƯỜI LẬP BIỂU"));
    const [[onBehalfRow, onBehalfCol]] = find(spec, is("TM. ỦY BAN NHÂN DÂN"));
    const [[chairTitleRow]] = find(spec, is("CHỦ TỊCH"));
    // The chair also scores, so the name is in the judges' table too: the signature is its last appearance.
    const [nameRow, nameCol] = find(spec, is("Lê Minh Huy")).pop()!;
    expect(makerCol).toBe(0);
    expect(onBehalfCol).toBe(3);
    expect(nameCol).toBe(3);
    expect(makerRow).toBe(onBehalfRow);
    expect(chairTitleRow).toBe(onBehalfRow + 1);
    expect(nameRow - chairTitleRow).toBeGreaterThanOrEqual(4);
    expect(nameRow).toBe(spec.cells.length - 1);
  });

  test("A4 portrait in Times New Roman, columns that fit one page width", () => {
    expect(spec.print?.orientation).toBe("portrait");
    const width = spec.columnWidths!.reduce((a, b) => a + b, 0);
    // A4 portrait, 0.5" margins: about 7.3" ≈ 100 width units of the default font.
    expect(width).toBeLessThanOrEqual(100);
    expect(spec.styles![0]).toEqual({
      range: { row: 0, col: 0, rows: spec.cells.length, cols: 8 },
      fontName: SUMMARY_FONT,
      fontSize: 12,
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

  test("leaders and proposals are listed; open errors with sheet!cell", () => {
    expect(find(spec, is("Tổ dân phố 4"))).toHaveLength(1);
    expect(find(spec, is("'Chấm điểm Đ1 - Bình'!D7"))).toHaveLength(1);
  });

  test("the unfinished tasks of Quý I are listed, January's (done) are not", () => {
    const jan = PLAN_2024.tasks.filter((t) => t.month === 1);
    const later = PLAN_2024.tasks.filter((t) => t.month === 2 || t.month === 3);
    for (const t of jan) expect(find(spec, is(t.text))).toHaveLength(0);
    for (const t of later) expect(find(spec, is(t.text)).length).toBeGreaterThanOrEqual(1);
    expect(find(spec, is("Quá hạn")).length).toBe(later.length);
  });

  test("a round not yet scored says 'chưa chấm điểm' and shows no tier table", () => {
    const notScored = buildSummarySheet(model({ kind: "round", round: "D1" }, [{ ...FACTS, ranking: null }]), OPTIONS);
    expect(find(notScored, (v) => typeof v === "string" && v.includes("chưa chấm điểm"))).toHaveLength(1);
    expect(find(notScored, is("Khối tổ dân phố"))).toHaveLength(0);
  });

  test("marker and name per scope", () => {
    expect(spec.name).toBe("Tổng hợp Quý I");
    expect(spec.marker).toEqual({ command: "summary", key: "period:Q1" });
    const round = buildSummarySheet(model({ kind: "round", round: "NAM" }), OPTIONS);
    expect(round.marker).toEqual({ command: "summary", key: "round:NAM" });
  });
});
