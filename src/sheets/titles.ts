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

/** Where the registration sheet's title drop-down reads from: the names in column B. */
export const TITLE_LIST_SOURCE = `='${SHEET.titles}'!$B$2:$B$100`;

export function buildTitlesSheet(titles: readonly Title[], options: { ward: string }): SheetSpec {
  const rows: CellInput[][] = titles.map((t) => [
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
