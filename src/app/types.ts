/** What every app command takes and returns, on both hosts. */
import type { Bilingual } from "../i18n";
import type { Plan } from "../domain/plan/model";
import type { Finding, PeriodCode, RoundCode } from "../domain/types";
import type { RoundState } from "../domain/validation";
import type { Progress, Workbook } from "../workbook/port";

export interface CommandContext {
  wb: Workbook;
  progress?: Progress;
  /** "Today" for overdue marks and document dates; injected so tests and re-runs are deterministic. */
  today?: Date;
}

export interface SheetOutcome {
  sheet: string;
  action: "created" | "replaced" | "kept" | "renamed" | "copied";
  /** For "renamed": the name the add-in wanted; for "copied": the sheet whose edit was kept. */
  from?: string;
}

export interface CommandResult {
  ok: boolean;
  sheets: SheetOutcome[];
  messages: Bilingual[];
  findings: Finding[];
  /** A command that read a round's inputs (the check): how far the round got, for "Hôm nay". */
  round?: RoundState;
}

/** What the pane's "Lập kế hoạch" passes: the sample switch, and the plan document the clerk picked, if any. */
export interface LayoutCommandOptions {
  sample: boolean;
  document?: { name: string; bytes: ArrayBuffer | Uint8Array };
}

/** `ballots`: write Phiếu bầu and Kiểm phiếu for the council's meeting; otherwise Bình xét năm and the papers. */
export interface AwardsCommandOptions {
  ballots: boolean;
}

export type SummaryTarget = { round: RoundCode } | { period: PeriodCode } | { all: true };

/** What the pane's "Lập sổ năm mới" passes: the new year's plan document, if the clerk picked one. */
export interface NewYearCommandOptions {
  document?: { name: string; bytes: ArrayBuffer | Uint8Array };
}

/** Next year's workbook, made from the open one (which is only read): its bytes and the name to save it under. */
export interface NewYearCommandResult extends CommandResult {
  workbook: Uint8Array;
  fileName: string;
  year: number;
}

/** A file the clerk picked in the pane, read there (no upload, no network). */
export interface PickedFile {
  name: string;
  bytes: ArrayBuffer | Uint8Array;
  /** The file's modification date, as the browser gives it. */
  modified?: Date;
}

/** A new file a command made for the clerk to keep: the pane downloads it unless the host opened it already. */
export interface FileCommandResult extends CommandResult {
  file: Uint8Array;
  fileName: string;
  /** The host opened it (a new Excel window); nothing to download. */
  opened: boolean;
}

/** The commands a user runs; the pane and the ribbon receive an object of this shape. */
export interface AppCommands {
  layoutPlan(options: LayoutCommandOptions): Promise<CommandResult>;
  prepareRound(round: RoundCode): Promise<CommandResult>;
  validateRound(round: RoundCode): Promise<CommandResult>;
  rankRound(round: RoundCode, options: { provisional: boolean }): Promise<CommandResult>;
  summarize(target: SummaryTarget): Promise<CommandResult>;
  /** The year's individual titles: ballots and tally for the meeting, or the result and its papers. */
  awards(options: AwardsCommandOptions): Promise<CommandResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The plan as the workbook's sheets hold it (year, rounds, tasks); what the ribbon decides by. */
  readPlan(): Promise<Plan>;
  /** Writes "Hoàn thành" in the Trạng thái cell of the plan's task with this Mã, and no other cell. */
  markTaskDone(id: string): Promise<CommandResult>;
  /** Next year's workbook from the open one, which is not changed; the host opens it where it can. */
  newYear(options: NewYearCommandOptions): Promise<NewYearCommandResult>;
  /** Every unit's form for the round, as one .zip; the open workbook is only read. */
  unitForms(round: RoundCode): Promise<FileCommandResult>;
  /** The units' filled forms, checked at their cells and merged into `Cá nhân` and the family register. */
  collectForms(files: readonly PickedFile[]): Promise<CommandResult>;
  /** The khối's report of the period from the wards' workbooks, as a new workbook; the open one is not changed. */
  consolidateKhoi(files: readonly PickedFile[], period: PeriodCode): Promise<FileCommandResult>;
}
