/**
 * The layout every paper a person signs shares, in the form of Nghị định 30/2020/NĐ-CP (Điều 8 khoản 2,
 * Phụ lục I): tên cơ quan chủ quản and cơ quan ban hành over quốc hiệu and tiêu ngữ; số and ký hiệu beside
 * địa danh and date; tên loại and trích yếu on lines of their own; the body in Times New Roman 13; nơi nhận
 * beside quyền hạn, chức vụ and họ tên of the signer; the page number top centre from page 2 (PrintSpec
 * layout "document"). A paper is written top to bottom on a grid of columns with a DocBuilder; the
 * header and signature blocks are written here once, so a báo cáo, a tờ trình or a biên bản look alike.
 */
import { msg } from "../i18n";
import type {
  CellInput,
  ConditionalFormatSpec,
  MarkerSpec,
  NumberFormatSpec,
  PrintSpec,
  RangeRef,
  SheetSpec,
  StyleSpec,
} from "../workbook/port";
import { COLORS } from "./style";

export const DOCUMENT_FONT = "Times New Roman";
/** Body text: 13–14 in the decree; 13 keeps a table of eight columns on a portrait page. */
export const BODY_SIZE = 13;
/** Quốc hiệu and tên cơ quan: 12–13, in hoa. */
const HEAD_SIZE = 12;
/** Tiêu ngữ, tên loại, trích yếu: 13–14, bold. */
export const TITLE_SIZE = 14;
/** "Nơi nhận:" 12, bold italic; the list under it 11. */
const RECIPIENTS_HEAD_SIZE = 12;
const RECIPIENTS_SIZE = 11;
/** Row height in points for one line of body text. */
export const LINE_HEIGHT = 18;

export type Span = { col: number; cols: number };

/** A table column: where it sits on the grid, and how its body cells are shown. */
export interface GridColumn extends Span {
  format?: string;
  hAlign?: StyleSpec["hAlign"];
}

type Style = Omit<StyleSpec, "range">;

/** Accumulates rows, merges and styles as a document is written top to bottom on a grid of columns. */
export class DocBuilder {
  readonly cells: CellInput[][] = [];
  readonly merges: RangeRef[] = [];
  readonly styles: StyleSpec[] = [];
  readonly formats: NumberFormatSpec[] = [];
  readonly conditional: ConditionalFormatSpec[] = [];
  readonly heights: Record<number, number> = {};
  /** Rows (0-based) that begin a new printed page. */
  readonly pageBreaks: number[] = [];

  constructor(readonly widths: readonly number[]) {}

  get cols(): number {
    return this.widths.length;
  }

  get next(): number {
    return this.cells.length;
  }

  private ensure(row: number): CellInput[] {
    while (this.cells.length <= row) this.cells.push(new Array<CellInput>(this.cols).fill(null));
    return this.cells[row]!;
  }

  blank(n = 1): void {
    for (let i = 0; i < n; i++) this.ensure(this.next);
  }

  put(row: number, span: Span, value: CellInput, style: Style = {}): void {
    this.ensure(row)[span.col] = value;
    const range = { row, col: span.col, rows: 1, cols: span.cols };
    if (span.cols > 1) this.merges.push(range);
    if (Object.keys(style).length > 0) this.styles.push({ range, fontName: DOCUMENT_FONT, ...style });
  }

  /** A paragraph over the given columns (all by default); the row grows to the wrapped text's lines. */
  line(text: string, style: Style = {}, span: Span = { col: 0, cols: this.cols }): number {
    const row = this.next;
    this.put(row, span, text, { wrap: true, vAlign: "top", ...style });
    this.fitHeight(row, text, span, style.fontSize);
    return row;
  }

