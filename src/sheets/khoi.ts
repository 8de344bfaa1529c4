/**
 * The khối's report of a period, as a document of Nghị định 30/2020 (sheets/document.ts) on the summary's
 * grid: the wards it merges (each ward's file and the day its figures stand at), the plan's tasks by ward,
 * each round's registrations, tiers and proposals by ward with the khối's total, and the units proposed.
 * The lead ward signs it, so the header and signature are the lead ward's `Cấu hình`.
 */
import { PERIOD_NAMES, ROUND_NAMES } from "../domain/codes";
import type { KhoiReport, KhoiRound } from "../domain/khoi";
import type { PeriodCode } from "../domain/types";
import { msg, type MessageCode, type Params } from "../i18n";
import type { CellInput, SheetSpec } from "../workbook/port";
import { formatDate } from "./cells";
import { DocBuilder, writeDocumentFoot, writeDocumentHead, type DocumentGrid, type GridColumn } from "./document";
import { khoiMarker } from "./markers";
import { safeSheetName } from "./names";
import {
  COUNT_FORMAT,
  PERCENT_FORMAT,
  SCORE_FORMAT,
  SUMMARY_COLUMN_WIDTHS,
  SUMMARY_FONT,
  type SummaryDocumentOptions,
} from "./summary";

const COLS = SUMMARY_COLUMN_WIDTHS.length;
const GRID: DocumentGrid = { left: { col: 0, cols: 3 }, right: { col: 3, cols: 5 } };
/** Tier columns of a round's tier table: the grid's columns after STT, Phường and Xếp hạng. */
const TIER_COLUMNS = COLS - 3;

function vi(code: MessageCode, params?: Params): string {
  return msg(code, params).vi;
}

export function khoiSheetName(period: PeriodCode): string {
  return safeSheetName(vi("KHOI_SHEET", { period: PERIOD_NAMES[period] }));
}

export interface KhoiSheetOptions {
  /** The lead ward's WARD_NAME, PLACE and CHAIR_NAME, and its document settings for the period. */
  ward: string;
  place: string;
  chair: string;
  document: SummaryDocumentOptions;
  /** The day the report is made. */
  today: Date;
  name?: string;
}

const no = (i: number): number => i + 1;

function boldLastRow(doc: DocBuilder, first: number, rows: number): void {
  doc.styles.push({ range: { row: first + rows - 1, col: 0, rows: 1, cols: COLS }, fontName: SUMMARY_FONT, bold: true });
}

function writeWards(doc: DocBuilder, report: KhoiReport): void {
  doc.line(vi("KHOI_SEC_WARDS"), { bold: true });
  doc.table(
    [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 1 },
      { col: 2, cols: 4 },
      { col: 6, cols: 2, hAlign: "center" },
    ],
    [vi("SUM_COL_NO"), vi("KHOI_COL_WARD"), vi("KHOI_COL_FILE"), vi("KHOI_COL_AS_OF")],
    report.wards.map((w, i) => [no(i), w.ward, w.file, formatDate(w.asOf)]),
  );
}

function writeTasks(doc: DocBuilder, report: KhoiReport): void {
  doc.line(vi("KHOI_SEC_TASKS"), { bold: true });
  const share = (done: number, due: number): number | null => (due > 0 ? done / due : null);
  const body: CellInput[][] = report.wards.map((w, i) => [
    no(i),
    w.ward,
    w.tasksDue,
    w.tasksDone,
    share(w.tasksDone, w.tasksDue),
  ]);
  body.push([null, vi("SUM_TOTAL_ROW"), report.tasksDue, report.tasksDone, share(report.tasksDone, report.tasksDue)]);
  const first = doc.table(
    [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 1 },
      { col: 2, cols: 2, format: COUNT_FORMAT },
      { col: 4, cols: 2, format: COUNT_FORMAT },
      { col: 6, cols: 2, format: PERCENT_FORMAT },
    ],
    [vi("SUM_COL_NO"), vi("KHOI_COL_WARD"), vi("KHOI_COL_TASKS_DUE"), vi("KHOI_COL_TASKS_DONE"), vi("SUM_COL_SHARE")],
    body,
  );
  boldLastRow(doc, first, body.length);
}

