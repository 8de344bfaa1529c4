/**
 * Table names are unique in a workbook whatever a person renamed or deleted: a renamed `Xếp hạng Đ1`
 * (its table still named XepHang_D1) or a deleted `_tdkt` registry used to lead to two tables named
 * XepHang_D1 in the saved file, which Excel repairs and other readers refuse.
 */
import ExcelJS from "exceljs";
import { rankRoundCommand } from "../../src/app/rank";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { cleanWorkbook, ctxOf } from "../support/corpus";
import { zipPart, zipParts } from "../support/xlsx";

jest.setTimeout(120_000);

/** Every table of a saved file, as its part says: [name, displayName]. */
async function tablesOf(buf: Uint8Array): Promise<[string, string][]> {
  const parts = (await zipParts(buf)).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  const out: [string, string][] = [];
  for (const p of parts) {
    const xml = (await zipPart(buf, p)) ?? "";
    const name = /<table\b[^>]*\sname="([^"]*)"/.exec(xml)?.[1] ?? "";
    const display = /<table\b[^>]*\sdisplayName="([^"]*)"/.exec(xml)?.[1] ?? "";
    out.push([name, display]);
  }
  return out;
}

function expectUnique(tables: [string, string][]): void {
  const names = tables.map(([, d]) => d.toLowerCase());
  expect(new Set(names).size).toBe(names.length);
  for (const [n, d] of tables) expect(n).toBe(d);
}

/** Ranks D1, then lets a person change the saved file with `edit`, then ranks again and saves. */
async function rankTwice(edit: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = await cleanWorkbook();
  expect((await rankRoundCommand(ctxOf(wb), "D1", { provisional: true })).ok).toBe(true);
  const raw = new ExcelJS.Workbook();
  await raw.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
  edit(raw);
  const edited = await ExcelJsWorkbook.fromBuffer(new Uint8Array(await raw.xlsx.writeBuffer()));
  expect((await rankRoundCommand(ctxOf(edited), "D1", { provisional: true })).ok).toBe(true);
  return edited.toBuffer();
}

describe("table names stay unique in the workbook", () => {
  test("a person renamed `Xếp hạng Đ1`: the new ranking's table takes a suffix, the renamed sheet's keeps its name", async () => {
    const buf = await rankTwice((book) => {
      book.getWorksheet("Xếp hạng Đ1")!.name = "Xếp hạng Đ1 bản cũ";
    });
    const tables = await tablesOf(buf);
    expectUnique(tables);
    const ranking = tables.map(([, d]) => d).filter((d) => d.startsWith("XepHang_D1"));
    expect(ranking.sort()).toEqual(["XepHang_D1", "XepHang_D1_2"]);
    // the renamed sheet still holds the table it had
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf as unknown as ArrayBuffer);
    const old = back.getWorksheet("Xếp hạng Đ1 bản cũ")!.getTables() as unknown as { name: string }[];
    expect(old.map((t) => t.name)).toEqual(["XepHang_D1"]);
  });

  test("the hidden registry `_tdkt` was deleted: the ranking is written beside the old one, with a table name of its own", async () => {
    const buf = await rankTwice((book) => {
      book.removeWorksheet(book.getWorksheet("_tdkt")!.id);
    });
    const tables = await tablesOf(buf);
    expectUnique(tables);
    expect(tables.map(([, d]) => d).filter((d) => d.startsWith("XepHang_D1")).sort()).toEqual(["XepHang_D1", "XepHang_D1_2"]);
  });
});
