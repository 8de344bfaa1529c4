/**
 * Saving in place loses nothing of a person's: a workbook a person made with XlsxWriter (their sheet
 * holds a text box, a note, a picture, a table, a validation, a constant defined name and a sheet
 * password) goes through layout, prepare, scoring, validate, rank and summary on the command line,
 * and every part of that sheet comes back byte for byte, while LibreOffice reads the add-in's sheets.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { rankRoundCommand } from "../../src/app/rank";
import { openWorkbookFile, saveWorkbookFile } from "../../src/workbook/exceljs/file";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { readScoringSheet } from "../../src/sheets/scoring";
import { tdkt } from "../support/cli";
import { judgeSheetNames, readModel, validScore } from "../support/corpus";
import { convertWithLibreOffice, parseCsv } from "../support/libreoffice";
import { tempDir, zipPart, zipParts } from "../support/xlsx";

const PYTHON = "/usr/bin/python3";
const MAKER = path.join(__dirname, "..", "support", "personWorkbook.py");
const TODAY = "10/01/2024";

/** Every part XlsxWriter writes for the person's sheet `Ghi chép` and what it holds (checked below against the package). */
const PERSON_PARTS = [
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/_rels/sheet1.xml.rels",
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/drawings/vmlDrawing1.vml",
  "xl/comments1.xml",
  "xl/tables/table1.xml",
  "xl/media/image1.png",
];
const CHART_PARTS = ["xl/charts/chart1.xml"];
/** Parts of the package no command has reason to touch. */
const OTHER_KEPT = ["xl/sharedStrings.xml", "xl/theme/theme1.xml", "docProps/app.xml", "docProps/core.xml", "_rels/.rels"];

/** The parts a save may change, by addition only: everything else must come back byte for byte. */
const SHARED = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

function makePersonWorkbook(file: string, withChart: boolean): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(PYTHON, [MAKER, file, ...(withChart ? ["chart"] : [])], (err, _out, stderr) =>
      err ? reject(new Error(`${PYTHON} ${MAKER} failed (python3-xlsxwriter needed): ${stderr}`)) : resolve(),
    ),
  );
}

async function part(file: string, name: string): Promise<Uint8Array | undefined> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip") as typeof import("jszip");
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return zip.file(name)?.async("uint8array");
}

async function expectPartsKept(before: string, after: string, parts: string[]): Promise<void> {
  for (const name of parts) {
    const a = await part(before, name);
    expect({ name, there: a !== undefined }).toEqual({ name, there: true });
    const b = await part(after, name);
    expect({ name, same: b !== undefined && Buffer.from(a as Uint8Array).equals(Buffer.from(b)) }).toEqual({ name, same: true });
  }
}

async function run(args: string[]): Promise<void> {
  const r = await tdkt([...args, "--today", TODAY]);
  if (r.code !== 0) throw new Error(`tdkt ${args.join(" ")} exited ${r.code}: ${r.stderr}${r.stdout}`);
}

/** Every judge types a valid score into every input cell, as the council would in Excel. */
async function scoreEverything(file: string): Promise<void> {
  const wb = await openWorkbookFile(file);
  const { units, criteria } = await readModel(wb);
  const names = await judgeSheetNames(wb);
  const data = await wb.readSheets(names);
  data.forEach((d, j) => {
    const js = readScoringSheet(d, criteria, units);
    const ws = wb.editSheet(d.name);
    units.forEach((_, u) => {
      if (js.rowOfUnit[u] < 0) return;
      const block = js.blocks[js.blockOfUnit[u]];
      criteria.forEach((c, ci) => {
        const col = block.colOfCriterion[ci];
        if (col >= 0) ws.getRow(js.rowOfUnit[u] + 1).getCell(col + 1).value = validScore(u, c, ci, j);
      });
    });
  });
  await saveWorkbookFile(wb, file);
}

