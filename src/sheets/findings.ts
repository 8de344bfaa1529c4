/** `Kiểm tra`: the findings of a validation run, each with a link that takes the clerk to the cell. */
import { ROUND_NAMES } from "../domain/codes";
import type { Finding, RoundCode } from "../domain/types";
import { msg } from "../i18n";
import type { CellInput, SheetSpec } from "../workbook/port";
import { quoteSheet } from "./cells";
import { SHEET } from "./names";
import { COLORS, range } from "./style";
import { findingsMarker } from "./markers";

export const FINDING_HEADERS = ["STT", "Mã", "Mức độ", "Trang", "Ô", "Nội dung", "Message (English)"] as const;
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
      f.code,
      msg(f.severity === "error" ? "SEVERITY_ERROR" : "SEVERITY_WARNING").vi,
      f.sheet,
      f.sheet ? cellLink(f.sheet, f.cell) : f.cell,
      f.message_vi,
      f.message_en,
    ]),
  ];
  const n = sorted.length;
  const errorRows = sorted.filter((f) => f.severity === "error").length;
  return {
    name: SHEET.findings,
    marker: findingsMarker(round),
    cells,
    columnWidths: [5, 22, 10, 24, 8, 70, 50],
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
