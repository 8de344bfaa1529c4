/**
 * A synthetic round as the ranking step takes it, with the default settings: what the ranking bench and
 * the ranking's linearity test both measure, so the two time the very same input.
 */
import { rankingInputFrom, type RankingInput } from "../../src/domain/ranking";
import { defaultSettings } from "../../src/domain/settings";
import { syntheticRound, type SyntheticOptions } from "./ward";

export function syntheticRankingInput(o: SyntheticOptions): RankingInput {
  const r = syntheticRound(o);
  return rankingInputFrom({
    round: "D1",
    units: r.units,
    registered: new Set(r.units.filter((_, i) => r.registered[i]).map((u) => u.code)),
    columns: r.columns,
    allCriteria: r.criteria,
    judges: r.members,
    scores: r.scores,
    settings: defaultSettings(),
  });
}
