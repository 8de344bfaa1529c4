/**
 * "Lập sổ năm mới" as an app command, for the pane: next year's workbook is built in memory from the open
 * one, which is only read, and handed to the host to open; inside Excel that is Excel.createWorkbook with the
 * workbook as base64.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { createAppCommands } from "../../src/app/commands";
import { layoutPlan } from "../../src/app/layout";
import { readWorkbookPlan } from "../../src/app/workbookPlan";
import { SHEET } from "../../src/sheets/names";
import { createOfficeCommands } from "../../src/taskpane/host/officeCommands";
import { OfficeWorkbook } from "../../src/workbook/office/workbook";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { FakeExcel } from "../support/fakeExcel";

const TODAY = new Date(Date.UTC(2024, 11, 20));

async function everything(wb: ExcelJsWorkbook) {
  const names = (await wb.listSheets()).map((s) => s.name);
  return { names, data: await wb.readSheets(names) };
}

test("from a 2024 workbook: the bytes of a 2025 workbook, opened by the host under tdkt-2025.xlsx; the open workbook unchanged", async () => {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: TODAY }, { sample: true });
  const before = await everything(wb);
  const opened: { bytes: Uint8Array; name: string }[] = [];
  const commands = createAppCommands(wb, {
    today: () => TODAY,
    openWorkbook: async (bytes, name) => {
      opened.push({ bytes, name });
      return { vi: "đã mở", en: "opened" };
    },
  });
  const result = await commands.newYear({});
  expect([result.ok, result.year, result.fileName]).toEqual([true, 2025, "tdkt-2025.xlsx"]);
  expect(opened.map((o) => o.name)).toEqual(["tdkt-2025.xlsx"]);
  expect(opened[0]!.bytes).toBe(result.workbook);
  expect(result.messages[0]).toEqual({ vi: "đã mở", en: "opened" });
  const next = await ExcelJsWorkbook.fromBuffer(result.workbook);
  expect((await readWorkbookPlan(next)).plan.year).toBe(2025);
  expect((await next.listSheets()).map((s) => s.name)).toContain(SHEET.lastYear);
  expect(await everything(wb)).toEqual(before);
});

test("with a plan document picked, the new workbook is that document's year and plan", async () => {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: TODAY }, { sample: true });
  const file = path.resolve(__dirname, "../fixtures/ke-hoach-tdkt-2026-tan-phong.txt");
  const result = await createAppCommands(wb, { today: () => TODAY }).newYear({
    document: { name: path.basename(file), bytes: await fs.readFile(file) },
  });
  expect([result.year, result.fileName]).toEqual([2026, "tdkt-2026.xlsx"]);
  const { plan } = await readWorkbookPlan(await ExcelJsWorkbook.fromBuffer(result.workbook));
  expect(plan.tasks.map((t) => t.text)).toContain("Tổ chức bình xét thi đua - khen thưởng đợt 2.");
});

test("inside Excel the new workbook goes to Excel.createWorkbook as base64, and the workbook open in Excel gets no write", async () => {
  const fake = new FakeExcel();
  fake.apiVersion = "1.12";
  await layoutPlan({ wb: new OfficeWorkbook(fake.run, fake.isSetSupported), today: TODAY }, { sample: true });
  const sheets = fake.sheets.map((s) => [s.name, JSON.stringify(s.values)]);
  const created: string[] = [];
  const commands = createOfficeCommands(
    fake.run,
    fake.isSetSupported,
    () => undefined,
    async (base64) => {
      created.push(base64);
    },
  );
  const result = await commands.newYear({});
  expect(created).toHaveLength(1);
  expect(Buffer.from(created[0]!, "base64").equals(Buffer.from(result.workbook))).toBe(true);
  expect(result.messages[0]?.vi).toBe(
    "Sổ năm mới đã mở trong cửa sổ Excel mới: hãy lưu với tên như “tdkt-2025.xlsx”. Sổ đang mở không thay đổi.",
  );
  expect((await readWorkbookPlan(await ExcelJsWorkbook.fromBuffer(result.workbook))).plan.year).toBe(2025);
  expect(fake.sheets.map((s) => [s.name, JSON.stringify(s.values)])).toEqual(sheets);
});

test("from a workbook laid out before parts I and III had a sheet, the new year gets the plan's parts, re-dated", async () => {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: TODAY }, { sample: false });
  wb.book.removeWorksheet(wb.book.getWorksheet(SHEET.purposes)!.id);
  const result = await createAppCommands(wb, { today: () => TODAY }).newYear({});
  const [{ values }] = await (await ExcelJsWorkbook.fromBuffer(result.workbook)).readSheets([SHEET.purposes]);
  const texts = values.slice(1).map((r) => String(r[3] ?? ""));
  expect(texts.filter((t) => t.includes("về đích trước ngày 30/9/2025"))).toHaveLength(1);
  expect(texts.filter((t) => t.startsWith("Trên đây là kế hoạch công tác TĐ-KT năm 2025"))).toHaveLength(1);
});
