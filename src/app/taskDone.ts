/**
 * "Đánh dấu xong" from "Hôm nay": writes "Hoàn thành" in one task's Trạng thái cell on `Kế hoạch` and
 * nothing else. The sheet is the clerk's to edit (statuses, notes, rows of their own), so it is not
 * rewritten: one read to find the cell, one write of that cell.
 */
import { columnLetter, matchHeaders, text } from "../sheets/cells";
import { SHEET } from "../sheets/names";
import { PLAN_COLUMNS, TASK_STATUSES } from "../sheets/plan";
import { msg } from "../i18n";
import { AppError } from "../shared/errors";
import type { CellEdit } from "../workbook/port";
import type { CommandContext, CommandResult } from "./types";

const DONE = TASK_STATUSES.find((s) => s.code === "DONE")!.label;

/** The Trạng thái cell of the task whose Mã is `id`, and the task's text, from the sheet as read. */
export function taskStatusCell(
  values: Parameters<typeof matchHeaders>[0],
  sheet: string,
  id: string,
): { edit: CellEdit; task: string } {
  const match = matchHeaders(values, PLAN_COLUMNS);
  const c = match?.columns;
  if (!match || !c || c.id < 0 || c.status < 0) throw new AppError("TASK_SHEET_UNREADABLE", { sheet });
  for (let r = match.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (text(row[c.id] ?? null) !== id) continue;
    return { edit: { row: r, col: c.status, value: DONE }, task: c.text >= 0 ? text(row[c.text] ?? null) : id };
  }
  throw new AppError("TASK_NOT_FOUND", { id, sheet });
}

export async function markTaskDone(ctx: CommandContext, id: string): Promise<CommandResult> {
  const [data] = await ctx.wb.readSheets([SHEET.plan]);
  if (!data) throw new AppError("PLAN_SHEETS_MISSING", { sheets: SHEET.plan });
  const { edit, task } = taskStatusCell(data.values, data.name, id);
  if (!ctx.wb.writeCells) throw new AppError("TASK_DONE_UNSUPPORTED", { sheet: data.name });
  await ctx.wb.writeCells(data.name, [edit]);
  const cell = `${columnLetter(edit.col)}${edit.row + 1}`;
  return { ok: true, sheets: [], messages: [msg("TASK_DONE", { task, sheet: data.name, cell })], findings: [] };
}
