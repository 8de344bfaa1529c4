/**
 * `Bình xét năm`: the year's review of people, one row per person and title, with each condition's answer,
 * the council's vote, the place in the CSTĐCS order, the outcome and its reasons, and who decides. Beside
 * it, the CSTĐCS cap: the share, what it is taken of, used and left. The papers read their numbers from
 * this sheet (readAwardsSheet), so nothing is typed twice.
 */
import { AWARD_CONDITIONS, type AnswerKind, type ConditionCode } from "../domain/awards/conditions";
import { PERSON_TITLE_SHORT, parsePersonTitle, type PersonTitle } from "../domain/awards/model";
import { OUTCOME_LABELS, OUTCOMES, type AwardsResult, type Outcome } from "../domain/awards/review";
import { DECIDER_LABELS, type DeciderLevel } from "../domain/titles";
import type { Unit } from "../domain/types";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { formatDate, matchHeaders, readNumber, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet, type ListColumn } from "./listSheet";
import { SHEET } from "./names";
import { COLORS, headerStyle, range } from "./style";
import { awardsMarker } from "./markers";

export const AWARDS_MARKER = awardsMarker("result");

const ANSWER_LABELS: Readonly<Record<AnswerKind, string>> = { met: "Đạt", unmet: "Không đạt", off: "Không xét" };

/** One column per distinct condition header; both titles' registration share "Đã đăng ký". */
const CONDITION_HEADERS: readonly string[] = [...new Set(AWARD_CONDITIONS.map((c) => c.header))];
const headerOf = (code: ConditionCode) => AWARD_CONDITIONS.find((c) => c.code === code)!.header;

export type AwardsKey =
  | "code"
  | "name"
  | "position"
  | "unit"
  | "title"
  | "present"
  | "yes"
  | "denominator"
  | "share"
  | "outcome"
  | "reasons"
  | "decider";

export const AWARDS_COLUMNS: readonly ColumnDef<AwardsKey>[] = [
  { key: "code", header: "Mã", required: true },
  { key: "name", header: "Họ và tên", required: true },
  { key: "position", header: "Chức vụ" },
  { key: "unit", header: "Đơn vị" },
  { key: "title", header: "Danh hiệu", required: true },
  { key: "present", header: "Số có mặt" },
  { key: "yes", header: "Số phiếu đồng ý" },
  { key: "denominator", header: "Tính trên" },
  { key: "share", header: "Tỷ lệ phiếu" },
  { key: "outcome", header: "Kết quả", required: true },
  { key: "reasons", header: "Lý do" },
  { key: "decider", header: "Cấp quyết định" },
];

const SHARE_FORMAT = "0.0%";

export interface AwardsSheetOptions {
  ward: string;
  units: readonly Unit[];
  name?: string;
}

export function buildAwardsSheet(result: AwardsResult, options: AwardsSheetOptions): SheetSpec {
  const unitName = new Map(options.units.map((u) => [u.code, u.name]));
  const columns: ListColumn[] = [
    { header: "STT", minWidth: 5, maxWidth: 6, hAlign: "center" },
    { header: "Mã", minWidth: 7, maxWidth: 10 },
    { header: "Họ và tên", minWidth: 18, maxWidth: 26 },
    { header: "Chức vụ", minWidth: 16, maxWidth: 26 },
    { header: "Đơn vị", minWidth: 14, maxWidth: 24 },
    { header: "Danh hiệu", minWidth: 10, maxWidth: 10, hAlign: "center" },
    ...CONDITION_HEADERS.map((h): ListColumn => ({ header: h, minWidth: 11, maxWidth: 14, hAlign: "center" })),
    { header: "Số có mặt", minWidth: 8, maxWidth: 9, hAlign: "center" },
    { header: "Số phiếu đồng ý", minWidth: 9, maxWidth: 10, hAlign: "center" },
    { header: "Tính trên", minWidth: 8, maxWidth: 9, hAlign: "center" },
    { header: "Tỷ lệ phiếu", minWidth: 9, maxWidth: 10, format: SHARE_FORMAT, hAlign: "center" },
    { header: "Thứ tự CSTĐCS", minWidth: 9, maxWidth: 10, hAlign: "center" },
    { header: "Kết quả", minWidth: 14, maxWidth: 20 },
    { header: "Lý do", minWidth: 30, maxWidth: 60 },
    { header: "Cấp quyết định", minWidth: 18, maxWidth: 28 },
  ];
  const rows: CellInput[][] = result.lines.map((l, i) => {
    const answers = new Map(l.answers.map((a) => [headerOf(a.code), ANSWER_LABELS[a.kind]]));
    return [
      i + 1,
      l.person.code,
      l.person.name,
      l.person.position || null,
      unitName.get(l.person.unit) ?? (l.person.unit || null),
      PERSON_TITLE_SHORT[l.title],
      ...CONDITION_HEADERS.map((h) => answers.get(h) ?? null),
      l.vote?.present ?? null,
      l.vote?.yes ?? null,
      l.vote?.denominator ?? null,
      l.vote?.share ?? null,
      l.place ?? null,
      OUTCOME_LABELS[l.outcome],
      l.reasons.map((r) => r.vi).join(" ") || null,
      l.decider ? DECIDER_LABELS[l.decider.level] : null,
    ];
  });
  const spec = buildListSheet({
    name: options.name ?? SHEET.awards,
    marker: { ...AWARDS_MARKER },
    tableName: "BinhXetNam",
    columns,
    rows,
    blankRows: 0,
    ward: options.ward,
    title: `Kết quả bình xét danh hiệu thi đua cá nhân năm ${result.year}`,
    tabColor: COLORS.tabGenerated,
  });
  addQuotaBlock(spec, result, columns.length + 1);
  return spec;
}

