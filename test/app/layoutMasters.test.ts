import { layoutPlan } from "../../src/app/layout";
import { readMasters } from "../../src/app/masters";
import { SHEET } from "../../src/sheets/names";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { Workbook } from "../../src/workbook/port";
import { utc } from "../support/xlsx";

/** Counts the port calls a command makes: on the office host each is a round trip to Excel. */
function counting(wb: Workbook): { wb: Workbook; calls: Record<string, number> } {
  const calls: Record<string, number> = { listSheets: 0, readSheets: 0, writeSheets: 0, copySheet: 0 };
  const proxy: Workbook = {
    listSheets: () => (calls.listSheets!++, wb.listSheets()),
    readSheets: (n, o) => (calls.readSheets!++, wb.readSheets(n, o)),
    writeSheets: (s, p) => (calls.writeSheets!++, wb.writeSheets(s, p)),
    copySheet: (a, b) => (calls.copySheet!++, wb.copySheet(a, b)),
    activate: (s, c) => wb.activate(s, c),
  };
  return { wb: proxy, calls };
}

describe("readMasters", () => {
  it("reads the three lists and the extra sheets a command asks for in one call", async () => {
    const book = ExcelJsWorkbook.create();
    await layoutPlan({ wb: book, today: utc(2024, 8, 15) }, { sample: true });
    const { wb, calls } = counting(book);
    const masters = await readMasters(wb, [SHEET.plan, "Không có"]);
    expect(calls.readSheets).toBe(1);
    expect(masters.units.length).toBeGreaterThan(40);
    expect(masters.members).toHaveLength(11);
    expect(masters.extra.map((d) => d.name)).toEqual([SHEET.plan]);
  });

  it("says which list is missing, and falls back to the default settings", async () => {
    const masters = await readMasters(ExcelJsWorkbook.create());
    expect(masters.findings.map((f) => [f.code, f.sheet])).toEqual([
      ["MASTER_SHEET_MISSING", SHEET.units],
      ["MASTER_SHEET_MISSING", SHEET.council],
    ]);
    expect(masters.settings.BONUS_CAP).toBe(10);
  });
});

describe("layoutPlan's round trips", () => {
  it("writes once, however many sheets, on the first run and on a re-run", async () => {
    const book = ExcelJsWorkbook.create();
    const first = counting(book);
    await layoutPlan({ wb: first.wb, today: utc(2024, 8, 15) }, { sample: true });
    expect(first.calls.writeSheets).toBe(1);
    const again = counting(book);
    await layoutPlan({ wb: again.wb, today: utc(2024, 8, 15) }, { sample: true });
    expect(again.calls.writeSheets).toBe(1);
    expect(again.calls.readSheets).toBeLessThanOrEqual(2);
    expect(again.calls.copySheet).toBe(0);
  });
});
