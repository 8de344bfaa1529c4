/** `Phong trào`: the plan's emulation movements with their kind and the months the plan launches and reviews them. Generated. */
import type { MovementKind, Plan } from "../domain/plan/model";
import type { CellInput, SheetSpec } from "../workbook/port";
import { buildListSheet } from "./listSheet";
import { SHEET } from "./names";
import { COLORS, MONTH_FORMAT } from "./style";

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
    marker: { command: "layout", key: "movements" },
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
