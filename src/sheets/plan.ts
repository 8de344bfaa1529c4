/**
 * `Kế hoạch`: the task register of the year's plan, one row per task, sorted by month. Generated, but
 * people edit it (Trạng thái, Ghi chú, rows of their own), so a re-run merges instead of overwriting:
 * readPlanSheet reads the previous version, mergePlanRows carries a person's typing into the new rows.
 */
import { fold, parsePeriod, parseRound, PERIOD_NAMES, ROUND_NAMES } from "../domain/codes";
import type { Plan, PlanMovement, PlanTask, TaskKind } from "../domain/plan/model";
import type { PeriodCode, RoundCode } from "../domain/types";
import type { CellInput, CellValue, SheetData, SheetSpec, StyleSpec } from "../workbook/port";
import {
  columnLetter,
  isBlank,
  matchHeaders,
  normalizeHeader,
  readDate,
  readNumber,
  tableRows,
  text,
  type ColumnDef,
} from "./cells";
import { buildListSheet } from "./listSheet";
import { SHEET } from "./names";
import { COLORS, DATE_FORMAT, INTEGER_FORMAT, MONTH_FORMAT, range } from "./style";
import { layoutMarker } from "./markers";

/** The Trạng thái drop-down. `closed` statuses are never marked overdue. */
export const TASK_STATUSES: readonly { code: string; label: string; closed: boolean }[] = [
  { code: "TODO", label: "Chưa thực hiện", closed: false },
  { code: "DOING", label: "Đang thực hiện", closed: false },
  { code: "DONE", label: "Hoàn thành", closed: true },
  { code: "SKIPPED", label: "Không thực hiện", closed: true },
];
export const DEFAULT_STATUS = TASK_STATUSES[0]!.label;

export const TASK_KIND_LABELS: Readonly<Record<TaskKind, string>> = {
  plan: "Xây dựng kế hoạch",
  organisation: "Tổ chức, kiện toàn",
  launch: "Phát động",
  covenant: "Ký giao ước",
  registration: "Đăng ký thi đua",
  dissemination: "Tuyên truyền, phổ biến",
  monitoring: "Theo dõi, đôn đốc",
  guidance: "Hướng dẫn",
  evaluation: "Bình xét, thẩm định",
  report: "Báo cáo, sơ kết, tổng kết",
  ceremony: "Tuyên dương, trao thưởng",
  dossier: "Hồ sơ khen thưởng",
  implementation: "Thực hiện phong trào",
};

const QUARTER_LABELS = ["", "Quý I", "Quý II", "Quý III", "Quý IV"] as const;

export type PlanKey = "stt" | "quarter" | "month" | "text" | "kind" | "link" | "lead" | "due" | "status" | "note" | "id";

export const PLAN_COLUMNS: readonly ColumnDef<PlanKey>[] = [
  { key: "stt", header: "STT", aliases: ["TT", "Số TT"] },
  { key: "quarter", header: "Quý" },
  { key: "month", header: "Tháng", required: true },
  { key: "text", header: "Nội dung", aliases: ["Nội dung nhiệm vụ", "Nhiệm vụ"], required: true },
  { key: "kind", header: "Loại", aliases: ["Loại nhiệm vụ"] },
  { key: "link", header: "Đợt / Phong trào", aliases: ["Đợt/Phong trào", "Đợt, phong trào"] },
  { key: "lead", header: "Chủ trì", aliases: ["Đơn vị chủ trì", "Người chủ trì"] },
  { key: "due", header: "Hạn", aliases: ["Thời hạn", "Hạn hoàn thành"] },
  { key: "status", header: "Trạng thái", required: true },
  { key: "note", header: "Ghi chú" },
  { key: "id", header: "Mã", aliases: ["Mã nhiệm vụ"] },
];
const COL = Object.fromEntries(PLAN_COLUMNS.map((c, i) => [c.key, i])) as Record<PlanKey, number>;

/**
 * The task itself (when, what): a difference there on a task row means a person rewrote the plan, which
 * the new version cannot carry, so the edited sheet is kept as a copy.
 */
const TASK_KEYS: readonly PlanKey[] = ["quarter", "month", "text"];

/**
 * Columns the plan only fills with a default: who leads, by when, how the task is filed. A clerk assigns
 * a lead or moves a deadline as the year goes, so a value a person typed there wins over the default.
 * A cleared cell is read as "no choice made" and gets the default back.
 */
export const OVERRIDABLE_KEYS = ["kind", "link", "lead", "due"] as const;
export type OverridableKey = (typeof OVERRIDABLE_KEYS)[number];

