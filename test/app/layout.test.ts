import ExcelJS from "exceljs";
import { layoutPlan } from "../../src/app/layout";
import { readMasters } from "../../src/app/masters";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import { sampleMembers, sampleUnits } from "../../src/domain/sample/ward";
import { SETTING_DEFS } from "../../src/domain/settings";
import { isValidSheetName, SHEET } from "../../src/sheets/names";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue } from "../../src/workbook/port";
import { loadRaw, utc } from "../support/xlsx";

const TODAY = utc(2024, 8, 15);
const GENERATED = [SHEET.plan, SHEET.movements, SHEET.rounds, SHEET.basis];
const LISTS = [SHEET.units, SHEET.council, SHEET.settings];

async function rawOf(wb: ExcelJsWorkbook): Promise<ExcelJS.Workbook> {
  return loadRaw(await wb.toBuffer());
}

/** Edits the saved file the way a person would in Excel (not through the add-in), and opens it again. */
async function editAsPerson(wb: ExcelJsWorkbook, edit: (book: ExcelJS.Workbook) => void): Promise<ExcelJsWorkbook> {
  const book = await rawOf(wb);
  edit(book);
  const buf = await book.xlsx.writeBuffer();
  return ExcelJsWorkbook.fromBuffer(buf as ArrayBuffer);
}

function column(ws: ExcelJS.Worksheet, header: string): number {
  const row = ws.getRow(1);
  for (let c = 1; c <= ws.columnCount; c++) if (row.getCell(c).text === header) return c;
  throw new Error(`no column ${header} on ${ws.name}`);
}

function rowOfTask(ws: ExcelJS.Worksheet, id: string): number {
  const idCol = column(ws, "Mã");
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, idCol).text === id) return r;
  throw new Error(`no task ${id}`);
}

async function values(wb: ExcelJsWorkbook, name: string): Promise<CellValue[][]> {
  const [d] = await wb.readSheets([name]);
  if (!d) throw new Error(`no sheet ${name}`);
  return d.values;
}

