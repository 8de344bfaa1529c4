/**
 * Read hints: the registry keeps each generated sheet's size as last written or read, so that the
 * first command after the pane opens reads it in exact blocks. What a user would check: every cell
 * comes back as it is in the workbook whatever happened to the sheet since its hint, and the hint
 * saves the sync that the size guess would cost.
 */
import { FakeExcel } from "../../support/fakeExcel";
import { OfficeWorkbook } from "../../../src/workbook/office/workbook";
import { hintOfWritten } from "../../../src/workbook/office/readHint";
import { convertCells } from "../../../src/workbook/office/write";
import { decodeReadHint, decodeRegistry, encodeReadHint, encodeRegistry } from "../../../src/workbook/registry";
import type { CellInput, CellValue, SheetSpec, SnapshotRequest } from "../../../src/workbook/port";

const ROWS = 2000;
const COLS = 20;
const NAME = "Chấm điểm Đ1 - GK1";

/** A judge-like sheet: a header, a code per row, scores, the last 4 columns blank inputs. */
function judgeSheet(): SheetSpec {
  const cells: CellInput[][] = [["Mã", ...Array.from({ length: COLS - 1 }, (_, c) => `TC${c + 1}`)]];
  for (let r = 1; r <= ROWS; r++)
    cells.push([`DV${String(r).padStart(4, "0")}`, ...Array.from({ length: COLS - 1 }, (_, c) => (c >= COLS - 5 ? null : ((r + c) % 9) + 1))]);
  return {
    name: NAME,
    marker: { command: "prepare", key: "D1:judge:GK1" },
    cells,
    styles: [{ range: { row: 1, col: COLS - 4, rows: ROWS, cols: 4 }, locked: false }],
  };
}

const pickJudges: SnapshotRequest = { read: [], pick: (sheets) => sheets.filter((s) => s.marker?.key.includes(":judge:")).map((s) => s.name) };

/** The sheet as Excel holds it, empty cells null: what a read must give back. */
function inWorkbook(fake: FakeExcel, name: string): CellValue[][] {
  return fake.grid(name).map((r) => r.map((v) => (v === "" ? null : v)));
}

async function written(options: { responseLimit?: number } = {}) {
  const fake = new FakeExcel(options);
  await new OfficeWorkbook(fake.run, fake.isSetSupported).writeSheets([judgeSheet()]);
  // A fresh adapter, as when the pane opens; a small response budget makes 2,000 rows "large".
  const pane = () => new OfficeWorkbook(fake.run, fake.isSetSupported, { responseBudget: 200_000 });
  return { fake, pane };
}

function type(fake: FakeExcel, row: number, col: number, v: string | number | undefined): void {
  (fake.sheet(NAME).values[row] ??= [])[col] = v;
}

function registryHintOf(fake: FakeExcel, name: string): string {
  const row = fake.grid("_tdkt").find((r) => r[0] === name);
  return String(row?.[5] ?? "");
}

describe("the registry keeps a hint beside each marker", () => {
  test("hints round-trip; a registry without the column, or a cell a person typed over, decodes without one", () => {
    const hint = { rows: 1011, cols: 36, values: 134466, formulas: 234052, typing: 3000 };
    expect(decodeReadHint(encodeReadHint(hint))).toEqual(hint);
    const marker = { command: "prepare", key: "D1:judge:GK1", contentHash: "h", generatedAt: "2024-01-10T08:00:00.000Z" };
    const rows = encodeRegistry(new Map([[NAME, { ...marker, readHint: hint }]]));
    expect(decodeRegistry(rows).get(NAME)).toEqual({ ...marker, readHint: hint });
    const older = rows.map((r) => r.slice(0, 5));
    expect(decodeRegistry(older).get(NAME)).toEqual(marker);
    for (const typed of ["rows=10;cols=x;values=5", "ghi chú", "rows=-1;cols=3;values=9", "cols=3;values=9"])
      expect(decodeRegistry([rows[0], [...rows[1].slice(0, 5), typed]]).get(NAME)).toEqual(marker);
  });

  test("a written sheet's hint: its used range, bytes from its cells, room for the blank inputs", () => {
    const spec = judgeSheet();
    const { rows } = convertCells(spec.cells);
    const hint = hintOfWritten(spec, rows);
    expect(hint).toMatchObject({ rows: ROWS + 1, cols: COLS, typing: ROWS * 4 * 3 });
    // Within a few per cent of what the values array weighs as JSON over the used range.
    const exact = JSON.stringify(rows).length;
    expect(hint.values / exact).toBeGreaterThan(0.97);
    expect(hint.values / exact).toBeLessThan(1.03);
  });
});

