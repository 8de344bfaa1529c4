/** The rank command on the sample ward: what a clerk checks on `Xếp hạng Đ1`, and what must never change. */
import { rankRoundCommand } from "../../src/app/rank";
import { progressSheetName, rankingSheetName } from "../../src/sheets/names";
import type { CellValue } from "../../src/workbook/port";
import { cleanWorkbook, ctxOf, inputAddress, judgeSheetNames, type } from "../support/corpus";

/** Header row index and the rows of the results table, by header text. */
function table(values: CellValue[][]): { header: string[]; rows: Record<string, CellValue>[]; headerRow: number } {
  const headerRow = values.findIndex((r) => r[0] === "STT" && r[1] === "Khối");
  const header = values[headerRow].map((v) => String(v ?? ""));
  const rows = values
    .slice(headerRow + 1)
    .filter((r) => typeof r[0] === "number")
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
  return { header, rows, headerRow };
}

const round2 = (x: number) => Math.round(x * 100 + 1e-9) / 100;

describe("rank round D1 on the sample ward", () => {
  test("writes the ranking and progress sheets; the numbers hold up when re-derived by hand rules", async () => {
    const wb = await cleanWorkbook();
    const judges = await judgeSheetNames(wb);
    const before = await wb.readSheets(judges);
    const result = await rankRoundCommand(ctxOf(wb), "D1", { provisional: false });
    expect(result.ok).toBe(true);
    expect(result.sheets.map((s) => s.sheet)).toEqual([rankingSheetName("D1"), progressSheetName("D1")]);

    const [ranking, progress] = await wb.readSheets([rankingSheetName("D1"), progressSheetName("D1")]);
    const { header, rows } = table(ranking.values);
    const judgeCols = header.slice(4, header.indexOf("Số thành viên Hội đồng được tính"));
    expect(judgeCols.length).toBe(judges.length);
    expect(rows.length).toBeGreaterThan(20);
    // The method is stated above the table.
    const above = ranking.values.slice(0, 12).map((r) => String(r[0] ?? "")).join("\n");
    expect(above).toMatch(/Cách tổng hợp: trung bình cộng/);
    expect(above).toMatch(/Xuất sắc từ 90/);
    expect(above).toMatch(/bằng điểm thì xét lần lượt/);

    for (const r of rows) {
      const totals = judgeCols.map((h) => r[h]).filter((v): v is number => typeof v === "number");
      expect(r["Số thành viên Hội đồng được tính"]).toBe(totals.length);
      // Mean of the judge totals shown, rounded to 2 decimals: the default aggregation.
      expect(r["Điểm cuối cùng"]).toBeCloseTo(round2(totals.reduce((a, b) => a + b, 0) / totals.length), 9);
    }
    // Competition ranks within each khối: 1 + number of units with a strictly better rank, and a
    // higher final score is always ahead.
    const blocks = new Set(rows.map((r) => r["Khối"]));
    for (const b of blocks) {
      const mine = rows.filter((r) => r["Khối"] === b);
      for (const r of mine) {
        const rank = r["Hạng trong khối"] as number;
        expect(mine.filter((x) => (x["Hạng trong khối"] as number) < rank).length).toBe(rank - 1);
        for (const x of mine) if ((x["Điểm cuối cùng"] as number) > (r["Điểm cuối cùng"] as number)) expect(x["Hạng trong khối"] as number).toBeLessThan(rank);
      }
    }
    // Progress: every judge × unit is "Đủ" on the clean workbook, except conflicts of interest.
    const p = table(progress.values);
    const cells = p.rows.flatMap((r) => p.header.slice(4).map((h) => r[h]));
    expect(new Set(cells)).toEqual(new Set(["Đủ", ...(cells.includes("Xung đột") ? ["Xung đột"] : [])]));

    // Nothing a person typed changed.
    const after = await wb.readSheets(judges);
    expect(after.map((d) => d.values)).toEqual(before.map((d) => d.values));
  });

  test("validation errors stop the ranking and are returned; provisional ranks and says so", async () => {
    const wb = await cleanWorkbook();
    const [judge] = await judgeSheetNames(wb);
    const cell = await inputAddress(wb, judge, "TDP01", "I.1");
    type(wb, judge, cell, 99); // far above the line's maximum: an error
    const stopped = await rankRoundCommand(ctxOf(wb), "D1", { provisional: false });
    expect(stopped.ok).toBe(false);
    expect(stopped.findings.some((f) => f.severity === "error" && f.sheet === judge && f.cell === cell)).toBe(true);
    expect(stopped.sheets).toEqual([]);
    expect((await wb.listSheets()).some((s) => s.name === rankingSheetName("D1"))).toBe(false);

    const provisional = await rankRoundCommand(ctxOf(wb), "D1", { provisional: true });
    expect(provisional.ok).toBe(true);
    const [ranking] = await wb.readSheets([rankingSheetName("D1")]);
    expect(String(ranking.values[2][0])).toMatch(/^TẠM TÍNH/);
    // The person's 99 is still there.
    const [j] = await wb.readSheets([judge]);
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    const col = m[1].split("").reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    expect(j.values[Number(m[2]) - 1][col]).toBe(99);
  });

  test("a second run replaces the add-in's own sheets, nothing else", async () => {
    const wb = await cleanWorkbook();
    await rankRoundCommand(ctxOf(wb), "D1", { provisional: false });
    const again = await rankRoundCommand(ctxOf(wb), "D1", { provisional: false });
    expect(again.sheets.map((s) => s.action)).toEqual(["replaced", "replaced"]);
  });
});