describe("layoutPlan on a new workbook", () => {
  let wb: ExcelJsWorkbook;
  let raw: ExcelJS.Workbook;
  let result: Awaited<ReturnType<typeof layoutPlan>>;

  beforeAll(async () => {
    const made = ExcelJsWorkbook.create();
    result = await layoutPlan({ wb: made, today: TODAY }, { sample: false });
    wb = await ExcelJsWorkbook.fromBuffer(await made.toBuffer());
    raw = await rawOf(wb);
  });

  it("creates the seven sheets, with valid names, and says so", async () => {
    expect(result.ok).toBe(true);
    expect(result.sheets.map((s) => [s.sheet, s.action]).sort()).toEqual(
      [...GENERATED, ...LISTS].map((n) => [n, "created"]).sort(),
    );
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names).toEqual([...GENERATED, ...LISTS]);
    expect(names.every(isValidSheetName)).toBe(true);
    expect(result.messages.map((m) => m.vi).join("\n")).toContain("Đã tạo trang “Kế hoạch”");
    expect(result.messages.every((m) => m.vi && m.en)).toBe(true);
  });

  it("puts every task of the plan in Kế hoạch, in its own month and quarter", async () => {
    const rows = await values(wb, SHEET.plan);
    const header = rows[0]!;
    const at = (h: string) => header.indexOf(h);
    const quarters = ["", "Quý I", "Quý II", "Quý III", "Quý IV"];
    for (const t of PLAN_2024.tasks) {
      const r = rows.filter((x) => x[at("Mã")] === t.id);
      expect(r).toHaveLength(1);
      expect([r[0]![at("Tháng")], r[0]![at("Quý")], r[0]![at("Nội dung")]]).toEqual([t.month, quarters[t.quarter], t.text]);
      expect(r[0]![at("Hạn")]).toEqual(new Date(Date.UTC(2024, t.month, 0)));
    }
  });

  it("round-trips as real tables with drop-downs, formats, a frozen header and the overdue rule", () => {
    const plan = raw.getWorksheet(SHEET.plan)!;
    const tables = raw.worksheets.flatMap((ws) =>
      Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables ?? {}),
    );
    expect(tables.sort()).toEqual(["CanCu", "CauHinh", "DonVi", "DotThiDua", "HoiDong", "KeHoach", "KhoiThiDua", "PhongTrao"]);
    const status = plan.getCell(2, column(plan, "Trạng thái")).dataValidation;
    expect(status.type).toBe("list");
    expect(status.formulae).toEqual(['"Chưa thực hiện,Đang thực hiện,Hoàn thành,Không thực hiện"']);
    expect(plan.getCell(2, column(plan, "Hạn")).numFmt).toBe("dd/mm/yyyy");
    expect([plan.getCell(2, column(plan, "Tháng")).value, plan.getCell(2, column(plan, "Tháng")).numFmt]).toEqual([
      1,
      '"Tháng "0',
    ]);
    const view = plan.views[0] as { state: string; ySplit: number };
    expect([view.state, view.ySplit]).toEqual(["frozen", 1]);
    expect(plan.pageSetup.orientation).toBe("landscape");
    expect(plan.pageSetup.printTitlesRow).toBe("1:1");
    expect(plan.headerFooter.oddHeader).toContain("PHƯỜNG NAM CƯỜNG");
    const cfs = (plan as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] })
      .conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(cfs[0]!.rules[0]!.formulae![0]).toMatch(/^AND\(.*\$H2<TODAY\(\).*"Hoàn thành".*"Không thực hiện"/);
    const widths = plan.columns.map((c) => c.width ?? 0);
    expect(widths[column(plan, "Nội dung") - 1]).toBeGreaterThanOrEqual(50);
    expect(plan.getCell(2, column(plan, "Nội dung")).alignment?.wrapText).toBe(true);
  });

  it("gives the master lists their drop-downs: unit type, khối, council member, council role, Có/Không, choice settings", () => {
    const units = raw.getWorksheet(SHEET.units)!;
    expect(units.getCell(2, column(units, "Loại")).dataValidation.formulae![0]).toContain("Tổ dân phố");
    expect(units.getCell(2, column(units, "Khối thi đua")).dataValidation.formulae![0]).toMatch(/^\$I\$2:\$I\$\d+$/);
    expect(units.getCell(2, column(units, "Thành viên HĐ theo dõi")).dataValidation.formulae![0]).toBe("'Hội đồng'!$A$2:$A$200");
    const council = raw.getWorksheet(SHEET.council)!;
    expect(council.getCell(2, column(council, "Chức danh trong HĐ")).dataValidation.formulae![0]).toContain(
      "Ủy viên thường trực",
    );
    expect(council.getCell(2, column(council, "Chấm điểm")).dataValidation.formulae).toEqual(['"Có,Không"']);
    const settings = raw.getWorksheet(SHEET.settings)!;
    const aggRow = SETTING_DEFS.findIndex((d) => d.code === "AGGREGATION") + 2;
    expect(settings.getCell(aggRow, 3).dataValidation.formulae).toEqual(['"Trung bình cộng,Bỏ điểm cao nhất và thấp nhất,Trung vị"']);
    const shareRow = SETTING_DEFS.findIndex((d) => d.code === "QUOTA_HIGHER") + 2;
    expect([settings.getCell(shareRow, 3).value, settings.getCell(shareRow, 3).numFmt]).toEqual([0.1, "0%"]);
  });

  it("creates empty lists with headers and a few formatted rows when no sample is asked for", async () => {
    const masters = await readMasters(wb);
    expect(masters.units).toEqual([]);
    expect(masters.members).toEqual([]);
    expect(masters.findings).toEqual([]);
    expect(masters.blocks.map((b) => b.code)).toEqual(["KTDP", "KCB", "KDT", "KBN", "KTH", "KCQ"]);
    const units = raw.getWorksheet(SHEET.units)!;
    expect(units.getCell(3, 1).border?.top?.style).toBe("thin");
  });

  it("shows in Căn cứ which cited texts were replaced on the day, by what, with a warning fill", async () => {
    const rows = await values(wb, SHEET.basis);
    const header = rows[0]!;
    const find = (no: string) => rows.find((r) => r[0] === no)!;
    const nd91 = find("91/2017/NĐ-CP");
    expect(nd91[header.indexOf("Hiệu lực")]).toBe("Đã bị thay thế");
    expect(String(nd91[header.indexOf("Thay thế bởi")])).toContain("98/2023/NĐ-CP");
    const qd50 = find("50/2017/QĐ-UBND");
    expect(String(qd50[header.indexOf("Thay thế bởi")])).toContain("14/2024/QĐ-UBND");
    const ws = raw.getWorksheet(SHEET.basis)!;
    const fillOf = (r: number) => (ws.getCell(r, 1).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? "";
    const nd91Row = rows.indexOf(nd91) + 1;
    expect(fillOf(nd91Row)).toMatch(/F8CBAD$/i);
    const kh03Row = rows.findIndex((r) => r[0] === "03/KH-UBND") + 1;
    expect(rows[kh03Row - 1]![header.indexOf("Hiệu lực")]).toBe("Còn hiệu lực");
    expect(fillOf(kh03Row)).not.toMatch(/F8CBAD$/i);
  });

  it("reports the Lào Cai decision as still in force before 15/07/2024", async () => {
    const early = ExcelJsWorkbook.create();
    await layoutPlan({ wb: early, today: utc(2024, 7, 1) }, { sample: false });
    const rows = await values(early, SHEET.basis);
    const header = rows[0]!;
    expect(rows.find((r) => r[0] === "50/2017/QĐ-UBND")![header.indexOf("Hiệu lực")]).toBe("Còn hiệu lực");
  });
});

