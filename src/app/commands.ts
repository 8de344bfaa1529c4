/**
 * Binds the app commands to one workbook, for the pane and the ribbon (the CLI calls the same functions).
 * Each command is the same on both hosts: read in one go, compute, write in one go.
 */
import type { PeriodCode, RoundCode } from "../domain/types";
import type { Progress, Workbook } from "../workbook/port";
import { todayUtc } from "../shared/dates";
import { awardsCommand } from "./awards";
import { layoutPlan } from "./layout";
import { prepareRound } from "./prepare";
import { rankRoundCommand } from "./rank";
import { summarize } from "./summarize";
import { markTaskDone } from "./taskDone";
import { AppError } from "../shared/errors";
import { msg, type Bilingual } from "../i18n";
import type {
  AppCommands,
  AwardsCommandOptions,
  CommandContext,
  CommandResult,
  FileCommandResult,
  LayoutCommandOptions,
  NewYearCommandOptions,
  NewYearCommandResult,
  PickedFile,
  SummaryTarget,
} from "./types";
import { validateRoundCommand } from "./validate";
import { readPlanOrFail } from "./workbookPlan";

export interface AppCommandOptions {
  progress?: Progress;
  /** Injected so tests and re-runs are deterministic; the real date otherwise. */
  today?: () => Date;
  /**
   * Opens a workbook the command made (next year's) where the host can: a new window of Excel, the browser
   * pane's workbook. Says where it went; absent, the bytes are only returned.
   */
  openWorkbook?: (bytes: Uint8Array, fileName: string) => Promise<Bilingual | undefined>;
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
    markTaskDone: (id: string) => markTaskDone(ctx(), id),
    newYear: (o: NewYearCommandOptions) => newYearWorkbook(ctx(), o, options.openWorkbook),
    unitForms: (round: RoundCode) => unitFormsZip(ctx(), round),
    collectForms: (files: readonly PickedFile[]) => collectPicked(ctx(), files),
    consolidateKhoi: (files: readonly PickedFile[], period: PeriodCode) =>
      consolidatePicked(ctx(), files, period, options.openWorkbook),
  };
}

/** Next year's workbook from the open one, made in memory and handed to the host to open. */
async function newYearWorkbook(
  ctx: CommandContext,
  o: NewYearCommandOptions,
  open: AppCommandOptions["openWorkbook"],
): Promise<NewYearCommandResult> {
  // Loaded on use: inside Excel the new workbook is built with exceljs, which the pane needs for nothing else.
  const [{ newYear }, { ExcelJsWorkbook }] = await Promise.all([import("./newYear"), import("../workbook/exceljs/workbook")]);
  let document: Parameters<typeof newYear>[2] = {};
  if (o.document) {
    const { readPlanDocument } = await import("./planDocument");
    const parsed = await readPlanDocument(o.document.bytes, o.document.name);
    if (!parsed.plan.tasks.length) throw new AppError("PLAN_DOCUMENT_NO_TASKS", { file: o.document.name });
    document = { plan: parsed.plan, unplaced: parsed.unplaced };
  }
  const target = ExcelJsWorkbook.create();
  const result = await newYear(ctx.wb, { ...ctx, wb: target }, document);
  const workbook = await target.toBuffer();
  const fileName = `tdkt-${result.year}.xlsx`;
  const opened = open ? await open(workbook, fileName) : undefined;
  // Where the workbook went is said first: the pane shows the first few messages of a result.
  return { ...result, messages: [...(opened ? [opened] : []), ...result.messages], workbook, fileName, year: result.year };
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

/** The units' forms as one .zip for the pane to download (a page cannot write a folder). */
async function unitFormsZip(ctx: CommandContext, round: RoundCode): Promise<FileCommandResult> {
  const { formsZip } = await import("./forms");
  const zipped = await formsZip(ctx, round);
  return {
    ok: true,
    sheets: [],
    messages: zipped.messages,
    findings: [],
    file: zipped.bytes,
    fileName: zipped.fileName,
    opened: false,
  };
}

/** Picked forms are read with exceljs from their bytes, whatever the host of the open workbook. */
async function collectPicked(ctx: CommandContext, files: readonly PickedFile[]): Promise<CommandResult> {
  const [{ collectForms }, { ExcelJsWorkbook }] = await Promise.all([
    import("./collect"),
    import("../workbook/exceljs/workbook"),
  ]);
  const sources = files.map((f) => ({
    file: f.name,
    // A file that is no workbook at all opens empty, so collect names it as no form among the others' findings.
    open: () => ExcelJsWorkbook.fromBuffer(f.bytes, f.name).catch(() => ExcelJsWorkbook.create()),
  }));
  return collectForms(ctx, sources);
}

/** The khối's report built in a new workbook (exceljs), opened where the host can, else handed back to download. */
async function consolidatePicked(
  ctx: CommandContext,
  files: readonly PickedFile[],
  period: PeriodCode,
  open: AppCommandOptions["openWorkbook"],
): Promise<FileCommandResult> {
  const [{ consolidate }, { ExcelJsWorkbook }] = await Promise.all([
    import("./consolidate"),
    import("../workbook/exceljs/workbook"),
  ]);
  const target = ExcelJsWorkbook.create();
  const sources = files.map((f) => ({
    file: f.name,
    ...(f.modified ? { modified: f.modified } : {}),
    open: () => ExcelJsWorkbook.fromBuffer(f.bytes, f.name),
  }));
  const { year, ...result } = await consolidate({ ...ctx, wb: target }, sources, { period });
  const file = await target.toBuffer();
  const fileName = year === undefined ? `tong-hop-khoi-${period}.xlsx` : `tong-hop-khoi-${year}-${period}.xlsx`;
  const opened = open ? (await open(file, fileName)) !== undefined : false;
  const where = opened ? [msg("KHOI_OPENED_IN_EXCEL", { file: fileName })] : [];
  return { ...result, messages: [...where, ...result.messages], file, fileName, opened };
}
