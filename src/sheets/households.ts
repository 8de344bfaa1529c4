/**
 * `Gia đình văn hóa`: the register of households, each with its tổ dân phố's bình xét and the dates of the
 * meeting and of the public posting (Nghị định 86/2023/NĐ-CP), and where the row came from (`Nguồn`: the
 * unit form it was collected from; blank for a row typed here). And the ward chair's decision with its
 * "Danh sách kèm theo", as a document of Nghị định 30/2020.
 */
import { fold } from "../domain/codes";
import { HOUSEHOLD_RESULT_LABELS, type Household, type HouseholdResult, type TdpTimetable } from "../domain/households";
import type { Finding } from "../domain/types";
import { msg, type MessageCode, type Params } from "../i18n";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { a1, formatDate, matchHeaders, quoteSheet, readDate, tableRows, text, type ColumnDef } from "./cells";
import { BODY_SIZE, DocBuilder, DOCUMENT_FONT, writeDocumentFoot, writeDocumentHead, type DocumentGrid } from "./document";
import { buildListSheet, type ListColumn } from "./listSheet";
import { finding } from "../domain/findingCodes";
import { SHEET } from "./names";
import { COLORS, DATE_FORMAT } from "./style";
import { SUMMARY_COLUMN_WIDTHS } from "./summary";
import { householdsMarker } from "./markers";

export const HOUSEHOLD_SHEET = "Gia đình văn hóa";
export const HOUSEHOLD_DECISION_SHEET = "Quyết định GĐVH";

export type HouseholdKey =
  "code" | "head" | "address" | "tdp" | "result" | "evaluatedOn" | "postedFrom" | "postedTo" | "source" | "note";

export const HOUSEHOLD_COLUMNS: readonly ColumnDef<HouseholdKey>[] = [
  { key: "code", header: "Mã hộ", aliases: ["Mã", "Mã hộ gia đình"], required: true },
  { key: "head", header: "Chủ hộ", aliases: ["Họ và tên chủ hộ", "Họ tên chủ hộ"], required: true },
  { key: "address", header: "Địa chỉ", aliases: ["Nơi ở"] },
  { key: "tdp", header: "Tổ dân phố", aliases: ["Mã tổ dân phố", "TDP"], required: true },
  { key: "result", header: "Kết quả bình xét", aliases: ["Kết quả", "Bình xét"] },
  { key: "evaluatedOn", header: "Ngày họp bình xét", aliases: ["Ngày bình xét"] },
  { key: "postedFrom", header: "Niêm yết từ ngày", aliases: ["Ngày niêm yết"] },
  { key: "postedTo", header: "Niêm yết đến ngày", aliases: ["Hết niêm yết"] },
  { key: "source", header: "Nguồn", aliases: ["Nguồn phiếu"] },
  { key: "note", header: "Ghi chú" },
];

function vi(code: MessageCode, params?: Params): string {
  return msg(code, params).vi;
}

const RESULT_LIST = Object.values(HOUSEHOLD_RESULT_LABELS);
const TDP_SOURCE = `=${quoteSheet(SHEET.units)}!$A$2:$A$1000`;

export function householdRow(h: Household): CellInput[] {
  return [
    h.code,
    h.head,
    h.address || null,
    h.tdp,
    h.result ? HOUSEHOLD_RESULT_LABELS[h.result] : null,
    h.evaluatedOn ?? null,
    h.postedFrom ?? null,
    h.postedTo ?? null,
    h.source || null,
    h.note ?? null,
  ];
}

const HOUSEHOLD_DATE = { minWidth: 12, maxWidth: 12, input: true, hAlign: "center" as const, format: DATE_FORMAT };

/**
 * The register's columns and lists, shared by the ward's sheet and a tổ dân phố's form: `tdpList` is what the
 * Tổ dân phố drop-down offers; the form has no Nguồn (the form is the source).
 */
export function householdColumns(tdpList: NonNullable<ListColumn["validation"]>, withSource: boolean): ListColumn[] {
  const date = HOUSEHOLD_DATE;
  return [
    { header: "Mã hộ", minWidth: 10, maxWidth: 14, input: true },
    { header: "Chủ hộ", minWidth: 20, maxWidth: 28, input: true },
    { header: "Địa chỉ", minWidth: 20, maxWidth: 34, input: true },
    {
      header: "Tổ dân phố",
      minWidth: 10,
      maxWidth: 12,
      input: true,
      validation: tdpList,
    },
    {
      header: "Kết quả bình xét",
      minWidth: 12,
      maxWidth: 14,
      input: true,
      hAlign: "center",
      validation: {
        type: "list",
        values: RESULT_LIST,
        allowBlank: true,
        error: { title: "Kết quả bình xét", message: vi("GDVH_RESULT_PICK") },
      },
    },
    { header: "Ngày họp bình xét", ...date },
    { header: "Niêm yết từ ngày", ...date },
    { header: "Niêm yết đến ngày", ...date },
    ...(withSource ? [{ header: "Nguồn", minWidth: 12, maxWidth: 30 }] : []),
    { header: "Ghi chú", minWidth: 12, maxWidth: 30, input: true },
  ];
}