  fitHeight(row: number, text: string, span: Span, size = BODY_SIZE): void {
    const width = this.widths.slice(span.col, span.col + span.cols).reduce((a, b) => a + b, 0);
    // Times New Roman 13 runs about 1.15 characters (a substitute font more) per width unit of the default font; keep a margin.
    const perUnit = 1.35 * (size / BODY_SIZE);
    const lines = text
      .split("\n")
      .reduce((n, part) => n + Math.max(1, Math.ceil((part.length * perUnit) / Math.max(1, width))), 0);
    const height = Math.ceil(lines * LINE_HEIGHT * (size / BODY_SIZE));
    if (lines > 1 || size > BODY_SIZE) this.heights[row] = Math.max(this.heights[row] ?? 0, height);
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

  /**
   * The sheet this document is: its cells and layout at its own column widths, the add-in's tab colour, and
   * printed as a document (portrait A4 unless `print` says otherwise), as every paper the add-in writes.
   */
  sheet(name: string, marker: MarkerSpec, print: PrintSpec = documentPrint("portrait")): SheetSpec {
    return {
      name,
      marker,
      cells: this.cells,
      columnWidths: [...this.widths],
      rowHeights: this.heights,
      merges: this.merges,
      styles: this.baseStyles(),
      numberFormats: this.formats,
      ...(this.conditional.length ? { conditionalFormats: this.conditional } : {}),
      print,
      ...(this.pageBreaks.length ? { pageBreaks: [...this.pageBreaks] } : {}),
      tabColor: COLORS.tabGenerated,
    };
  }

  /** The document font and body size under every cell, first, so every later style only adds to it. */
  baseStyles(): StyleSpec[] {
    return [
      {
        range: { row: 0, col: 0, rows: Math.max(1, this.cells.length), cols: this.cols },
        fontName: DOCUMENT_FONT,
        fontSize: BODY_SIZE,
      },
      ...this.styles,
    ];
  }
}

/**
 * "ngày 15 tháng 8 năm 2024" as the decree writes a date: a leading 0 for days below 10 and for months
 * 1 and 2 only ("ngày 05 tháng 02", but "tháng 8").
 */
export function documentDate(d: Date): { day: string; month: string; year: number } {
  const month = d.getUTCMonth() + 1;
  return {
    day: String(d.getUTCDate()).padStart(2, "0"),
    month: month <= 2 ? String(month).padStart(2, "0") : String(month),
    year: d.getUTCFullYear(),
  };
}

/** "Cam Đường, ngày 15 tháng 8 năm 2024". */
export function dateline(place: string, d: Date): string {
  return msg("DOC_DATELINE", { place, ...documentDate(d) }).vi;
}

/**
 * "Số: 15/BC-UBND" (Điều 15: numbers below 10 take a leading 0, "/" then "-", no spaces). Without a
 * number (the văn thư gives it when the paper is issued) the place is left blank to be written by hand.
 */
export function documentNumber(number: string, symbol: string): string {
  const n = number.trim();
  const shown = /^\d$/.test(n) ? `0${n}` : n;
  return msg("DOC_NUMBER", { number: shown || "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0", symbol: symbol.trim() }).vi;
}

export interface DocumentHead {
  /** Tên cơ quan chủ quản trực tiếp, when there is one ("" when not): in hoa, not bold. */
  parent: string;
  /** Tên cơ quan ban hành, one line per entry: in hoa, bold, a short rule under it. */
  issuer: readonly string[];
  /** Số, as the văn thư gave it; "" leaves it blank. */
  number: string;
  /** Ký hiệu, e.g. "BC-UBND". */
  symbol: string;
  place: string;
  date: Date;
  /** Tên loại, e.g. "BÁO CÁO". */
  kind: string;
  /** Trích yếu, e.g. "Tổng hợp công tác thi đua, khen thưởng quý I năm 2024". */
  subject: string;
}

export interface DocumentFoot {
  /** Nơi nhận, one entry each; "Lưu: VT" last. */
  recipients: readonly string[];
  /** Quyền hạn of the signer, e.g. "TM. ỦY BAN NHÂN DÂN". */
  authority: string;
  /** Chức vụ, e.g. "CHỦ TỊCH". */
  position: string;
  /** Họ tên. */
  signer: string;
}

/** Where the two blocks of the header and the signature sit: left (cơ quan, số, nơi nhận), right (quốc hiệu, date, signer). */
export interface DocumentGrid {
  left: Span;
  right: Span;
}

const upper = (s: string): string => s.toLocaleUpperCase("vi");

/** Writes the header block, tên loại and trích yếu; returns the first free row. */
export function writeDocumentHead(doc: DocBuilder, grid: DocumentGrid, head: DocumentHead): number {
  const center = { hAlign: "center" as const, vAlign: "middle" as const };
  const issuer = head.issuer.map(upper).filter((s) => s.trim());
  const left: { text: string; style: Style }[] = [];
  if (head.parent.trim()) left.push({ text: upper(head.parent), style: { fontSize: HEAD_SIZE } });
  issuer.forEach((text, i) =>
    left.push({ text, style: { fontSize: HEAD_SIZE, bold: true, underline: i === issuer.length - 1 } }),
  );
  const right: { text: string; style: Style }[] = [
    { text: msg("DOC_NATION").vi, style: { fontSize: HEAD_SIZE, bold: true } },
    { text: msg("DOC_MOTTO").vi, style: { fontSize: TITLE_SIZE - 1, bold: true, underline: true } },
  ];
  const top = doc.next;
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i++) {
    const l = left[i];
    const r = right[i];
    if (l) doc.put(top + i, grid.left, l.text, { ...center, ...l.style });
    if (r) doc.put(top + i, grid.right, r.text, { ...center, ...r.style });
    if (!l && !r) doc.blank();
  }
  const numberRow = top + rows;
  doc.put(numberRow, grid.left, documentNumber(head.number, head.symbol), { ...center, fontSize: BODY_SIZE });
  doc.put(numberRow, grid.right, dateline(head.place, head.date), { ...center, italic: true, fontSize: BODY_SIZE });
  doc.heights[numberRow] = LINE_HEIGHT + 4;
  doc.blank();
  const kindRow = doc.line(upper(head.kind), { bold: true, fontSize: TITLE_SIZE, hAlign: "center", vAlign: "middle" });
  doc.heights[kindRow] = Math.max(doc.heights[kindRow] ?? 0, 22);
  doc.line(head.subject, { bold: true, fontSize: TITLE_SIZE, hAlign: "center", vAlign: "middle" });
  return doc.next;
}

