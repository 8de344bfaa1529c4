/**
 * The office adapter against the recording fake Excel: per port method, the context.sync() count, the
 * largest request (and response) and the total, at ward and province scale. Seconds are the fake's and
 * the adapter's CPU time in Node, not Excel's: the sync count and the request sizes are the figures that
 * carry over to Excel (on the web every sync is a round trip, and a request over 5 MB is refused).
 */
import { OfficeWorkbook } from "../src/workbook/office/workbook";
import { FakeExcel, type RunRecord } from "../test/support/fakeExcel";
import { layoutSheets, scoringRound } from "../test/workbook/office/workloads";
import {
  describeSyncs,
  officeSession,
  PROVINCE_COMMANDS,
  seed,
  wardWorkflow,
  type CommandSyncs,
} from "../test/support/officeCommands";
import { fixtureSpecs, PROVINCE, type Scale } from "./fixtures";
import { peakRssMB, timed } from "./measure";
import type { BenchRow } from "./types";
import { performance } from "node:perf_hooks";

const MB = 1_000_000;

function note(run: RunRecord): string {
  const req = run.syncs.map((s) => s.requestBytes);
  const res = run.syncs.map((s) => s.responseBytes);
  const total = req.reduce((a, b) => a + b, 0);
  const totalRes = res.reduce((a, b) => a + b, 0);
  const payload = Math.max(total, totalRes);
  return (
    `syncs=${run.syncs.length} (bound ⌈payload/4 MB⌉+2 = ${Math.ceil(payload / (4 * MB)) + 2}), ` +
    `largest request ${(Math.max(...req) / MB).toFixed(2)} MB, total ${(total / MB).toFixed(2)} MB, ` +
    `largest response ${(Math.max(...res) / MB).toFixed(2)} MB`
  );
}

export async function benchOffice(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const step = async (name: string, fake: FakeExcel, f: () => Promise<unknown>) => {
    const t = await timed(f);
    rows.push({ name, seconds: t.seconds, peakRssMB: peakRssMB(), note: note(fake.lastRun) });
  };

  const ward = new FakeExcel();
  const wardWb = new OfficeWorkbook(ward.run, ward.isSetSupported);
  await step("ward: lay out plan, writeSheets (7 sheets × 60 rows)", ward, () => wardWb.writeSheets(layoutSheets()));
  const judges = scoringRound(11, 40, 20);
  await step("ward: prepare round, writeSheets (11 judges × 40 units × 20 criteria)", ward, () => wardWb.writeSheets(judges));
  await step("ward: readSheets of the 11 judge sheets (with formulas)", ward, () =>
    wardWb.readSheets(
      judges.map((s) => s.name),
      { formulas: true },
    ),
  );
  await step("ward: listSheets", ward, () => wardWb.listSheets());

  const province = new FakeExcel();
  const provinceWb = new OfficeWorkbook(province.run, province.isSetSupported);
  const big = scoringRound(15, 10_000, 30);
  await step("province: writeSheets (15 judges × 10,000 units × 30 criteria)", province, () => provinceWb.writeSheets(big));
  await step("province: readSheets of the 15 judge sheets", province, () => provinceWb.readSheets(big.map((s) => s.name)));
  await step("province: listSheets", province, () => provinceWb.listSheets());
  rows.push(...(await benchCommands()));
  return rows;
}

/**
 * The real app commands (createAppCommands) on the fake: all syncs of a command, read and write, with
 * the same workflows and command lists as test/app/syncCounts.test.ts, so the bench prints what the
 * tests bound. Ward: one pane session, and a fresh adapter per command (the first command after the
 * pane opens): layout, prepare, validate, rank, summary of a period, of a round and "all". Province: a
 * fresh adapter per command on a workbook of 15 judges × 10,000 units × 30 criteria, every command.
 */
const MID_SCALE: Scale = { name: "province", units: 1_000, criteria: 30, judges: 15 };
const MID_UNITS = [300, 1_000, 3_000];

function withinBound(s: CommandSyncs): string {
  return s.syncs <= s.bound ? `${s.bound - s.syncs} under the bound` : `OVER THE BOUND by ${s.syncs - s.bound}`;
}

async function benchCommands(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const fresh of [false, true]) {
    const t0 = performance.now();
    const { syncs } = await wardWorkflow(officeSession(undefined, { fresh }));
    const seconds = (performance.now() - t0) / 1000 / syncs.length;
    for (const s of syncs)
      rows.push({
        name: `ward command${fresh ? " (fresh pane)" : ""}: ${s.command}`,
        seconds,
        peakRssMB: peakRssMB(),
        note: describeSyncs(s),
      });
  }
  // Between the two scales the bound has the least slack (a fresh adapter cannot spread a size guess
  // over many blocks; it reads by the sizes the registry kept): printed so that a breach shows here.
  for (const units of MID_UNITS) {
    const mid = officeSession(undefined, { fresh: true });
    await seed(mid.fake, fixtureSpecs({ ...MID_SCALE, units }));
    for (const [name, f] of PROVINCE_COMMANDS) {
      const t0 = performance.now();
      const { syncs } = await mid.measure(name, f);
      rows.push({
        name: `${units.toLocaleString("en")}-unit command (fresh pane): ${name}`,
        seconds: (performance.now() - t0) / 1000,
        peakRssMB: peakRssMB(),
        note: `${describeSyncs(syncs)}; ${withinBound(syncs)}`,
      });
    }
  }
  const session = officeSession(undefined, { fresh: true });
  await seed(session.fake, fixtureSpecs(PROVINCE));
  for (const [name, f] of PROVINCE_COMMANDS) {
    const t0 = performance.now();
    const { syncs } = await session.measure(name, f);
    rows.push({
      name: `province command: ${name}`,
      seconds: (performance.now() - t0) / 1000,
      peakRssMB: peakRssMB(),
      note: `${describeSyncs(syncs)}; ${withinBound(syncs)}`,
    });
  }
  return rows;
}