export function buildHouseholdSheet(households: readonly Household[], ward: string): SheetSpec {
  return buildListSheet({
    name: HOUSEHOLD_SHEET,
    marker: householdsMarker("register"),
    tableName: "GiaDinhVanHoa",
    columns: householdColumns(
      { type: "list", source: TDP_SOURCE, allowBlank: false, error: { title: "Tổ dân phố", message: vi("GDVH_TDP_PICK") } },
      true,
    ),
    rows: households.map(householdRow),
    blankRows: households.length ? 0 : 10,
    ward,
    title: vi("GDVH_REGISTER_TITLE"),
    tabColor: COLORS.tabInput,
  });
}

export interface HouseholdsRead {
  households: Household[];
  findings: Finding[];
  columns: Record<HouseholdKey, number>;
}

export function parseHouseholdResult(typed: string): HouseholdResult | undefined {
  const f = fold(typed);
  if (["dat", "co", "x"].includes(f)) return "DAT";
  if (["khong dat", "khong"].includes(f)) return "KHONG_DAT";
  return undefined;
}

/** Reads the register tolerantly, in one pass: 5,000 rows are read in a few milliseconds. */
export function readHouseholds(data: SheetData, tdpCodes?: ReadonlySet<string>): HouseholdsRead {
  const sheet = data.name;
  const findings: Finding[] = [];
  const match = matchHeaders(data.values, HOUSEHOLD_COLUMNS);
  const none = Object.fromEntries(HOUSEHOLD_COLUMNS.map((c) => [c.key, -1])) as Record<HouseholdKey, number>;
  if (!match || match.missing.length) {
    findings.push(
      finding("GDVH_NO_HEADER", sheet, "A1", {
        headers: HOUSEHOLD_COLUMNS.filter((c) => c.required)
          .map((c) => c.header)
          .join(", "),
      }),
    );
    return { households: [], findings, columns: match?.columns ?? none };
  }
  const households: Household[] = [];
  const seen = new Map<string, number>();
  for (const r of tableRows(data.values, match)) {
    const cell = (k: HouseholdKey) => a1(r.row, Math.max(0, match.columns[k]));
    const code = text(r.get("code"));
    if (!code) {
      findings.push(finding("GDVH_CODE_MISSING", sheet, cell("code"), { head: text(r.get("head")) }));
      continue;
    }
    const key = code.toLocaleUpperCase("vi");
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push(finding("GDVH_DUPLICATE", sheet, cell("code"), { code, first }));
      continue;
    }
    seen.set(key, r.row + 1);
    const tdp = text(r.get("tdp"));
    if (tdpCodes && !tdpCodes.has(tdp)) findings.push(finding("GDVH_TDP_UNKNOWN", sheet, cell("tdp"), { code, tdp }));
    const h: Household = {
      code,
      head: text(r.get("head")),
      address: text(r.get("address")),
      tdp,
      source: text(r.get("source")),
      row: r.row + 1,
    };
    const resultText = text(r.get("result"));
    const result = parseHouseholdResult(resultText);
    if (result) h.result = result;
    else if (resultText) findings.push(finding("GDVH_RESULT_UNKNOWN", sheet, cell("result"), { code, value: resultText }));
    for (const k of ["evaluatedOn", "postedFrom", "postedTo"] as const) {
      const v = r.get(k);
      const d = readDate(v);
      if (d) h[k] = d;
      else if (text(v)) findings.push(finding("GDVH_DATE_UNREADABLE", sheet, cell(k), { code, value: text(v) }));
    }
    const note = text(r.get("note"));
    if (note) h.note = note;
    households.push(h);
  }
  return { households, findings, columns: match.columns };
}

const GRID: DocumentGrid = { left: { col: 0, cols: 3 }, right: { col: 3, cols: 5 } };

export interface DecisionOptions {
  ward: string;
  place: string;
  chair: string;
  issuer: string;
  parent: string;
  year: number;
  date: Date;
  tdpNames: ReadonlyMap<string, string>;
}

