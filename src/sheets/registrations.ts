/**
 * `Đăng ký`: one row per registration (a unit, or a person with their unit, for a title in a round).
 * Created by prepare when absent, with formatted blank rows and drop-downs; never rewritten after that.
 */
import { parseRound, ROUND_NAMES } from "../domain/codes";
import { parseSubjectKind, SUBJECT_LABELS } from "../domain/titles";
import { finding } from "../domain/findingCodes";
import { ROUND_CODES, type Finding, type Registration } from "../domain/types";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { a1, formatDate, isBlank, matchHeaders, readDate, readYesNo, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet } from "./listSheet";
import { quoteSheet } from "./cells";
import { SHEET } from "./names";
import { COLORS, DATE_FORMAT } from "./style";
import { titleListSourceFor } from "./titles";
import { prepareMarker } from "./markers";

export type RegistrationKey = "round" | "kind" | "unit" | "person" | "title" | "targets" | "date" | "covenant" | "note";

export const REGISTRATION_COLUMNS: readonly ColumnDef<RegistrationKey>[] = [
  { key: "round", header: "Đợt", aliases: ["Đợt thi đua", "Mã đợt"], required: true },
  { key: "kind", header: "Loại đối tượng", aliases: ["Đối tượng"], required: true },
  { key: "unit", header: "Mã đơn vị", aliases: ["Mã ĐV", "Đơn vị"], required: true },
  { key: "person", header: "Họ và tên", aliases: ["Họ tên", "Cá nhân"] },
  { key: "title", header: "Danh hiệu đăng ký", aliases: ["Danh hiệu"], required: true },
  { key: "targets", header: "Chỉ tiêu", aliases: ["Chỉ tiêu đăng ký"] },
  { key: "date", header: "Ngày đăng ký", aliases: ["Ngày"] },
  { key: "covenant", header: "Ký giao ước", aliases: ["Giao ước", "Đã ký giao ước"] },
  { key: "note", header: "Ghi chú" },
];

/** The title drop-down reads the row's own "Loại đối tượng" cell (column B; body from row 2). */
const KIND_COL_LETTER = String.fromCharCode(65 + REGISTRATION_COLUMNS.findIndex((c) => c.key === "kind"));
const TITLE_SOURCE = titleListSourceFor(`$${KIND_COL_LETTER}2`);

const UNIT_CODE_SOURCE = `=${quoteSheet(SHEET.units)}!$A$2:$A$1000`;
const BLANK_ROWS = 60;