function writeRound(doc: DocBuilder, r: KhoiRound, index: number, tierOrder: readonly string[]): void {
  doc.line(vi("SUM_ROUND_HEAD", { no: index + 1, round: ROUND_NAMES[r.round] }), { bold: true });
  doc.line(vi("KHOI_COUNTS_HEAD"), { italic: true, bold: true });
  const counts: CellInput[][] = r.wards.map((l, i) => {
    const f = l.figures;
    if (!f) return [no(i), l.ward.ward, null, null, null, null, null, null];
    return [
      no(i),
      l.ward.ward,
      f.unitsTotal,
      f.unitsRegistered,
      f.personsRegistered,
      f.scored ? f.ranked : null,
      f.scored ? f.giayKhen : null,
      f.scored ? f.higher : null,
    ];
  });
  const t = r.total;
  counts.push([null, vi("SUM_TOTAL_ROW"), t.unitsTotal, t.unitsRegistered, t.personsRegistered, t.ranked, t.giayKhen, t.higher]);
  const countColumns: GridColumn[] = [
    { col: 0, cols: 1, hAlign: "center" },
    { col: 1, cols: 1 },
    ...[2, 3, 4, 5, 6, 7].map((col) => ({ col, cols: 1, format: COUNT_FORMAT })),
  ];
  const first = doc.table(
    countColumns,
    [
      vi("SUM_COL_NO"),
      vi("KHOI_COL_WARD"),
      vi("KHOI_COL_UNITS"),
      vi("KHOI_COL_REGISTERED"),
      vi("KHOI_COL_PERSONS"),
      vi("KHOI_COL_RANKED"),
      vi("KHOI_COL_GIAY_KHEN"),
      vi("KHOI_COL_HIGHER"),
    ],
    counts,
  );
  boldLastRow(doc, first, counts.length);
  const unscored = r.wards.filter((l) => !l.figures?.scored).map((l) => l.ward.ward);
  if (unscored.length)
    doc.line(vi("KHOI_NOT_SCORED", { wards: unscored.join(", "), round: ROUND_NAMES[r.round] }), { italic: true });
  if (t.scoredWards === 0) return;

  doc.line(vi("KHOI_TIERS_HEAD"), { italic: true, bold: true });
  const shown = tierOrder.slice(0, TIER_COLUMNS);
  const tierBody: CellInput[][] = r.wards
    .filter((l) => l.figures?.scored)
    .map((l, i) => [no(i), l.ward.ward, l.figures!.ranked, ...shown.map((tier) => l.figures!.tiers.get(tier) ?? 0)]);
  tierBody.push([null, vi("SUM_TOTAL_ROW"), t.ranked, ...shown.map((tier) => t.tiers.get(tier) ?? 0)]);
  const tierFirst = doc.table(
    [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 1 },
      { col: 2, cols: 1, format: COUNT_FORMAT },
      ...shown.map((_, i) => ({ col: 3 + i, cols: 1, format: COUNT_FORMAT })),
    ],
    [vi("SUM_COL_NO"), vi("KHOI_COL_WARD"), vi("KHOI_COL_RANKED"), ...shown],
    tierBody,
  );
  boldLastRow(doc, tierFirst, tierBody.length);
}

function writeProposed(doc: DocBuilder, report: KhoiReport): void {
  doc.line(vi("KHOI_SEC_PROPOSED"), { bold: true });
  const rows = report.rounds.flatMap((r) =>
    r.wards.flatMap((l) => (l.figures?.proposed ?? []).map((p) => ({ ward: l.ward.ward, round: r.round, ...p }))),
  );
  if (rows.length === 0) {
    doc.line(vi("SUM_NO_PROPOSALS"), { italic: true });
    return;
  }
  doc.table(
    [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 1 },
      { col: 2, cols: 2 },
      { col: 4, cols: 1 },
      { col: 5, cols: 1, format: SCORE_FORMAT },
      { col: 6, cols: 1 },
      { col: 7, cols: 1 },
    ],
    [
      vi("SUM_COL_NO"),
      vi("KHOI_COL_WARD"),
      vi("SUM_COL_UNIT"),
      vi("KHOI_COL_ROUND"),
      vi("SUM_COL_SCORE"),
      vi("SUM_COL_TIER"),
      vi("SUM_COL_FORM"),
    ],
    rows.map((p, i) => [
      no(i),
      p.ward,
      p.unitName,
      ROUND_NAMES[p.round],
      p.score,
      p.tier,
      vi(p.proposal === "giay-khen" ? "SUM_FORM_GIAY_KHEN" : "SUM_FORM_HIGHER"),
    ]),
  );
}

/** The khối's báo cáo of the period, signed by the lead ward. */
export function buildKhoiSheet(report: KhoiReport, options: KhoiSheetOptions): SheetSpec {
  const doc = new DocBuilder(SUMMARY_COLUMN_WIDTHS);
  const d = options.document;
  writeDocumentHead(doc, GRID, {
    parent: d.parent,
    issuer: [d.issuer, options.ward],
    number: d.number,
    symbol: d.symbol,
    place: options.place,
    date: options.today,
    kind: vi("SUM_KIND"),
    subject: vi(`KHOI_TITLE_${report.period}`, { year: report.year }),
  });
  doc.line(vi("KHOI_INTRO", { n: report.wards.length }), { italic: true, hAlign: "center" });
  doc.blank();
  writeWards(doc, report);
  doc.blank();
  writeTasks(doc, report);
  doc.blank();
  doc.line(vi("KHOI_SEC_ROUNDS"), { bold: true });
  if (report.rounds.length === 0) doc.line(vi("SUM_NO_ROUNDS"));
  report.rounds.forEach((r, i) => {
    writeRound(doc, r, i, report.tierOrder);
    doc.blank();
  });
  writeProposed(doc, report);
  writeDocumentFoot(doc, GRID, {
    recipients: d.recipients.length ? d.recipients : [vi("SUM_RECIPIENT_FILE")],
    authority: d.authority,
    position: d.position,
    signer: options.chair,
  });
  return doc.sheet(options.name ?? khoiSheetName(report.period), khoiMarker(report.period));
}
