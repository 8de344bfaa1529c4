/**
 * Binds the app commands to one workbook, for the pane and the ribbon (the CLI calls the same functions).
 * Each command is the same on both hosts: read in one go, compute, write in one go.
 */
import type { RoundCode } from "../domain/types";
import type { Progress, Workbook } from "../workbook/port";
import { todayUtc } from "../shared/dates";
import { awardsCommand } from "./awards";
import { layoutPlan } from "./layout";
import { prepareRound } from "./prepare";
import { rankRoundCommand } from "./rank";
import { summarize } from "./summarize";
import { AppError } from "../shared/errors";
import type {
  AppCommands,
  AwardsCommandOptions,
  CommandContext,
  CommandResult,
  LayoutCommandOptions,
  SummaryTarget,
} from "./types";
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
    layoutPlan: (o: LayoutCommandOptions) => layoutFromDocument(ctx(), o),
    prepareRound: (round: RoundCode) => prepareRound(ctx(), round),
    validateRound: (round: RoundCode) => validateRoundCommand(ctx(), round),
    rankRound: (round: RoundCode, o: { provisional: boolean }) => rankRoundCommand(ctx(), round, o),
    summarize: (target: SummaryTarget) => summarize(ctx(), target),
    awards: (o: AwardsCommandOptions) => awardsCommand(ctx(), o),
    selectCell: (sheet: string, cell: string) => wb.activate(sheet, cell),
    readPlan: () => readPlanOrFail(wb),
  };
}

/** Lays out the seed plan, or the plan of the document the clerk picked (what it could not place is listed). */
async function layoutFromDocument(ctx: CommandContext, o: LayoutCommandOptions): Promise<CommandResult> {
  if (!o.document) return layoutPlan(ctx, { sample: o.sample });
  // Loaded on use: the .docx reader is needed only when a document is picked.
  const { readPlanDocument } = await import("./planDocument");
  const parsed = await readPlanDocument(o.document.bytes, o.document.name);
  if (!parsed.plan.tasks.length) throw new AppError("PLAN_DOCUMENT_NO_TASKS", { file: o.document.name });
  return layoutPlan(ctx, { sample: o.sample, plan: parsed.plan, unplaced: parsed.unplaced });
}