export function quarterLabel(q: number): string {
  return QUARTER_LABELS[q] ?? "";
}

/** The last day of the task's month: the plan schedules by month, so that is the deadline. */
export function taskDue(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 0));
}

/** "Đợt 1; Phong trào: Cải cách hành chính; Kỳ: 6 tháng" from the task's links. */
export function taskLink(plan: Plan, t: PlanTask): string {
  const parts: string[] = [];
  if (t.round) parts.push(ROUND_NAMES[t.round]);
  if (t.movements?.length) {
    const names = t.movements.map((code) => plan.movements.find((x) => x.code === code)?.name ?? code);
    parts.push(`Phong trào: ${names.join(", ")}`);
  }
  if (t.period) parts.push(`Kỳ: ${PERIOD_NAMES[t.period]}`);
  return parts.join("; ");
}

/** Tasks in month order, plan order within a month. */
export function tasksByMonth(plan: Plan): PlanTask[] {
  return plan.tasks
    .map((t, i) => ({ t, i }))
    .sort((a, b) => a.t.month - b.t.month || a.i - b.i)
    .map((x) => x.t);
}

function taskRow(plan: Plan, t: PlanTask): CellInput[] {
  const row: CellInput[] = new Array<CellInput>(PLAN_COLUMNS.length).fill(null);
  row[COL.quarter] = quarterLabel(t.quarter);
  row[COL.month] = t.month;
  row[COL.text] = t.text;
  row[COL.kind] = TASK_KIND_LABELS[t.kind];
  row[COL.link] = taskLink(plan, t);
  row[COL.lead] = t.lead;
  row[COL.due] = taskDue(plan.year, t.month);
  row[COL.status] = DEFAULT_STATUS;
  row[COL.id] = t.id;
  return row;
}

export interface PlanSheetRow {
  /** 0-based sheet row. */
  row: number;
  id: string;
  values: Record<PlanKey, CellValue>;
}

export interface PlanSheetRead {
  rows: PlanSheetRow[];
  /** False when the sheet has no recognisable header (then nothing can be carried over). */
  recognised: boolean;
  /**
   * Cells a person filled outside the register's columns (a column of their own, a total under it): the
   * new version cannot hold them, so the edited sheet must be kept as a copy.
   */
  extraCells: number;
}

export function readPlanSheet(data: SheetData): PlanSheetRead {
  const match = matchHeaders(data.values, PLAN_COLUMNS);
  if (!match || match.missing.length) return { rows: [], recognised: false, extraCells: 0 };
  const rows = tableRows(data.values, match).map((r) => {
    const values = Object.fromEntries(PLAN_COLUMNS.map((c) => [c.key, r.get(c.key)])) as Record<PlanKey, CellValue>;
    return { row: r.row, id: text(values.id), values };
  });
  const known = new Set(Object.values<number>(match.columns).filter((c) => c >= 0));
  let extraCells = 0;
  for (let r = match.headerRow; r < data.values.length; r++) {
    (data.values[r] ?? []).forEach((v, c) => {
      if (!known.has(c) && !isBlank(v)) extraCells++;
    });
  }
  // A row holding only the default status is a blank formatted row, not a person's task.
  return { rows: rows.filter((r) => !isUntouchedBlank(r)), recognised: true, extraCells };
}

function isUntouchedBlank(r: PlanSheetRow): boolean {
  return (
    PLAN_COLUMNS.every((c) => c.key === "status" || c.key === "stt" || isBlank(r.values[c.key])) &&
    (isBlank(r.values.status) || text(r.values.status) === DEFAULT_STATUS)
  );
}

export interface PlanMerge {
  rows: CellInput[][];
  /** Task rows whose Trạng thái or Ghi chú a person had set, carried into the new version. */
  keptEdits: number;
  /** Rows a person added (no task id of the plan), kept. */
  keptRows: number;
  /** Tasks whose Quý, Tháng or Nội dung a person had rewritten (the new version restores the plan's). */
  rewritten: string[];
  /** Per column a person may change (Loại, Đợt / Phong trào, Chủ trì, Hạn): the tasks whose typed value was kept. */
  overrides: Record<OverridableKey, string[]>;
  /** Tasks found by month and Nội dung because their Mã was cleared or changed. */
  matchedByText: string[];
}

/** The header of a column of `Kế hoạch`, as the sheet shows it. */
export function planHeader(key: PlanKey): string {
  return PLAN_COLUMNS[COL[key]]!.header;
}

