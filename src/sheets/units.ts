/**
 * `Đơn vị`: the units (tập thể) that take part, with their type and khối thi đua, and beside them the
 * small `Khối thi đua` table the khối column's drop-down reads from. An input list: the add-in creates
 * it once and a person keeps it; later commands read it with readUnits.
 */
import { fold } from "../domain/codes";
import { UNIT_TYPES, type Finding, type Unit, type UnitType } from "../domain/types";
import type { CellInput, CellValue, SheetData, SheetSpec } from "../workbook/port";
import { a1, matchHeaders, quoteSheet, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet, type ListColumn } from "./listSheet";
import { finding } from "../domain/findingCodes";
import { SHEET } from "./names";
import { COLORS, fitWidth, headerStyle, range, SAMPLE_NOTE, TABLE_STYLE } from "./style";
import { layoutMarker } from "./markers";

export const UNIT_TYPE_LABELS: Readonly<Record<UnitType, string>> = {
  TDP: "Tổ dân phố",
  CHIBO: "Chi bộ",
  // No commas: an inline validation list separates its values with commas.
  DOANTHE: "Mặt trận - đoàn thể",
  BANNGANH: "Ban ngành",
  TRUONG: "Trường học",
  COQUAN: "Cơ quan - đơn vị",
};

/** Other ways people write a unit type; matched after folding (no marks, lower case). */
const UNIT_TYPE_ALIASES: ReadonlyArray<[string, UnitType]> = [
  ["TDP", "TDP"],
  ["Tổ dân phố", "TDP"],
  ["Khu dân cư", "TDP"],
  ["Chi bộ", "CHIBO"],
  ["Đoàn thể", "DOANTHE"],
  ["Mặt trận", "DOANTHE"],
  ["Mặt trận, đoàn thể", "DOANTHE"],
  ["Tổ chức chính trị - xã hội", "DOANTHE"],
  ["Ban ngành", "BANNGANH"],
  ["Ban, ngành", "BANNGANH"],
  ["Bộ phận", "BANNGANH"],
  ["Trường", "TRUONG"],
  ["Trường học", "TRUONG"],
  ["Cơ quan", "COQUAN"],
  ["Cơ quan, đơn vị", "COQUAN"],
  ["Đơn vị", "COQUAN"],
  ...UNIT_TYPES.map((t): [string, UnitType] => [t, t]),
];

export function parseUnitType(v: CellValue | undefined): UnitType | undefined {
  const f = fold(text(v ?? null)).replace(/[\s,-]/g, "");
  if (!f) return undefined;
  return UNIT_TYPE_ALIASES.find(([alias]) => fold(alias).replace(/[\s,-]/g, "") === f)?.[1];
}

/** A khối thi đua: units are ranked within their khối only. */
export interface Block {
  code: string;
  name: string;
  row?: number;
}

/** The usual khối of a ward (research §3.7); a person edits the table on `Đơn vị`. */
export const DEFAULT_BLOCKS: readonly Block[] = [
  { code: "KTDP", name: "Khối tổ dân phố" },
  { code: "KCB", name: "Khối chi bộ" },
  { code: "KDT", name: "Khối Mặt trận, đoàn thể" },
  { code: "KBN", name: "Khối ban, ngành" },
  { code: "KTH", name: "Khối trường học" },
  { code: "KCQ", name: "Khối cơ quan, đơn vị" },
];

export type UnitKey = "code" | "name" | "type" | "block" | "head" | "follower" | "note";

export const UNIT_COLUMNS: readonly ColumnDef<UnitKey>[] = [
  { key: "code", header: "Mã đơn vị", aliases: ["Mã ĐV", "MaDV", "Mã"], required: true },
  { key: "name", header: "Tên đơn vị", aliases: ["Tên ĐV", "TenDV", "Đơn vị", "Tên"], required: true },
  { key: "type", header: "Loại", aliases: ["Loại đơn vị", "LoaiDV"], required: true },
  { key: "block", header: "Khối thi đua", aliases: ["Khối", "Mã khối"], required: true },
  { key: "head", header: "Người đứng đầu", aliases: ["Trưởng đơn vị", "NguoiDungDau"] },
  {
    key: "follower",
    header: "Thành viên HĐ theo dõi",
    aliases: ["Thành viên HĐ phụ trách", "Người theo dõi", "ThanhVienHDPhuTrach"],
  },
  { key: "note", header: "Ghi chú", aliases: ["GhiChu"] },
];

