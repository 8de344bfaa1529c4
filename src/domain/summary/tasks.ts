/** Section I of a summary: how the plan's tasks stand, from the Trạng thái a clerk typed on `Kế hoạch`. */
import { fold } from "../codes";
import type { FulfilledBy, StatusCount, TaskInput, TaskSection, UnfinishedTask } from "./types";

/** How a blank Trạng thái is reported: the clerk has not said anything about the task yet. */
export const BLANK_STATUS = "";

/**
 * Whether a status a clerk typed means the task is finished. The plan sheet offers a list, but people
 * type their own words too, so the test is on the folded text: "Hoàn thành", "Đã hoàn thành", "Xong",
 * "Đã thực hiện" count as done; "Chưa hoàn thành", "Đang thực hiện" do not.
 */
export function isDoneStatus(status: string): boolean {
  const f = fold(status);
  if (!f) return false;
  if (/\b(chua|dang|khong)\b/.test(f)) return false;
  return /\b(hoan thanh|xong|da thuc hien|da xong|done|completed?)\b/.test(f);
}

/** The status shown for a task the summary itself shows carried out (the sheet prints its words). */
export function fulfilledStatus(by: FulfilledBy): string {
  return `\u0000${by}`;
}

/** The reason behind a status made by fulfilledStatus, else undefined. */
export function fulfilledBy(status: string): FulfilledBy | undefined {
  return status.startsWith("\u0000") ? (status.slice(1) as FulfilledBy) : undefined;
}

/** The last day of a month of the plan's year, at UTC midnight. */
export function monthEnd(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 0));
}

/**
 * Counts the given tasks by status (in the order statuses first appear, done ones first) and lists
 * the unfinished ones in plan order; a task is overdue when its deadline (its own, else its month's
 * end) is before `today`.
 * `closedStatuses` are statuses that end a task without it being done (e.g. "Không thực hiện" on the
 * plan sheet's list): such a task is neither done nor unfinished.
 */
export function summarizeTasks(
  tasks: readonly TaskInput[],
  year: number,
  today: Date,
  closedStatuses: readonly string[] = [],
  fulfils: (t: TaskInput["task"]) => FulfilledBy | undefined = () => undefined,
): TaskSection {
  const closed = new Set(closedStatuses.map(fold));
  const counts = new Map<string, StatusCount>();
  const unfinished: UnfinishedTask[] = [];
  let done = 0;
  for (const { task, status, due } of tasks) {
    const typed = status.normalize("NFC").trim().replace(/\s+/g, " ");
    const fulfilled = isDoneStatus(typed) ? undefined : fulfils(task);
    const shown = fulfilled ? fulfilledStatus(fulfilled) : typed;
    const key = fulfilled ? shown : fold(shown);
    const isDone = fulfilled !== undefined || isDoneStatus(shown);
    const c = counts.get(key) ?? { status: shown, count: 0, done: isDone, ...(fulfilled ? { fulfilled } : {}) };
    c.count++;
    counts.set(key, c);
    if (isDone) done++;
    if (isDone || closed.has(key)) continue;
    unfinished.push({
      id: task.id,
      month: task.month,
      text: task.text,
      status: shown,
      overdue: (due ?? monthEnd(year, task.month)).getTime() < today.getTime(),
    });
  }
  const byStatus = [...counts.values()].sort((a, b) => Number(b.done) - Number(a.done));
  return { due: tasks.length, done, byStatus, unfinished };
}