function sameCell(a: CellValue, b: CellInput): boolean {
  if (a instanceof Date || b instanceof Date) {
    const da = readDate(a);
    const db = b instanceof Date ? b : readDate(b as CellValue);
    return !!da && !!db && da.getTime() === db.getTime();
  }
  if (typeof b === "number") {
    const n = readNumber(a);
    return (n.kind === "number" || n.kind === "text-number") && n.value === b;
  }
  return normalizeHeader(a) === normalizeHeader(b as CellValue);
}

function monthOf(v: CellValue): number | undefined {
  const n = readNumber(v);
  if ((n.kind === "number" || n.kind === "text-number") && n.value >= 1 && n.value <= 12) return Math.trunc(n.value);
  const m = /(\d{1,2})/.exec(text(v));
  const k = m ? Number(m[1]) : NaN;
  return k >= 1 && k <= 12 ? k : undefined;
}

/** How a row is matched to a task when its Mã is gone: its month and Nội dung, compared as headers are. */
function textKey(month: number | undefined, content: CellValue): string | undefined {
  const t = normalizeHeader(content);
  return month === undefined || !t ? undefined : `${month}|${t}`;
}

/** A person's value for an overridable column, as the new row holds it; a date typed as text becomes a date. */
function personValue(key: OverridableKey, v: CellValue): CellInput {
  if (key === "due") return readDate(v) ?? (typeof v === "string" ? v.normalize("NFC") : v);
  return typeof v === "string" ? v.normalize("NFC") : v;
}

/**
 * The new rows of `Kế hoạch`: the plan's tasks in month order with what a person typed carried over
 * (Trạng thái, Ghi chú, and their own Loại, Đợt / Phong trào, Chủ trì, Hạn), and a person's own rows
 * kept after the tasks of their month (at the end when their month is unreadable). A row is matched to
 * its task by Mã, or, when the Mã was cleared, by month and Nội dung. A row whose id left the plan is
 * kept only if a person touched it.
 */
export interface MergeOptions {
  /**
   * Tasks that followed their round to another month (domain/plan/follow.ts): their old Tháng and Quý are
   * not a person's rewrite, and a Hạn left at the old month's end moves with them.
   */
  moved?: readonly { id: string; from: number }[];
  /**
   * Keep every earlier row the plan has no task for, touched or not: when the plan was read from this very
   * sheet, such a row is a task whose month could not be read, not a task the plan dropped.
   */
  keepUnmatched?: boolean;
}

export function mergePlanRows(plan: Plan, previous?: PlanSheetRead, options: MergeOptions = {}): PlanMerge {
  const movedFrom = new Map((options.moved ?? []).map((m) => [m.id, m.from]));
  const taskIds = new Set(plan.tasks.map((t) => t.id));
  const byId = new Map<string, PlanSheetRow>();
  const unmatched: PlanSheetRow[] = [];
  for (const r of previous?.rows ?? []) {
    if (r.id && taskIds.has(r.id) && !byId.has(r.id)) byId.set(r.id, r);
    else unmatched.push(r);
  }
  // Without this, a cleared Mã column would give every task twice: the plan's row and the person's old row.
  const byText = new Map<string, string>();
  for (const t of plan.tasks) {
    const k = textKey(t.month, t.text);
    if (k && !byId.has(t.id) && !byText.has(k)) byText.set(k, t.id);
  }
  const matchedByText: string[] = [];
  const own: PlanSheetRow[] = [];
  for (const r of unmatched) {
    const duplicateId = r.id !== "" && taskIds.has(r.id);
    const k = duplicateId ? undefined : textKey(monthOf(r.values.month), r.values.text);
    const id = k === undefined ? undefined : byText.get(k);
    if (id !== undefined && !byId.has(id)) {
      byId.set(id, r);
      matchedByText.push(id);
    } else if (!r.id || options.keepUnmatched || !isUntouchedTask(r)) own.push(r);
  }
  let keptEdits = 0;
  const rewritten: string[] = [];
  const overrides = Object.fromEntries(OVERRIDABLE_KEYS.map((k) => [k, [] as string[]])) as Record<OverridableKey, string[]>;
  const byMonth = new Map<number | undefined, CellInput[][]>();
  const push = (m: number | undefined, row: CellInput[]) => {
    const list = byMonth.get(m) ?? [];
    list.push(row);
    byMonth.set(m, list);
  };
  for (const t of tasksByMonth(plan)) {
    const row = taskRow(plan, t);
    const prev = byId.get(t.id);
    if (prev) {
      const status = prev.values.status;
      const note = prev.values.note;
      if (!isBlank(status)) row[COL.status] = typeof status === "string" ? status.normalize("NFC") : status;
      if (!isBlank(note)) row[COL.note] = note;
      if ((!isBlank(status) && text(status) !== DEFAULT_STATUS) || !isBlank(note)) keptEdits++;
      const from = movedFrom.get(t.id);
      for (const k of OVERRIDABLE_KEYS) {
        const v = prev.values[k];
        if (isBlank(v) || sameCell(v, row[COL[k]] ?? null)) continue;
        if (k === "due" && from !== undefined && sameCell(v, taskDue(plan.year, from))) continue;
        row[COL[k]] = personValue(k, v);
        overrides[k].push(t.id);
      }
      const keys = from === undefined ? TASK_KEYS : TASK_KEYS.filter((k) => k === "text");
      if (keys.some((k) => !sameCell(prev.values[k], row[COL[k]] ?? null))) rewritten.push(t.id);
    }
    push(t.month, row);
  }
  for (const r of own) {
    const row: CellInput[] = PLAN_COLUMNS.map((c) => r.values[c.key]);
    push(monthOf(r.values.month), row);
  }
  const months = [...byMonth.keys()].filter((m): m is number => m !== undefined).sort((a, b) => a - b);
  const rows = [...months.flatMap((m) => byMonth.get(m) ?? []), ...(byMonth.get(undefined) ?? [])];
  rows.forEach((row, i) => (row[COL.stt] = i + 1));
  return { rows, keptEdits, keptRows: own.length, rewritten, overrides, matchedByText };
}

