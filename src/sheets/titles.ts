/**
 * `Danh hiệu`: the catalogue of danh hiệu thi đua and hình thức khen thưởng, each line with who may hold
 * it, its cycle, who decides it before and since 01/07/2025, what the add-in checks and its legal basis.
 * The registration drop-down reads its names; created once, then the clerk's.
 */
import {
  CATEGORY_LABELS,
  CYCLE_LABELS,
  DECIDER_LABELS,
  defaultTitles,
  parseTitleSubject,
  SUBJECT_LABELS,
  TWO_LEVEL_FROM,
  deciderOn,
  type Decider,
  type Title,
  type TitleCategory,
  type TitleCycle,
} from "../domain/titles";
import { fold } from "../domain/codes";
import { UNIT_TYPES } from "../domain/types";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { matchHeaders, tableRows, text, type ColumnDef } from "./cells";
import { parseUnitType, UNIT_TYPE_LABELS } from "./units";
import { buildListSheet } from "./listSheet";
import { SHEET } from "./names";
import { COLORS } from "./style";
import { prepareMarker } from "./markers";

export type TitleKey =
  "code" | "name" | "kind" | "category" | "cycle" | "eligible" | "decidedBefore" | "decidedSince" | "checks" | "basis" | "note";

/** The day before the two-level government, as the column header says it. */
const BEFORE_HEADER = "Cấp quyết định đến 30/6/2025";
const SINCE_HEADER = "Cấp quyết định từ 01/7/2025";

export const TITLE_COLUMNS: readonly ColumnDef<TitleKey>[] = [
  { key: "code", header: "Mã", aliases: ["Mã danh hiệu"], required: true },
  { key: "name", header: "Danh hiệu", aliases: ["Tên danh hiệu", "Hình thức"], required: true },
  { key: "kind", header: "Đối tượng", aliases: ["Loại đối tượng", "Dành cho"], required: true },
  { key: "category", header: "Loại", aliases: ["Phân loại"] },
  { key: "cycle", header: "Chu kỳ xét", aliases: ["Chu kỳ"] },
  { key: "eligible", header: "Đơn vị được xét", aliases: ["Loại đơn vị được xét"] },
  { key: "decidedBefore", header: BEFORE_HEADER, aliases: ["Cấp quyết định", "Thẩm quyền"] },
  { key: "decidedSince", header: SINCE_HEADER },
  { key: "checks", header: "Add-in kiểm tra", aliases: ["Điều kiện kiểm tra"] },
  { key: "basis", header: "Căn cứ" },
  { key: "note", header: "Ghi chú" },
];

/** 30/06/2025 and 01/07/2025: the last day of the district level, and the first of the two-level government. */
const LAST_DISTRICT_DAY = new Date(Date.UTC(2025, 5, 30));
const FIRST_TWO_LEVEL_DAY = new Date(Date.UTC(2025, 6, 1));

function deciderCell(d: Decider | undefined): string | null {
  return d ? DECIDER_LABELS[d.level] : null;
}

function eligibleCell(t: Title): string | null {
  if (t.kind !== "unit") return null;
  if (!t.eligible || t.eligible.length === UNIT_TYPES.length) return "Mọi loại đơn vị";
  return t.eligible.map((u) => UNIT_TYPE_LABELS[u]).join("; ");
}

/** The whole catalogue: the names in column B (the drop-down of a row whose subject kind is still blank). */
export const TITLE_LIST_SOURCE = `='${SHEET.titles}'!$B$2:$B$100`;

const TITLE_NAMES_FROM_HEADER = `'${SHEET.titles}'!$B$1`;
const TITLE_KINDS = `'${SHEET.titles}'!$C$2:$C$100`;

/**
 * The title drop-down of one `Đăng ký` row, filtered by the row's subject kind: `kindCell` is the row's
 * "Loại đối tượng" cell written relative to the validated range's top-left cell (e.g. "$B2"), so each row
 * reads its own kind. Blank kind: the whole catalogue. Otherwise the block of titles of that kind, found
 * by MATCH (first row of the kind) and COUNTIF (how many), which holds because the catalogue is written
 * grouped by kind (buildTitlesSheet). A clerk who later adds a title out of its group gets a list with a
 * neighbour's title in it; REG_TITLE_KIND still reports a wrong pick. Excel accepts a list source that is a
 * formula returning a reference (IF/OFFSET), not a defined name, so no name has to be added to the
 * workbook, and it stays under Excel's 255-character limit on a validation formula.
 */
export function titleListSourceFor(kindCell: string): string {
  const first = `MATCH(${kindCell},${TITLE_KINDS},0)`;
  const count = `COUNTIF(${TITLE_KINDS},${kindCell})`;
  return `=IF(${kindCell}="",${TITLE_LIST_SOURCE.slice(1)},OFFSET(${TITLE_NAMES_FROM_HEADER},${first},0,${count},1))`;
}

const KIND_ORDER: Readonly<Record<Title["kind"], number>> = { unit: 0, person: 1, household: 2 };

/** Collective titles first, then individual ones, each in the order given: the drop-down needs each kind contiguous. */
export function groupTitlesByKind(titles: readonly Title[]): Title[] {
  return titles
    .map((t, i) => ({ t, i }))
    .sort((a, b) => KIND_ORDER[a.t.kind] - KIND_ORDER[b.t.kind] || a.i - b.i)
    .map((x) => x.t);
}

