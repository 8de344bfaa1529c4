/**
 * The summary of a round or a period, as two sheets:
 * - the báo cáo a chair signs, laid out as a document of Nghị định 30/2020 (sheets/document.ts) on A4
 *   portrait: what the plan's tasks and the rounds came to by the report's last day, the units proposed
 *   by name, nơi nhận and the signature;
 * - an internal annex beside it (scoring progress of each council member, open validation findings),
 *   which the office works from and nobody signs.
 * Eight columns whose widths add up to one portrait page inside the decree's margins; every table is
 * placed on the same grid so merges line up. Numbers are stored as numbers with formats.
 */
import { PERIOD_NAMES, ROUND_NAMES } from "../domain/codes";
import { documentNumberSetting, textSetting, type Settings } from "../domain/settings";
import { fulfilledBy } from "../domain/summary/tasks";
import type { BlockSummary, RoundSummary, SummaryModel, SummaryScope } from "../domain/summary/types";
import { msg, type Params, type MessageCode } from "../i18n";
import type { CellInput, SheetSpec } from "../workbook/port";
import { formatDate } from "./cells";
import { DocBuilder, DOCUMENT_FONT, writeDocumentFoot, writeDocumentHead, type DocumentGrid, type GridColumn } from "./document";
import { periodSummarySheetName, roundSummarySheetName, safeSheetName } from "./names";
import { COLORS } from "./style";
import { summaryAnnexMarker, summaryMarker } from "./markers";

export { dateline } from "./document";

export const SUMMARY_FONT = DOCUMENT_FONT;
/** A 5 | B 27 | C–G 8 | H 10: 82 character units, one A4 portrait page inside the decree's margins. */
export const SUMMARY_COLUMN_WIDTHS = [5, 27, 8, 8, 8, 8, 8, 10];
const COLS = SUMMARY_COLUMN_WIDTHS.length;
/** Left block A–C (cơ quan, số, nơi nhận), right block D–H (quốc hiệu, date, signer). */
const GRID: DocumentGrid = { left: { col: 0, cols: 3 }, right: { col: 3, cols: 5 } };
const DATA_BAR_COLOR = "#5B9BD5";
const TIER_COLUMNS = 5;

export const PERCENT_FORMAT = "0%";
export const SCORE_FORMAT = "0.00";
export const COUNT_FORMAT = "0";

/** What the document's header and signature say, from `Cấu hình`. */
export interface SummaryDocumentOptions {
  /** Tên cơ quan chủ quản ("" when none). */
  parent: string;
  /** First line of the issuer's name, e.g. "ỦY BAN NHÂN DÂN"; the ward's name is the second. */
  issuer: string;
  number: string;
  symbol: string;
  recipients: readonly string[];
  authority: string;
  position: string;
}

export interface SummarySheetOptions {
  /** WARD_NAME setting, e.g. "PHƯỜNG NAM CƯỜNG". */
  ward: string;
  /** PLACE setting, for the dateline. */
  place: string;
  /** CHAIR_NAME setting, under the signature. */
  chair: string;
  /** Header and signature details; absent: the defaults of `Cấu hình` with no number. */
  document?: Partial<SummaryDocumentOptions>;
  /** Khối code → name, when the unit list names them. */
  blockNames?: ReadonlyMap<string, string>;
  /** The sheet name to write (after a clash with a person's sheet it may differ from the wanted one). */
  name?: string;
}

function vi(code: MessageCode, params?: Params): string {
  return msg(code, params).vi;
}

export function summarySheetName(scope: SummaryScope): string {
  return scope.kind === "round" ? roundSummarySheetName(scope.round) : periodSummarySheetName(scope.period);
}

/** The internal annex of a summary sheet: "Tổng hợp Quý I (nội bộ)". */
export function summaryAnnexName(summaryName: string): string {
  return safeSheetName(vi("SUM_ANNEX_SHEET", { sheet: summaryName }));
}

/** The key of a summary's number setting: the period's code, or the round's ("RNAM" for the year's bình xét). */
function numberKey(scope: SummaryScope): string {
  if (scope.kind === "period") return scope.period;
  return scope.round === "NAM" ? "RNAM" : scope.round;
}

/** The document details of a summary as `Cấu hình` gives them. */
export function summaryDocumentOptions(settings: Settings, scope: SummaryScope): SummaryDocumentOptions {
  return {
    parent: textSetting(settings, "ISSUER_PARENT"),
    issuer: textSetting(settings, "ISSUER_NAME"),
    number: textSetting(settings, documentNumberSetting(numberKey(scope))),
    symbol: textSetting(settings, "DOC_SYMBOL_REPORT"),
    recipients: textSetting(settings, "DOC_RECIPIENTS")
      .split(";")
      .map((r) => r.trim())
      .filter((r) => r.length > 0),
    authority: textSetting(settings, "SIGN_AUTHORITY"),
    position: textSetting(settings, "SIGN_POSITION"),
  };
}

