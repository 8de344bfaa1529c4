/**
 * The summary sheet of a round or a period, laid out as an official Vietnamese document on A4 portrait:
 * the two header blocks, place and date, title, numbered sections, the signature block. Eight columns
 * whose widths add up to one portrait page; every table is placed on the same grid so merges line up.
 * Numbers are stored as numbers with formats, so a clerk can recount them.
 */
import { PERIOD_NAMES, ROUND_NAMES } from "../domain/codes";
import type { BlockSummary, RoundSummary, SummaryModel, SummaryScope } from "../domain/summary/types";
import { msg, type Params } from "../i18n";
import type {
  CellInput,
  ConditionalFormatSpec,
  MarkerSpec,
  NumberFormatSpec,
  RangeRef,
  SheetSpec,
  StyleSpec,
} from "../workbook/port";
import { formatDate } from "./cells";
import { periodSummarySheetName, roundSummarySheetName } from "./names";
import { COLORS } from "./style";

export const SUMMARY_FONT = "Times New Roman";
const FONT_SIZE = 12;
/** A 5 | B 30 | C–G 9 | H 11: 91 character units, one A4 portrait page width at normal margins. */
export const SUMMARY_COLUMN_WIDTHS = [5, 30, 9, 9, 9, 9, 9, 11];
const COLS = SUMMARY_COLUMN_WIDTHS.length;
/** Left header block A–C, right header block D–H, as an official document's two columns. */
const LEFT = { col: 0, cols: 3 };
const RIGHT = { col: 3, cols: 5 };
const LINE_HEIGHT = 16;
const DATA_BAR_COLOR = "#5B9BD5";
const TIER_COLUMNS = 5;

export const PERCENT_FORMAT = "0%";
export const SCORE_FORMAT = "0.00";
export const COUNT_FORMAT = "0";

export interface SummarySheetOptions {
  /** WARD_NAME setting, e.g. "PHƯỜNG NAM CƯỜNG". */
  ward: string;
  /** PLACE setting, for the dateline. */
  place: string;
  /** CHAIR_NAME setting, under the signature. */
  chair: string;
  /** Khối code → name, when the unit list names them. */
  blockNames?: ReadonlyMap<string, string>;
  /** The sheet name to write (after a clash with a person's sheet it may differ from the wanted one). */
  name?: string;
}

function vi(code: string, params?: Params): string {
  return msg(code, params).vi;
}

export function summarySheetName(scope: SummaryScope): string {
  return scope.kind === "round" ? roundSummarySheetName(scope.round) : periodSummarySheetName(scope.period);
}

export function summaryMarker(scope: SummaryScope): MarkerSpec {
  return { command: "summary", key: scope.kind === "round" ? `round:${scope.round}` : `period:${scope.period}` };
}

export function summaryTitle(scope: SummaryScope, year: number): string {
  if (scope.kind === "period") return vi(`SUM_TITLE_${scope.period}`, { year });
  if (scope.round === "NAM") return vi("SUM_TITLE_ROUND_NAM", { year });
  return vi("SUM_TITLE_ROUND", { round: ROUND_NAMES[scope.round].toLocaleUpperCase("vi"), year });
}

export function dateline(place: string, d: Date): string {
  return vi("SUM_DATELINE", {
    place,
    day: String(d.getUTCDate()).padStart(2, "0"),
    month: String(d.getUTCMonth() + 1).padStart(2, "0"),
    year: d.getUTCFullYear(),
  });
}

type Span = { col: number; cols: number };
/** A table column: where it sits on the grid, and how its body cells are shown. */
interface GridColumn extends Span {
  format?: string;
  hAlign?: StyleSpec["hAlign"];
}

/** Accumulates rows, merges and styles as the document is written top to bottom. */
class DocBuilder {
  readonly cells: CellInput[][] = [];
  readonly merges: RangeRef[] = [];
  readonly styles: StyleSpec[] = [];
  readonly formats: NumberFormatSpec[] = [];
  readonly conditional: ConditionalFormatSpec[] = [];
  readonly heights: Record<number, number> = {};

  get next(): number {
    return this.cells.length;
  }

  private ensure(row: number): CellInput[] {
    while (this.cells.length <= row) this.cells.push(new Array<CellInput>(COLS).fill(null));
    return this.cells[row]!;
  }

  blank(n = 1): void {
    for (let i = 0; i < n; i++) this.ensure(this.next);
  }

