/**
 * Reads come back at up to about 4.2 MB (the snapshot aims at 4.5 MB estimated, under Excel on the web's
 * 5 MB response limit; the 4 MB rule is for requests). Should a host refuse smaller responses than
 * that, the adapter must still finish the command: a refused read (ResponsePayloadSizeLimitExceeded) is
 * read again in smaller blocks. Here the fake host refuses any response over 0.8 MB, on a round whose
 * reads come back larger than that (1,000 units × 30 criteria × 15 judges), and every command must give the same
 * result as on a host with the ordinary limit.
 */
import { fixtureSpecs, type Scale } from "../../bench/fixtures";
import type { CommandResult } from "../../src/app/types";
import { FakeExcel } from "../support/fakeExcel";
import { describeSyncs, officeSession, seed, type CommandSyncs } from "../support/officeCommands";

const MID: Scale = { name: "province", units: 1_000, criteria: 30, judges: 15 };
const LOW_LIMIT = 800_000;

/** Built once for the file: seeding reads them and changes nothing. */
let specs: ReturnType<typeof fixtureSpecs> | undefined;

async function both(name: string, f: Parameters<ReturnType<typeof officeSession>["measure"]>[1]) {
  const out: { result: CommandResult; syncs: CommandSyncs; fake: FakeExcel }[] = [];
  for (const responseLimit of [undefined, LOW_LIMIT]) {
    const fake = new FakeExcel(responseLimit ? { responseLimit } : {});
    await seed(fake, (specs ??= fixtureSpecs(MID)));
    const session = officeSession(fake, { fresh: true });
    const { result, syncs } = await session.measure(name, f);
    console.log(`${name} response limit ${responseLimit ?? "5 MB"}: ${describeSyncs(syncs)}`);
    out.push({ result, syncs, fake });
  }
  return out;
}

describe("a host with a lower response limit than the adapter expects", () => {
  test("validate D1 gives the same findings, reading in smaller blocks", async () => {
    const [normal, low] = await both("validate D1", (c) => c.validateRound("D1"));
    expect(normal.syncs.maxResponse).toBeGreaterThan(LOW_LIMIT);
    expect(low.result.ok).toBe(normal.result.ok);
    expect(low.result.findings).toEqual(normal.result.findings);
    expect(low.fake.grid("Kiểm tra")).toEqual(normal.fake.grid("Kiểm tra"));
    // Some reads were refused and read again in smaller blocks, which costs syncs but not the result.
    expect(low.syncs.syncs).toBeGreaterThan(normal.syncs.syncs);
  }, 300_000);

  test("prepare D1 replaces the judge sheets with the same cells, keeping every score", async () => {
    const [normal, low] = await both("prepare D1", (c) => c.prepareRound("D1"));
    expect(normal.syncs.maxResponse).toBeGreaterThan(LOW_LIMIT);
    expect(low.result.ok).toBe(true);
    expect(low.result.sheets).toEqual(normal.result.sheets);
    for (const { sheet } of normal.result.sheets) expect(low.fake.grid(sheet)).toEqual(normal.fake.grid(sheet));
  }, 300_000);
});