/** The trích yếu of a summary: "Công tác thi đua, khen thưởng quý I năm 2024". */
export function summaryTitle(scope: SummaryScope, year: number): string {
  if (scope.kind === "period") return vi(`SUM_TITLE_${scope.period}`, { year });
  if (scope.round === "NAM") return vi("SUM_TITLE_ROUND_NAM", { year });
  return vi("SUM_TITLE_ROUND", { round: ROUND_NAMES[scope.round], year });
}

const no = (i: number): number => i + 1;

function statusLabel(status: string): string {
  const by = fulfilledBy(status);
  if (by === "report") return vi("SUM_STATUS_FULFILLED");
  if (by === "results") return vi("SUM_STATUS_BY_RESULTS");
  if (by === "registrations") return vi("SUM_STATUS_BY_REGISTRATIONS");
  return status === "" ? vi("SUM_STATUS_BLANK") : status;
}

function writeTasks(doc: DocBuilder, model: SummaryModel): void {
  const t = model.tasks;
  const isPeriod = model.scope.kind === "period";
  doc.line(vi(isPeriod ? "SUM_SEC_TASKS_PERIOD" : "SUM_SEC_TASKS_ROUND"), { bold: true });
  const overdue = t.unfinished.filter((u) => u.overdue).length;
  const counts = { due: t.due, done: t.done, open: t.unfinished.length, overdue };
  if (t.due === 0) {
    doc.line(vi("SUM_NO_TASKS"));
    return;
  }
  const scope = model.scope;
  doc.line(
    scope.kind === "period"
      ? vi("SUM_TASKS_DUE_PERIOD", { period: PERIOD_NAMES[scope.period], ...counts })
      : vi("SUM_TASKS_DUE_ROUND", counts),
  );
  doc.table(
    [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 4 },
      { col: 5, cols: 1, format: COUNT_FORMAT },
      { col: 6, cols: 2, format: PERCENT_FORMAT },
    ],
    [vi("SUM_COL_NO"), vi("SUM_COL_STATUS"), vi("SUM_COL_TASKS"), vi("SUM_COL_SHARE")],
    t.byStatus.map((s, i) => [no(i), statusLabel(s.status), s.count, t.due > 0 ? s.count / t.due : 0]),
  );
  if (t.unfinished.length === 0) {
    doc.line(vi("SUM_ALL_DONE"), { italic: true });
    return;
  }
  doc.line(vi("SUM_UNFINISHED"), { italic: true });
  const first = doc.table(
    [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 4 },
      { col: 5, cols: 1, format: COUNT_FORMAT, hAlign: "center" },
      { col: 6, cols: 1 },
      { col: 7, cols: 1 },
    ],
    [vi("SUM_COL_NO"), vi("SUM_COL_TASK"), vi("SUM_COL_MONTH"), vi("SUM_COL_STATUS"), vi("SUM_COL_REMARK")],
    t.unfinished.map((u, i) => [no(i), u.text, u.month, statusLabel(u.status), u.overdue ? vi("SUM_OVERDUE") : null]),
  );
  t.unfinished.forEach((u, i) => {
    if (u.overdue)
      doc.styles.push({
        range: { row: first + i, col: 7, rows: 1, cols: 1 },
        fontName: SUMMARY_FONT,
        fontColor: COLORS.warningFont,
        bold: true,
      });
  });
}

function blockName(block: string, options: SummarySheetOptions): string {
  return options.blockNames?.get(block) ?? block;
}