  put(row: number, span: Span, value: CellInput, style: Omit<StyleSpec, "range"> = {}): void {
    this.ensure(row)[span.col] = value;
    const range = { row, col: span.col, rows: 1, cols: span.cols };
    if (span.cols > 1) this.merges.push(range);
    if (Object.keys(style).length > 0) this.styles.push({ range, fontName: SUMMARY_FONT, ...style });
  }

  /** A paragraph over the given columns; the row grows to the wrapped text's lines. */
  line(text: string, style: Omit<StyleSpec, "range"> = {}, span: Span = { col: 0, cols: COLS }): number {
    const row = this.next;
    this.put(row, span, text, { wrap: true, vAlign: "top", ...style });
    this.fitHeight(row, text, span);
    return row;
  }

  fitHeight(row: number, text: string, span: Span): void {
    const width = SUMMARY_COLUMN_WIDTHS.slice(span.col, span.col + span.cols).reduce((a, b) => a + b, 0);
    // Times New Roman 12 runs about 1.1 characters per width unit of the default font; keep a margin.
    const lines = Math.max(1, Math.ceil((text.length * 1.05) / width));
    if (lines > 1) this.heights[row] = Math.max(this.heights[row] ?? 0, lines * LINE_HEIGHT);
  }

  /** A bordered table: a bold centred header row, then body rows; returns the body's first row. */
  table(columns: readonly GridColumn[], header: readonly string[], body: readonly CellInput[][]): number {
    const top = this.next;
    columns.forEach((c, i) =>
      this.put(top, c, header[i] ?? null, { bold: true, hAlign: "center", vAlign: "middle", wrap: true }),
    );
    header.forEach((h, i) => this.fitHeight(top, h, columns[i]!));
    body.forEach((values, r) => {
      const row = top + 1 + r;
      columns.forEach((c, i) => {
        const v = values[i] ?? null;
        this.put(row, c, v, {
          vAlign: "top",
          wrap: typeof v === "string",
          hAlign: c.hAlign ?? (typeof v === "number" ? "right" : "left"),
        });
        if (typeof v === "string") this.fitHeight(row, v, c);
        if (c.format && typeof v === "number")
          this.formats.push({ range: { row, col: c.col, rows: 1, cols: 1 }, format: c.format });
      });
    });
    for (const c of columns)
      this.styles.push({ range: { row: top, col: c.col, rows: body.length + 1, cols: c.cols }, border: "thin" });
    return top + 1;
  }
}

const no = (i: number): number => i + 1;