/** The ward chair's decision recognising the households, with its "Danh sách kèm theo" by tổ dân phố. */
export function buildDecisionSheet(list: readonly Household[], tdps: readonly TdpTimetable[], o: DecisionOptions): SheetSpec {
  const doc = new DocBuilder(SUMMARY_COLUMN_WIDTHS);
  writeDocumentHead(doc, GRID, {
    parent: o.parent,
    issuer: [o.issuer, o.ward],
    number: "",
    symbol: "QĐ-UBND",
    place: o.place,
    date: o.date,
    kind: vi("GDVH_DECISION_KIND"),
    subject: vi("GDVH_DECISION_SUBJECT", { year: o.year }),
  });
  doc.blank();
  doc.line(vi("GDVH_DECISION_BASIS"), { italic: true });
  doc.line(vi("GDVH_DECISION_ARTICLE1", { year: o.year, n: list.length }));
  doc.line(vi("GDVH_DECISION_ARTICLE2"));
  writeDocumentFoot(doc, GRID, {
    recipients: [vi("GDVH_RECIPIENT_TDP"), vi("SUM_RECIPIENT_FILE")],
    authority: vi("SUM_SIGN_ON_BEHALF"),
    position: vi("SUM_SIGN_CHAIR"),
    signer: o.chair,
  });
  doc.pageBreaks.push(doc.next);
  doc.line(vi("GDVH_LIST_TITLE"), { bold: true, fontSize: 14, hAlign: "center" });
  doc.line(vi("GDVH_LIST_SUBTITLE", { year: o.year, date: formatDate(o.date) }), { italic: true, hAlign: "center" });
  doc.blank();
  const counts = tdps.filter((t) => t.ready);
  doc.table(
    [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 3 },
      { col: 4, cols: 2, format: "0" },
      { col: 6, cols: 2, format: "0" },
    ],
    [vi("SUM_COL_NO"), vi("GDVH_COL_TDP"), vi("GDVH_COL_HOUSEHOLDS"), vi("GDVH_COL_RECOGNISED")],
    counts.map((t, i) => [i + 1, o.tdpNames.get(t.tdp) ?? t.tdp, t.households, t.passed]),
  );
  return doc.sheet(HOUSEHOLD_DECISION_SHEET, householdsMarker("decision"));
}

export const HOUSEHOLD_LIST_SHEET = "Danh sách GĐVH";
/** STT | Họ và tên chủ hộ | Địa chỉ | Tổ dân phố: one A4 portrait page wide, one column per field. */
const LIST_WIDTHS = [6, 26, 34, 16];
const LIST_HEAD_ROWS = 4;

/**
 * The "Danh sách kèm theo" of the decision, one household a row. Thousands of rows: no merged cells in the
 * body and one style per column, which is what keeps 5,000 households quick to write on either host.
 */
export function buildHouseholdListSheet(list: readonly Household[], o: DecisionOptions): SheetSpec {
  const cols = LIST_WIDTHS.length;
  const cells: CellInput[][] = [
    [vi("GDVH_LIST_TITLE"), null, null, null],
    [vi("GDVH_LIST_SUBTITLE", { year: o.year, date: formatDate(o.date) }), null, null, null],
    [null, null, null, null],
    [vi("SUM_COL_NO"), vi("GDVH_COL_HEAD"), vi("GDVH_COL_ADDRESS"), vi("GDVH_COL_TDP")],
    ...list.map((h, i): CellInput[] => [i + 1, h.head, h.address || null, o.tdpNames.get(h.tdp) ?? h.tdp]),
  ];
  const rows = Math.max(1, list.length);
  const body = { row: LIST_HEAD_ROWS, rows };
  return {
    name: HOUSEHOLD_LIST_SHEET,
    marker: householdsMarker("list"),
    cells,
    columnWidths: [...LIST_WIDTHS],
    rowHeights: { 0: 36 },
    merges: [
      { row: 0, col: 0, rows: 1, cols },
      { row: 1, col: 0, rows: 1, cols },
    ],
    styles: [
      { range: { row: 0, col: 0, rows: cells.length, cols }, fontName: DOCUMENT_FONT, fontSize: BODY_SIZE },
      { range: { row: 0, col: 0, rows: 1, cols }, bold: true, hAlign: "center", vAlign: "middle", wrap: true, fontSize: 14 },
      { range: { row: 1, col: 0, rows: 1, cols }, italic: true, hAlign: "center" },
      {
        range: { row: LIST_HEAD_ROWS - 1, col: 0, rows: 1, cols },
        bold: true,
        hAlign: "center",
        vAlign: "middle",
        wrap: true,
        border: "thin",
      },
      { range: { ...body, col: 0, cols: 1 }, hAlign: "center", border: "thin", vAlign: "top" },
      { range: { ...body, col: 1, cols: cols - 1 }, wrap: true, border: "thin", vAlign: "top" },
    ],
    freeze: { rows: LIST_HEAD_ROWS, cols: 0 },
    print: { orientation: "portrait", repeatRows: { first: LIST_HEAD_ROWS - 1, last: LIST_HEAD_ROWS - 1 } },
    tabColor: COLORS.tabGenerated,
  };
}
