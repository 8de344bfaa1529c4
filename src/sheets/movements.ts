/** `Phong trào`: the plan's emulation movements with their kind and the months the plan launches and reviews them. Generated. */
import { fold } from "../domain/codes";
import type { MovementKind, Plan, PlanMovement } from "../domain/plan/model";
import type { Finding } from "../domain/types";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { a1, formatDate, matchHeaders, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet } from "./listSheet";
import { finding } from "../domain/findingCodes";
import { readMonths } from "./planCells";
import { SHEET } from "./names";
import { COLORS, MONTH_FORMAT } from "./style";
import { layoutMarker } from "./markers";

export const MOVEMENT_KIND_LABELS: Readonly<Record<MovementKind, string>> = {
  comprehensive: "Toàn diện",
  sectoral: "Lĩnh vực",
  thematic: "Chuyên đề",
  event: "Tuyên dương, sự kiện",
};

/** "Tháng 5, 9" for a list of months; "" when the plan names none. */
export function monthsText(months: readonly number[]): string {
  return months.length ? `Tháng ${[...months].sort((a, b) => a - b).join(", ")}` : "";
}

export function buildMovementsSheet(plan: Plan, options: { ward: string; name?: string }): SheetSpec {
  const rows: CellInput[][] = plan.movements.map((m) => [
    m.code,
    m.name,
    MOVEMENT_KIND_LABELS[m.kind],
    m.launchMonth ?? null,
    monthsText(m.reviewMonths),
    m.note ?? null,
  ]);
  return buildListSheet({
    name: options.name ?? SHEET.movements,
    marker: layoutMarker("movements"),
    tableName: "PhongTrao",
    columns: [
      { header: "Mã", minWidth: 8, maxWidth: 10 },
      { header: "Tên phong trào", minWidth: 30, maxWidth: 60 },
      { header: "Loại", minWidth: 12, maxWidth: 22 },
      { header: "Tháng phát động", minWidth: 12, maxWidth: 12, hAlign: "center", format: MONTH_FORMAT },
      { header: "Tháng bình xét", minWidth: 14, maxWidth: 16, hAlign: "center" },
      { header: "Ghi chú", minWidth: 30, maxWidth: 60 },
    ],
    rows,
    ward: options.ward,
    title: `Các phong trào thi đua năm ${plan.year}`,
    tabColor: COLORS.tabGenerated,
  });
}

type MovementKey = "code" | "name" | "kind" | "launch" | "review" | "note";

const MOVEMENT_COLUMNS: readonly ColumnDef<MovementKey>[] = [
  { key: "code", header: "Mã", aliases: ["Mã phong trào"], required: true },
  { key: "name", header: "Tên phong trào", aliases: ["Phong trào"], required: true },
  { key: "kind", header: "Loại" },
  { key: "launch", header: "Tháng phát động" },
  { key: "review", header: "Tháng bình xét" },
  { key: "note", header: "Ghi chú" },
];

/** The movements as the clerk left them on `Phong trào`; a kind nobody recognises reads as sectoral. */
export function readMovementsSheet(data: SheetData, year: number): { movements: PlanMovement[]; findings: Finding[] } {
  const match = matchHeaders(data.values, MOVEMENT_COLUMNS);
  if (!match || match.missing.length)
    return {
      movements: [],
      findings: [finding("MOVEMENT_SHEET_UNREADABLE", data.name, "A1", { columns: "Mã, Tên phong trào" })],
    };
  const findings: Finding[] = [];
  const kinds = new Map(Object.entries(MOVEMENT_KIND_LABELS).map(([k, label]) => [fold(label), k as MovementKind]));
  const movements: PlanMovement[] = [];
  for (const r of tableRows(data.values, match)) {
    const code = text(r.get("code"));
    const name = text(r.get("name"));
    if (!code && !name) continue;
    const months = (key: "launch" | "review") => {
      const m = readMonths(r.get(key), year);
      for (const d of m.outside)
        findings.push(
          finding("MOVEMENT_DATE_OUTSIDE_YEAR", data.name, a1(r.row, match.columns[key]), { date: formatDate(d), year }),
        );
      return m.months;
    };
    const launch = months("launch");
    const m: PlanMovement = {
      code: code || name,
      name: name || code,
      kind: kinds.get(fold(text(r.get("kind")))) ?? "sectoral",
      reviewMonths: months("review").sort((a, b) => a - b),
    };
    if (launch.length) m.launchMonth = Math.min(...launch);
    const note = text(r.get("note"));
    if (note) m.note = note;
    movements.push(m);
  }
  return { movements, findings };
}