function isUntouchedTask(r: PlanSheetRow): boolean {
  return (isBlank(r.values.status) || text(r.values.status) === DEFAULT_STATUS) && isBlank(r.values.note);
}

export interface PlanSheetOptions {
  ward: string;
  /** Rows from mergePlanRows; when absent, the plan's tasks with the default status. */
  rows?: CellInput[][];
  name?: string;
}

/** Blank formatted rows under the tasks, for a person's own tasks. */
const PLAN_BLANK_ROWS = 3;

export function buildPlanSheet(plan: Plan, options: PlanSheetOptions): SheetSpec {
  const rows = options.rows ?? mergePlanRows(plan).rows;
  const body = rows.length + PLAN_BLANK_ROWS;
  const due = columnLetter(COL.due);
  const status = columnLetter(COL.status);
  const closed = TASK_STATUSES.filter((s) => s.closed).map((s) => `$${status}2<>"${s.label}"`);
  const overdue = `=AND(ISNUMBER($${due}2),$${due}2<TODAY(),${closed.join(",")})`;
  const blankRows: CellInput[][] = Array.from({ length: PLAN_BLANK_ROWS }, () => {
    const r = new Array<CellInput>(PLAN_COLUMNS.length).fill(null);
    r[COL.status] = DEFAULT_STATUS;
    return r;
  });
  const spec = buildListSheet({
    name: options.name ?? SHEET.plan,
    marker: layoutMarker("plan"),
    tableName: "KeHoach",
    columns: [
      { header: "STT", minWidth: 5, maxWidth: 6, hAlign: "center", format: INTEGER_FORMAT },
      { header: "Quý", minWidth: 8, maxWidth: 9, hAlign: "center" },
      { header: "Tháng", minWidth: 10, maxWidth: 10, hAlign: "center", format: MONTH_FORMAT },
      { header: "Nội dung", minWidth: 50, maxWidth: 70 },
      { header: "Loại", minWidth: 14, maxWidth: 18 },
      { header: "Đợt / Phong trào", minWidth: 18, maxWidth: 30 },
      { header: "Chủ trì", minWidth: 16, maxWidth: 24 },
      { header: "Hạn", minWidth: 12, maxWidth: 12, hAlign: "center", format: DATE_FORMAT },
      {
        header: "Trạng thái",
        minWidth: 16,
        maxWidth: 17,
        input: true,
        validation: {
          type: "list",
          values: TASK_STATUSES.map((s) => s.label),
          allowBlank: true,
          prompt: { title: "Trạng thái", message: "Chọn trạng thái thực hiện nhiệm vụ." },
          error: { title: "Trạng thái", message: `Chọn một trong: ${TASK_STATUSES.map((s) => s.label).join(", ")}.` },
        },
      },
      { header: "Ghi chú", minWidth: 20, maxWidth: 30, input: true },
      { header: "Mã", minWidth: 8, maxWidth: 10 },
    ],
    rows: [...rows, ...blankRows],
    ward: options.ward,
    title: plan.title || `Kế hoạch công tác thi đua - khen thưởng năm ${plan.year}`,
    tabColor: COLORS.tabGenerated,
    conditionalFormats: [
      {
        type: "expression",
        range: range(1, 0, body, PLAN_COLUMNS.length),
        formula: overdue,
        fill: COLORS.warningFill,
        fontColor: COLORS.warningFont,
      },
    ],
    styles: quarterBands(rows),
  });
  return spec;
}

