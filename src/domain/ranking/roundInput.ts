/**
 * The ranking input of a round as read, the one home of the rule: scored criteria as columns, one dense
 * array per scoring member (a member without a sheet is all blank), the units registered for the round
 * (its own rows or the year's), and for each judge the units they may not score and, with
 * SCORING_ASSIGNMENT = assigned, the units they score: the same answer prepare and validation give.
 */
import { textSetting } from "../settings";
import { conflictCodes, judgeUnitIndices, registeredUnitCodes, type RoundInput } from "../validation";
import { rankingInputFrom } from "./fromRecords";
import type { RankingInput } from "./types";

function judgeKey(code: string): string {
  return code.trim().toUpperCase();
}

export function rankingInputOfRound(input: RoundInput): RankingInput {
  const columnIndex: number[] = [];
  input.criteria.forEach((c, i) => {
    if (!c.isGroup) columnIndex.push(i);
  });
  const columns = columnIndex.map((i) => input.criteria[i]);
  const { units, settings } = input;
  const U = units.length;
  const C = columns.length;
  const judges = input.members.filter((m) => m.scores);
  const sheetOf = new Map(input.judgeSheets.map((js) => [judgeKey(js.judgeCode), js]));
  const scores = judges.map((m) => {
    const out = new Float64Array(U * C).fill(NaN);
    const js = sheetOf.get(judgeKey(m.code));
    if (!js) return out;
    for (let u = 0; u < U; u++) for (let c = 0; c < C; c++) out[u * C + c] = js.values[u * js.criterionCount + columnIndex[c]];
    return out;
  });
  // The same answer REG_MISSING gives: a unit registered for the year counts for each of its rounds.
  const registered = registeredUnitCodes(input.registrations, input.round, units);
  const assigned =
    textSetting(settings, "SCORING_ASSIGNMENT") === "assigned"
      ? new Map(judges.map((m) => [m.code, judgeUnitIndices(m, units, settings).scored.map((i) => units[i].code)]))
      : undefined;
  return rankingInputFrom({
    round: input.round,
    units,
    registered,
    columns,
    allCriteria: input.criteria,
    judges,
    scores,
    settings,
    assigned,
    conflicts: new Map(judges.map((m) => [m.code, conflictCodes(m, units)])),
  });
}