function statusLabel(status: string): string {
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
  const body: CellInput[][] = r.blocks.map((b, i) => [
    no(i),
    blockName(b.block, options),
    b.ranked,
    b.giayKhen.proposed,
    b.giayKhen.quota,
    b.giayKhen.share,
    b.higher.proposed,
    b.higher.quota,
  ]);
  const sum = (f: (b: BlockSummary) => number): number => r.blocks.reduce((s, b) => s + f(b), 0);
  const ranked = sum((b) => b.ranked);
  body.push([
    null,
    vi("SUM_TOTAL_ROW"),
    ranked,
    sum((b) => b.giayKhen.proposed),
    sum((b) => b.giayKhen.quota),
    ranked > 0 ? sum((b) => b.giayKhen.proposed) / ranked : 0,
    sum((b) => b.higher.proposed),
    sum((b) => b.higher.quota),
  ]);
  const first = doc.table(
    [
      { col: 0, cols: 1, hAlign: "center" },
      { col: 1, cols: 1 },
      { col: 2, cols: 1, format: COUNT_FORMAT },
      { col: 3, cols: 1, format: COUNT_FORMAT },
      { col: 4, cols: 1, format: COUNT_FORMAT },
      { col: 5, cols: 1, format: PERCENT_FORMAT },
      { col: 6, cols: 1, format: COUNT_FORMAT },
      { col: 7, cols: 1, format: COUNT_FORMAT },
    ],
    [
      vi("SUM_COL_NO"),
      vi("SUM_COL_BLOCK"),
      vi("SUM_COL_UNITS"),
      vi("SUM_COL_GK"),
      vi("SUM_COL_GK_QUOTA"),
      vi("SUM_COL_SHARE"),
      vi("SUM_COL_HIGHER"),
      vi("SUM_COL_GK_QUOTA"),
    ],
    body,
  );
  doc.styles.push({ range: { row: first + body.length - 1, col: 0, rows: 1, cols: COLS }, fontName: SUMMARY_FONT, bold: true });
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

  doc.line(vi("SUM_JUDGES_HEAD", { complete: r.judgesComplete, total: r.judges.length }), { italic: true, bold: true });
  if (r.judges.length === 0) doc.line(vi("SUM_NO_JUDGES"));
  else
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

  if (!r.scored) {
    doc.line(vi("SUM_NOT_SCORED", { round: name }), { bold: true, italic: true, fontColor: COLORS.warningFont });
    return;
  }
  if (r.provisional) doc.line(vi("SUM_PROVISIONAL"), { italic: true, fontColor: COLORS.warningFont });
  writeTiers(doc, r, model.tierOrder, options);
  writeLeaders(doc, r.blocks, options);
  writeProposals(doc, r, options);
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

function writeHeader(doc: DocBuilder, model: SummaryModel, options: SummarySheetOptions): void {
  const center = { hAlign: "center" as const, vAlign: "middle" as const };
  doc.put(0, LEFT, vi("SUM_ORG"), { ...center, fontSize: FONT_SIZE });
  doc.put(0, RIGHT, vi("SUM_NATION"), { ...center, bold: true, fontSize: FONT_SIZE });
  doc.put(1, LEFT, options.ward.toLocaleUpperCase("vi"), { ...center, bold: true, underline: true, fontSize: FONT_SIZE });
  doc.put(1, RIGHT, vi("SUM_MOTTO"), { ...center, bold: true, underline: true, fontSize: 13 });
  doc.blank();
  doc.put(3, RIGHT, dateline(options.place, model.today), { ...center, italic: true });
  doc.blank();
  const title = summaryTitle(model.scope, model.year);
  const titleRow = doc.line(title, { bold: true, fontSize: 14, hAlign: "center", vAlign: "middle" });
  doc.heights[titleRow] = Math.max(doc.heights[titleRow] ?? 0, 2 * 20);
  doc.line(
    model.scope.kind === "period"
      ? vi("SUM_SUBTITLE_PERIOD", { year: model.year, end: formatDate(model.asOf), today: formatDate(model.today) })
      : vi("SUM_SUBTITLE_ROUND", { today: formatDate(model.today) }),
    { italic: true, hAlign: "center" },
  );
  doc.blank();
}

function writeSignature(doc: DocBuilder, options: SummarySheetOptions): void {
  doc.blank();
  const top = doc.next;
  const center = { hAlign: "center" as const, vAlign: "middle" as const };
  doc.put(top, LEFT, vi("SUM_SIGN_MAKER"), { ...center, bold: true });
  doc.put(top, RIGHT, vi("SUM_SIGN_ON_BEHALF"), { ...center, bold: true });
  doc.put(top + 1, LEFT, vi("SUM_SIGN_HINT"), { ...center, italic: true });
  doc.put(top + 1, RIGHT, vi("SUM_SIGN_CHAIR"), { ...center, bold: true });
  // Room for the signature and the seal.
  doc.blank(4);
  doc.put(doc.next, RIGHT, options.chair, { ...center, bold: true });
}

export function buildSummarySheet(model: SummaryModel, options: SummarySheetOptions): SheetSpec {
  const doc = new DocBuilder();
  writeHeader(doc, model, options);
  writeTasks(doc, model);
  doc.blank();
  doc.line(vi(model.scope.kind === "period" ? "SUM_SEC_ROUNDS" : "SUM_SEC_ROUND"), { bold: true });
  if (model.rounds.length === 0) doc.line(vi("SUM_NO_ROUNDS"));
  model.rounds.forEach((r, i) => {
    writeRound(doc, r, i, model, options);
    doc.blank();
  });
  writeFindings(doc, model);
  writeSignature(doc, options);

  const rows = doc.cells.length;
  const name = options.name ?? summarySheetName(model.scope);
  return {
    name,
    marker: summaryMarker(model.scope),
    cells: doc.cells,
    columnWidths: [...SUMMARY_COLUMN_WIDTHS],
    rowHeights: doc.heights,
    merges: doc.merges,
    // The document font first, so every later style only adds to it.
    styles: [{ range: { row: 0, col: 0, rows, cols: COLS }, fontName: SUMMARY_FONT, fontSize: FONT_SIZE }, ...doc.styles],
    numberFormats: doc.formats,
    conditionalFormats: doc.conditional,
    print: {
      orientation: "portrait",
      // The adapters print "Trang &P/&N" in every page footer.
      headerLeft: `UBND ${options.ward.toLocaleUpperCase("vi")}`,
    },
    tabColor: COLORS.tabGenerated,
  };
}
