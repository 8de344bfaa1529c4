/**
 * The pane's "Từ đơn vị" commands as the pane calls them, with the picked files' bytes: forms collected
 * from bytes merge their rows into the open workbook (a file that is no workbook is named, not fatal), and
 * the khối report is made from ward workbooks' bytes into a new workbook handed back to download.
 */
import { createAppCommands } from "../../src/app/commands";
import { makeForms } from "../../src/app/forms";
import { layoutPlan } from "../../src/app/layout";
import { buildSettingsSheet } from "../../src/sheets/settingsSheet";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue } from "../../src/workbook/port";

const d = (day: number, month: number, year = 2024) => new Date(Date.UTC(year, month - 1, day));

async function ward(name?: string): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: d(20, 11) }, { sample: true });
  if (name) {
    const [settings] = await wb.readSheets(["Cấu hình"]);
    const values = new Map<string, CellValue>([["WARD_NAME", name]]);
    await wb.writeSheets([{ ...buildSettingsSheet({ ward: name, values }), name: settings!.name }]);
  }
  return wb;
}

test("collect from the picked files' bytes merges a form's rows and names a file that is no workbook", async () => {
  const wb = await ward();
  const form = (await makeForms({ wb, today: d(20, 11) }, "NAM")).forms.find((f) => f.unit === "TDP01")!;
  const members = form.specs.find((s) => s.name === "Thành viên")!;
  const unit = ExcelJsWorkbook.create();
  unit.now = () => d(20, 11);
  await unit.writeSheets(
    form.specs.map((s) =>
      s === members
        ? {
            ...s,
            cells: [
              s.cells[0]!,
              ["TV01", "Lò Văn Tâm", "Tổ trưởng", "TDP01", "Hoàn thành tốt nhiệm vụ", null, "LĐTT", null],
              ["TV02", "Hà Thị Nga", "Tổ phó", "TDP01", "Hoàn thành nhiệm vụ", null, null, null],
            ],
          }
        : s,
    ),
  );
  const bytes = await unit.toBuffer();
  const commands = createAppCommands(wb, { today: () => d(1, 12) });
  const result = await commands.collectForms([
    { name: "phieu-TDP01-2024.xlsx", bytes },
    { name: "ghi-chu.txt", bytes: new TextEncoder().encode("không phải sổ tính") },
  ]);
  expect(result.findings.map((f) => [f.code, f.sheet])).toEqual([["FORM_NOT_A_FORM", "[ghi-chu.txt]Thông tin"]]);
  expect(result.messages.map((m) => m.vi)).toContain("phieu-TDP01-2024.xlsx: thêm 2 dòng của TDP01 vào trang Cá nhân.");
  const [people] = await wb.readSheets(["Cá nhân"]);
  expect(people!.values.filter((r) => r[3] === "TDP01").map((r) => [r[0], r[1], r[6], r[7]])).toEqual([
    ["TV01", "Lò Văn Tâm", "LĐTT", "Nguồn: phieu-TDP01-2024.xlsx (phiếu lập 20/11/2024)"],
    ["TV02", "Hà Thị Nga", null, "Nguồn: phieu-TDP01-2024.xlsx (phiếu lập 20/11/2024)"],
  ]);
});

test("the khối report from the wards' bytes is a new workbook to download; the open one is not touched", async () => {
  const open = await ward();
  const before = (await open.listSheets()).map((s) => s.name);
  const wards = await Promise.all(["PHƯỜNG NAM CƯỜNG", "PHƯỜNG BẮC CƯỜNG"].map(async (n) => (await ward(n)).toBuffer()));
  const commands = createAppCommands(open, { today: () => d(20, 11) });
  const result = await commands.consolidateKhoi(
    [
      { name: "nam-cuong.xlsx", bytes: wards[0]!, modified: d(10, 11) },
      { name: "bac-cuong.xlsx", bytes: wards[1]!, modified: d(12, 11) },
    ],
    "6T",
  );
  expect([result.fileName, result.opened]).toEqual(["tong-hop-khoi-2024-6T.xlsx", false]);
  expect(result.messages.map((m) => m.vi).slice(1)).toEqual([
    "Đã đọc nam-cuong.xlsx: PHƯỜNG NAM CƯỜNG, số liệu đến ngày 10/11/2024.",
    "Đã đọc bac-cuong.xlsx: PHƯỜNG BẮC CƯỜNG, số liệu đến ngày 12/11/2024.",
    'Đã lập trang "Tổng hợp khối 6 tháng" tổng hợp 2 phường.',
  ]);
  const khoi = await ExcelJsWorkbook.fromBuffer(result.file, result.fileName);
  expect((await khoi.listSheets()).map((s) => s.name)).toEqual(["Tổng hợp khối 6 tháng"]);
  const [sheet] = await khoi.readSheets(["Tổng hợp khối 6 tháng"]);
  // Each ward named with its file and the date its figures stand at (the picked file's modification date).
  expect(sheet!.values.slice(10, 12).map((r) => [r[0], r[1], r[2], r[6]])).toEqual([
    [1, "PHƯỜNG NAM CƯỜNG", "nam-cuong.xlsx", "10/11/2024"],
    [2, "PHƯỜNG BẮC CƯỜNG", "bac-cuong.xlsx", "12/11/2024"],
  ]);
  expect((await open.listSheets()).map((s) => s.name)).toEqual(before);
});