describe("layoutPlan with the sample ward", () => {
  it("fills Đơn vị and Hội đồng with the sample, readable by later commands", async () => {
    const wb = ExcelJsWorkbook.create();
    const result = await layoutPlan({ wb, today: TODAY }, { sample: true });
    const masters = await readMasters(await ExcelJsWorkbook.fromBuffer(await wb.toBuffer()));
    expect(masters.findings).toEqual([]);
    expect(masters.units.map((u) => u.code)).toEqual(sampleUnits().map((u) => u.code));
    expect(masters.members.map((m) => [m.code, m.follows, m.memberOf, m.scores])).toEqual(
      sampleMembers().map((m) => [m.code, m.follows, m.memberOf, m.scores]),
    );
    expect(masters.detail.units!.sampleRows).toBe(sampleUnits().length);
    expect(result.messages.map((m) => m.vi).join("\n")).toContain("Dữ liệu mẫu");
  });
});

describe("a second run", () => {
  let before: ExcelJsWorkbook;
  let after: ExcelJsWorkbook;
  let result: Awaited<ReturnType<typeof layoutPlan>>;
  const ids = PLAN_2024.tasks.map((t) => t.id);
  const personSheet: CellValue[][] = [
    ["Việc riêng", "Ngày"],
    ["Gọi điện tổ 3", utc(2024, 3, 2)],
    ["=1+1 viết như chữ", 8.5],
  ];

  beforeAll(async () => {
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: true });
    before = await editAsPerson(first, (book) => {
      const plan = book.getWorksheet(SHEET.plan)!;
      plan.getCell(rowOfTask(plan, ids[0]!), column(plan, "Trạng thái")).value = "Hoàn thành";
      plan.getCell(rowOfTask(plan, ids[1]!), column(plan, "Trạng thái")).value = "Đang thực hiện";
      plan.getCell(rowOfTask(plan, ids[1]!), column(plan, "Ghi chú")).value = "Chờ quyết định kiện toàn";
      plan.getCell(rowOfTask(plan, ids[10]!), column(plan, "Ghi chú")).value = "Lùi sang tháng sau";
      // a person's own task in a blank row of the table
      const blank = PLAN_2024.tasks.length + 2;
      plan.getCell(blank, column(plan, "Tháng")).value = 3;
      plan.getCell(blank, column(plan, "Nội dung")).value = "Kiểm tra sổ sách thi đua các tổ dân phố";
      plan.getCell(blank, column(plan, "Trạng thái")).value = "Chưa thực hiện";
      const units = book.getWorksheet(SHEET.units)!;
      const next = sampleUnits().length + 2;
      units.getCell(next, 1).value = "TDP15";
      units.getCell(next, 2).value = "Tổ dân phố số 15";
      units.getCell(next, 3).value = "Tổ dân phố";
      units.getCell(next, 4).value = "KTDP";
      const settings = book.getWorksheet(SHEET.settings)!;
      const bonus = SETTING_DEFS.findIndex((d) => d.code === "BONUS_CAP") + 2;
      settings.getCell(bonus, 3).value = 6;
      const own = book.addWorksheet("Ghi chép");
      personSheet.forEach((r, i) => r.forEach((v, c) => (own.getCell(i + 1, c + 1).value = v)));
    });
    after = await ExcelJsWorkbook.fromBuffer(await before.toBuffer());
    result = await layoutPlan({ wb: after, today: TODAY }, { sample: true });
    after = await ExcelJsWorkbook.fromBuffer(await after.toBuffer());
  });

  it("keeps the statuses and notes typed into Kế hoạch, and the task a person added", async () => {
    const rows = await values(after, SHEET.plan);
    const h = rows[0]!;
    const task = (id: string) => rows.find((r) => r[h.indexOf("Mã")] === id)!;
    expect(task(ids[0]!)[h.indexOf("Trạng thái")]).toBe("Hoàn thành");
    expect(task(ids[1]!)[h.indexOf("Trạng thái")]).toBe("Đang thực hiện");
    expect(task(ids[1]!)[h.indexOf("Ghi chú")]).toBe("Chờ quyết định kiện toàn");
    expect(task(ids[10]!)[h.indexOf("Ghi chú")]).toBe("Lùi sang tháng sau");
    expect(task(ids[2]!)[h.indexOf("Trạng thái")]).toBe("Chưa thực hiện");
    const own = rows.findIndex((r) => r[h.indexOf("Nội dung")] === "Kiểm tra sổ sách thi đua các tổ dân phố");
    expect(own).toBeGreaterThan(0);
    expect(rows[own]![h.indexOf("Tháng")]).toBe(3);
    expect(rows[own + 1]![h.indexOf("Tháng")]).toBe(4);
  });

  it("keeps the added unit and the changed setting, and leaves the lists value for value", async () => {
    for (const name of LISTS) expect(await values(after, name)).toEqual(await values(before, name));
    const masters = await readMasters(after);
    expect(masters.units.map((u) => u.code)).toContain("TDP15");
    expect(masters.settings.BONUS_CAP).toBe(6);
  });

  it("does not touch a person's own sheet", async () => {
    expect(await values(after, "Ghi chép")).toEqual(personSheet);
    expect(await values(after, "Ghi chép")).toEqual(await values(before, "Ghi chép"));
  });

  it("says what it replaced, what it kept, and keeps no useless copy of Kế hoạch", async () => {
    const outcome = Object.fromEntries(result.sheets.map((s) => [s.sheet, s.action]));
    expect(outcome).toEqual({
      [SHEET.plan]: "replaced",
      [SHEET.movements]: "replaced",
      [SHEET.rounds]: "replaced",
      [SHEET.basis]: "replaced",
      [SHEET.units]: "kept",
      [SHEET.council]: "kept",
      [SHEET.people]: "kept",
      [SHEET.initiatives]: "kept",
      [SHEET.settings]: "kept",
    });
    const names = (await after.listSheets()).map((s) => s.name);
    expect(names.sort()).toEqual([...GENERATED, ...LISTS, SHEET.people, SHEET.initiatives, "Ghi chép"].sort());
    const text = result.messages.map((m) => m.vi).join("\n");
    expect(text).toContain("giữ trạng thái, ghi chú đã nhập của 3 nhiệm vụ và 1 dòng");
  });
});

