export * from "./types";
export { buildSummary, type SummaryInput } from "./build";
export { summarizeTasks, isDoneStatus, monthEnd, fulfilledStatus, fulfilledBy } from "./tasks";
export {
  summarizeRound,
  summarizeFindings,
  TIER_ORDER,
  LEADERS_PER_BLOCK,
  FIRST_ERRORS,
  type RoundSummaryOptions,
} from "./round";
export { scopeTasks, scopeRounds, withStatuses, allRounds, currentSummaryTarget, evaluationMonths } from "./scope";
export { judgeProgress, rankedUnits, blockQuotas, anyScore } from "./fromRanking";
export {
  placeAddedTasks,
  scopeAddedTasks,
  withAddedTasks,
  type AddedTask,
  type AddedTaskRow,
  type AddedTasks,
} from "./addedTasks";
