/**
 * `Căn cứ`: each text the plan cites, with its status on a given day (today, injected) and what
 * replaced it, so the clerk sees a superseded basis before the plan is re-issued. Generated; the
 * statuses come from domain/plan/legal.ts.
 */
import type { BasisStatus } from "../domain/plan/legal";
import { statusLabel } from "../domain/plan/legal";
import type { CitedDocument, Plan } from "../domain/plan/model";
import type { CellInput, SheetData, SheetSpec, StyleSpec } from "../workbook/port";
import { formatDate, matchHeaders, readDate, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet } from "./listSheet";
import { SHEET } from "./names";
import { COLORS, DATE_FORMAT, range } from "./style";
import { layoutMarker } from "./markers";

const ROLE_LABELS = { basis: "Căn cứ ban hành kế hoạch", dissemination: "Tuyên truyền, phổ biến" } as const;
const STATUS_COL = 6;

export function buildBasisSheet(
  plan: Plan,
  statuses: readonly BasisStatus[],
  asOf: Date,
  options: { ward: string; name?: string },
): SheetSpec {
  const rows: CellInput[][] = statuses.map((s) => {
    const c = s.cited;
    const date = c.date ?? s.entry?.date;
    return [
      c.number || s.entry?.number || "",
      c.kind || s.entry?.kind || "",
      date ? (readDate(date) ?? date) : null,
      c.issuer || s.entry?.issuer || "",
      c.title || s.entry?.title || "",
      ROLE_LABELS[c.role],
      statusLabel(s.status).vi,
      s.since ? (readDate(s.since) ?? s.since) : null,
      s.replacedBy.map((d) => `${d.kind} ${d.number}${d.title ? `: ${d.title}` : ""}`).join("\n"),
      s.note.vi,
      s.source,
    ];
  });
  const warnings: StyleSpec[] = [];
  statuses.forEach((s, i) => {
    if (s.warning)
      warnings.push(
        { range: range(i + 1, 0, 1, 11), fill: COLORS.warningFill },
        { range: range(i + 1, STATUS_COL, 1, 1), bold: true, fontColor: COLORS.warningFont },
      );
  });
  return buildListSheet({
    name: options.name ?? SHEET.basis,
    marker: layoutMarker("basis"),
    tableName: "CanCu",
    columns: [
      { header: "Số hiệu", minWidth: 14, maxWidth: 18 },
      { header: "Loại văn bản", minWidth: 11, maxWidth: 13 },
      { header: "Ngày ban hành", minWidth: 12, maxWidth: 12, hAlign: "center", format: DATE_FORMAT },
      { header: "Cơ quan ban hành", minWidth: 16, maxWidth: 24 },
      { header: "Trích yếu", minWidth: 36, maxWidth: 50 },
      { header: "Dùng trong kế hoạch", minWidth: 16, maxWidth: 22 },
      { header: "Hiệu lực", minWidth: 14, maxWidth: 20 },
      { header: "Từ ngày", minWidth: 12, maxWidth: 12, hAlign: "center", format: DATE_FORMAT },
      { header: "Thay thế bởi", minWidth: 24, maxWidth: 40 },
      { header: "Nhận xét", minWidth: 36, maxWidth: 50 },
      { header: "Nguồn", minWidth: 20, maxWidth: 40 },
    ],
    rows,
    ward: options.ward,
    title: `Căn cứ của ${plan.title || "kế hoạch"}: hiệu lực tại ngày ${formatDate(asOf)}`,
    tabColor: COLORS.tabGenerated,
    styles: warnings,
  });
}

type BasisKey = "number" | "kind" | "date" | "issuer" | "title" | "role";

const BASIS_COLUMNS: readonly ColumnDef<BasisKey>[] = [
  { key: "number", header: "Số hiệu", required: true },
  { key: "kind", header: "Loại văn bản" },
  { key: "date", header: "Ngày ban hành" },
  { key: "issuer", header: "Cơ quan ban hành" },
  { key: "title", header: "Trích yếu", required: true },
  { key: "role", header: "Dùng trong kế hoạch" },
];

/** The texts the plan cites, as the clerk left them on `Căn cứ` (to re-check their status another day). */
export function readBasisSheet(data: SheetData): CitedDocument[] {
  const match = matchHeaders(data.values, BASIS_COLUMNS);
  if (!match || match.missing.length) return [];
  const out: CitedDocument[] = [];
  for (const r of tableRows(data.values, match)) {
    const number = text(r.get("number"));
    const title = text(r.get("title"));
    if (!number && !title) continue;
    const date = readDate(r.get("date"));
    const doc: CitedDocument = {
      number,
      kind: text(r.get("kind")),
      issuer: text(r.get("issuer")),
      title,
      role: text(r.get("role")) === ROLE_LABELS.dissemination ? "dissemination" : "basis",
    };
    if (date) doc.date = formatDate(date);
    out.push(doc);
  }
  return out;
}