describe("a person's edits the merge cannot carry", () => {
  it("keeps a copy of Kế hoạch when a task's text was rewritten by hand", async () => {
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: false });
    const id = PLAN_2024.tasks[3]!.id;
    const edited = await editAsPerson(first, (book) => {
      const plan = book.getWorksheet(SHEET.plan)!;
      plan.getCell(rowOfTask(plan, id), column(plan, "Nội dung")).value = "Nội dung do tôi viết lại";
    });
    const result = await layoutPlan({ wb: edited, today: TODAY }, { sample: false });
    const copy = result.sheets.find((s) => s.action === "copied");
    expect(copy).toMatchObject({ from: SHEET.plan });
    const kept = await values(edited, copy!.sheet);
    expect(kept.some((r) => r.includes("Nội dung do tôi viết lại"))).toBe(true);
    expect((await values(edited, SHEET.plan)).some((r) => r.includes("Nội dung do tôi viết lại"))).toBe(false);
  });

  it("adds settings missing from a Cấu hình the add-in made, keeping the values typed", async () => {
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: false });
    const edited = await editAsPerson(first, (book) => {
      const ws = book.getWorksheet(SHEET.settings)!;
      const bonus = SETTING_DEFS.findIndex((d) => d.code === "BONUS_CAP") + 2;
      ws.getCell(bonus, 3).value = 7;
      // an older version of the add-in did not know the last setting
      ws.spliceRows(SETTING_DEFS.length + 1, 1);
    });
    const missing = SETTING_DEFS[SETTING_DEFS.length - 1]!.code;
    expect((await readMasters(edited)).detail.settings!.missing).toEqual([missing]);
    const result = await layoutPlan({ wb: edited, today: TODAY }, { sample: false });
    const masters = await readMasters(edited);
    expect(masters.detail.settings!.missing).toEqual([]);
    expect(masters.settings.BONUS_CAP).toBe(7);
    expect(result.messages.map((m) => m.vi).join("\n")).toContain(missing);
    expect(result.sheets.some((s) => s.action === "copied")).toBe(false);
  });
});

