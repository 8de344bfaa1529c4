/**
 * The year's awards at a province's size: 200,000 people on `Cá nhân`, 20,000 sáng kiến, a count for each
 * of the 20,000 CSTĐCS candidates on `Kiểm phiếu`, 2,000 units and a council of 15. Three steps: the pure
 * review and checks on data already read; the whole command on the exceljs host in memory (read, compute,
 * write `Bình xét năm` and the papers); the same command on the office adapter against the recording fake
 * Excel, whose sync count must stay within ⌈payload/4 MB⌉ + 2.
 */
import type { Initiative, Performance, Person, PersonTitle, Tally } from "../src/domain/awards/model";
import { reviewAwards } from "../src/domain/awards/review";
import { checkAwardsInput } from "../src/domain/awards/validate";
import { defaultSettings } from "../src/domain/settings";
import type { Member, Unit } from "../src/domain/types";
import { awardsCommand } from "../src/app/awards";
import { buildCouncilSheet } from "../src/sheets/council";
import { buildInitiativesSheet } from "../src/sheets/initiatives";
import { buildPeopleSheet } from "../src/sheets/people";
import { buildSettingsSheet } from "../src/sheets/settingsSheet";
import { buildTallySheet } from "../src/sheets/tally";
import { buildUnitsSheet } from "../src/sheets/units";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/workbook";
import type { SheetSpec } from "../src/workbook/port";
import { describeSyncs, officeSession } from "../test/support/officeCommands";
import { peakRssMB, timed } from "./measure";
import type { BenchRow } from "./types";

/** AWARDS_BENCH_SCALE=0.1 runs a tenth of the size (for a quick look on a loaded machine). */
const SCALE = Number(process.env.AWARDS_BENCH_SCALE ?? 1);
const PEOPLE = Math.round(200_000 * SCALE);
const INITIATIVES = Math.round(20_000 * SCALE);
const UNITS = Math.max(1, Math.round(2_000 * SCALE));
const COUNCIL = 15;
const YEAR = 2024;
const TODAY = new Date(Date.UTC(2024, 11, 16));

const PERF: readonly Performance[] = ["HTT", "HTT", "HTT", "HTT", "HTT", "HTT", "HTT", "HTXS", "HT", "KHT"];

function synthetic() {
  const units: Unit[] = Array.from({ length: UNITS }, (_, i) => ({
    code: `U${String(i + 1).padStart(4, "0")}`,
    name: `Đơn vị ${i + 1}`,
    type: "COQUAN",
    block: "KCQ",
  }));
  const people: Person[] = Array.from({ length: PEOPLE }, (_, i) => {
    const p: Person = {
      code: `P${String(i + 1).padStart(6, "0")}`,
      name: `Người số ${i + 1}`,
      position: "Công chức",
      unit: units[i % UNITS]!.code,
      performance: PERF[i % PERF.length]!,
    };
    const reg: PersonTitle | undefined = i % 10 === 0 ? "CSTDCS" : i % 10 === 9 ? undefined : "LDTT";
    if (reg) p.registered = reg;
    if (i % 97 === 0) p.discipline = "KHIEN_TRACH";
    return p;
  });
  const initiatives: Initiative[] = Array.from({ length: INITIATIVES }, (_, i) => ({
    code: `SK${String(i + 1).padStart(5, "0")}`,
    name: `Sáng kiến ${i + 1}`,
    authors: [people[(i * 10) % PEOPLE]!.code, people[(i * 7 + 3) % PEOPLE]!.code],
    recognizedOn: new Date(Date.UTC(YEAR, i % 12, 1 + (i % 28))),
    recognizedBy: "Hội đồng sáng kiến",
    scope: "Cơ sở",
  }));
  const tallies: Tally[] = people
    .filter((p) => p.registered === "CSTDCS")
    .map((p, i) => ({ code: p.code, name: p.name, title: "CSTDCS", members: COUNCIL, present: COUNCIL, yes: COUNCIL - (i % 5) }));
  const members: Member[] = Array.from({ length: COUNCIL }, (_, i) => ({
    code: `M${i + 1}`,
    name: `Thành viên ${i + 1}`,
    shortName: `TV${i + 1}`,
    position: "Ủy viên",
    role: i === 0 ? "CHU_TICH" : i === 1 ? "UV_THUONG_TRUC" : "UY_VIEN",
    follows: [],
    memberOf: [],
    scores: true,
  }));
  return { units, people, initiatives, tallies, members };
}

function specsOf(d: ReturnType<typeof synthetic>): SheetSpec[] {
  const ward = "PHƯỜNG BENCH";
  return [
    buildUnitsSheet(d.units, { ward }),
    buildCouncilSheet(d.members, { ward }),
    buildSettingsSheet({ ward, values: new Map([["YEAR", YEAR]]) }),
    buildPeopleSheet(d.people, { ward }),
    buildInitiativesSheet(d.initiatives, { ward }),
    buildTallySheet(d.tallies, { ward, year: YEAR, councilSize: COUNCIL, previous: d.tallies }),
  ];
}

export async function benchAwards(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const d = synthetic();
  const settings = { ...defaultSettings(), YEAR, QUOTA_CSTDCS: 0.15 };
  const layout = {
    people: { sheet: "Cá nhân", code: "A", unit: "D", registered: "G" },
    initiatives: { sheet: "Sáng kiến", authors: "C", recognizedOn: "D" },
    tally: { sheet: "Kiểm phiếu", code: "A", title: "C", members: "D", present: "E", yes: "F" },
  };
  const domain = await timed(() => {
    const check = checkAwardsInput({ ...d, councilSize: COUNCIL, year: YEAR, settings, layout });
    const result = reviewAwards({ ...d, councilSize: COUNCIL, settings, year: YEAR, decisionDate: TODAY });
    return { check, result };
  });
  const q = domain.value.result.quota;
  rows.push({
    name: `domain: checks and review (${PEOPLE} people, ${INITIATIVES} sáng kiến, ${d.tallies.length} counts)`,
    seconds: domain.seconds,
    peakRssMB: peakRssMB(),
    note: `${domain.value.result.lines.length} lines, LĐTT ${q.base}, CSTĐCS cap ${q.cap} used ${q.used}, findings ${domain.value.check.findings.length}`,
  });

  // Each step prints as it ends, so a run stopped part-way still shows what it measured.
  process.stderr.write(`${JSON.stringify(rows[0])}\n`);
  const specs = specsOf(d);
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheets(specs);
  const exceljs = await timed(() => awardsCommand({ wb, today: TODAY }, { ballots: false }));
  rows.push({
    name: "exceljs in memory: awards (read, compute, write Bình xét năm and the papers)",
    seconds: exceljs.seconds,
    peakRssMB: peakRssMB(),
    note: exceljs.value.sheets.map((s) => s.sheet).join(", "),
  });

  process.stderr.write(`${JSON.stringify(rows[1])}\n`);
  const session = officeSession();
  await session.wb.writeSheets(specsOf(d));
  const office = await timed(() => session.measure("awards", (c) => c.awards({ ballots: false })));
  rows.push({
    name: "office adapter on the fake Excel: awards",
    seconds: office.seconds,
    peakRssMB: peakRssMB(),
    note: describeSyncs(office.value.syncs),
  });
  return rows;
}
