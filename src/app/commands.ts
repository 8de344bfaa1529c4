/**
 * Binds the app commands to one workbook, for the pane and the ribbon (the CLI calls the same functions).
 * Each command is the same on both hosts: read in one go, compute, write in one go.
 */
import type { RoundCode } from "../domain/types";
import type { Progress, Workbook } from "../workbook/port";
import { layoutPlan, todayUtc } from "./layout";
import { prepareRound } from "./prepare";
import { rankRoundCommand } from "./rank";
import { summarize } from "./summarize";
import type { AppCommands, CommandContext, SummaryTarget } from "./types";
import { validateRoundCommand } from "./validate";
import { readPlanOrFail } from "./workbookPlan";

export interface AppCommandOptions {
  progress?: Progress;
  /** Injected so tests and re-runs are deterministic; the real date otherwise. */
  today?: () => Date;
}

export function createAppCommands(wb: Workbook, options: AppCommandOptions = {}): AppCommands {
  const ctx = (): CommandContext => ({ wb, progress: options.progress, today: options.today?.() ?? todayUtc() });
  return {
    layoutPlan: (o: { sample: boolean }) => layoutPlan(ctx(), o),
    prepareRound: (round: RoundCode) => prepareRound(ctx(), round),
    validateRound: (round: RoundCode) => validateRoundCommand(ctx(), round),
    rankRound: (round: RoundCode, o: { provisional: boolean }) => rankRoundCommand(ctx(), round, o),
    summarize: (target: SummaryTarget) => summarize(ctx(), target),
    selectCell: (sheet: string, cell: string) => wb.activate(sheet, cell),
    readPlan: () => readPlanOrFail(wb),
  };
}
