/** Builds a ranking input from the domain records the sheets are read into (units, members, criteria). */
import type { Settings } from "../settings";
import type { Criterion, Member, RoundCode, Unit } from "../types";
import type { RankingInput } from "./types";

export interface RankingRecords {
  round: RoundCode;
  units: readonly Unit[];
  /** Codes of the units registered for the round. */
  registered: ReadonlySet<string>;
  /** Scored lines in the column order of `scores`; group headers may be passed in `allCriteria`. */
  columns: readonly Criterion[];
  allCriteria?: readonly Criterion[];
  judges: readonly Member[];
  scores: readonly Float64Array[];
  settings: Settings;
  /** Units assigned per judge code (SCORING_ASSIGNMENT = assigned). */
  assigned?: ReadonlyMap<string, readonly string[]>;
  /** Units each judge may not score, by judge code (validation's conflictCodes); absent = the member's own links. */
  conflicts?: ReadonlyMap<string, readonly string[]>;
}

export function rankingInputFrom(r: RankingRecords): RankingInput {
  return {
    round: r.round,
    units: r.units.map((u) => ({
      code: u.code,
      name: u.name,
      block: u.block,
      type: u.type,
      registered: r.registered.has(u.code),
    })),
    criteria: r.columns.map((c) => ({ code: c.code, group: c.group, max: c.max, kind: c.kind, appliesTo: c.appliesTo })),
    groups: (r.allCriteria ?? [])
      .filter((c) => c.isGroup)
      .map((c) => ({ code: c.code, name: c.text, minShare: c.groupMinShare })),
    judges: r.judges.map((m) => ({
      code: m.code,
      name: m.name,
      conflicts: r.conflicts?.get(m.code) ?? m.memberOf,
      assigned: r.assigned?.get(m.code),
    })),
    scores: r.scores,
    settings: r.settings,
  };
}
