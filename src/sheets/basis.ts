/**
 * `Căn cứ`: each text the plan cites, with its status on a given day (today, injected) and what
 * replaced it, so the clerk sees a superseded basis before the plan is re-issued. Generated; the
 * statuses come from domain/plan/legal.ts.
 */
import type { BasisStatus } from "../domain/plan/legal";
import { statusLabel } from "../domain/plan/legal";
import type { Plan } from "../domain/plan/model";
import type { CellInput, SheetSpec, StyleSpec } from "../workbook/port";
import { formatDate, readDate } from "./cells";
import { buildListSheet } from "./listSheet";
import { SHEET } from "./names";
import { COLORS, DATE_FORMAT, range } from "./style";

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
    marker: { command: "layout", key: "basis" },
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
