/** `Kiểm tra`: the findings of a validation run, each with a link that takes the clerk to the cell. */
import type { FindingCode } from "../domain/findingCodes";
import { ROUND_NAMES } from "../domain/codes";
import type { Finding, RoundCode } from "../domain/types";
import { msg } from "../i18n";
import type { CellInput, SheetSpec } from "../workbook/port";
import { quoteSheet } from "./cells";
import { SHEET } from "./names";
import { COLORS, range } from "./style";
import { findingsMarker } from "./markers";

/** The kind in words comes second, where a clerk reads; the rule code stays, narrow, at the end for whoever needs it. */
export const FINDING_HEADERS = ["STT", "Loại", "Mức độ", "Trang", "Ô", "Nội dung", "Message (English)", "Mã"] as const;

/** What kind of problem each rule finds, in a clerk's words. */
/** Keyed by finding code (and the emitter's FINDINGS_TRUNCATED), so a misspelt code is a type error. */
type KindKey = FindingCode | "FINDINGS_TRUNCATED";
const KIND_WORDS: Readonly<Partial<Record<KindKey, string>>> = {
  REG_UNKNOWN_UNIT: "Đơn vị không có trong danh sách",
  REG_UNIT_CODE_FORM: "Mã đơn vị viết khác",
  REG_UNKNOWN_PERSON: "Thiếu họ và tên",
  REG_UNKNOWN_TITLE: "Danh hiệu không có trong danh mục",
  REG_TITLE_KIND: "Danh hiệu không dành cho đối tượng này",
  REG_TITLE_YEAR_ONLY: "Danh hiệu chỉ xét cuối năm",
  REG_TITLE_UNIT_TYPE: "Loại đơn vị không được xét danh hiệu",
  REG_DUPLICATE: "Đăng ký trùng",
  REG_LATE: "Đăng ký sau hạn",
  REG_COVENANT_MISSING: "Chưa ký giao ước",
  REG_MISSING: "Đơn vị chưa đăng ký",
  REG_BAD_ROUND: "Đợt thi đua không rõ",
  REG_BAD_KIND: "Loại đối tượng không rõ",
  REG_BAD_DATE: "Ngày đăng ký không đọc được",
  REG_SHEET_MISSING: "Thiếu trang Đăng ký",
  CRIT_SHEET_MISSING: "Thiếu trang Tiêu chí",
  CRIT_DUPLICATE_CODE: "Mã tiêu chí trùng",
  CRIT_GROUP_SUM: "Tổng điểm nhóm không khớp",
  CRIT_BASE_TOTAL: "Tổng điểm chuẩn không khớp",
  CRIT_NO_BONUS_CAP: "Chưa đặt điểm thưởng tối đa",
  CRIT_ORPHAN_ITEM: "Tiêu chí không có nhóm",
  CRIT_BAD_MAX: "Điểm tối đa không hợp lệ",
  CRIT_BAD_KIND: "Loại tiêu chí không rõ",
  SCORE_NO_SHEETS: "Chưa có trang chấm điểm",
  SCORE_SHEET_MISSING: "Thiếu trang chấm điểm",
  SCORE_UNKNOWN_JUDGE: "Không rõ thành viên Hội đồng chấm",
  SCORE_BLANK_JUDGE: "Còn ô điểm chưa nhập",
  SCORE_BLANK_UNIT: "Đơn vị còn ô điểm chưa nhập",
  SCORE_NOT_NUMBER: "Điểm không phải số",
  SCORE_NOT_FINITE: "Điểm không dùng được",
  SCORE_HIDDEN_CHARS: "Điểm có ký tự ẩn",
  SCORE_TEXT_NUMBER: "Điểm nhập dạng chữ",
  SCORE_OUT_OF_RANGE: "Điểm ngoài khoảng cho phép",
  SCORE_BONUS_OVER_CAP: "Điểm thưởng vượt mức",
  SCORE_UNKNOWN_UNIT: "Đơn vị không thuộc đợt",
  SCORE_UNIT_MISSING: "Thiếu đơn vị trên trang chấm",
  SCORE_UNIT_CODE_CHANGED: "Mã đơn vị bị sửa tay",
  SCORE_DUPLICATE_UNIT: "Đơn vị xuất hiện hai lần",
  SCORE_CRITERION_CHANGED: "Tiêu đề cột bị sửa tay",
  SCORE_CRITERION_MISSING: "Thiếu cột tiêu chí",
  SCORE_CONFLICT: "Chấm đơn vị của mình",
  SCORE_VETO_ONLY: "Chỉ điền điểm liệt",
  SCORE_SPREAD: "Điểm chênh lệch lớn",
  UNIT_DUPLICATE_CODE: "Mã đơn vị trùng",
  UNIT_SIMILAR_NAME: "Tên đơn vị gần trùng",
  UNIT_UNKNOWN_BLOCK: "Khối thi đua không rõ",
  COUNCIL_HEAD_NOT_LINKED: "Hội đồng chưa ghi đơn vị phụ trách",
  MEMBER_NO_UNIT: "Thành viên không thuộc đơn vị nào",
  FINDINGS_TRUNCATED: "Còn phát hiện chưa liệt kê",
};