/** The CSTĐCS cap and the decision's date, as label / value pairs to the right of the table. */
function addQuotaBlock(spec: SheetSpec, result: AwardsResult, col: number): void {
  const q = result.quota;
  const none = "Không giới hạn";
  const pairs: [string, CellInput][] = [
    ["Tổng hợp", null],
    ["Ngày quyết định", formatDate(result.decisionDate)],
    ["Số đạt Lao động tiên tiến", q.base],
    ["Tỷ lệ tối đa CSTĐCS", q.share === undefined ? none : q.share],
    ["Chỉ tiêu CSTĐCS (làm tròn xuống)", q.cap === undefined ? none : q.cap],
    ["Chỉ tiêu đã dùng", q.used],
    ["Chỉ tiêu còn lại", q.left === undefined ? none : q.left],
  ];
  const width = spec.cells[0]?.length ?? 0;
  while (spec.cells.length < pairs.length) spec.cells.push(new Array<CellInput>(width).fill(null));
  spec.cells.forEach((row, r) => {
    while (row.length < col) row.push(null);
    const p = pairs[r];
    row.push(p ? p[0] : null, p ? p[1] : null);
  });
  spec.columnWidths = [...(spec.columnWidths ?? []), 3, 30, 16];
  spec.styles = [
    ...(spec.styles ?? []),
    { ...headerStyle(2), range: range(0, col, 1, 2) },
    { range: range(1, col, pairs.length - 1, 2), border: "thin", wrap: true, vAlign: "top" },
  ];
  if (q.share !== undefined) spec.numberFormats = [...(spec.numberFormats ?? []), { range: range(3, col + 1), format: "0%" }];
}

/** A row of `Bình xét năm` as the papers read it. */
export interface AwardsRow {
  code: string;
  name: string;
  position: string;
  unit: string;
  title: PersonTitle;
  outcome: Outcome;
  present?: number;
  yes?: number;
  denominator?: number;
  share?: number;
  reasons: string;
  decider?: DeciderLevel;
  row: number;
}

/** Reads `Bình xét năm` back; rows whose title or outcome it does not know are left out. */
export function readAwardsSheet(data: SheetData): AwardsRow[] {
  const match = matchHeaders(data.values, AWARDS_COLUMNS);
  if (!match || match.missing.length) return [];
  const own = Math.max(...Object.values(match.columns));
  const values = data.values.map((r) => r.slice(0, own + 1));
  const num = (v: Parameters<typeof readNumber>[0]) => {
    const n = readNumber(v);
    return n.kind === "number" || n.kind === "text-number" ? n.value : undefined;
  };
  const out: AwardsRow[] = [];
  for (const r of tableRows(values, match)) {
    const title = parsePersonTitle(text(r.get("title")));
    const outcome = OUTCOMES.find((o) => OUTCOME_LABELS[o] === text(r.get("outcome")));
    if (!title || !outcome) continue;
    const deciderText = text(r.get("decider"));
    const decider = (Object.keys(DECIDER_LABELS) as DeciderLevel[]).find((k) => DECIDER_LABELS[k] === deciderText);
    const row: AwardsRow = {
      code: text(r.get("code")),
      name: text(r.get("name")),
      position: text(r.get("position")),
      unit: text(r.get("unit")),
      title,
      outcome,
      reasons: text(r.get("reasons")),
      row: r.row + 1,
    };
    const present = num(r.get("present"));
    if (present !== undefined) row.present = present;
    const yes = num(r.get("yes"));
    const denominator = num(r.get("denominator"));
    const share = num(r.get("share"));
    if (yes !== undefined) row.yes = yes;
    if (denominator !== undefined) row.denominator = denominator;
    if (share !== undefined) row.share = share;
    if (decider) row.decider = decider;
    out.push(row);
  }
  return out;
}