function writeTiers(doc: DocBuilder, r: RoundSummary, tiers: readonly string[], options: SummarySheetOptions): void {
  doc.line(vi("SUM_TIERS_HEAD"), { italic: true, bold: true });
  const shown = tiers.slice(0, TIER_COLUMNS);
  const columns: GridColumn[] = [
    { col: 0, cols: 1, hAlign: "center" },
    { col: 1, cols: 1 },
    { col: 2, cols: 1, format: COUNT_FORMAT },
    ...shown.map((_, i) => ({ col: 3 + i, cols: 1 })),
  ];
  const body: CellInput[][] = [];
  const shareRows: number[] = [];
  r.blocks.forEach((b, i) => {
    const count = (tier: string): number => b.tiers.find((t) => t.tier === tier)?.count ?? 0;
    body.push([no(i), blockName(b.block, options), b.ranked, ...shown.map(count)]);
    shareRows.push(body.length);
    body.push([null, vi("SUM_SHARE_ROW"), null, ...shown.map((t) => (b.ranked > 0 ? count(t) / b.ranked : 0))]);
  });
  const total = (tier: string): number => r.blocks.reduce((s, b) => s + (b.tiers.find((t) => t.tier === tier)?.count ?? 0), 0);
  const ranked = r.blocks.reduce((s, b) => s + b.ranked, 0);
  body.push([null, vi("SUM_TOTAL_ROW"), ranked, ...shown.map(total)]);
  const first = doc.table(columns, [vi("SUM_COL_NO"), vi("SUM_COL_BLOCK"), vi("SUM_COL_UNITS"), ...shown], body);
  body.forEach((_, i) => {
    const row = first + i;
    const isShare = shareRows.includes(i);
    doc.formats.push({ range: { row, col: 3, rows: 1, cols: shown.length }, format: isShare ? PERCENT_FORMAT : COUNT_FORMAT });
    if (isShare) {
      doc.styles.push({ range: { row, col: 1, rows: 1, cols: COLS - 1 }, fontName: SUMMARY_FONT, italic: true });
      // The picture a chair looks at: each share as a bar inside its cell, on a fixed 0–100 % scale so bars compare across khối.
      doc.conditional.push({
        type: "dataBar",
        range: { row, col: 3, rows: 1, cols: shown.length },
        color: DATA_BAR_COLOR,
        min: 0,
        max: 1,
      });
    }
  });
  doc.styles.push({ range: { row: first + body.length - 1, col: 0, rows: 1, cols: COLS }, fontName: SUMMARY_FONT, bold: true });
  const noTier = r.blocks.reduce(
    (s, b) => s + b.tiers.filter((t) => !shown.includes(t.tier)).reduce((a, t) => a + t.count, 0),
    0,
  );
  if (noTier > 0) doc.line(vi("SUM_NO_TIER_COUNT", { n: noTier }), { italic: true });
}

function writeLeaders(doc: DocBuilder, blocks: readonly BlockSummary[], options: SummarySheetOptions): void {
  doc.line(vi("SUM_LEADERS_HEAD"), { italic: true, bold: true });
  const body: CellInput[][] = [];
  const starts: { row: number; rows: number }[] = [];
  for (const b of blocks) {
    starts.push({ row: body.length, rows: b.leaders.length });
    b.leaders.forEach((l, i) => body.push([i === 0 ? blockName(b.block, options) : null, l.rank, l.unitName, l.score, l.tier]));
  }
  const first = doc.table(
    [
      { col: 0, cols: 2 },
      { col: 2, cols: 1, format: COUNT_FORMAT, hAlign: "center" },
      { col: 3, cols: 3 },
      { col: 6, cols: 1, format: SCORE_FORMAT },
      { col: 7, cols: 1 },
    ],
    [vi("SUM_COL_BLOCK"), vi("SUM_COL_RANK"), vi("SUM_COL_UNIT"), vi("SUM_COL_SCORE"), vi("SUM_COL_TIER")],
    body,
  );
  // The khối name once, over its leaders: unmerge the per-row A:B merges and merge the block vertically.
  for (const s of starts) {
    if (s.rows <= 1) continue;
    const top = first + s.row;
    for (let i = doc.merges.length - 1; i >= 0; i--) {
      const m = doc.merges[i]!;
      if (m.col === 0 && m.row >= top && m.row < top + s.rows) doc.merges.splice(i, 1);
    }
    doc.merges.push({ row: top, col: 0, rows: s.rows, cols: 2 });
  }
}

function writeProposals(doc: DocBuilder, r: RoundSummary, options: SummarySheetOptions): void {
  doc.line(vi("SUM_PROPOSALS_HEAD"), { italic: true, bold: true });
  const sum = (f: (b: BlockSummary) => number): number => r.blocks.reduce((s, b) => s + f(b), 0);
  doc.line(
    vi("SUM_PROPOSALS_COUNT", {
      giayKhen: sum((b) => b.giayKhen.proposed),
      giayKhenQuota: sum((b) => b.giayKhen.quota),
      higher: sum((b) => b.higher.proposed),
      higherQuota: sum((b) => b.higher.quota),
    }),
  );
  const proposed = r.blocks.flatMap((b) => b.proposed.map((p) => ({ block: b.block, ...p })));
  if (proposed.length === 0) {
    doc.line(vi("SUM_NO_PROPOSALS"), { italic: true });
    return;
  }
  doc.table(
    [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 2 },
      { col: 3, cols: 2 },
      { col: 5, cols: 1, format: SCORE_FORMAT },
      { col: 6, cols: 1 },
      { col: 7, cols: 1 },
    ],
    [vi("SUM_COL_NO"), vi("SUM_COL_UNIT"), vi("SUM_COL_BLOCK"), vi("SUM_COL_SCORE"), vi("SUM_COL_TIER"), vi("SUM_COL_FORM")],
    proposed.map((p, i) => [
      no(i),
      p.unitName,
      blockName(p.block, options),
      p.score,
      p.tier,
      vi(p.proposal === "giay-khen" ? "SUM_FORM_GIAY_KHEN" : "SUM_FORM_HIGHER"),
    ]),
  );
}

