/**
 * The year's awards at a province's size: 200,000 people on `Cá nhân`, 20,000 sáng kiến, a count for each
 * of the 20,000 CSTĐCS candidates on `Kiểm phiếu`, 2,000 units and a council of 15 (bench/synthetic/awards.ts).
 * Three steps: the pure review and checks on data already read; the whole command on the exceljs host in
 * memory (read, compute, write `Bình xét năm` and the papers); the same command on the office adapter
 * against the recording fake Excel, whose sync count must stay within ⌈payload/4 MB⌉ + 2. The office step
 * is a suite of its own (benchAwardsOffice), so the exceljs workbook's memory is not in its figures.
 */
import { reviewAwards } from "../src/domain/awards/review";
import { checkAwardsInput } from "../src/domain/awards/validate";
import { defaultSettings } from "../src/domain/settings";
import { awardsCommand } from "../src/app/awards";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/workbook";
import { FakeExcel } from "../test/support/fakeExcel";
import { describeSyncs, officeSession, seed } from "../test/support/officeCommands";
import { AWARDS_YEAR, awardsScale, awardsSpecs, syntheticAwards } from "./synthetic/awards";
import { peakRssMB, timed } from "./measure";
import type { BenchRow } from "./types";

/** AWARDS_BENCH_SCALE=0.1 runs a tenth of the size (for a quick look on a loaded machine). */
const SCALE = awardsScale(Number(process.env.AWARDS_BENCH_SCALE ?? 1));
const TODAY = new Date(Date.UTC(AWARDS_YEAR, 11, 16));
const SIZE = `${SCALE.people.toLocaleString("en")} people, ${SCALE.initiatives.toLocaleString("en")} sáng kiến`;

/** Each step prints as it ends, so a run stopped part-way still shows what it measured. */
function report(rows: BenchRow[], row: BenchRow): void {
  rows.push(row);
  process.stderr.write(`${JSON.stringify(row)}\n`);
}

export async function benchAwards(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const d = syntheticAwards(SCALE);
  const settings = { ...defaultSettings(), YEAR: AWARDS_YEAR, QUOTA_CSTDCS: 0.15 };
  const layout = {
    people: { sheet: "Cá nhân", code: "A", unit: "D", registered: "G" },
    initiatives: { sheet: "Sáng kiến", authors: "C", recognizedOn: "D" },
    tally: { sheet: "Kiểm phiếu", code: "A", title: "C", members: "D", present: "E", yes: "F" },
  };
  const councilSize = d.members.length;
  const domain = await timed(() => {
    const check = checkAwardsInput({ ...d, councilSize, year: AWARDS_YEAR, settings, layout });
    const result = reviewAwards({ ...d, councilSize, settings, year: AWARDS_YEAR, decisionDate: TODAY });
    return { check, result };
  });
  const q = domain.value.result.quota;
  report(rows, {
    name: `domain: checks and review (${SIZE}, ${d.tallies.length} counts)`,
    seconds: domain.seconds,
    peakRssMB: peakRssMB(),
    note: `${domain.value.result.lines.length} lines, LĐTT ${q.base}, CSTĐCS cap ${q.cap} used ${q.used}, findings ${domain.value.check.findings.length}`,
  });

  const wb = ExcelJsWorkbook.create();
  await wb.writeSheets(awardsSpecs(d));
  const exceljs = await timed(() => awardsCommand({ wb, today: TODAY }, { ballots: false }));
  report(rows, {
    name: "exceljs in memory: awards (read, compute, write Bình xét năm and the papers)",
    seconds: exceljs.seconds,
    peakRssMB: peakRssMB(),
    note: exceljs.value.sheets.map((s) => s.sheet).join(", "),
  });
  return rows;
}

/**
 * The awards command through createAppCommands on an OfficeWorkbook over the fake Excel, as the pane and
 * the ribbon's "Bình xét năm" run it, every Excel.run counted (seeding the fake is not): first as the first
 * command after the pane opens (the adapter has seen no sheet yet, the worst case for reads), then again
 * in the same pane, as after a count on Kiểm phiếu is corrected, when Bình xét năm and the papers are read
 * back (a person's edits to them are kept) and replaced.
 */
export async function benchAwardsOffice(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const fake = new FakeExcel();
  const seeded = await timed(() => seed(fake, awardsSpecs(syntheticAwards(SCALE))));
  report(rows, {
    name: `fake Excel seeded with ${SIZE} (not measured: the clerk's typing)`,
    seconds: seeded.seconds,
    peakRssMB: peakRssMB(),
  });
  const session = officeSession(fake);
  for (const when of ["first command after the pane opens", "again in the same pane (sheets replaced)"]) {
    const office = await timed(() => session.measure("awards", (c) => c.awards({ ballots: false })));
    const { syncs, result } = office.value;
    const verdict =
      syncs.syncs <= syncs.bound ? `${syncs.bound - syncs.syncs} under the bound` : `OVER THE BOUND by ${syncs.syncs - syncs.bound}`;
    report(rows, {
      name: `office adapter on the fake Excel: awards, ${when}`,
      seconds: office.seconds,
      peakRssMB: peakRssMB(),
      note: `${describeSyncs(syncs)}; ${verdict}; ${result.ok ? "ok" : "refused"}, ${result.sheets.length} sheets written`,
    });
  }
  return rows;
}