describe("a workbook with its own sheet named Kế hoạch", () => {
  it("keeps that sheet as it is and writes the plan under a new name, then reuses that name", async () => {
    const wb = ExcelJsWorkbook.create();
    const ws = wb.book.addWorksheet("Kế hoạch");
    ws.getCell("A1").value = "Kế hoạch riêng của phòng";
    ws.getCell("B2").value = 42;
    const start = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
    const result = await layoutPlan({ wb: start, today: TODAY }, { sample: false });
    expect(await values(start, "Kế hoạch")).toEqual([
      ["Kế hoạch riêng của phòng", null],
      [null, 42],
    ]);
    const renamed = result.sheets.find((s) => s.action === "renamed")!;
    expect(renamed).toEqual({ sheet: "Kế hoạch (2)", action: "renamed", from: "Kế hoạch" });
    expect(result.messages.map((m) => m.vi).join("\n")).toContain("ghi vào trang mới “Kế hoạch (2)”");
    expect((await values(start, "Kế hoạch (2)"))[0]![0]).toBe("STT");

    const again = await ExcelJsWorkbook.fromBuffer(await start.toBuffer());
    const second = await layoutPlan({ wb: again, today: TODAY }, { sample: false });
    expect(second.sheets.find((s) => s.sheet === "Kế hoạch (2)")?.action).toBe("replaced");
    expect((await again.listSheets()).map((s) => s.name).filter((n) => n.startsWith("Kế hoạch"))).toEqual([
      "Kế hoạch",
      "Kế hoạch (2)",
    ]);
    expect(await values(again, "Kế hoạch")).toEqual([
      ["Kế hoạch riêng của phòng", null],
      [null, 42],
    ]);
  });
});

