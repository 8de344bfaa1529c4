/**
 * A hand-worked ward of 30 people for the year 2025, a council of 9. Each person is there for one
 * condition, vote rule or quota case; the expected outcomes in the tests are worked out by hand from the
 * law and settings, not by the code under test.
 */
import type { Discipline, Initiative, Performance, Person, PersonTitle, Tally } from "../../../src/domain/awards/model";

const P = (code: string, performance: Performance | undefined, registered?: PersonTitle, discipline?: Discipline): Person => {
  const p: Person = { code, name: `Người ${code}`, position: "Công chức", unit: "BN01" };
  if (performance) p.performance = performance;
  if (registered) p.registered = registered;
  if (discipline) p.discipline = discipline;
  return p;
};

export const PEOPLE: Person[] = [
  P("P01", "HTT", "LDTT"),
  P("P02", "HTXS", "LDTT"),
  P("P03", "HT", "LDTT"), // grade below HTT
  P("P04", "KHT", "LDTT"),
  P("P05", undefined, "LDTT"), // not graded
  P("P06", "HTT", "LDTT", "KHIEN_TRACH"),
  P("P07", "HTT", "LDTT", "CANH_CAO"),
  P("P08", "HTT"), // not registered
  ...["P09", "P10", "P11", "P12", "P13", "P14", "P15", "P16"].map((c) => P(c, "HTT", "LDTT")),
  P("P17", "HTXS", "CSTDCS"), // excellent, no sáng kiến, 9/9
  P("P18", "HTT", "CSTDCS"), // sáng kiến SK1, 8/9 with 8 present
  P("P19", "HTT", "CSTDCS"), // neither
  P("P20", "HTT", "CSTDCS"), // sáng kiến of the year before
  P("P21", "HTXS", "CSTDCS"), // 7/9, 8 present
  P("P22", "HTXS", "CSTDCS"), // no tally
  P("P23", "HT", "CSTDCS"), // sáng kiến, but not LĐTT
  P("P24", "HTXS", "CSTDCS", "KHIEN_TRACH"), // not LĐTT by discipline
  P("P25", "HTXS", "CSTDCS"), // both, 9/9
  P("P26", "HTXS", "CSTDCS"), // 8/9
  P("P27", "HTT", "CSTDCS"), // sáng kiến, 8/9
  P("P28", "HTXS", "CSTDCS"), // 8/9
  P("P29", "HTT", "CSTDCS"), // sáng kiến, 9/9
  P("P30", "HTXS", "CSTDCS"), // 9/9
];

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

export const INITIATIVES: Initiative[] = [
  { code: "SK1", name: "Một", authors: ["P18", "P25"], recognizedOn: d(2025, 3, 10), recognizedBy: "Phường", scope: "Phường" },
  { code: "SK2", name: "Hai", authors: ["P20"], recognizedOn: d(2024, 11, 20), recognizedBy: "Phường", scope: "Phường" },
  { code: "SK3", name: "Ba", authors: ["P23", "P27"], recognizedOn: d(2025, 6, 1), recognizedBy: "Phường", scope: "Phường" },
  { code: "SK4", name: "Bốn", authors: ["P29"], recognizedOn: d(2025, 12, 1), recognizedBy: "Phường", scope: "Phường" },
];

const T = (code: string, present: number, yes: number, title: PersonTitle = "CSTDCS"): Tally => ({
  code,
  name: `Người ${code}`,
  title,
  present,
  yes,
});

export const TALLIES: Tally[] = [
  T("P17", 9, 9),
  T("P18", 8, 8),
  T("P21", 8, 7),
  T("P25", 9, 9),
  T("P26", 9, 8),
  T("P27", 9, 8),
  T("P28", 9, 8),
  T("P29", 9, 9),
  T("P30", 9, 9),
];

export const COUNCIL_SIZE = 9;
export const DECIDED_ON = d(2025, 12, 15);
