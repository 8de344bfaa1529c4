/**
 * The sync budget at province scale, measured on the REAL app commands (createAppCommands) over an
 * OfficeWorkbook on the recording fake Excel: at most ⌈total payload / 4 MB⌉ + 2 context.sync() per
 * command, no request over 4 MB and no response over Excel on the web's 5 MB. Its own file, so the
 * test runner can run it beside the ward and in-between scales (syncCounts.test.ts).
 */
import { fixtureSpecs, PROVINCE } from "../../bench/fixtures";
import { SHEET } from "../../src/sheets/names";
import {
  describeSyncs,
  MB4,
  officeSession,
  seed,
  provinceCommand,
  type OfficeSession,
  type ProvinceCommand,
} from "../support/officeCommands";

const MB5 = 5_000_000;

describe("province scale (15 judges × 10,000 units × 30 criteria)", () => {
  // A fresh adapter per command: it has seen nothing, the worst case for the number of reads.
  const session = officeSession(undefined, { fresh: true });
  beforeAll(async () => {
    await seed(session.fake, fixtureSpecs(PROVINCE));
  }, 300_000);

  const run = async (name: ProvinceCommand, readsRound = true) => {
    const { result, syncs } = await session.measure(name, provinceCommand(name));
    console.log(`province ${name.padEnd(12)} ${describeSyncs(syncs)}`);
    expect(syncs.syncs).toBeLessThanOrEqual(syncs.bound);
    expect(syncs.maxRequest).toBeLessThanOrEqual(MB4);
    expect(syncs.maxResponse).toBeLessThan(MB5);
    // All 15 judge sheets were read: about 20 MB, so several reads were forced by the limit.
    if (readsRound) expect(syncs.payload).toBeGreaterThan(15 * 1_000_000);
    return result;
  };

  test("validate D1 reads the round once, in blocks under the limit, and writes Kiểm tra", async () => {
    const result = await run("validate D1");
    expect(result.sheets).toEqual([{ sheet: "Kiểm tra", action: "created" }]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  }, 300_000);

  test("rank D1 reads once and writes the 10,000-row ranking in chunks under 4 MB", async () => {
    const result = await run("rank D1");
    expect(result.ok).toBe(true);
    expect(result.sheets.map((s) => s.sheet)).toEqual(["Xếp hạng Đ1", "Tiến độ chấm Đ1"]);
    const units = session.fake.grid(SHEET.units).length;
    expect(session.fake.grid("Xếp hạng Đ1").length).toBeGreaterThan(units - 100);
  }, 300_000);

  // The commands the pane and the ribbon offer besides validate and rank, on the same workbook (ranked above).
  test("summary of Đợt 1 reads the round and the ranking and writes one sheet", async () => {
    const result = await run("summary D1");
    expect(result.ok).toBe(true);
    // The signed report and its internal annex (scoring progress and open findings).
    expect(result.sheets).toEqual([
      { sheet: "Tổng hợp Đợt 1", action: "created" },
      { sheet: "Tổng hợp Đợt 1 (nội bộ)", action: "created" },
    ]);
  }, 300_000);

  test("summary of Quý I (the period of Đợt 1) reads the round once and writes one sheet", async () => {
    const result = await run("summary Q1");
    expect(result.ok).toBe(true);
    expect(result.sheets).toEqual([
      { sheet: "Tổng hợp Quý I", action: "created" },
      { sheet: "Tổng hợp Quý I (nội bộ)", action: "created" },
    ]);
  }, 300_000);

  test("summary “all” reads every round once and writes every summary sheet", async () => {
    const result = await run("summary all");
    expect(result.ok).toBe(true);
    const names = result.sheets.map((s) => s.sheet);
    expect(names).toEqual(expect.arrayContaining(["Tổng hợp Đợt 1", "Tổng hợp Quý I", "Tổng hợp Năm"]));
    expect(result.sheets.find((s) => s.sheet === "Tổng hợp Đợt 1")?.action).toBe("replaced");
  }, 300_000);

  test("prepare D1 replaces the 15 judge sheets of 10,000 units, keeping every score typed", async () => {
    const judge = judgeSheetName(session);
    const before = session.fake.grid(judge).map((r) => r.slice());
    const result = await run("prepare D1");
    expect(result.ok).toBe(true);
    expect(result.sheets.filter((s) => s.sheet.startsWith("Chấm điểm Đ1"))).toHaveLength(15);
    // The scores a judge typed are still there, cell for cell.
    const after = session.fake.grid(judge);
    expect(after.length).toBe(before.length);
    let compared = 0;
    for (let r = 0; r < before.length; r++)
      for (let c = 0; c < before[r].length; c++)
        if (typeof before[r][c] === "number" && before[r][c] !== 0) {
          expect(after[r][c]).toBe(before[r][c]);
          compared++;
        }
    expect(compared).toBeGreaterThan(100_000);
  }, 300_000);

  test("layout of the plan on the province workbook keeps its 10,000 units and stays within the bound", async () => {
    const units = session.fake.grid(SHEET.units).length;
    const result = await run("layout", false);
    expect(result.ok).toBe(true);
    expect(session.fake.grid(SHEET.units).length).toBe(units);
  }, 300_000);
});

function judgeSheetName(session: OfficeSession): string {
  const name = session.fake.sheets.map((x) => x.name).find((n) => n.startsWith("Chấm điểm Đ1"));
  if (!name) throw new Error("no judge sheet");
  return name;
}
