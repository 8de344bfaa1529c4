/**
 * Which units a judge scores, the one home of the rule: prepare lays the judge's sheet out from it,
 * validation expects exactly those rows, and ranking counts the judge there and nowhere else.
 *
 * A judge never scores a unit they lead or belong to: those `Hội đồng` links to (Đơn vị tham gia), and
 * those whose "Người đứng đầu" on `Đơn vị` is the judge, whether or not `Hội đồng` says so. With
 * SCORING_ASSIGNMENT = assigned, a judge scores only the units they follow (on either sheet).
 */
import { textSetting, type Settings } from "../settings";
import type { Member, Unit } from "../types";
import { nameKey } from "../codes";
import { unitCodeKey } from "./unitCode";

/** Forms of address a clerk may write before a head's name ("Ông", "Đ/c"…), not part of the name. */
const HONORIFIC = /^(ông|bà|anh|chị|đồng chí|đ\/c|đc)\.?\s+/u;

function personKey(name: string): string {
  return nameKey(name).replace(HONORIFIC, "");
}

/** The judge is the unit's "Người đứng đầu" on `Đơn vị` (the name as typed, forms of address aside). */
export function headsUnit(judge: Pick<Member, "name">, unit: Pick<Unit, "head">): boolean {
  const head = personKey(unit.head ?? "");
  return head !== "" && head === personKey(judge.name);
}

export interface JudgeUnits {
  /** Indices into `units` the judge scores, in list order (one per code: a duplicate code is the validator's). */
  scored: number[];
  /** Indices left off for a conflict of interest. */
  excluded: number[];
  /** Of `excluded`: units the judge heads on `Đơn vị` that `Hội đồng` does not link them to. */
  headedOnly: number[];
}

export function judgeUnitIndices(judge: Member | undefined, units: readonly Unit[], settings: Settings): JudgeUnits {
  const assigned = textSetting(settings, "SCORING_ASSIGNMENT") === "assigned";
  const linked = new Set((judge?.memberOf ?? []).map(unitCodeKey));
  const follows = new Set((judge?.follows ?? []).map(unitCodeKey));
  const judgeCode = judge ? judge.code.trim().toUpperCase() : "";
  const seen = new Set<string>();
  const out: JudgeUnits = { scored: [], excluded: [], headedOnly: [] };
  units.forEach((u, i) => {
    const key = unitCodeKey(u.code);
    if (seen.has(key)) return;
    seen.add(key);
    const followed = follows.has(key) || (judgeCode !== "" && (u.follower ?? "").trim().toUpperCase() === judgeCode);
    if (assigned && !followed) return;
    const heads = judge !== undefined && headsUnit(judge, u);
    if (linked.has(key) || heads) {
      out.excluded.push(i);
      if (!linked.has(key)) out.headedOnly.push(i);
    } else out.scored.push(i);
  });
  return out;
}

/** The same, as units: what prepare writes on the judge's sheet and names in its header. */
export function unitsForJudge(judge: Member, units: readonly Unit[], settings: Settings): { scored: Unit[]; excluded: Unit[] } {
  const j = judgeUnitIndices(judge, units, settings);
  return { scored: j.scored.map((i) => units[i]), excluded: j.excluded.map((i) => units[i]) };
}

/** Codes of every unit the judge must not score (linked or headed), assignment aside: for ranking's conflict marks. */
export function conflictCodes(judge: Member, units: readonly Unit[]): string[] {
  const linked = new Set(judge.memberOf.map(unitCodeKey));
  return units.filter((u) => linked.has(unitCodeKey(u.code)) || headsUnit(judge, u)).map((u) => u.code);
}
