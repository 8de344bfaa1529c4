/**
 * The sync budget at province scale, measured on the REAL app commands (createAppCommands) over an
 * OfficeWorkbook on the recording fake Excel: at most ⌈total payload / 4 MB⌉ + 2 context.sync() per
 * command, no request over 4 MB and no response over Excel on the web's 5 MB. Here the two paths that the
 * limit shapes most, on a round of about 21 MB: reading it in blocks (validate) and writing a 10,000-row
 * sheet in chunks (rank). Every other command is asserted at 1,000 and 3,000 units, where the bound has the
 * least slack (syncCounts.test.ts), and measured at this scale by `npm run bench` (bench/office.ts prints
 * each command's syncs against the bound): its own minutes stay out of the suite.
 */
import { fixtureSpecs, PROVINCE } from "../../bench/fixtures";
import { SHEET } from "../../src/sheets/names";
import { describeSyncs, MB4, officeSession, seed, provinceCommand, type ProvinceCommand } from "../support/officeCommands";

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
});