function writeRound(doc: DocBuilder, r: RoundSummary, index: number, model: SummaryModel, options: SummarySheetOptions): void {
  const name = ROUND_NAMES[r.round];
  doc.line(vi("SUM_ROUND_HEAD", { no: index + 1, round: name }), { bold: true });
  doc.line(vi("SUM_REG_HEAD"), { italic: true, bold: true });
  const share = (a: number, b: number): number | null => (b > 0 ? a / b : null);
  doc.table(
    [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 4 },
      { col: 5, cols: 1, format: COUNT_FORMAT },
      { col: 6, cols: 1, format: COUNT_FORMAT },
      { col: 7, cols: 1, format: PERCENT_FORMAT },
    ],
    [vi("SUM_COL_NO"), vi("SUM_COL_ITEM"), vi("SUM_COL_COUNT"), vi("SUM_COL_TOTAL"), vi("SUM_COL_SHARE")],
    [
      [1, vi("SUM_REG_UNITS"), r.unitsRegistered, r.unitsTotal, share(r.unitsRegistered, r.unitsTotal)],
      [
        2,
        vi(r.covenantRequired ? "SUM_REG_COVENANTS_REQUIRED" : "SUM_REG_COVENANTS"),
        r.covenants,
        r.unitsTotal,
        share(r.covenants, r.unitsTotal),
      ],
      [3, vi("SUM_REG_PERSONS"), r.personsRegistered, null, null],
    ],
  );

  if (r.evaluatedAfter !== undefined) {
    doc.line(vi("SUM_EVALUATED_LATER", { round: name, month: r.evaluatedAfter, year: model.year }), { italic: true });
    return;
  }
  if (!r.scored) {
    doc.line(vi("SUM_NOT_SCORED", { round: name }), { italic: true });
    return;
  }
  if (r.provisional) doc.line(vi("SUM_PROVISIONAL"), { italic: true });
  writeTiers(doc, r, model.tierOrder, options);
  writeLeaders(doc, r.blocks, options);
  writeProposals(doc, r, options);
}

function writeJudges(doc: DocBuilder, r: RoundSummary): void {
  doc.line(vi("SUM_JUDGES_HEAD", { round: ROUND_NAMES[r.round] }), { italic: true, bold: true });
  if (r.judges.length === 0) {
    doc.line(vi("SUM_NO_JUDGES"));
    return;
  }
  doc.line(vi("SUM_JUDGES_DONE", { complete: r.judgesComplete, total: r.judges.length }));
  doc.table(
    [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 1 },
      { col: 2, cols: 1, format: COUNT_FORMAT },
      { col: 3, cols: 1, format: COUNT_FORMAT },
      { col: 4, cols: 1, format: COUNT_FORMAT },
      { col: 5, cols: 1, format: COUNT_FORMAT },
      { col: 6, cols: 2, format: PERCENT_FORMAT },
    ],
    [
      vi("SUM_COL_NO"),
      vi("SUM_COL_JUDGE"),
      vi("SUM_COL_COMPLETE"),
      vi("SUM_COL_PARTIAL"),
      vi("SUM_COL_EMPTY"),
      vi("SUM_COL_TOTAL"),
      vi("SUM_COL_DONE_SHARE"),
    ],
    r.judges.map((j, i) => {
      const all = j.complete + j.partial + j.empty;
      return [no(i), j.name, j.complete, j.partial, j.empty, all, all > 0 ? j.complete / all : 0];
    }),
  );
}

