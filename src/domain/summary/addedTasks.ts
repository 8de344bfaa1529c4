/**
 * Tasks a clerk added on `Kế hoạch` as rows of their own (no Mã: the plan did not generate them). The
 * office adds what the ward's plan left out, a directive that came later, a meeting; the summary must
 * report them beside the plan's own tasks, or the printed list of unfinished work is short of them.
 */
import { PERIOD_END_MONTH } from "../codes";
import type { RoundCode } from "../types";
import type { SummaryScope, TaskInput } from "./types";

/** One added row as the sheet layer read it; what a cell did not say is left out. */
export interface AddedTaskRow {
  /** 1-based row on the sheet, to name a row that cannot be placed. */
  row: number;
  text: string;
  status: string;
  /** Tháng, 1–12. */
  month?: number;
  /** Quý, 1–4. */
  quarter?: number;
  /** Hạn, at UTC midnight. */
  due?: Date;
  /** The round its Đợt / Phong trào cell names, if any. */
  round?: RoundCode;
}

export interface AddedTask extends TaskInput {
  round?: RoundCode;
}

export interface AddedTasks {
  /** In sheet order. */
  tasks: AddedTask[];
  /** Rows with a task but no Tháng, Hạn or Quý: nothing says which period they belong to. */
  unplaced: number[];
}

/**
 * Places each added task in a month of the plan's year: its Tháng; else the month of its Hạn (a Hạn in
 * an earlier year is due from January on, one in a later year is not this year's work and is left
 * out); else the last month of its Quý. Its deadline is its Hạn, else the end of that month.
 */
export function placeAddedTasks(rows: readonly AddedTaskRow[], year: number): AddedTasks {
  const tasks: AddedTask[] = [];
  const unplaced: number[] = [];
  for (const r of rows) {
    if (!r.text) continue;
    let month: number | undefined;
    if (r.month !== undefined && Number.isInteger(r.month) && r.month >= 1 && r.month <= 12) month = r.month;
    else if (r.due) {
      const y = r.due.getUTCFullYear();
      if (y > year) continue;
      month = y < year ? 1 : r.due.getUTCMonth() + 1;
    } else if (r.quarter !== undefined && Number.isInteger(r.quarter) && r.quarter >= 1 && r.quarter <= 4) month = r.quarter * 3;
    if (month === undefined) {
      unplaced.push(r.row);
      continue;
    }
    const task: AddedTask = { task: { id: "", month, text: r.text }, status: r.status };
    if (r.due) task.due = r.due;
    if (r.round) task.round = r.round;
    tasks.push(task);
  }
  return { tasks, unplaced };
}

/** The added tasks a summary covers, as scopeTasks does for the plan's: due by the period's end, or linked to the round. */
export function scopeAddedTasks(added: readonly AddedTask[], scope: SummaryScope): AddedTask[] {
  if (scope.kind === "round") return added.filter((t) => t.round === scope.round);
  const end = PERIOD_END_MONTH[scope.period];
  return added.filter((t) => t.task.month <= end);
}

/**
 * The plan's tasks and the added ones in one list by month, the plan's first within a month: the order
 * of the summary's list of unfinished tasks. (The plan's own tasks are already in month order.)
 */
export function withAddedTasks(planTasks: readonly TaskInput[], added: readonly TaskInput[]): TaskInput[] {
  return [...planTasks, ...added]
    .map((t, i) => ({ t, i }))
    .sort((a, b) => a.t.task.month - b.t.task.month || a.i - b.i)
    .map((x) => x.t);
}
