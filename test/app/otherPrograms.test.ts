/**
 * Workbooks other programs saved: the add-in's demo workbook re-saved by LibreOffice Calc, by openpyxl and
 * rewritten by XlsxWriter gives the same findings, ranking and summaries as the file the add-in wrote, in
 * memory and streamed (--stream), and `layout` and `prepare` run in place on it.
 *
 * Each corpus file is made once, at test time (test/support/otherPrograms.ts).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { run } from "../../src/cli/main";
import { openWorkbookFile } from "../../src/workbook/exceljs/file";
import type { CellValue } from "../../src/workbook/port";
import { missingProgram, openpyxlSheetNames, OTHER_PROGRAMS, saveWith, type OtherProgram } from "../support/otherPrograms";
import { tempDir } from "../support/xlsx";

jest.setTimeout(600_000);

const TODAY = "15/08/2024";
const SUMMARIES = ["Tổng hợp Quý I", "Tổng hợp 6 tháng", "Tổng hợp 9 tháng", "Tổng hợp Năm", "Tổng hợp Đợt 1"];

interface Io {
  io: { out(l: string): void; err(l: string): void };
  out: string[];
  err: string[];
}

function capture(): Io {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l) }, out, err };
}

async function tdkt(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const c = capture();
  const code = await run([...args, "--today", TODAY], c.io, cwd);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
}

interface Finding {
  code: string;
  severity: string;
  sheet?: string;
  cell?: string;
}

interface Results {
  findings: string[];
  ranking: CellValue[][];
  summaries: Record<string, CellValue[][]>;
}

/** validate, rank and summary --all on a copy of `file`, in place (memory) or to separate workbooks (stream). */
async function results(file: string, mode: "memory" | "stream", dir: string): Promise<Results> {
  const work = path.join(dir, `${path.basename(file, ".xlsx")}-${mode}.xlsx`);
  await fs.copyFile(file, work);
  const out = (label: string) => path.join(dir, `${path.basename(work, ".xlsx")}.${label}.xlsx`);
  const streamed = (label: string) => (mode === "stream" ? ["--stream", "--out", out(label)] : []);
  const v = await tdkt(["validate", work, "--round", "D1", "--json", ...streamed("validate")], dir);
  expect({ code: v.code, err: v.err }).toEqual({ code: 0, err: "" });
  const findings = (JSON.parse(v.out) as Finding[]).map((f) => `${f.severity} ${f.code} ${f.sheet ?? ""}!${f.cell ?? ""}`).sort();
  const r = await tdkt(["rank", work, "--round", "D1", ...streamed("rank")], dir);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "" });
  const s = await tdkt(["summary", work, "--all", ...streamed("summary")], dir);
  expect({ code: s.code, err: s.err }).toEqual({ code: 0, err: "" });
  const [ranking] = await (await openWorkbookFile(mode === "stream" ? out("rank") : work)).readSheets(["Xếp hạng Đ1"]);
  const summaryBook = await openWorkbookFile(mode === "stream" ? out("summary") : work);
  const summaries: Record<string, CellValue[][]> = {};
  for (const d of await summaryBook.readSheets(SUMMARIES)) summaries[d.name] = d.values;
  return { findings, ranking: ranking?.values ?? [], summaries };
}

/** The rows of the ranking sheet that rank a unit: [unit code, total, tier, rank], read by the header. */
function rankingRows(values: CellValue[][]): CellValue[][] {
  const head = values.findIndex((row) => row.includes("Mã đơn vị"));
  const header = values[head] ?? [];
  const [unit, total, tier, rank] = ["Mã đơn vị", "Điểm cuối cùng", "Xếp loại", "Hạng trong khối"].map((h) => header.indexOf(h));
  return values
    .slice(head + 1)
    .filter((row) => typeof row[unit] === "string" && /^[A-Z]+\d+$/.test(row[unit] as string))
    .map((row) => [row[unit], row[total], row[tier], row[rank]]);
}

const available = OTHER_PROGRAMS.filter((p) => missingProgram(p) === undefined);
for (const p of OTHER_PROGRAMS) {
  const why = missingProgram(p);
  // eslint-disable-next-line no-console
  if (why) console.warn(`Skipping the ${p} corpus: ${why}`);
}

describe("workbooks saved by other programs", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let original: string;
  let reference: Results;
  const corpus = new Map<OtherProgram, string>();

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir("tdkt-others-"));
    original = path.join(dir, "original.xlsx");
    expect((await tdkt(["demo", original], dir)).code).toBe(0);
    for (const p of available) corpus.set(p, await saveWith(p, original, dir));
    reference = await results(original, "memory", dir);
  });
  afterAll(() => cleanup());

  test("the add-in's own file: the demo's findings, 46 units ranked, every summary written", () => {
    expect(reference.findings).toEqual([
      "warning REG_LATE Đăng ký!G24",
      "warning REG_MISSING Đơn vị!A17",
      "warning REG_MISSING Đơn vị!A47",
      "warning SCORE_BLANK_JUDGE Chấm điểm Đ1 - Thanh!O23",
      "warning SCORE_BLANK_UNIT Chấm điểm Đ1 - Thanh!O23",
      "warning SCORE_TEXT_NUMBER Chấm điểm Đ1 - Hạnh!H13",
    ]);
    const rows = rankingRows(reference.ranking);
    expect(rows).toHaveLength(46);
    expect(rows.every((r) => typeof r[1] === "number" && typeof r[3] === "number")).toBe(true);
    expect(Object.keys(reference.summaries).sort()).toEqual([...SUMMARIES].sort());
  });

  describe.each(available.map((p) => [p]))("saved by %s", (program) => {
    for (const mode of ["memory", "stream"] as const) {
      test(`validate, rank and summary --all give the original's results (${mode === "memory" ? "in memory" : "--stream"})`, async () => {
        const got = await results(corpus.get(program)!, mode, dir);
        expect(got.findings).toEqual(reference.findings);
        expect(rankingRows(got.ranking)).toEqual(rankingRows(reference.ranking));
        expect(got.ranking).toEqual(reference.ranking);
        expect(got.summaries).toEqual(reference.summaries);
      });
    }

    test("layout and prepare run in place, and keep every typed score", async () => {
      const work = path.join(dir, `${program}-inplace.xlsx`);
      await fs.copyFile(corpus.get(program)!, work);
      const layout = await tdkt(["layout", work], dir);
      expect({ code: layout.code, err: layout.err }).toEqual({ code: 0, err: "" });
      const prepare = await tdkt(["prepare", work, "--round", "D1"], dir);
      expect({ code: prepare.code, err: prepare.err }).toEqual({ code: 0, err: "" });
      // A strict reader still opens the saved package: every sheet it lists carries a declared r:id.
      if (!missingProgram("openpyxl")) expect(await openpyxlSheetNames(work)).toContain("Chấm điểm Đ1 - Trang");
      const after = await results(work, "memory", dir);
      expect(after.findings).toEqual(reference.findings);
      expect(rankingRows(after.ranking)).toEqual(rankingRows(reference.ranking));
    });
  });
});