function writeFindings(doc: DocBuilder, model: SummaryModel): void {
  doc.line(vi("SUM_SEC_ERRORS"), { bold: true });
  const withErrors = model.rounds.filter((r) => r.findings.errors > 0);
  if (withErrors.length === 0) {
    doc.line(vi("SUM_NO_ERRORS"));
    return;
  }
  for (const r of withErrors) {
    const f = r.findings;
    doc.line(vi("SUM_ROUND_ERRORS", { round: ROUND_NAMES[r.round], errors: f.errors, warnings: f.warnings }), {
      italic: true,
      bold: true,
    });
    doc.table(
      [
        { col: 0, cols: 1, hAlign: "center" },
        { col: 1, cols: 1 },
        { col: 2, cols: 5 },
        { col: 7, cols: 1, format: COUNT_FORMAT },
      ],
      [vi("SUM_COL_NO"), vi("SUM_COL_RULE"), vi("SUM_COL_EXAMPLE"), vi("SUM_COL_COUNT")],
      f.byCode.map((c, i) => [no(i), c.code, c.example, c.count]),
    );
    doc.table(
      [
        { col: 0, cols: 1, hAlign: "center" },
        { col: 1, cols: 1 },
        { col: 2, cols: 6 },
      ],
      [vi("SUM_COL_NO"), vi("SUM_COL_WHERE"), vi("SUM_COL_MESSAGE")],
      f.first.map((e, i) => [no(i), e.where, e.message]),
    );
  }
}

function documentOf(options: SummarySheetOptions): SummaryDocumentOptions {
  const d = options.document ?? {};
  return {
    parent: d.parent ?? "",
    issuer: d.issuer ?? vi("SUM_ORG"),
    number: d.number ?? "",
    symbol: d.symbol ?? "BC-UBND",
    recipients: d.recipients ?? [vi("SUM_RECIPIENT_FILE")],
    authority: d.authority ?? vi("SUM_SIGN_ON_BEHALF"),
    position: d.position ?? vi("SUM_SIGN_CHAIR"),
  };
}

function writeHeader(doc: DocBuilder, model: SummaryModel, options: SummarySheetOptions): void {
  const d = documentOf(options);
  writeDocumentHead(doc, GRID, {
    parent: d.parent,
    issuer: [d.issuer, options.ward],
    number: d.number,
    symbol: d.symbol,
    place: options.place,
    date: model.today,
    kind: vi("SUM_KIND"),
    subject: summaryTitle(model.scope, model.year),
  });
  doc.line(vi(model.asOf.getTime() < model.today.getTime() ? "SUM_AS_OF_END" : "SUM_AS_OF", { date: formatDate(model.asOf) }), {
    italic: true,
    hAlign: "center",
  });
  doc.blank();
}

function writeSignature(doc: DocBuilder, options: SummarySheetOptions): void {
  const d = documentOf(options);
  writeDocumentFoot(doc, GRID, { recipients: d.recipients, authority: d.authority, position: d.position, signer: options.chair });
}

/** The báo cáo a chair signs: no scoring progress, no validation finding (those are on the annex). */
export function buildSummarySheet(model: SummaryModel, options: SummarySheetOptions): SheetSpec {
  const doc = new DocBuilder(SUMMARY_COLUMN_WIDTHS);
  writeHeader(doc, model, options);
  writeTasks(doc, model);
  doc.blank();
  doc.line(vi(model.scope.kind === "period" ? "SUM_SEC_ROUNDS" : "SUM_SEC_ROUND"), { bold: true });
  if (model.rounds.length === 0) doc.line(vi("SUM_NO_ROUNDS"));
  model.rounds.forEach((r, i) => {
    writeRound(doc, r, i, model, options);
    doc.blank();
  });
  writeSignature(doc, options);

  return doc.sheet(options.name ?? summarySheetName(model.scope), summaryMarker(model.scope));
}

/**
 * The office's own page beside a summary: each council member's scoring progress and the validation
 * findings still open, by round. It says on top that it is not part of the signed report.
 */
export function buildSummaryAnnex(model: SummaryModel, options: SummarySheetOptions): SheetSpec {
  const doc = new DocBuilder(SUMMARY_COLUMN_WIDTHS);
  const report = options.name ?? summarySheetName(model.scope);
  doc.line(vi("SUM_ANNEX_TITLE"), { bold: true, fontSize: 14, hAlign: "center" });
  doc.line(vi("SUM_ANNEX_NOTE", { sheet: report, today: formatDate(model.today) }), { italic: true, hAlign: "center" });
  doc.blank();
  doc.line(vi("SUM_SEC_PROGRESS"), { bold: true });
  if (model.rounds.length === 0) doc.line(vi("SUM_NO_ROUNDS"));
  for (const r of model.rounds) writeJudges(doc, r);
  doc.blank();
  writeFindings(doc, model);
  return doc.sheet(summaryAnnexName(report), summaryAnnexMarker(model.scope), {
    orientation: "portrait",
    headerLeft: `UBND ${options.ward.toLocaleUpperCase("vi")}`,
    headerCenter: vi("SUM_ANNEX_TITLE"),
  });
}
