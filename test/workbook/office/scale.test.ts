/**
 * Sync counts and request sizes per port method, measured by the recording fake, at ward scale and at a
 * scale that needs several requests each way: at most 3 syncs per command at ward scale, at most
 * ⌈payload / 4 MB⌉ + 2 beyond, and no request over 4 MB at either. The full province (10,000 units) is the
 * bench's (bench/office.ts): the same chunking, three times the minutes in the shared suite.
 */
import { FakeExcel, type RunRecord } from "../../support/fakeExcel";
import { OfficeWorkbook } from "../../../src/workbook/office/workbook";
import { layoutSheets, scoringRound } from "./workloads";

const MB4 = 4_000_000;

function stats(run: RunRecord) {
  const req = run.syncs.map((s) => s.requestBytes);
  const res = run.syncs.map((s) => s.responseBytes);
  return {
    syncs: run.syncs.length,
    maxRequest: Math.max(...req),
    totalRequest: req.reduce((a, b) => a + b, 0),
    maxResponse: Math.max(...res),
    totalResponse: res.reduce((a, b) => a + b, 0),
  };
}

function setup() {
  const fake = new FakeExcel();
  const wb = new OfficeWorkbook(fake.run, fake.isSetSupported);
  return { fake, wb };
}

describe("ward scale", () => {
  test("laying out the plan (7 sheets, tables, lists, highlights, print) is one read and one write", async () => {
    const { fake, wb } = setup();
    await wb.writeSheets(layoutSheets());
    const s = stats(fake.lastRun);
    // one read (what exists) and one write: within the 3 a ward command may take
    expect(s.syncs).toBe(2);
    expect(s.maxRequest).toBeLessThanOrEqual(MB4);
    expect(fake.sheets.map((x) => x.name)).toEqual(["Kế hoạch", "Phong trào", "Đợt thi đua", "Căn cứ", "Đơn vị", "Hội đồng", "Cấu hình", "_tdkt"]);
  });

  test("a round's 11 judge sheets (40 units × 20 criteria): write in ≤ 3 syncs, read back in ≤ 2, list in 1", async () => {
    const { fake, wb } = setup();
    const specs = scoringRound(11, 40, 20);
    await wb.writeSheets(specs);
    const w = stats(fake.lastRun);
    expect(w.syncs).toBeLessThanOrEqual(3);
    expect(w.maxRequest).toBeLessThanOrEqual(MB4);

    const data = await wb.readSheets(specs.map((s) => s.name), { formulas: true });
    const r = stats(fake.lastRun);
    expect(r.syncs).toBeLessThanOrEqual(2);
    expect(r.maxResponse).toBeLessThanOrEqual(MB4);
    expect(data).toHaveLength(11);
    expect(data[3].values).toHaveLength(42);

    await wb.listSheets();
    expect(stats(fake.lastRun).syncs).toBe(1);
  });

  test("rewriting the same sheets in place stays within 3 syncs", async () => {
    const { fake, wb } = setup();
    await wb.writeSheets(scoringRound(11, 40, 20));
    await wb.writeSheets(scoringRound(11, 40, 20));
    expect(stats(fake.lastRun).syncs).toBeLessThanOrEqual(3);
  });
});

describe("several requests each way (15 judges × 3,000 units × 30 criteria, about 7 MB written)", () => {
  const specs = scoringRound(15, 3_000, 30);
  const { fake, wb } = setup();
  let write: ReturnType<typeof stats>;

  beforeAll(async () => {
    const progress: [number, number][] = [];
    await wb.writeSheets(specs, (done, total) => progress.push([done, total]));
    write = stats(fake.lastRun);
    // Progress is determinate: one call per chunk, rising to the total.
    expect(progress.length).toBe(write.syncs - 1);
    expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);
    for (let i = 1; i < progress.length; i++) expect(progress[i][0]).toBeGreaterThan(progress[i - 1][0]);
  });

  test("writes in ⌈payload / 4 MB⌉ + 2 syncs at most, no request over 4 MB, screen updating suspended once", () => {
    expect(write.maxRequest).toBeLessThanOrEqual(MB4);
    expect(write.syncs).toBeLessThanOrEqual(Math.ceil(write.totalRequest / MB4) + 2);
    // More than one request was needed: the limit is real at this scale.
    expect(write.totalRequest).toBeGreaterThan(5_000_000);
    expect(fake.counters.screenSuspends).toBe(1);
    expect(fake.counters.calcSuspends).toBe(write.syncs - 1);
    expect(fake.enableEvents).toBe(true);
  });

  test("every unit row arrived, with its total formula", () => {
    const s = fake.sheet(specs[14].name);
    expect(s.values.length).toBe(3_002);
    expect(s.valueAt(3_001, 1)).toBe("DV03000");
    expect(s.formulaAt(3_001, 33)).toBe("=SUM(D3002:AG3002)");
    expect(s.valueAt(1_500, 3)).toBe(specs[14].cells[1_500][3]);
  });

  test("reads all 15 sheets back under the response limit, in ⌈response / 4 MB⌉ + 2 syncs", async () => {
    const data = await wb.readSheets(specs.map((s) => s.name));
    const r = stats(fake.lastRun);
    expect(r.maxResponse).toBeLessThanOrEqual(MB4);
    expect(r.syncs).toBeLessThanOrEqual(Math.ceil(r.totalResponse / MB4) + 2);
    // more than one response was needed
    expect(r.totalResponse).toBeGreaterThan(MB4);
    expect(data.map((d) => d.values.length)).toEqual(specs.map(() => 3_002));
    expect(data[7].values[2_999][3]).toBe(specs[7].cells[2_999][3]);
  });
});