export type BlockKey = "code" | "name";
export const BLOCK_COLUMNS: readonly ColumnDef<BlockKey>[] = [
  { key: "code", header: "Mã khối", required: true },
  { key: "name", header: "Tên khối thi đua", aliases: ["Tên khối"], required: true },
];

/** Where the khối table starts (0-based column), one blank column after the units table. */
const BLOCK_COL = UNIT_COLUMNS.length + 1;
const BLOCK_BLANK_ROWS = 4;
const UNIT_BLANK_ROWS = 5;
/** The council codes the follower drop-down offers: rows 2-200 of column A of `Hội đồng`. */
const COUNCIL_CODE_SOURCE = `=${quoteSheet(SHEET.council)}!$A$2:$A$200`;

export interface UnitsSheetOptions {
  ward: string;
  blocks?: readonly Block[];
  /** Blank formatted rows after the data. */
  blankRows?: number;
}

export function buildUnitsSheet(units: readonly Unit[], options: UnitsSheetOptions): SheetSpec {
  const blocks = options.blocks ?? DEFAULT_BLOCKS;
  const blockRows = blocks.length + BLOCK_BLANK_ROWS;
  const blockSource = `=$${colLetter(BLOCK_COL)}$2:$${colLetter(BLOCK_COL)}$${blockRows + 1}`;
  const columns: ListColumn[] = [
    { header: "Mã đơn vị", minWidth: 10, maxWidth: 14, input: true },
    { header: "Tên đơn vị", minWidth: 24, maxWidth: 45, input: true },
    {
      header: "Loại",
      minWidth: 16,
      maxWidth: 20,
      input: true,
      validation: {
        type: "list",
        values: UNIT_TYPES.map((t) => UNIT_TYPE_LABELS[t]),
        allowBlank: true,
        error: { title: "Loại đơn vị", message: "Chọn một loại trong danh sách." },
      },
    },
    {
      header: "Khối thi đua",
      minWidth: 12,
      maxWidth: 14,
      input: true,
      validation: {
        type: "list",
        source: blockSource,
        allowBlank: true,
        error: { title: "Khối thi đua", message: "Chọn một mã khối có trong bảng Khối thi đua (cột bên phải)." },
      },
    },
    { header: "Người đứng đầu", minWidth: 18, maxWidth: 28, input: true },
    {
      header: "Thành viên HĐ theo dõi",
      minWidth: 14,
      maxWidth: 16,
      input: true,
      validation: {
        type: "list",
        source: COUNCIL_CODE_SOURCE,
        allowBlank: true,
        error: { title: "Thành viên Hội đồng", message: "Chọn một mã thành viên có trong trang Hội đồng." },
      },
    },
    { header: "Ghi chú", minWidth: 14, maxWidth: 30, input: true },
  ];
  const rows: CellInput[][] = units.map((u) => [
    u.code,
    u.name,
    UNIT_TYPE_LABELS[u.type],
    u.block,
    u.head ?? null,
    u.follower ?? null,
    u.note ?? null,
  ]);
  const spec = buildListSheet({
    name: SHEET.units,
    marker: layoutMarker("units"),
    tableName: "DonVi",
    columns,
    rows,
    blankRows: options.blankRows ?? (units.length ? 0 : UNIT_BLANK_ROWS),
    ward: options.ward,
    title: "Danh sách đơn vị tham gia thi đua",
    tabColor: COLORS.tabInput,
  });
  addBlockTable(spec, blocks, blockRows);
  return spec;
}

function colLetter(c: number): string {
  return a1(0, c).replace(/\d+$/, "");
}

function addBlockTable(spec: SheetSpec, blocks: readonly Block[], blockRows: number): void {
  const need = blockRows + 1;
  while (spec.cells.length < need) spec.cells.push(UNIT_COLUMNS.map(() => null));
  const width = spec.cells[0]?.length ?? UNIT_COLUMNS.length;
  spec.cells.forEach((row, r) => {
    while (row.length < width) row.push(null);
    row.push(null);
    const b = r === 0 ? undefined : blocks[r - 1];
    if (r === 0) row.push("Mã khối", "Tên khối thi đua");
    else if (r <= blockRows) row.push(b?.code ?? null, b?.name ?? null);
    else row.push(null, null);
  });
  spec.columnWidths = [
    ...(spec.columnWidths ?? []),
    3,
    fitWidth(
      "Mã khối",
      blocks.map((b) => b.code),
      9,
      12,
    ),
    fitWidth(
      "Tên khối thi đua",
      blocks.map((b) => b.name),
      18,
      34,
    ),
  ];
  const header = headerStyle(2);
  spec.styles = [
    ...(spec.styles ?? []),
    { ...header, range: range(0, BLOCK_COL, 1, 2) },
    { range: range(1, BLOCK_COL, blockRows, 2), wrap: true, vAlign: "top", border: "thin", locked: false },
  ];
  spec.tables = [
    ...(spec.tables ?? []),
    { name: "KhoiThiDua", range: range(0, BLOCK_COL, blockRows + 1, 2), style: TABLE_STYLE },
  ];
}

