import { HyperFormula } from "hyperformula";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import type { Plan } from "../../src/domain/plan/model";
import { buildPlanSheet, mergePlanRows, readPlanSheet, PLAN_COLUMN_INDEX as COL, TASK_STATUSES } from "../../src/sheets/plan";
import type { CellInput, CellValue, SheetData } from "../../src/workbook/port";
import { dateToSerial } from "../../src/workbook/hash";
import { buildRoundsSheet } from "../../src/sheets/rounds";
import { defaultSettings } from "../../src/domain/settings";

const data = (cells: CellInput[][]): SheetData => ({ name: "Kế hoạch", values: cells as CellValue[][] });
const rowOf = (cells: CellInput[][], id: string) => cells.find((r) => r[COL.id] === id)!;

describe("Kế hoạch layout", () => {
  const spec = buildPlanSheet(PLAN_2024, { ward: "PHƯỜNG NAM CƯỜNG" });
  const body = spec.cells.slice(1).filter((r) => r[COL.id]);

  it("has the register's columns, the task id last", () => {
    expect(spec.cells[0]).toEqual([
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
  });

  it("holds every task once, in its month and quarter, due the last day of its month", () => {
    expect(body.map((r) => r[COL.id]).sort()).toEqual(PLAN_2024.tasks.map((t) => t.id).sort());
    for (const t of PLAN_2024.tasks) {
      const r = rowOf(body, t.id);
      expect([r[COL.month], r[COL.quarter], r[COL.text]]).toEqual([
        t.month,
        ["", "Quý I", "Quý II", "Quý III", "Quý IV"][t.quarter],
        t.text,
      ]);
      const due = r[COL.due] as Date;
      expect(due.getUTCMonth() + 1).toBe(t.month);
      expect(new Date(due.getTime() + 86400000).getUTCDate()).toBe(1);
    }
  });

  it("is sorted by month and numbered 1..n", () => {
    const months = body.map((r) => r[COL.month] as number);
    expect(months).toEqual([...months].sort((a, b) => a - b));
    expect(body.map((r) => r[COL.stt])).toEqual(body.map((_, i) => i + 1));
    expect(new Set(months)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  });

  it("names the round or movement a task belongs to", () => {
    const launchD2 = PLAN_2024.tasks.find((t) => t.kind === "launch" && t.round === "D2")!;
    expect(rowOf(body, launchD2.id)[COL.link]).toContain("Đợt 2");
    expect(rowOf(body, launchD2.id)[COL.kind]).toBe("Phát động");
    const cchc = PLAN_2024.tasks.find((t) => t.movements?.includes("CCHC"))!;
    expect(rowOf(body, cchc.id)[COL.link]).toContain("Cải cách hành chính");
    // A task naming three movements shows all three names in its one cell.
    const appraisal = PLAN_2024.tasks.find((t) => (t.movements?.length ?? 0) === 3)!;
    const names = appraisal.movements!.map((c) => PLAN_2024.movements.find((m) => m.code === c)!.name);
    for (const name of names) expect(rowOf(body, appraisal.id)[COL.link]).toContain(name);
  });

  it("is a table with a status drop-down, dates as dd/mm/yyyy, a frozen header and A4 landscape print with the ward on top", () => {
    expect(spec.tables).toEqual([
      expect.objectContaining({ name: "KeHoach", range: { row: 0, col: 0, rows: spec.cells.length, cols: 11 } }),
    ]);
    const status = spec.validations!.find((v) => v.range.col === COL.status);
    expect(status).toMatchObject({ type: "list", values: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Không thực hiện"] });
    expect(status!.range.rows).toBe(spec.cells.length - 1);
    expect(spec.numberFormats!.find((f) => f.range.col === COL.due)!.format).toBe("dd/mm/yyyy");
    expect(spec.freeze).toEqual({ rows: 1, cols: 0 });
    expect(spec.print).toMatchObject({
      orientation: "landscape",
      repeatRows: { first: 0, last: 0 },
      headerLeft: "PHƯỜNG NAM CƯỜNG",
    });
    expect(spec.print!.headerCenter).toContain("2024");
  });

  it("marks exactly the tasks past due and not finished, as Excel would evaluate the rule on 15/08/2024", () => {
    const cf = spec.conditionalFormats!.find((c) => c.type === "expression")!;
    expect(cf.type).toBe("expression");
    if (cf.type !== "expression") return;
    const cells = spec.cells.map((r) => r.map((c) => (c instanceof Date ? dateToSerial(c) : c)));
    // a person's statuses: two July tasks finished or dropped, one August task finished
    const july = body.filter((r) => r[COL.month] === 7).map((r) => r[COL.id]);
    const rowIndex = (id: unknown) => cells.findIndex((r) => r[COL.id] === id);
    cells[rowIndex(july[0])]![COL.status] = "Hoàn thành";
    if (july[1]) cells[rowIndex(july[1])]![COL.status] = "Không thực hiện";
    const formula = (r: number) =>
      cf.formula.replace(/TODAY\(\)/g, "DATE(2024,8,15)").replace(/\$([A-Z])2\b/g, (_, c: string) => `$${c}${r + 1}`);
    const sheet = cells.map((r, i) => [...r.map((c) => c ?? null), i === 0 ? null : formula(i)]);
    const hf = HyperFormula.buildFromArray(sheet as (string | number | null)[][], { licenseKey: "gpl-v3" });
    const marked = cells
      .slice(1)
      .map((r, i) => ({ id: r[COL.id], marked: hf.getCellValue({ sheet: 0, row: i + 1, col: r.length }) }))
      .filter((x) => x.id);
    const expected = PLAN_2024.tasks
      .filter((t) => t.month < 8 && t.id !== july[0] && t.id !== july[1])
      .map((t) => t.id)
      .sort();
    expect(
      marked
        .filter((x) => x.marked === true)
        .map((x) => x.id)
        .sort(),
    ).toEqual(expected);
    hf.destroy();
  });
});

describe("re-running: mergePlanRows", () => {
  const first = buildPlanSheet(PLAN_2024, { ward: "X" }).cells;
  const ids = PLAN_2024.tasks.map((t) => t.id);

  it("carries a person's Trạng thái and Ghi chú by task id, even when the rows were re-sorted", () => {
    const edited = first.map((r) => [...r]);
    rowOf(edited, ids[0]!)[COL.status] = "Hoàn thành";
    rowOf(edited, ids[3]!)[COL.note] = "Đã phát động ngày 10/01";
    const [header, ...rest] = edited;
    const merge = mergePlanRows(PLAN_2024, readPlanSheet(data([header!, ...rest.reverse()])));
    expect(rowOf(merge.rows, ids[0]!)[COL.status]).toBe("Hoàn thành");
    expect(rowOf(merge.rows, ids[3]!)[COL.note]).toBe("Đã phát động ngày 10/01");
    expect(rowOf(merge.rows, ids[1]!)[COL.status]).toBe(TASK_STATUSES[0]!.label);
    expect(merge.keptEdits).toBe(2);
    expect(merge.rewritten).toEqual([]);
    expect(merge.rows.map((r) => r[COL.month])).toEqual([...merge.rows.map((r) => r[COL.month] as number)].sort((a, b) => a - b));
  });

  it("keeps rows a person added, after the tasks of their month", () => {
    const edited = first.map((r) => [...r]);
    const blank = edited.findIndex((r, i) => i > 0 && !r[COL.id]);
    edited[blank] = [
      null,
      "Quý II",
      5,
      "Họp giao ban thi đua tháng 5",
      null,
      null,
      "Văn phòng",
      null,
      "Đang thực hiện",
      "tự thêm",
      null,
    ];
    const merge = mergePlanRows(PLAN_2024, readPlanSheet(data(edited)));
    expect(merge.keptRows).toBe(1);
    const at = merge.rows.findIndex((r) => r[COL.text] === "Họp giao ban thi đua tháng 5");
    expect(merge.rows[at]![COL.status]).toBe("Đang thực hiện");
    expect(merge.rows[at - 1]![COL.month]).toBe(5);
    expect(merge.rows[at + 1]![COL.month]).toBe(6);
    expect(merge.rows).toHaveLength(PLAN_2024.tasks.length + 1);
  });

  it("reports a task whose plan text a person rewrote, and restores the plan's text", () => {
    const edited = first.map((r) => [...r]);
    rowOf(edited, ids[2]!)[COL.text] = "Nội dung khác";
    const merge = mergePlanRows(PLAN_2024, readPlanSheet(data(edited)));
    expect(merge.rewritten).toEqual([ids[2]]);
    expect(rowOf(merge.rows, ids[2]!)[COL.text]).toBe(PLAN_2024.tasks.find((t) => t.id === ids[2])!.text);
  });

  it("lets a person's Loại, Đợt / Phong trào, Chủ trì and Hạn win over the plan's, and names the tasks", () => {
    const edited = first.map((r) => [...r]);
    rowOf(edited, ids[0]!)[COL.lead] = "Chị Lan (VP)";
    rowOf(edited, ids[1]!)[COL.due] = "05/01/2024";
    rowOf(edited, ids[2]!)[COL.kind] = "Hướng dẫn";
    rowOf(edited, ids[3]!)[COL.link] = "  " + String(rowOf(edited, ids[3]!)[COL.link]).toUpperCase();
    const merge = mergePlanRows(PLAN_2024, readPlanSheet(data(edited)));
    expect(rowOf(merge.rows, ids[0]!)[COL.lead]).toBe("Chị Lan (VP)");
    expect(rowOf(merge.rows, ids[1]!)[COL.due]).toEqual(new Date(Date.UTC(2024, 0, 5)));
    expect(rowOf(merge.rows, ids[2]!)[COL.kind]).toBe("Hướng dẫn");
    // the same text in other case and spacing is no choice of the person's: the plan's stays
    expect(rowOf(merge.rows, ids[3]!)[COL.link]).toBe(rowOf(first, ids[3]!)[COL.link]);
    expect(merge.overrides).toEqual({ kind: [ids[2]], link: [], lead: [ids[0]], due: [ids[1]] });
    expect(merge.rewritten).toEqual([]);
  });

  it("finds a task by month and Nội dung when its Mã is blank or unknown, but not across months", () => {
    const edited = first.map((r) => [...r]);
    const a = rowOf(edited, ids[0]!);
    const b = rowOf(edited, ids[12]!);
    a[COL.id] = null;
    a[COL.status] = "Hoàn thành";
    b[COL.id] = "T99-99";
    b[COL.note] = "mã cũ";
    const moved = rowOf(edited, ids[20]!);
    moved[COL.id] = null;
    moved[COL.month] = Number(moved[COL.month]) + 1;
    moved[COL.note] = "chuyển tháng";
    const merge = mergePlanRows(PLAN_2024, readPlanSheet(data(edited)));
    expect(merge.matchedByText.sort()).toEqual([ids[0], ids[12]].sort());
    expect(rowOf(merge.rows, ids[0]!)[COL.status]).toBe("Hoàn thành");
    expect(rowOf(merge.rows, ids[12]!)[COL.note]).toBe("mã cũ");
    // a row in another month is not the task: it stays as the person's own row, and the task is back too
    expect(merge.keptRows).toBe(1);
    expect(merge.rows).toHaveLength(PLAN_2024.tasks.length + 1);
  });

  it("counts cells typed outside the register's columns, and none on the sheet as the add-in writes it", () => {
    expect(readPlanSheet(data(first)).extraCells).toBe(0);
    const edited = first.map((r) => [...r, null]);
    edited[0]![COL.id + 1] = "Người theo dõi";
    edited[3]![COL.id + 1] = "Ông Tuấn";
    expect(readPlanSheet(data(edited)).extraCells).toBe(2);
  });

  it("drops a task that left the plan unless a person touched it", () => {
    const smaller: Plan = { ...PLAN_2024, tasks: PLAN_2024.tasks.filter((t) => t.id !== ids[4] && t.id !== ids[5]) };
    const edited = first.map((r) => [...r]);
    rowOf(edited, ids[5]!)[COL.note] = "ghi chú của tôi";
    const merge = mergePlanRows(smaller, readPlanSheet(data(edited)));
    expect(merge.rows.some((r) => r[COL.id] === ids[4])).toBe(false);
    expect(rowOf(merge.rows, ids[5]!)[COL.note]).toBe("ghi chú của tôi");
  });
});

describe("Đợt thi đua", () => {
  it("lists every round with its code, months and the deadlines set in Cấu hình", () => {
    const settings = { ...defaultSettings(), REG_DEADLINE_D2: "10/04/2024" };
    const spec = buildRoundsSheet(PLAN_2024, settings, { ward: "X" });
    const h = spec.cells[0]!;
    const rows = spec.cells.slice(1);
    expect(rows.map((r) => r[0])).toEqual(["D1", "D2", "D3", "DB", "NAM"]);
    const d2 = rows[1]!;
    expect(d2[h.indexOf("Tháng phát động")]).toBe(4);
    expect(d2[h.indexOf("Tháng bình xét")]).toBe("Tháng 6");
    expect(d2[h.indexOf("Kỳ báo cáo")]).toBe("6 tháng");
    expect(d2[h.indexOf("Hạn đăng ký")]).toEqual(new Date(Date.UTC(2024, 3, 10)));
    expect(d2[h.indexOf("Hạn chấm điểm")]).toBeInstanceOf(Date);
    expect(String(d2[h.indexOf("Dịp thi đua")])).toContain("Quốc tế lao động");
  });
});
