/** Ranking of a round: pure, on typed arrays. */
export { rankRound } from "./rankRound";
export { readMethod } from "./method";
export { roundHalfAway, quotaOf } from "./numbers";
export { parseTier, scoreTier, tierIndex } from "./tiers";
export * from "./types";
export { rankingInputFrom, type RankingRecords } from "./fromRecords";
export { rankingInputOfRound } from "./roundInput";
export { publishedTotal, totalsRule, type TotalsRule } from "./publishedTotal";