describe("a clerk's own choices in the plan's columns", () => {
  const ids = PLAN_2024.tasks.map((t) => t.id);
  const task = (id: string) => PLAN_2024.tasks.find((t) => t.id === id)!;
  let edited: ExcelJsWorkbook;
  let after: ExcelJsWorkbook;
  let result: Awaited<ReturnType<typeof layoutPlan>>;

  beforeAll(async () => {
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: false });
    edited = await editAsPerson(first, (book) => {
      const plan = book.getWorksheet(SHEET.plan)!;
      plan.getCell(rowOfTask(plan, ids[0]!), column(plan, "Chủ trì")).value = "Chị Lan (VP)";
      plan.getCell(rowOfTask(plan, ids[0]!), column(plan, "Trạng thái")).value = "Đang thực hiện";
      plan.getCell(rowOfTask(plan, ids[3]!), column(plan, "Hạn")).value = utc(2024, 2, 15);
      // typed as text, the way a clerk often enters a date in a cell formatted as text
      plan.getCell(rowOfTask(plan, ids[4]!), column(plan, "Hạn")).value = "20/02/2024";
      plan.getCell(rowOfTask(plan, ids[5]!), column(plan, "Loại")).value = "Tuyên truyền, phổ biến";
      plan.getCell(rowOfTask(plan, ids[6]!), column(plan, "Đợt / Phong trào")).value = "Đợt 1";
      // a cleared lead is no choice: the plan's default comes back
      plan.getCell(rowOfTask(plan, ids[7]!), column(plan, "Chủ trì")).value = null;
    });
    after = await ExcelJsWorkbook.fromBuffer(await edited.toBuffer());
    result = await layoutPlan({ wb: after, today: TODAY }, { sample: false });
    after = await ExcelJsWorkbook.fromBuffer(await after.toBuffer());
  });

  it("keeps the lead, deadline, kind and round a person typed, over the plan's defaults", async () => {
    const rows = await values(after, SHEET.plan);
    const h = rows[0]!;
    const row = (id: string) => rows.find((r) => r[h.indexOf("Mã")] === id)!;
    expect(row(ids[0]!)[h.indexOf("Chủ trì")]).toBe("Chị Lan (VP)");
    expect(row(ids[0]!)[h.indexOf("Trạng thái")]).toBe("Đang thực hiện");
    expect(row(ids[3]!)[h.indexOf("Hạn")]).toEqual(utc(2024, 2, 15));
    // stored as a date again, so the overdue rule (ISNUMBER) sees it
    expect(row(ids[4]!)[h.indexOf("Hạn")]).toEqual(utc(2024, 2, 20));
    expect(row(ids[5]!)[h.indexOf("Loại")]).toBe("Tuyên truyền, phổ biến");
    expect(row(ids[6]!)[h.indexOf("Đợt / Phong trào")]).toBe("Đợt 1");
    expect(row(ids[7]!)[h.indexOf("Chủ trì")]).toBe(task(ids[7]!).lead);
    // the tasks nobody touched keep the plan's values
    expect(row(ids[1]!)[h.indexOf("Chủ trì")]).toBe(task(ids[1]!).lead);
    expect(row(ids[1]!)[h.indexOf("Hạn")]).toEqual(new Date(Date.UTC(2024, task(ids[1]!).month, 0)));
    expect(rows.slice(1).filter((r) => r[h.indexOf("Mã")]).length).toBe(PLAN_2024.tasks.length);
  });

  it("keeps no “(bản sửa)” copy, since nothing typed was lost, and says what it carried over", async () => {
    expect(result.sheets.some((s) => s.action === "copied")).toBe(false);
    expect((await after.listSheets()).map((s) => s.name).sort()).toEqual([...GENERATED, ...LISTS].sort());
    const vi = result.messages.map((m) => m.vi).join("\n");
    const en = result.messages.map((m) => m.en).join("\n");
    expect(vi).toContain(`giữ giá trị người dùng đã nhập thay cho mặc định của kế hoạch ở 5 ô`);
    expect(vi).toContain(`Chủ trì (${ids[0]})`);
    expect(vi).toContain(`Hạn (${ids[3]}, ${ids[4]})`);
    expect(vi).toContain(`Loại (${ids[5]})`);
    expect(vi).toContain(`Đợt / Phong trào (${ids[6]})`);
    expect(en).toContain("kept the values a person typed instead of the plan's defaults in 5 cells");
  });

  it("keeps them again on a third run", async () => {
    const third = await ExcelJsWorkbook.fromBuffer(await after.toBuffer());
    const again = await layoutPlan({ wb: third, today: TODAY }, { sample: false });
    const rows = await values(await ExcelJsWorkbook.fromBuffer(await third.toBuffer()), SHEET.plan);
    const h = rows[0]!;
    expect(rows.find((r) => r[h.indexOf("Mã")] === ids[0])![h.indexOf("Chủ trì")]).toBe("Chị Lan (VP)");
    expect(again.sheets.some((s) => s.action === "copied")).toBe(false);
  });

  it("still keeps a copy when Nội dung was rewritten, and carries the lead into the new version all the same", async () => {
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: false });
    const wb = await editAsPerson(first, (book) => {
      const plan = book.getWorksheet(SHEET.plan)!;
      plan.getCell(rowOfTask(plan, ids[2]!), column(plan, "Nội dung")).value = "Nội dung do tôi viết lại";
      plan.getCell(rowOfTask(plan, ids[2]!), column(plan, "Chủ trì")).value = "Anh Minh (MTTQ)";
    });
    const r = await layoutPlan({ wb, today: TODAY }, { sample: false });
    const copy = r.sheets.find((s) => s.action === "copied");
    expect(copy).toMatchObject({ from: SHEET.plan });
    const rows = await values(wb, SHEET.plan);
    const h = rows[0]!;
    const row = rows.find((x) => x[h.indexOf("Mã")] === ids[2])!;
    expect(row[h.indexOf("Nội dung")]).toBe(task(ids[2]!).text);
    expect(row[h.indexOf("Chủ trì")]).toBe("Anh Minh (MTTQ)");
  });

  it("keeps a copy when a person wrote a column of their own beside the table", async () => {
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: false });
    const wb = await editAsPerson(first, (book) => {
      const plan = book.getWorksheet(SHEET.plan)!;
      const extra = column(plan, "Mã") + 1;
      plan.getCell(1, extra).value = "Người theo dõi";
      plan.getCell(rowOfTask(plan, ids[0]!), extra).value = "Ông Tuấn";
    });
    const r = await layoutPlan({ wb, today: TODAY }, { sample: false });
    const copy = r.sheets.find((s) => s.action === "copied")!;
    expect(copy).toMatchObject({ from: SHEET.plan });
    expect((await values(wb, copy.sheet)).some((x) => x.includes("Ông Tuấn"))).toBe(true);
    expect(r.messages.map((m) => m.vi).join("\n")).toContain("2 ô được nhập ngoài các cột của bảng kế hoạch");
  });
});

