/**
 * App commands whose code is fetched on first use. The pane must render at once when Excel opens it;
 * the commands bring the whole domain (plan data, sheet layouts, validation, ranking, summaries) and the
 * host adapter, which the clerk needs only at the first click. Webpack puts `load`'s import() in its own
 * chunk, prefetched once the pane is idle.
 */
import type { AppCommands } from "../../app/types";

export function lazyCommands(load: () => Promise<AppCommands>): AppCommands {
  let pending: Promise<AppCommands> | undefined;
  const get = (): Promise<AppCommands> => {
    // A failed load (e.g. the network dropped) is retried on the next click rather than remembered.
    pending ??= load().catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
    return pending;
  };
  return {
    layoutPlan: async (options) => (await get()).layoutPlan(options),
    prepareRound: async (round) => (await get()).prepareRound(round),
    validateRound: async (round) => (await get()).validateRound(round),
    rankRound: async (round, options) => (await get()).rankRound(round, options),
    summarize: async (target) => (await get()).summarize(target),
    awards: async (options) => (await get()).awards(options),
    selectCell: async (sheet, cell) => (await get()).selectCell(sheet, cell),
    readPlan: async () => (await get()).readPlan(),
  };
}