describe("an in-place save keeps every part of a person's sheet", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let original: string;
  let file: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir("lossless-"));
    original = path.join(dir, "cua-toi.xlsx");
    file = path.join(dir, "so-tdkt.xlsx");
    await makePersonWorkbook(original, false);
    await fs.copyFile(original, file);
    await run(["layout", file, "--sample"]);
    await run(["prepare", file, "--round", "D1"]);
    await scoreEverything(file);
    await run(["validate", file, "--round", "D1"]);
    await run(["rank", file, "--round", "D1"]);
    await run(["summary", file, "--all"]);
  }, 600_000);
  afterAll(() => cleanup());

  it("the person's sheet, its drawing, note, picture and table, the theme and properties are byte for byte what XlsxWriter wrote", async () => {
    const names = await zipParts(await fs.readFile(original));
    expect(names).toEqual(expect.arrayContaining([...PERSON_PARTS, ...OTHER_KEPT]));
    await expectPartsKept(original, file, [...PERSON_PARTS, ...OTHER_KEPT]);
    // and nothing else of the original changed either, but the four shared parts that grow by addition
    await expectPartsKept(original, file, names.filter((n) => !n.endsWith("/") && !SHARED.has(n)));
  });

  it("keeps the constant defined name and the sheet's password, and the add-in's sheets are all there", async () => {
    const buf = await fs.readFile(file);
    const book = (await zipPart(buf, "xl/workbook.xml")) as string;
    expect(book).toContain('<definedName name="NguongXuatSac">90</definedName>');
    // XlsxWriter's legacy hash of "matkhau"
    expect((await zipPart(buf, "xl/worksheets/sheet1.xml")) as string).toMatch(/<sheetProtection password="[0-9A-F]{4}"/);
    const sheets = (await (await openWorkbookFile(file)).listSheets()).map((s) => s.name);
    expect(sheets[0]).toBe("Ghi chép");
    expect(sheets).toEqual(expect.arrayContaining(["Đơn vị", "Tiêu chí", "Chấm điểm Đ1 - Linh", "Kiểm tra", "Xếp hạng Đ1"]));
    // the data validation of the person's sheet is still one range, not overlapping copies
    expect(((await zipPart(buf, "xl/worksheets/sheet1.xml")) as string).match(/<dataValidation /g)).toHaveLength(1);
  });

  it(
    "LibreOffice opens the result and reads the person's sheet and the add-in's ranking",
    async () => {
      const out = path.join(dir, "lo");
      const csvs = await convertWithLibreOffice(file, "csv", out);
      const read = async (sheet: string) => {
        const f = csvs.find((c) => c.endsWith(`-${sheet}.csv`));
        if (!f) throw new Error(`LibreOffice wrote no csv for ${sheet}: ${csvs.join(", ")}`);
        return parseCsv(await fs.readFile(f, "utf8"));
      };
      const own = await read("Ghi chép");
      expect(own.slice(0, 4).map((r) => r.slice(0, 3))).toEqual([
        ["Ngày", "Việc", "Số"],
        ["01/02", "Họp chi bộ", "3"],
        ["02/02", "Đi thăm", "4"],
        ["", "", "7"],
      ]);
      const ranking = await read("Xếp hạng Đ1");
      const [data] = await (await openWorkbookFile(file)).readSheets(["Xếp hạng Đ1"]);
      const codes = data.values.flat().filter((v) => typeof v === "string" && /^[A-Z]{2,4}\d{2}$/.test(v));
      expect(codes.length).toBeGreaterThanOrEqual(40);
      const loCodes = ranking.flat().filter((v) => /^[A-Z]{2,4}\d{2}$/.test(v));
      expect(loCodes).toEqual(codes);
    },
    600_000,
  );
});

describe("a workbook LibreOffice saved", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir("lossless-lo-")));
  afterAll(() => cleanup());

  it(
    "keeps every part but the shared four byte for byte through layout and prepare",
    async () => {
      const made = path.join(dir, "nguoi.xlsx");
      await makePersonWorkbook(made, false);
      const [saved] = await convertWithLibreOffice(made, "xlsx", path.join(dir, "lo"));
      const file = path.join(dir, "so.xlsx");
      await fs.copyFile(saved, file);
      await run(["layout", file, "--sample"]);
      await run(["prepare", file, "--round", "D1"]);
      const before = (await zipParts(await fs.readFile(saved))).filter((n) => !n.endsWith("/") && !SHARED.has(n));
      expect(before).toEqual(expect.arrayContaining(["xl/worksheets/sheet1.xml"]));
      await expectPartsKept(saved, file, before);
      const sheets = (await (await openWorkbookFile(file)).listSheets()).map((s) => s.name);
      expect(sheets).toEqual(expect.arrayContaining(["Ghi chép", "Đơn vị", "Chấm điểm Đ1 - Linh"]));
    },
    600_000,
  );
});

describe("a save is stable and keeps charts", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir("lossless-")));
  afterAll(() => cleanup());

  it(
    "a workbook with a chart on a person's sheet is written (no longer refused), the chart byte for byte",
    async () => {
      const original = path.join(dir, "bieu-do.xlsx");
      const file = path.join(dir, "bieu-do-tdkt.xlsx");
      await makePersonWorkbook(original, true);
      await fs.copyFile(original, file);
      await run(["layout", file, "--sample"]);
      await run(["prepare", file, "--round", "D1"]);
      await expectPartsKept(original, file, [...PERSON_PARTS, ...CHART_PARTS, ...OTHER_KEPT]);
      const sheets = (await (await openWorkbookFile(file)).listSheets()).map((s) => s.name);
      expect(sheets).toEqual(expect.arrayContaining(["Ghi chép", "Đơn vị", "Chấm điểm Đ1 - Linh"]));
    },
    600_000,
  );

  it(
    "the same command run twice gives the same package: same parts, same bytes in each",
    async () => {
      const original = path.join(dir, "hai-lan.xlsx");
      await makePersonWorkbook(original, false);
      await run(["layout", original, "--sample"]);
      await run(["prepare", original, "--round", "D1"]);
      await scoreEverything(original);
      const rankOnce = async (bytes: Uint8Array) => {
        const wb = await ExcelJsWorkbook.fromBuffer(bytes);
        wb.now = () => new Date(Date.UTC(2024, 0, 10, 9));
        const r = await rankRoundCommand({ wb, today: new Date(Date.UTC(2024, 0, 10)) }, "D1", { provisional: false });
        expect(r.ok).toBe(true);
        return wb.toBuffer();
      };
      const first = await rankOnce(await fs.readFile(original));
      const second = await rankOnce(first);
      const names = await zipParts(first);
      expect(await zipParts(second)).toEqual(names);
      for (const name of names) {
        const [a, b] = [await zipPart(first, name), await zipPart(second, name)];
        expect({ name, same: a === b }).toEqual({ name, same: true });
      }
    },
    600_000,
  );
});