/**
 * Printable height of an A4 portrait page inside the decree's margins, in points: 297 mm less 2 × 0.8".
 * The columns fit the width at about 100 %, so rows print at their own height.
 */
const PAGE_HEIGHT_PT = (297 / 25.4) * 72 - 2 * 0.8 * 72;
/** Height of a row left to the host: one line of 13 pt text. */
const DEFAULT_ROW_PT = LINE_HEIGHT;

/**
 * Whether rows [from, to] would be cut by a page end, as the rows above them fill pages (a row is never
 * split: one that does not fit starts the next page). An estimate from the row heights the document set;
 * a host's own row heights differ a little, so a block close to the end of a page is moved whole.
 */
export function wouldSplit(heights: Readonly<Record<number, number>>, from: number, to: number): boolean {
  const h = (r: number) => heights[r] ?? DEFAULT_ROW_PT;
  let used = 0;
  for (let r = 0; r < from; r++) {
    if (used + h(r) > PAGE_HEIGHT_PT) used = 0;
    used += h(r);
  }
  let block = 0;
  for (let r = from; r <= to; r++) block += h(r);
  // A line's worth of slack for the host's rounding of row heights.
  return used + block > PAGE_HEIGHT_PT - DEFAULT_ROW_PT && block < PAGE_HEIGHT_PT;
}

/** Writes nơi nhận (left) and the signature block (right), with room for the signature and the seal; kept on one page. */
export function writeDocumentFoot(doc: DocBuilder, grid: DocumentGrid, foot: DocumentFoot): void {
  doc.blank();
  const top = doc.next;
  const center = { hAlign: "center" as const, vAlign: "top" as const };
  doc.put(top, grid.left, msg("DOC_RECIPIENTS").vi, { bold: true, italic: true, fontSize: RECIPIENTS_HEAD_SIZE });
  foot.recipients.forEach((r, i) => {
    const last = i === foot.recipients.length - 1;
    doc.put(top + 1 + i, grid.left, `- ${r.trim().replace(/[.;]$/, "")}${last ? "." : ";"}`, {
      fontSize: RECIPIENTS_SIZE,
      vAlign: "top",
    });
  });
  const signer: { text: string; style: Style }[] = [
    { text: upper(foot.authority), style: { bold: true } },
    { text: upper(foot.position), style: { bold: true } },
  ].filter((x) => x.text.trim());
  signer.forEach((s, i) => doc.put(top + i, grid.right, s.text, { ...center, ...s.style }));
  // Four lines for the signature and the seal under the chức vụ, then the name.
  const nameRow = Math.max(top + signer.length + 4, doc.next);
  while (doc.next <= nameRow) doc.blank();
  doc.put(nameRow, grid.right, foot.signer, { ...center, bold: true });
  if (wouldSplit(doc.heights, top, doc.next - 1)) doc.pageBreaks.push(top);
}

/** A4 portrait, one page wide, the decree's margins, page numbers top centre from page 2. */
export function documentPrint(orientation: PrintSpec["orientation"] = "portrait"): PrintSpec {
  return { orientation, layout: "document" };
}
