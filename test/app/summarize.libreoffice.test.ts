/**
 * The generated workbook opens in LibreOffice Calc, and the summary's numbers read back there as the
 * add-in wrote them (headless conversion of every sheet to csv, raw values).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { layoutPlan } from "../../src/app/layout";
import { prepareRound } from "../../src/app/prepare";
import { summarize } from "../../src/app/summarize";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { convertWithLibreOffice, parseCsv } from "../support/libreoffice";

const TODAY = new Date(Date.UTC(2024, 3, 5));

test("the summary opens in LibreOffice and its numbers read back the same", async () => {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: TODAY }, { sample: true });
  await prepareRound({ wb, today: TODAY }, "D1");
  // A few scores typed, so the tier tables and shares are written too.
  const judge = wb.book.worksheets.find((s) => s.name.startsWith("Chấm điểm Đ1 - "))!;
  judge.eachRow((row) => {
    if (typeof row.getCell(1).value === "string" && /^TDP\d+$/.test(String(row.getCell(1).value))) row.getCell(3).value = 5;
  });
  const result = await summarize({ wb, today: TODAY }, { all: true });
  expect(result.ok).toBe(true);
  const names = result.sheets.map((s) => s.sheet);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "tdkt-sum-lo-"));
  try {
    const file = path.join(dir, "so.xlsx");
    await fs.writeFile(file, await wb.toBuffer());
    const csvs = await convertWithLibreOffice(file, "csv", path.join(dir, "csv"));
    const written = await wb.readSheets(names);
    for (const data of written) {
      const csv = csvs.find((f) => path.basename(f) === `so-${data.name}.csv`);
      expect([data.name, csv !== undefined]).toEqual([data.name, true]);
      const back = parseCsv(await fs.readFile(csv!, "utf8"));
      let numbers = 0;
      data.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const got = back[r]?.[c] ?? "";
          if (typeof v === "number") {
            numbers++;
            // LibreOffice writes a cell formatted "0%" with a "%" sign, at the shown precision ("33%") or in
            // full ("7.69230769230769%"): either is the stored share.
            const percent = got.endsWith("%");
            const read = percent ? Number(got.slice(0, -1)) : Number(got);
            const expected = percent && Math.abs(read - Math.round(read)) < 1e-9 ? Math.round(v * 100) : percent ? v * 100 : v;
            expect([data.name, r, c, read]).toEqual([data.name, r, c, expect.closeTo(expected, 9)]);
          } else if (typeof v === "string") expect([data.name, r, c, got]).toEqual([data.name, r, c, v]);
        }),
      );
      expect(numbers).toBeGreaterThan(0);
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 240_000);