describe("a fresh pane reads a hinted sheet", () => {
  test("in exact blocks right after the list: 2 syncs, where the size guess needs more", async () => {
    const { fake, pane } = await written();
    const snap = await pane().snapshot(pickJudges);
    expect(snap.data.find((d) => d.name === NAME)?.values).toEqual(inWorkbook(fake, NAME));
    expect(fake.lastRun.syncs.length).toBe(2);

    // The same workbook with the registry of an older version (no hint column): the guess costs syncs.
    for (const row of fake.sheet("_tdkt").values) if (row) row[5] = undefined;
    const unhinted = await pane().snapshot(pickJudges);
    expect(unhinted.data.find((d) => d.name === NAME)?.values).toEqual(inWorkbook(fake, NAME));
    expect(fake.lastRun.syncs.length).toBeGreaterThan(2);
  });

  test("rows and a column a person added since the hint come back too", async () => {
    const { fake, pane } = await written();
    for (let r = ROWS + 1; r <= ROWS + 60; r++) type(fake, r, 0, `DV${r}`);
    type(fake, 5, COLS + 2, "ghi chú");
    const snap = await pane().snapshot(pickJudges);
    const data = snap.data.find((d) => d.name === NAME)!;
    expect(data.values).toEqual(inWorkbook(fake, NAME));
    expect(data.values).toHaveLength(ROWS + 61);
    expect(data.values[5][COLS + 2]).toBe("ghi chú");
  });

  test("rows typed under the hint in a roomy request come back in the same request", async () => {
    const fake = new FakeExcel();
    await new OfficeWorkbook(fake.run, fake.isSetSupported).writeSheets([judgeSheet()]);
    for (let r = ROWS + 1; r <= ROWS + 200; r++) type(fake, r, 1, r);
    const snap = await new OfficeWorkbook(fake.run, fake.isSetSupported).snapshot(pickJudges);
    expect(snap.data[0].values).toEqual(inWorkbook(fake, NAME));
    expect(fake.lastRun.syncs.length).toBe(2);
  });

  test("rows a person cleared since the hint are not read back as empty rows", async () => {
    const { fake, pane } = await written();
    fake.sheet(NAME).values.length = 1500;
    const snap = await pane().snapshot(pickJudges);
    expect(snap.data[0].values).toEqual(inWorkbook(fake, NAME));
    expect(snap.data[0].values).toHaveLength(1500);
  });

  test("a sheet heavier than its hint: Excel refuses the response, the blocks are read again smaller, every cell intact", async () => {
    const { fake, pane } = await written({ responseLimit: 250_000 });
    const long = "Đã chấm lại theo biên bản họp Hội đồng thi đua – khen thưởng ngày 15/01";
    for (let r = 1; r <= ROWS; r++) for (const c of [2, 3, 4]) type(fake, r, c, long);
    const snap = await pane().snapshot(pickJudges);
    expect(snap.data[0].values).toEqual(inWorkbook(fake, NAME));
    expect(snap.data[0].values[600][2]).toBe(long);
    // Excel did refuse one response: the retry is what this test is about.
    expect(fake.lastRun.syncs.filter((x) => x.responseBytes > 250_000).length).toBeGreaterThan(0);
  });

  test("a sheet deleted since the pane last saw it is left out, without an error", async () => {
    const { fake, pane } = await written();
    const wb = pane();
    await wb.snapshot(pickJudges);
    fake.sheets = fake.sheets.filter((s) => s.name !== NAME);
    const again = await wb.snapshot(pickJudges);
    expect(again.data).toEqual([]);
  });

  test("a command's write records what its read measured, so the next pane reads the grown sheet exactly", async () => {
    const { fake, pane } = await written();
    for (let r = ROWS + 1; r <= ROWS + 300; r++) type(fake, r, 0, `DV${r}`);
    const wb = pane();
    const snap = await wb.snapshot(pickJudges);
    await wb.writeSheets([{ name: "Kiểm tra", marker: { command: "validate", key: "D1" }, cells: [["Không có lỗi"]] }], undefined, snap);
    expect(registryHintOf(fake, NAME)).toMatch(new RegExp(`^rows=${ROWS + 301};cols=${COLS};`));
    const next = await pane().snapshot(pickJudges);
    expect(next.data[0].values).toEqual(inWorkbook(fake, NAME));
    expect(fake.lastRun.syncs.length).toBe(2);
  });
});
