/**
 * The year's awards on the office adapter over the recording fake Excel, every Excel.run counted, against
 * the same sync budget as the other commands: at ward scale at most 3 context.sync() per command; beyond
 * it at most ⌈total payload / 4 MB⌉ + 2, no request over 4 MB and no response over Excel on the web's
 * 5 MB. The large workbook is a tenth of the bench's province (bench/synthetic/awards.ts).
 */
import { awardsScale, awardsSpecs, syntheticAwards } from "../../bench/synthetic/awards";
import { FakeExcel } from "../support/fakeExcel";
import { describeSyncs, MB4, officeSession, seed } from "../support/officeCommands";

const MB5 = 5_000_000;

test("sample ward: the ballots, then the review, each within 3 syncs", async () => {
  const session = officeSession();
  await session.commands.layoutPlan({ sample: true });
  const ballots = await session.measure("awards --ballots", (c) => c.awards({ ballots: true }));
  const review = await session.measure("awards", (c) => c.awards({ ballots: false }));
  console.log([ballots, review].map((m) => `${m.syncs.command.padEnd(16)} ${describeSyncs(m.syncs)}`).join("\n"));
  expect(ballots.result.sheets.map((s) => s.sheet)).toEqual(["Kiểm phiếu", "Phiếu bầu"]);
  expect(review.result.sheets.map((s) => s.sheet)).toContain("Bình xét năm");
  for (const { syncs } of [ballots, review]) {
    expect(syncs.syncs).toBeLessThanOrEqual(3);
    expect(syncs.maxRequest).toBeLessThanOrEqual(MB4);
  }
}, 60_000);

describe("20,000 people, 2,000 sáng kiến, 200 units, in one pane", () => {
  // Seeded by another adapter: the session's has seen no sheet when the first command runs, the worst
  // case for the number of reads.
  const fake = new FakeExcel();
  const session = officeSession(fake);
  beforeAll(async () => {
    await seed(fake, awardsSpecs(syntheticAwards(awardsScale(0.1))));
  }, 300_000);

  test("the first command after the pane opens: the review reads Cá nhân, Sáng kiến and Kiểm phiếu and writes Bình xét năm and the papers within ⌈payload / 4 MB⌉ + 2", async () => {
    const { result, syncs } = await session.measure("awards", (c) => c.awards({ ballots: false }));
    console.log(`20,000 people, fresh awards ${describeSyncs(syncs)}`);
    expect(result.ok).toBe(true);
    expect(result.sheets.map((s) => s.sheet)).toEqual([
      "Bình xét năm",
      // the units' collective titles, which the papers list beside the people
      "Danh hiệu tập thể",
      "Biên bản họp Hội đồng",
      "Tờ trình khen thưởng",
      "Dự thảo Quyết định",
      "Danh sách kèm theo Quyết định",
      "Tờ trình cấp trên",
      "Danh sách đề nghị cấp trên",
    ]);
    // 20,000 people read and two lines each written: several megabytes each way, so the limit forces blocks.
    expect(syncs.payload).toBeGreaterThan(8_000_000);
    expect(syncs.syncs).toBeGreaterThan(2);
    expect(syncs.syncs).toBeLessThanOrEqual(syncs.bound);
    expect(syncs.maxRequest).toBeLessThanOrEqual(MB4);
    expect(syncs.maxResponse).toBeLessThan(MB5);
    // One snapshot and one write: the write takes what the snapshot saw and reads nothing again.
    expect(syncs.runs).toBe(2);
    // Every person has an LĐTT line on Bình xét năm, and each of the 2,000 registered for CSTĐCS a second one.
    const rows = session.fake.grid("Bình xét năm");
    const header = rows[0];
    const titles = rows.filter((r) => /^P\d{6}$/.test(String(r[header.indexOf("Mã")]))).map((r) => r[header.indexOf("Danh hiệu")]);
    expect(titles.filter((t) => t === "LĐTT")).toHaveLength(20_000);
    expect(titles.filter((t) => t === "CSTĐCS")).toHaveLength(2_000);
  }, 300_000);

  test("run again after a count is corrected: Bình xét năm and the papers are read back and replaced, within the bound", async () => {
    const { result, syncs } = await session.measure("awards again", (c) => c.awards({ ballots: false }));
    console.log(`20,000 people, awards again ${describeSyncs(syncs)}`);
    expect(result.sheets.map((s) => s.action)).toEqual(Array(8).fill("replaced"));
    // The 22,000 lines are read back with their formulas besides the people: more than twice the first run's reads.
    expect(syncs.payload).toBeGreaterThan(18_000_000);
    expect(syncs.syncs).toBeLessThanOrEqual(syncs.bound);
    expect(syncs.maxRequest).toBeLessThanOrEqual(MB4);
    expect(syncs.maxResponse).toBeLessThan(MB5);
    expect(syncs.runs).toBe(2);
  }, 300_000);
});
