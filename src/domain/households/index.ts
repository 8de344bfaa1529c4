/**
 * "Gia đình văn hóa" (Nghị định 86/2023/NĐ-CP): each tổ dân phố's bình xét of its households, the public
 * posting of the list, and the ward chair's decision. Data in, data out; the timetable's numbers are
 * settings (GDVH_*), and every finding names the row it is about.
 */
import { severityOf } from "../findingCodes";
import { dateSetting, numberSetting, type Settings } from "../settings";

export type HouseholdResult = "DAT" | "KHONG_DAT";
export const HOUSEHOLD_RESULT_LABELS: Readonly<Record<HouseholdResult, string>> = { DAT: "Đạt", KHONG_DAT: "Không đạt" };

/** One row of the register. */
export interface Household {
  code: string;
  head: string;
  address: string;
  /** Unit code of the tổ dân phố on `Đơn vị`. */
  tdp: string;
  /** The tổ dân phố's bình xét; undefined when not yet held. */
  result?: HouseholdResult;
  /** Day of the tổ dân phố's meeting. */
  evaluatedOn?: Date;
  postedFrom?: Date;
  postedTo?: Date;
  /** The unit form the row was collected from; "" for a row typed on the register. */
  source: string;
  note?: string;
  /** 1-based sheet row. */
  row: number;
}

export type TimetableIssue =
  | { code: "GDVH_EVAL_LATE"; deadline: Date }
  | { code: "GDVH_POSTED_BEFORE_EVAL" }
  | { code: "GDVH_POSTING_SHORT"; days: number; required: number }
  | { code: "GDVH_POSTING_MISSING" }
  | { code: "GDVH_DATES_DIFFER"; first: number }
  | { code: "GDVH_DECIDED_BEFORE_POSTING_END"; postedTo: Date }
  | { code: "GDVH_DECISION_LATE"; by: Date };

export interface TimetableFinding {
  tdp: string;
  /** The row the finding is about (the first row of the tổ dân phố, or the row that differs). */
  row: number;
  field: "evaluatedOn" | "postedFrom" | "postedTo" | "decision";
  severity: "error" | "warning";
  issue: TimetableIssue;
}

const DAY = 86_400_000;

/** Days from `from` to `to`, both counted. */
function daysInclusive(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY) + 1;
}

function sameDay(a: Date | undefined, b: Date | undefined): boolean {
  return (a?.getTime() ?? NaN) === (b?.getTime() ?? NaN) || (a === undefined && b === undefined);
}

export interface TdpTimetable {
  tdp: string;
  households: number;
  passed: number;
  evaluatedOn?: Date;
  postedFrom?: Date;
  postedTo?: Date;
  /** No error in the timetable: its households can go on the decision. */
  ready: boolean;
}

/** The households grouped by tổ dân phố in the order they first appear, in one pass. */
export function byTdp(households: readonly Household[]): Map<string, Household[]> {
  const groups = new Map<string, Household[]>();
  for (const h of households) {
    const g = groups.get(h.tdp);
    if (g) g.push(h);
    else groups.set(h.tdp, [h]);
  }
  return groups;
}

/**
 * The NĐ 86/2023 timetable of each tổ dân phố: bình xét before the deadline, the list posted after it for
 * the full number of days, the decision after the posting ends and within its days. A tổ dân phố's dates
 * are the same on each of its rows; a row that says otherwise is named.
 */
export function checkTimetable(
  households: readonly Household[],
  settings: Settings,
  decisionDate: Date | undefined,
  year?: number,
): { tdps: TdpTimetable[]; findings: TimetableFinding[] } {
  const set = dateSetting(settings, "GDVH_EVAL_DEADLINE");
  // The decree's deadline is a day of every year: a workbook of another year than the setting's default keeps its day and month.
  const deadline = set && year !== undefined ? new Date(Date.UTC(year, set.getUTCMonth(), set.getUTCDate())) : set;
  const postingDays = numberSetting(settings, "GDVH_POSTING_DAYS");
  const decisionDays = numberSetting(settings, "GDVH_DECISION_DAYS");
  const findings: TimetableFinding[] = [];
  const tdps: TdpTimetable[] = [];
  for (const [tdp, rows] of byTdp(households)) {
    const first = rows.find((h) => h.evaluatedOn || h.postedFrom || h.postedTo) ?? rows[0]!;
    const before = findings.length;
    const add = (f: Omit<TimetableFinding, "tdp" | "severity">) =>
      findings.push({ tdp, ...f, severity: severityOf(f.issue.code) });
    for (const h of rows) {
      if (h === first) continue;
      const differs: TimetableFinding["field"] | undefined = !sameDay(h.evaluatedOn, first.evaluatedOn)
        ? "evaluatedOn"
        : !sameDay(h.postedFrom, first.postedFrom)
          ? "postedFrom"
          : !sameDay(h.postedTo, first.postedTo)
            ? "postedTo"
            : undefined;
      // A blank date on a later row means "as above"; only a different date is a slip.
      if (differs && h[differs] !== undefined)
        add({ row: h.row, field: differs, issue: { code: "GDVH_DATES_DIFFER", first: first.row } });
    }
    const { evaluatedOn, postedFrom, postedTo } = first;
    if (evaluatedOn && deadline && evaluatedOn.getTime() >= deadline.getTime())
      add({ row: first.row, field: "evaluatedOn", issue: { code: "GDVH_EVAL_LATE", deadline } });
    if (evaluatedOn && (!postedFrom || !postedTo))
      add({
        row: first.row,
        field: postedFrom ? "postedTo" : "postedFrom",

        issue: { code: "GDVH_POSTING_MISSING" },
      });
    if (postedFrom && evaluatedOn && postedFrom.getTime() < evaluatedOn.getTime())
      add({ row: first.row, field: "postedFrom", issue: { code: "GDVH_POSTED_BEFORE_EVAL" } });
    if (postedFrom && postedTo) {
      const days = daysInclusive(postedFrom, postedTo);
      if (days < postingDays)
        add({
          row: first.row,
          field: "postedTo",

          issue: { code: "GDVH_POSTING_SHORT", days, required: postingDays },
        });
      if (decisionDate && decisionDate.getTime() <= postedTo.getTime())
        add({
          row: first.row,
          field: "decision",

          issue: { code: "GDVH_DECIDED_BEFORE_POSTING_END", postedTo },
        });
      else if (decisionDate) {
        const by = new Date(postedTo.getTime() + decisionDays * DAY);
        if (decisionDate.getTime() > by.getTime())
          add({ row: first.row, field: "decision", issue: { code: "GDVH_DECISION_LATE", by } });
      }
    }
    const errors = findings.slice(before).some((f) => f.severity === "error");
    const timetable: TdpTimetable = {
      tdp,
      households: rows.length,
      passed: rows.filter((h) => h.result === "DAT").length,
      ready: !errors && evaluatedOn !== undefined,
    };
    if (evaluatedOn) timetable.evaluatedOn = evaluatedOn;
    if (postedFrom) timetable.postedFrom = postedFrom;
    if (postedTo) timetable.postedTo = postedTo;
    tdps.push(timetable);
  }
  return { tdps, findings };
}

/** The households the decision recognises: passed by a tổ dân phố whose timetable is in order, in register order. */
export function decisionList(households: readonly Household[], tdps: readonly TdpTimetable[]): Household[] {
  const ready = new Set(tdps.filter((t) => t.ready).map((t) => t.tdp));
  return households.filter((h) => h.result === "DAT" && ready.has(h.tdp));
}