describe("a Kế hoạch whose Mã column a person cleared", () => {
  const ids = PLAN_2024.tasks.map((t) => t.id);
  let after: ExcelJsWorkbook;
  let result: Awaited<ReturnType<typeof layoutPlan>>;
  const shouted = (s: string) => `  ${s.toUpperCase().replace(/ /g, "   ")} `.normalize("NFD");

  beforeAll(async () => {
    const first = ExcelJsWorkbook.create();
    await layoutPlan({ wb: first, today: TODAY }, { sample: false });
    const edited = await editAsPerson(first, (book) => {
      const plan = book.getWorksheet(SHEET.plan)!;
      const status = column(plan, "Trạng thái");
      const content = column(plan, "Nội dung");
      plan.getCell(rowOfTask(plan, ids[2]!), status).value = "Hoàn thành";
      plan.getCell(rowOfTask(plan, ids[20]!), status).value = "Không thực hiện";
      // the same task retyped with other case, spacing and Unicode form is still the task
      const retyped = rowOfTask(plan, ids[30]!);
      plan.getCell(retyped, content).value = shouted(String(plan.getCell(retyped, content).value));
      plan.getCell(retyped, column(plan, "Ghi chú")).value = "đã gõ lại";
      const idCol = column(plan, "Mã");
      for (let r = 2; r <= plan.rowCount; r++) plan.getCell(r, idCol).value = null;
    });
    after = await ExcelJsWorkbook.fromBuffer(await edited.toBuffer());
    result = await layoutPlan({ wb: after, today: TODAY }, { sample: false });
    after = await ExcelJsWorkbook.fromBuffer(await after.toBuffer());
  });

  it("gives each task once, not twice, and writes the ids back", async () => {
    const rows = await values(after, SHEET.plan);
    const h = rows[0]!;
    const tasks = rows.slice(1).filter((r) => r[h.indexOf("Nội dung")] !== null);
    expect(tasks).toHaveLength(PLAN_2024.tasks.length);
    expect(tasks.map((r) => r[h.indexOf("Mã")]).sort()).toEqual([...ids].sort());
  });

  it("carries the statuses and notes over by month and Nội dung", async () => {
    const rows = await values(after, SHEET.plan);
    const h = rows[0]!;
    const row = (id: string) => rows.find((r) => r[h.indexOf("Mã")] === id)!;
    expect(row(ids[2]!)[h.indexOf("Trạng thái")]).toBe("Hoàn thành");
    expect(row(ids[20]!)[h.indexOf("Trạng thái")]).toBe("Không thực hiện");
    expect(row(ids[30]!)[h.indexOf("Ghi chú")]).toBe("đã gõ lại");
    expect(row(ids[30]!)[h.indexOf("Nội dung")]).toBe(PLAN_2024.tasks[30]!.text);
    expect(row(ids[1]!)[h.indexOf("Trạng thái")]).toBe("Chưa thực hiện");
  });

  it("says it matched the rows by their content", () => {
    const vi = result.messages.map((m) => m.vi).join("\n");
    expect(vi).toContain(`${PLAN_2024.tasks.length} dòng đã mất mã nhiệm vụ`);
    expect(vi).toContain("giữ trạng thái, ghi chú đã nhập của 3 nhiệm vụ và 0 dòng");
  });
});