export function buildTitlesSheet(titles: readonly Title[], options: { ward: string }): SheetSpec {
  const rows: CellInput[][] = groupTitlesByKind(titles).map((t) => {
    const known = !!t.deciders?.length;
    return [
      t.code,
      t.name,
      SUBJECT_LABELS[t.kind],
      t.category ? CATEGORY_LABELS[t.category] : null,
      t.cycle ? CYCLE_LABELS[t.cycle] : null,
      eligibleCell(t),
      known ? deciderCell(deciderOn(t, LAST_DISTRICT_DAY)) : t.decidedBy || null,
      known ? deciderCell(deciderOn(t, FIRST_TWO_LEVEL_DAY)) : null,
      t.checks ?? null,
      t.basis ?? null,
      t.note ?? null,
    ];
  });
  return buildListSheet({
    name: SHEET.titles,
    marker: prepareMarker("titles"),
    tableName: "DanhHieu",
    columns: [
      { header: "Mã", minWidth: 8, maxWidth: 10, input: true },
      { header: "Danh hiệu", minWidth: 24, maxWidth: 32, input: true },
      {
        header: "Đối tượng",
        minWidth: 11,
        maxWidth: 13,
        input: true,
        validation: {
          type: "list",
          values: Object.values(SUBJECT_LABELS),
          allowBlank: true,
          error: { title: "Đối tượng", message: "Chọn Tập thể, Cá nhân hoặc Hộ gia đình." },
        },
      },
      {
        header: "Loại",
        minWidth: 14,
        maxWidth: 20,
        input: true,
        validation: {
          type: "list",
          values: Object.values(CATEGORY_LABELS),
          allowBlank: true,
          error: { title: "Loại", message: "Chọn Danh hiệu thi đua hoặc Hình thức khen thưởng." },
        },
      },
      {
        header: "Chu kỳ xét",
        minWidth: 12,
        maxWidth: 18,
        input: true,
        validation: {
          type: "list",
          values: Object.values(CYCLE_LABELS),
          allowBlank: true,
          error: { title: "Chu kỳ xét", message: "Chọn Hằng năm hoặc Theo đợt hoặc năm." },
        },
      },
      { header: "Đơn vị được xét", minWidth: 16, maxWidth: 28, input: true },
      { header: BEFORE_HEADER, minWidth: 20, maxWidth: 30, input: true },
      { header: SINCE_HEADER, minWidth: 20, maxWidth: 30, input: true },
      { header: "Add-in kiểm tra", minWidth: 24, maxWidth: 50, input: true },
      { header: "Căn cứ", minWidth: 20, maxWidth: 40, input: true },
      { header: "Ghi chú", minWidth: 12, maxWidth: 36, input: true },
    ],
    rows,
    blankRows: 5,
    ward: options.ward,
    title: "Danh mục danh hiệu thi đua, hình thức khen thưởng",
    orientation: "landscape",
    tabColor: COLORS.tabInput,
  });
}

function byLabel<K extends string>(labels: Readonly<Record<K, string>>, typed: string): K | undefined {
  const f = fold(typed);
  return (Object.keys(labels) as K[]).find((k) => fold(labels[k]) === f);
}

/**
 * Rows with an unreadable kind are left out: a title no one can register for is not a title. A row whose
 * code is a catalogue line keeps that line's deciders by date (the sheet shows them, it cannot hold the
 * dates' logic); a row a clerk added keeps what its "Cấp quyết định" cells say, as text.
 */
export function readTitles(data: SheetData): Title[] {
  const match = matchHeaders(data.values, TITLE_COLUMNS);
  if (!match || match.missing.length) return [];
  const known = new Map(defaultTitles().map((t) => [fold(t.code), t]));
  const out: Title[] = [];
  for (const r of tableRows(data.values, match)) {
    const name = text(r.get("name"));
    const kind = parseTitleSubject(text(r.get("kind")));
    if (!name || !kind) continue;
    const code = text(r.get("code")) || name;
    const before = text(r.get("decidedBefore"));
    const since = text(r.get("decidedSince"));
    const decidedBy = [
      before && since && before !== since ? `${before} (đến 30/6/2025)` : before,
      since && since !== before ? `${since} (từ ${TWO_LEVEL_FROM})` : "",
    ]
      .filter(Boolean)
      .join("; ");
    const t: Title = { code, name, kind, decidedBy, row: r.row + 1 };
    const line = known.get(fold(code));
    if (line?.deciders) t.deciders = line.deciders;
    const category = byLabel<TitleCategory>(CATEGORY_LABELS, text(r.get("category")));
    const cycle = byLabel<TitleCycle>(CYCLE_LABELS, text(r.get("cycle")));
    if (category) t.category = category;
    if (cycle) t.cycle = cycle;
    const eligibleText = text(r.get("eligible"));
    if (kind === "unit" && eligibleText && fold(eligibleText) !== fold("Mọi loại đơn vị")) {
      const types = eligibleText
        .split(/[;,]/)
        .map((x) => parseUnitType(x.trim()))
        .filter((x): x is NonNullable<typeof x> => x !== undefined);
      if (types.length) t.eligible = types;
    }
    for (const key of ["checks", "basis", "note"] as const) {
      const v = text(r.get(key));
      if (v) t[key] = v;
    }
    out.push(t);
  }
  return out;
}