test("inside Excel the khối report opens in a new window and says so, first", async () => {
  const open = await ward();
  const bytes = await (await ward()).toBuffer();
  const opened: string[] = [];
  const commands = createAppCommands(open, {
    today: () => d(20, 11),
    openWorkbook: async (_bytes, fileName) => {
      opened.push(fileName);
      return { vi: "mở", en: "opened" };
    },
  });
  const result = await commands.consolidateKhoi([{ name: "nam-cuong.xlsx", bytes, modified: d(10, 11) }], "NAM");
  expect(opened).toEqual(["tong-hop-khoi-2024-NAM.xlsx"]);
  expect(result.opened).toBe(true);
  expect(result.messages[0]!.vi).toBe("Báo cáo khối đã mở trong một cửa sổ Excel mới: hãy lưu với tên tong-hop-khoi-2024-NAM.xlsx.");
});

test("inside Excel the picked form merges into the open workbook, and the clerk's own column stays on its rows", async () => {
  const { officeSession } = await import("../support/officeCommands");
  const session = officeSession();
  await session.commands.layoutPlan({ sample: true });
  // The clerk types her own column beside `Cá nhân` (after its last column, Xử phạt hành chính), as Excel holds typing (straight into the cells).
  const people = session.fake.sheet("Cá nhân");
  const rowsBefore = people.values.length;
  people.values[0]![9] = "Ghi chú riêng";
  for (let r = 1; r < rowsBefore; r++) people.values[r]![9] = `riêng ${String(people.values[r]![0])}`;
  // …and a date column, formatted as she likes it: Excel holds the serial number, the format shows it as a date.
  people.values[0]![10] = "Ngày xác minh";
  people.values[1]![10] = 45629;
  people.numberFormats.push({ rect: { row: 1, col: 10, rows: 1, cols: 1 }, format: "d/m/yyyy" });

  const source = ExcelJsWorkbook.create();
  await layoutPlan({ wb: source, today: d(10, 1) }, { sample: true });
  const form = (await makeForms({ wb: source, today: d(10, 1) }, "NAM")).forms.find((f) => f.unit === "TDP01")!;
  const unit = ExcelJsWorkbook.create();
  unit.now = () => d(10, 1);
  await unit.writeSheets(
    form.specs.map((s) =>
      s.name === "Thành viên"
        ? {
            ...s,
            cells: [s.cells[0]!, ["TV01", "Lò Văn Tâm", "Tổ trưởng", "TDP01", "Hoàn thành tốt nhiệm vụ", null, "LĐTT", null]],
          }
        : s,
    ),
  );
  const result = await session.commands.collectForms([{ name: "phieu-TDP01-2024.xlsx", bytes: await unit.toBuffer() }]);
  expect(result.findings).toEqual([]);
  const grid = session.fake.grid("Cá nhân");
  expect(grid.length).toBe(22);
  expect([grid[0]![9], grid[1]![9], grid[20]![9]]).toEqual(["Ghi chú riêng", "riêng CN01", "riêng CN20"]);
  expect([grid[21]![0], grid[21]![3], grid[21]![7], grid[21]![9]]).toEqual([
    "TV01",
    "TDP01",
    "Nguồn: phieu-TDP01-2024.xlsx (phiếu lập 10/01/2024)",
    "",
  ]);
  // Her date is still 3 December 2024, shown as she formatted it; the rows below her cell took no format of hers.
  expect([grid[0]![10], grid[1]![10], people.numberFormatAt(1, 10), people.numberFormatAt(2, 10)]).toEqual([
    "Ngày xác minh",
    45629,
    "d/m/yyyy",
    "General",
  ]);
});