/** A light fill on the rows of quarters II and IV, so the quarters read as blocks. */
function quarterBands(rows: readonly CellInput[][]): StyleSpec[] {
  const out: StyleSpec[] = [];
  let start = -1;
  let current = "";
  const flush = (end: number) => {
    if (start >= 0 && (current === "Quý II" || current === "Quý IV"))
      out.push({ range: range(start + 1, 0, end - start, PLAN_COLUMNS.length), fill: COLORS.bandFill });
  };
  rows.forEach((r, i) => {
    const q = text((r[COL.quarter] ?? null) as CellValue);
    if (q !== current) {
      flush(i);
      start = i;
      current = q;
    }
  });
  flush(rows.length);
  return out;
}

export const PLAN_COLUMN_INDEX = COL;

const KIND_BY_LABEL = new Map(Object.entries(TASK_KIND_LABELS).map(([k, label]) => [fold(label), k as TaskKind]));

/**
 * The links a `Đợt / Phong trào` cell states, as taskLink writes them ("Đợt 2; Phong trào: A, B; Kỳ: 6
 * tháng") or as a clerk types them ("Đợt 2", "6 tháng"). Movement names may hold commas, so they are
 * found by name in the part rather than split.
 */
export function parseTaskLink(
  cell: string,
  movements: readonly PlanMovement[],
): { round?: RoundCode; movements: string[]; period?: PeriodCode } {
  const out: { round?: RoundCode; movements: string[]; period?: PeriodCode } = { movements: [] };
  for (const raw of cell.split(/;|\n/)) {
    const part = raw.trim();
    if (!part) continue;
    const movementPart = /^phong trào\s*:\s*(.*)$/i.exec(part);
    if (movementPart) {
      const names = fold(movementPart[1]!);
      for (const m of movements)
        if (names.includes(fold(m.name)) || names.split(/\s*,\s*/).includes(fold(m.code))) out.movements.push(m.code);
      continue;
    }
    const periodPart = /^kỳ\s*:\s*(.*)$/i.exec(part);
    const period = parsePeriod(periodPart ? periodPart[1]! : part);
    if (periodPart || (period && !parseRound(part))) {
      if (period) out.period = period;
      continue;
    }
    const round = parseRound(part);
    if (round) out.round = round;
  }
  return out;
}

function monthOfCell(v: CellValue): number | undefined {
  const n = readNumber(v);
  if ((n.kind === "number" || n.kind === "text-number") && Number.isInteger(n.value) && n.value >= 1 && n.value <= 12)
    return n.value;
  const m = /^(?:thang\s*|t)?(\d{1,2})$/.exec(fold(text(v)));
  const k = m ? Number(m[1]) : NaN;
  return k >= 1 && k <= 12 ? k : undefined;
}

/**
 * The plan's tasks (rows with a Mã) as the clerk left them on `Kế hoạch`: month, text, kind and links
 * read back from the cells, so a task moved to another month or relinked to another round is where the
 * clerk put it. Rows without a Mã are the clerk's own tasks (the summaries place them separately).
 * A row whose month cannot be read is returned in `unplaced` with its sheet row (1-based).
 */
export function planTasksOf(read: PlanSheetRead, movements: readonly PlanMovement[]): { tasks: PlanTask[]; unplaced: number[] } {
  const tasks: PlanTask[] = [];
  const unplaced: number[] = [];
  for (const r of read.rows) {
    if (!r.id) continue;
    const month = monthOfCell(r.values.month);
    if (month === undefined) {
      unplaced.push(r.row + 1);
      continue;
    }
    const link = parseTaskLink(text(r.values.link), movements);
    const task: PlanTask = {
      id: r.id,
      quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4,
      month,
      text: text(r.values.text),
      kind: KIND_BY_LABEL.get(fold(text(r.values.kind))) ?? "implementation",
      lead: text(r.values.lead),
    };
    if (link.round) task.round = link.round;
    if (link.movements.length) task.movements = link.movements;
    if (link.period) task.period = link.period;
    const note = text(r.values.note);
    if (note) task.note = note;
    const status = fold(text(r.values.status));
    if (TASK_STATUSES.some((s) => s.closed && fold(s.label) === status)) task.done = true;
    tasks.push(task);
  }
  return { tasks, unplaced };
}
