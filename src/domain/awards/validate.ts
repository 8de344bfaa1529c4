/**
 * Rules across `Cá nhân`, `Sáng kiến` and `Kiểm phiếu` (each sheet's own reader already reports what one
 * row alone gets wrong): a unit not on `Đơn vị`, an author not on `Cá nhân`, a sáng kiến recognised outside
 * the year, a count of votes the meeting could not have cast. Findings point at the cell.
 */
import { fold } from "../codes";
import type { Settings } from "../settings";
import type { Finding, Severity, Unit } from "../types";
import { Emitter } from "../validation/emitter";
import { conditionsOf } from "./conditions";
import { PERSON_TITLE_SHORT, type Initiative, type Person, type Tally } from "./model";
import { voteCeiling, votedTitles } from "./review";

/** Column letters of each sheet, as read, so a finding can name the cell. */
export interface AwardsLayout {
  people: { sheet: string; code: string; unit: string; registered: string };
  initiatives: { sheet: string; authors: string; recognizedOn: string };
  tally: { sheet: string; code: string; title: string; members: string; present: string; yes: string };
}

export interface AwardsCheckInput {
  people: readonly Person[];
  initiatives: readonly Initiative[];
  tallies: readonly Tally[];
  units: readonly Unit[];
  councilSize: number;
  year: number;
  settings: Settings;
  layout: AwardsLayout;
}

const WARNINGS = new Set([
  "INITIATIVE_OUTSIDE_YEAR",
  "TALLY_MEMBERS_DIFFER",
  "TALLY_NOT_CANDIDATE",
  "PERSON_CSTDCS_WITHOUT_LDTT",
  "TALLY_PRESENT_MISSING",
]);
const severityOf = (code: string): Severity => (WARNINGS.has(code) ? "warning" : "error");

export interface AwardsCheck {
  findings: Finding[];
  /** Tallies whose counts cannot be right: left out of the review, so the person reads "Chưa bỏ phiếu". */
  rejected: Set<Tally>;
}

export function checkAwardsInput(input: AwardsCheckInput): AwardsCheck {
  const emitter = new Emitter(severityOf);
  // The messages name the sheet and the cell, as the readers' findings do.
  const out = {
    emit: (code: string, sheet: string, cell: string, params: Record<string, string | number>) =>
      emitter.emit(code, sheet, cell, { sheet, cell, ...params }),
  };
  const { layout, year } = input;
  const at = (col: string, row: number | undefined) => (row ? `${col}${row}` : "");
  const units = new Set(input.units.map((u) => fold(u.code)));
  const people = new Map(input.people.map((p) => [fold(p.code), p]));

  for (const p of input.people) {
    if (p.unit && input.units.length && !units.has(fold(p.unit)))
      out.emit("PERSON_UNIT_UNKNOWN", layout.people.sheet, at(layout.people.unit, p.row), { code: p.code, unit: p.unit });
    if (p.registered === "CSTDCS") {
      const ldtt = conditionsOf("LDTT").filter((c) => c.code !== "LDTT_REGISTERED");
      const ctx = { year, settings: input.settings, initiativesOf: () => [], meetsLdtt: () => true };
      if (ldtt.some((c) => c.check(p, ctx).kind === "unmet"))
        out.emit("PERSON_CSTDCS_WITHOUT_LDTT", layout.people.sheet, at(layout.people.registered, p.row), {
          code: p.code,
          name: p.name,
        });
    }
  }

  for (const i of input.initiatives) {
    for (const a of i.authors)
      if (!people.has(fold(a)))
        out.emit("INITIATIVE_AUTHOR_UNKNOWN", layout.initiatives.sheet, at(layout.initiatives.authors, i.row), {
          code: i.code,
          author: a,
        });
    if (i.recognizedOn && i.recognizedOn.getUTCFullYear() !== year)
      out.emit("INITIATIVE_OUTSIDE_YEAR", layout.initiatives.sheet, at(layout.initiatives.recognizedOn, i.row), {
        code: i.code,
        year,
      });
  }

  const rejected = new Set<Tally>();
  const voted = votedTitles(input.settings);
  const seen = new Map<string, Tally>();
  const t = layout.tally;
  for (const x of input.tallies) {
    const params = { code: x.code, title: PERSON_TITLE_SHORT[x.title] };
    const person = people.get(fold(x.code));
    if (!person) {
      out.emit("TALLY_PERSON_UNKNOWN", t.sheet, at(t.code, x.row), params);
      rejected.add(x);
      continue;
    }
    const key = `${fold(x.code)}|${x.title}`;
    const first = seen.get(key);
    if (first) {
      out.emit("TALLY_DUPLICATE", t.sheet, at(t.code, x.row), { ...params, first: first.row ?? "?" });
      rejected.add(x);
      continue;
    }
    seen.set(key, x);
    if (!voted.includes(x.title) || (x.title === "CSTDCS" && person.registered !== "CSTDCS"))
      out.emit("TALLY_NOT_CANDIDATE", t.sheet, at(t.code, x.row), params);
    const members = x.members ?? input.councilSize;
    if (x.members !== undefined && x.members !== input.councilSize)
      out.emit("TALLY_MEMBERS_DIFFER", t.sheet, at(t.members, x.row), {
        ...params,
        members: x.members,
        council: input.councilSize,
      });
    if (x.present !== undefined && x.present > members) {
      out.emit("TALLY_PRESENT_OVER_MEMBERS", t.sheet, at(t.present, x.row), { ...params, present: x.present, members });
      rejected.add(x);
    }
    if (x.yes === undefined) continue;
    if (x.present === undefined) out.emit("TALLY_PRESENT_MISSING", t.sheet, at(t.present, x.row), params);
    const ceiling = voteCeiling(x, input.councilSize, input.settings);
    if (x.yes > ceiling) {
      const overMembers = x.yes > members;
      out.emit(overMembers ? "TALLY_YES_OVER_MEMBERS" : "TALLY_YES_OVER_PRESENT", t.sheet, at(t.yes, x.row), {
        ...params,
        yes: x.yes,
        present: x.present ?? members,
        members,
      });
      rejected.add(x);
    }
  }
  return { findings: emitter.finish(), rejected };
}