export interface UnitsRead {
  units: Unit[];
  /** The khối table beside the units; empty when the sheet has none (then no khối list is known). */
  blocks: Block[];
  findings: Finding[];
  /** 0-based column of each field (-1 when absent), so a finding can point at a unit's cell: a1(unit.row - 1, columns.block). */
  columns: Record<UnitKey, number>;
  /** Rows marked as sample data ("Dữ liệu mẫu" in Ghi chú). */
  sampleRows: number;
}

/** Reads `Đơn vị` tolerantly. Rows without a code or with an unknown type are reported and left out. */
export function readUnits(data: SheetData): UnitsRead {
  const sheet = data.name;
  const findings: Finding[] = [];
  const noColumns = Object.fromEntries(UNIT_COLUMNS.map((d) => [d.key, -1])) as Record<UnitKey, number>;
  const match = matchHeaders(data.values, UNIT_COLUMNS);
  if (!match || match.missing.includes("code") || match.missing.includes("name")) {
    findings.push(
      finding("UNITS_NO_HEADER", sheet, "A1", {
        headers: UNIT_COLUMNS.filter((d) => d.required)
          .map((d) => d.header)
          .join(", "),
      }),
    );
    return { units: [], blocks: [], findings, columns: match?.columns ?? noColumns, sampleRows: 0 };
  }
  for (const key of match.missing) {
    const def = UNIT_COLUMNS.find((d) => d.key === key);
    findings.push(finding("UNITS_COLUMN_MISSING", sheet, a1(match.headerRow, 0), { column: def?.header ?? key }));
  }
  // The khối table sits to the right on the same rows: read only the units' own columns.
  const own = Object.values(match.columns).filter((c) => c >= 0);
  const lastOwn = Math.max(...own);
  const unitValues = data.values.map((row) => row.slice(0, lastOwn + 1));
  const units: Unit[] = [];
  let sampleRows = 0;
  for (const r of tableRows(unitValues, match)) {
    const code = text(r.get("code"));
    const name = text(r.get("name"));
    const cellOf = (k: UnitKey) => a1(r.row, Math.max(0, match.columns[k]));
    if (!code) {
      findings.push(finding("UNIT_CODE_MISSING", sheet, cellOf("code"), { name }));
      continue;
    }
    const typeText = text(r.get("type"));
    const type = parseUnitType(typeText);
    if (!type) {
      findings.push(
        finding(typeText ? "UNIT_TYPE_UNKNOWN" : "UNIT_TYPE_MISSING", sheet, cellOf("type"), {
          code,
          value: typeText,
          types: UNIT_TYPES.map((t) => UNIT_TYPE_LABELS[t]).join(", "),
        }),
      );
      continue;
    }
    if (!name) findings.push(finding("UNIT_NAME_MISSING", sheet, cellOf("name"), { code }));
    const block = text(r.get("block"));
    if (!block && match.columns.block >= 0) findings.push(finding("UNIT_BLOCK_MISSING", sheet, cellOf("block"), { code }));
    const note = text(r.get("note"));
    if (note === SAMPLE_NOTE) sampleRows++;
    const unit: Unit = { code, name: name || code, type, block, row: r.row + 1 };
    const head = text(r.get("head"));
    const follower = text(r.get("follower"));
    if (head) unit.head = head;
    if (follower) unit.follower = follower;
    if (note) unit.note = note;
    units.push(unit);
  }
  return { units, blocks: readBlocks(data), findings, columns: match.columns, sampleRows };
}

/** The khối table: the "Mã khối" / "Tên khối thi đua" header anywhere in the first rows. */
export function readBlocks(data: SheetData): Block[] {
  const match = matchHeaders(data.values, BLOCK_COLUMNS);
  if (!match || match.missing.length) return [];
  const values = data.values.map((row) => [row[match.columns.code] ?? null, row[match.columns.name] ?? null]);
  const local = { headerRow: match.headerRow, columns: { code: 0, name: 1 }, missing: [] as BlockKey[] };
  const out: Block[] = [];
  for (const r of tableRows(values, local)) {
    const code = text(r.get("code"));
    if (code) out.push({ code, name: text(r.get("name")) || code, row: r.row + 1 });
  }
  return out;
}
