/**
 * A synthetic year of awards of any size: people on `Cá nhân` (one in ten registered for CSTĐCS, one in
 * ten for nothing, one in 97 disciplined), sáng kiến by two authors each, a count on `Kiểm phiếu` for every
 * CSTĐCS candidate, units and a council. The awards bench and the sync-count test both take it, so the
 * test bounds what the bench prints. Deterministic: the same scale always gives the same workbook.
 */
import type { Initiative, Performance, Person, PersonTitle, Tally } from "../../src/domain/awards/model";
import type { Member, Unit } from "../../src/domain/types";
import { buildCouncilSheet } from "../../src/sheets/council";
import { buildInitiativesSheet } from "../../src/sheets/initiatives";
import { buildPeopleSheet } from "../../src/sheets/people";
import { buildSettingsSheet } from "../../src/sheets/settingsSheet";
import { buildTallySheet } from "../../src/sheets/tally";
import { buildUnitsSheet } from "../../src/sheets/units";
import type { SheetSpec } from "../../src/workbook/port";

export interface AwardsScale {
  people: number;
  initiatives: number;
  units: number;
  council: number;
}

/** A province's worth: 200,000 people, 20,000 sáng kiến, 2,000 units, a council of 15. */
export const AWARDS_PROVINCE: AwardsScale = { people: 200_000, initiatives: 20_000, units: 2_000, council: 15 };

/** `AWARDS_PROVINCE` times `factor` (at least one unit). */
export function awardsScale(factor: number): AwardsScale {
  return {
    people: Math.round(AWARDS_PROVINCE.people * factor),
    initiatives: Math.round(AWARDS_PROVINCE.initiatives * factor),
    units: Math.max(1, Math.round(AWARDS_PROVINCE.units * factor)),
    council: AWARDS_PROVINCE.council,
  };
}

export const AWARDS_YEAR = 2024;

const PERF: readonly Performance[] = ["HTT", "HTT", "HTT", "HTT", "HTT", "HTT", "HTT", "HTXS", "HT", "KHT"];

export interface SyntheticAwards {
  units: Unit[];
  people: Person[];
  initiatives: Initiative[];
  tallies: Tally[];
  members: Member[];
}

export function syntheticAwards(scale: AwardsScale): SyntheticAwards {
  const units: Unit[] = Array.from({ length: scale.units }, (_, i) => ({
    code: `U${String(i + 1).padStart(4, "0")}`,
    name: `Đơn vị ${i + 1}`,
    type: "COQUAN",
    block: "KCQ",
  }));
  const people: Person[] = Array.from({ length: scale.people }, (_, i) => {
    const p: Person = {
      code: `P${String(i + 1).padStart(6, "0")}`,
      name: `Người số ${i + 1}`,
      position: "Công chức",
      unit: units[i % scale.units]!.code,
      performance: PERF[i % PERF.length]!,
    };
    const reg: PersonTitle | undefined = i % 10 === 0 ? "CSTDCS" : i % 10 === 9 ? undefined : "LDTT";
    if (reg) p.registered = reg;
    if (i % 97 === 0) p.discipline = "KHIEN_TRACH";
    return p;
  });
  const initiatives: Initiative[] = Array.from({ length: scale.initiatives }, (_, i) => ({
    code: `SK${String(i + 1).padStart(5, "0")}`,
    name: `Sáng kiến ${i + 1}`,
    authors: [people[(i * 10) % scale.people]!.code, people[(i * 7 + 3) % scale.people]!.code],
    recognizedOn: new Date(Date.UTC(AWARDS_YEAR, i % 12, 1 + (i % 28))),
    recognizedBy: "Hội đồng sáng kiến",
    scope: "Cơ sở",
  }));
  const council = scale.council;
  const tallies: Tally[] = people
    .filter((p) => p.registered === "CSTDCS")
    .map((p, i) => ({ code: p.code, name: p.name, title: "CSTDCS", members: council, present: council, yes: council - (i % 5) }));
  const members: Member[] = Array.from({ length: council }, (_, i) => ({
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

/** The sheets a clerk's workbook holds once people, sáng kiến and the council's counts are typed in. */
export function awardsSpecs(d: SyntheticAwards): SheetSpec[] {
  const ward = "PHƯỜNG BENCH";
  return [
    buildUnitsSheet(d.units, { ward }),
    buildCouncilSheet(d.members, { ward }),
    buildSettingsSheet({ ward, values: new Map([["YEAR", AWARDS_YEAR]]) }),
    buildPeopleSheet(d.people, { ward }),
    buildInitiativesSheet(d.initiatives, { ward }),
    buildTallySheet(d.tallies, { ward, year: AWARDS_YEAR, councilSize: d.members.length, previous: d.tallies }),
  ];
}