/** A rule without words of its own is named by its family (the code's prefix), never by the code. */
const FAMILY_KINDS: readonly [string, string][] = [
  ["REG_", "Đăng ký thi đua"],
  ["CRIT_", "Bảng tiêu chí"],
  ["SCORE_", "Điểm chấm"],
  ["UNIT_", "Danh sách đơn vị"],
  ["COUNCIL_", "Hội đồng"],
  ["MEMBER_", "Hội đồng"],
  ["PLAN_", "Kế hoạch"],
];

export function findingKind(code: string): string {
  const words = Object.prototype.hasOwnProperty.call(KIND_WORDS, code) ? KIND_WORDS[code as KindKey] : undefined;
  return words ?? FAMILY_KINDS.find(([prefix]) => code.startsWith(prefix))?.[1] ?? "Khác";
}
/** 0-based row of the header row: under the title and the summary line. */
export const FINDINGS_HEADER_ROW = 2;

/** =HYPERLINK("#'Sheet'!D7","D7"): a link inside the workbook; quotes doubled for the formula string. */
export function cellLink(sheet: string, cell: string): CellInput {
  const target = `#${quoteSheet(sheet)}!${cell || "A1"}`;
  const label = cell || sheet;
  return { formula: `=HYPERLINK("${target.replace(/"/g, '""')}","${label.replace(/"/g, '""')}")`, result: label };
}

export function buildFindingsSheet(round: RoundCode, findings: readonly Finding[]): SheetSpec {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  const cols = FINDING_HEADERS.length;
  const cells: CellInput[][] = [
    [msg("FINDINGS_TITLE", { round: ROUND_NAMES[round] }).vi, ...new Array<CellInput>(cols - 1).fill(null)],
    [
      findings.length ? msg("FINDINGS_SUMMARY", { errors, warnings }).vi : msg("FINDINGS_NONE").vi,
      ...new Array<CellInput>(cols - 1).fill(null),
    ],
    [...FINDING_HEADERS],
    ...sorted.map((f, i): CellInput[] => [
      i + 1,
      findingKind(f.code),
      msg(f.severity === "error" ? "SEVERITY_ERROR" : "SEVERITY_WARNING").vi,
      f.sheet,
      f.sheet ? cellLink(f.sheet, f.cell) : f.cell,
      f.message_vi,
      f.message_en,
      f.code,
    ]),
  ];
  const n = sorted.length;
  const errorRows = sorted.filter((f) => f.severity === "error").length;
  return {
    name: SHEET.findings,
    marker: findingsMarker(round),
    cells,
    columnWidths: [5, 26, 10, 24, 8, 70, 50, 10],
    merges: [range(0, 0, 1, cols), range(1, 0, 1, cols)],
    styles: [
      { range: range(0, 0), bold: true, fontSize: 14 },
      { range: range(1, 0), italic: true },
      {
        range: range(FINDINGS_HEADER_ROW, 0, 1, cols),
        bold: true,
        fill: COLORS.headerFill,
        fontColor: COLORS.headerFont,
        wrap: true,
        border: "thin",
      },
      ...(n
        ? [{ range: range(FINDINGS_HEADER_ROW + 1, 0, n, cols), wrap: true, vAlign: "top" as const, border: "thin" as const }]
        : []),
      ...(errorRows
        ? [{ range: range(FINDINGS_HEADER_ROW + 1, 2, errorRows, 1), fontColor: COLORS.warningFont, bold: true }]
        : []),
      ...(n ? [{ range: range(FINDINGS_HEADER_ROW + 1, 4, n, 1), fontColor: "#0563C1", underline: true }] : []),
    ],
    freeze: { rows: FINDINGS_HEADER_ROW + 1, cols: 0 },
    print: {
      orientation: "landscape",
      repeatRows: { first: FINDINGS_HEADER_ROW, last: FINDINGS_HEADER_ROW },
      headerCenter: msg("FINDINGS_TITLE", { round: ROUND_NAMES[round] }).vi,
    },
    tabColor: COLORS.tabGenerated,
  };
}
