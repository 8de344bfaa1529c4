/**
 * The ranking sheet opens in LibreOffice Calc, and its audit formulas (ROUND of AVERAGE, the explicit
 * trimmed mean, MEDIAN over the judge columns) recalculate there to the numbers the add-in wrote.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { rankRoundCommand } from "../../src/app/rank";
import { rankingSheetName } from "../../src/sheets/names";
import { cleanWorkbook, ctxOf } from "../support/corpus";
import { convertWithLibreOffice, parseCsv } from "../support/libreoffice";

test("Xếp hạng Đ1: LibreOffice recalculates the audit formulas to the add-in's numbers", async () => {
  const wb = await cleanWorkbook();
  const result = await rankRoundCommand(ctxOf(wb), "D1", { provisional: false });
  expect(result.ok).toBe(true);
  const name = rankingSheetName("D1");
  const [data] = await wb.readSheets([name], { formulas: true });
  const formulaCells: [number, number, number][] = [];
  data.formulas?.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f) formulaCells.push([r, c, data.values[r][c] as number]);
    }),
  );
  expect(formulaCells.length).toBeGreaterThan(50);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "tdkt-rank-lo-"));
  try {
    const file = path.join(dir, "so.xlsx");
    await fs.writeFile(file, await wb.toBuffer());
    const csvs = await convertWithLibreOffice(file, "csv", path.join(dir, "csv"));
    expect(csvs.map((f) => path.basename(f))).toContain(`so-${name}.csv`);
    const back = parseCsv(await fs.readFile(path.join(dir, "csv", `so-${name}.csv`), "utf8"));
    for (const [r, c, v] of formulaCells) {
      expect(typeof v).toBe("number");
      expect([r, c, Number(back[r]?.[c])]).toEqual([r, c, expect.closeTo(v, 9)]);
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 240_000);