export function buildRegistrationsSheet(rows: readonly Registration[], options: { ward: string; blankRows?: number }): SheetSpec {
  const body: CellInput[][] = rows.map((r) => [
    ROUND_NAMES[r.round],
    SUBJECT_LABELS[r.subjectKind],
    r.unitCode,
    r.personName ?? null,
    r.title,
    r.targets ?? null,
    r.date ?? null,
    r.covenant === undefined ? null : r.covenant ? "Có" : "Không",
    r.note ?? null,
  ]);
  const list = (title: string, values: string[] | undefined, source?: string) => ({
    type: "list" as const,
    ...(values ? { values } : { source }),
    allowBlank: true,
    error: { title, message: "Chọn một giá trị trong danh sách." },
  });
  return buildListSheet({
    name: SHEET.registrations,
    marker: prepareMarker("registrations"),
    tableName: "DangKy",
    columns: [
      {
        header: "Đợt",
        minWidth: 12,
        maxWidth: 14,
        input: true,
        validation: list(
          "Đợt",
          ROUND_CODES.map((c) => ROUND_NAMES[c]),
        ),
      },
      {
        header: "Loại đối tượng",
        minWidth: 11,
        maxWidth: 12,
        input: true,
        validation: list("Loại đối tượng", Object.values(SUBJECT_LABELS)),
      },
      {
        header: "Mã đơn vị",
        minWidth: 10,
        maxWidth: 12,
        input: true,
        validation: list("Mã đơn vị", undefined, UNIT_CODE_SOURCE),
      },
      { header: "Họ và tên", minWidth: 20, maxWidth: 28, input: true },
      {
        header: "Danh hiệu đăng ký",
        minWidth: 26,
        maxWidth: 36,
        input: true,
        validation: list("Danh hiệu", undefined, TITLE_SOURCE),
      },
      { header: "Chỉ tiêu", minWidth: 20, maxWidth: 40, input: true },
      {
        header: "Ngày đăng ký",
        minWidth: 12,
        maxWidth: 12,
        input: true,
        format: DATE_FORMAT,
        validation: {
          type: "date",
          min: new Date(Date.UTC(2000, 0, 1)),
          max: new Date(Date.UTC(2100, 11, 31)),
          allowBlank: true,
          error: { title: "Ngày đăng ký", message: "Nhập ngày dạng dd/mm/yyyy." },
        },
      },
      { header: "Ký giao ước", minWidth: 10, maxWidth: 11, input: true, validation: list("Ký giao ước", ["Có", "Không"]) },
      { header: "Ghi chú", minWidth: 14, maxWidth: 30, input: true },
    ],
    rows: body,
    blankRows: options.blankRows ?? BLANK_ROWS,
    ward: options.ward,
    title: "Danh sách đăng ký thi đua",
    tabColor: COLORS.tabInput,
  });
}

export interface RegistrationsRead {
  registrations: Registration[];
  findings: Finding[];
  columns: Record<RegistrationKey, number>;
}

/** Reads `Đăng ký` tolerantly; a row with an unreadable round or subject kind is reported and left out. */
export function readRegistrations(data: SheetData): RegistrationsRead {
  const sheet = data.name;
  const findings: Finding[] = [];
  const none = Object.fromEntries(REGISTRATION_COLUMNS.map((d) => [d.key, -1])) as Record<RegistrationKey, number>;
  const match = matchHeaders(data.values, REGISTRATION_COLUMNS);
  if (!match || match.missing.length) {
    findings.push(finding("REG_SHEET_MISSING", sheet, "A1", { sheet }));
    return { registrations: [], findings, columns: match?.columns ?? none };
  }
  const out: Registration[] = [];
  for (const r of tableRows(data.values, match)) {
    const cellOf = (k: RegistrationKey) => a1(r.row, Math.max(0, match.columns[k]));
    const roundText = text(r.get("round"));
    const round = parseRound(roundText);
    if (!round) {
      findings.push(finding("REG_BAD_ROUND", sheet, cellOf("round"), { value: roundText }));
      continue;
    }
    const kindText = text(r.get("kind"));
    const subjectKind = parseSubjectKind(kindText) ?? (kindText ? undefined : text(r.get("person")) ? "person" : "unit");
    if (!subjectKind) {
      findings.push(finding("REG_BAD_KIND", sheet, cellOf("kind"), { value: kindText }));
      continue;
    }
    const reg: Registration = { round, subjectKind, unitCode: text(r.get("unit")), title: text(r.get("title")), row: r.row + 1 };
    const person = text(r.get("person"));
    if (person) reg.personName = person;
    const targets = text(r.get("targets"));
    if (targets) reg.targets = targets;
    const dateCell = r.get("date");
    if (!isBlank(dateCell)) {
      const d = readDate(dateCell);
      if (d) reg.date = d;
      else
        findings.push(
          finding("REG_BAD_DATE", sheet, cellOf("date"), {
            value: dateCell instanceof Date ? formatDate(dateCell) : text(dateCell),
          }),
        );
    }
    const cov = readYesNo(r.get("covenant"));
    if (cov !== undefined) reg.covenant = cov;
    const note = text(r.get("note"));
    if (note) reg.note = note;
    out.push(reg);
  }
  return { registrations: out, findings, columns: match.columns };
}
