/** `Danh hiệu`: the title catalogue the registration drop-down reads; created once, then the clerk's. */
import { parseSubjectKind, SUBJECT_LABELS, type Title } from "../domain/titles";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { matchHeaders, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet } from "./listSheet";
import { SHEET } from "./names";
import { COLORS } from "./style";

export type TitleKey = "code" | "name" | "kind" | "decidedBy" | "basis" | "note";

export const TITLE_COLUMNS: readonly ColumnDef<TitleKey>[] = [
  { key: "code", header: "Mã", aliases: ["Mã danh hiệu"], required: true },
  { key: "name", header: "Danh hiệu", aliases: ["Tên danh hiệu", "Hình thức"], required: true },
  { key: "kind", header: "Đối tượng", aliases: ["Loại đối tượng", "Dành cho"], required: true },
  { key: "decidedBy", header: "Cấp quyết định", aliases: ["Thẩm quyền"] },
  { key: "basis", header: "Căn cứ" },
  { key: "note", header: "Ghi chú" },
];

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

const KIND_ORDER: Readonly<Record<Title["kind"], number>> = { unit: 0, person: 1 };

/** Collective titles first, then individual ones, each in the order given: the drop-down needs each kind contiguous. */
export function groupTitlesByKind(titles: readonly Title[]): Title[] {
  return titles
    .map((t, i) => ({ t, i }))
    .sort((a, b) => KIND_ORDER[a.t.kind] - KIND_ORDER[b.t.kind] || a.i - b.i)
    .map((x) => x.t);
}

export function buildTitlesSheet(titles: readonly Title[], options: { ward: string }): SheetSpec {
  const rows: CellInput[][] = groupTitlesByKind(titles).map((t) => [
    t.code,
    t.name,
    SUBJECT_LABELS[t.kind],
    t.decidedBy,
    t.basis ?? null,
    t.note ?? null,
  ]);
  return buildListSheet({
    name: SHEET.titles,
    marker: { command: "prepare", key: "titles" },
    tableName: "DanhHieu",
    columns: [
      { header: "Mã", minWidth: 8, maxWidth: 10, input: true },
      { header: "Danh hiệu", minWidth: 26, maxWidth: 40, input: true },
      {
        header: "Đối tượng",
        minWidth: 11,
        maxWidth: 12,
        input: true,
        validation: {
          type: "list",
          values: Object.values(SUBJECT_LABELS),
          allowBlank: true,
          error: { title: "Đối tượng", message: "Chọn Tập thể hoặc Cá nhân." },
        },
      },
      { header: "Cấp quyết định", minWidth: 20, maxWidth: 36, input: true },
      { header: "Căn cứ", minWidth: 20, maxWidth: 34, input: true },
      { header: "Ghi chú", minWidth: 12, maxWidth: 30, input: true },
    ],
    rows,
    blankRows: 5,
    ward: options.ward,
    title: "Danh mục danh hiệu thi đua, hình thức khen thưởng",
    orientation: "portrait",
    tabColor: COLORS.tabInput,
  });
}

/** Rows with an unreadable kind are left out: a title no one can register for is not a title. */
export function readTitles(data: SheetData): Title[] {
  const match = matchHeaders(data.values, TITLE_COLUMNS);
  if (!match || match.missing.length) return [];
  const out: Title[] = [];
  for (const r of tableRows(data.values, match)) {
    const name = text(r.get("name"));
    const kind = parseSubjectKind(text(r.get("kind")));
    if (!name || !kind) continue;
    const t: Title = { code: text(r.get("code")) || name, name, kind, decidedBy: text(r.get("decidedBy")), row: r.row + 1 };
    const basis = text(r.get("basis"));
    const note = text(r.get("note"));
    if (basis) t.basis = basis;
    if (note) t.note = note;
    out.push(t);
  }
  return out;
}
