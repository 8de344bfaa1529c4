/** Builders shared by the ranking tests: criteria, settings and a judge's score table as typed arrays. */
import { defaultSettings, type Settings } from "../../../src/domain/settings";
import type { RankCriterionInput } from "../../../src/domain/ranking";

/** A small 100-point grid: group I (30 + 20), group V (50), two bonus lines, one deduction line, one veto line. */
export const CRITERIA: RankCriterionInput[] = [
  { code: "I.1", group: "I", max: 30, kind: "base" },
  { code: "I.2", group: "I", max: 20, kind: "base" },
  { code: "V.1", group: "V", max: 50, kind: "base" },
  { code: "B.1", group: "B", max: 6, kind: "bonus" },
  { code: "B.2", group: "B", max: 6, kind: "bonus" },
  { code: "TR.1", group: "TR", max: 0, kind: "deduction" },
  { code: "L.1", group: "L", max: 0, kind: "veto" },
];

export type Row = (number | null)[];

/** One judge's Float64Array, units × criteria, from rows of the table (null = blank, missing cells blank). */
export function scoreTable(rows: Row[], criteria = CRITERIA.length): Float64Array {
  const a = new Float64Array(rows.length * criteria).fill(NaN);
  rows.forEach((r, u) => r.forEach((v, c) => (a[u * criteria + c] = v === null ? NaN : v)));
  return a;
}

export function settingsWith(over: Record<string, string | number>): Settings {
  return { ...defaultSettings(), ...over };
}
