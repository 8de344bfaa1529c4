/** `Danh hiệu tập thể`: each unit's collective title, the outcome, the counts and each unmet condition's reason. */
import { COLLECTIVE_TITLE_NAMES, type CollectiveResult } from "../domain/units/titles";
import { msg } from "../i18n";
import type { CellInput, SheetSpec } from "../workbook/port";
import { buildListSheet } from "./listSheet";
import { COLORS } from "./style";

export const COLLECTIVE_SHEET = "Danh hiệu tập thể";

const OUTCOME: Readonly<Record<CollectiveResult["outcome"], string>> = {
  eligible: "Đủ điều kiện",
  "not-eligible": "Không đủ điều kiện",
  pending: "Chưa đủ dữ liệu",
};

/** The reasons, one per line, in the words of the catalog. */
export function reasonsOf(r: CollectiveResult): string {
  return r.answers
    .filter((a) => a.reason && (a.kind === "unmet" || a.kind === "pending"))
    .map((a) => msg(a.reason!.code, a.reason!.params).vi)
    .join("\n");
}

export function buildCollectiveSheet(
  results: readonly CollectiveResult[],
  tiers: ReadonlyMap<string, string | null>,
  ward: string,
): SheetSpec {
  const rows: CellInput[][] = results.map((r) => [
    r.unit.code,
    r.unit.name,
    COLLECTIVE_TITLE_NAMES[r.title],
    OUTCOME[r.outcome],
    r.title === "TTLDTT" ? r.members : null,
    r.title === "TTLDTT" ? r.ldtt : null,
    tiers.get(r.unit.code) ?? null,
    reasonsOf(r) || null,
  ]);
  return buildListSheet({
    name: COLLECTIVE_SHEET,
    marker: { command: "collective", key: "titles" },
    tableName: "DanhHieuTapThe",
    columns: [
      { header: "Mã", minWidth: 8, maxWidth: 10 },
      { header: "Đơn vị", minWidth: 20, maxWidth: 34 },
      { header: "Danh hiệu", minWidth: 18, maxWidth: 26 },
      { header: "Kết quả", minWidth: 14, maxWidth: 18 },
      { header: "Thành viên", minWidth: 8, maxWidth: 10, format: "0" },
      { header: "Đạt LĐTT", minWidth: 8, maxWidth: 10, format: "0" },
      { header: "Xếp loại năm", minWidth: 10, maxWidth: 12 },
      { header: "Lý do", minWidth: 30, maxWidth: 60 },
    ],
    rows,
    ward,
    title: msg("COLL_SHEET_TITLE").vi,
    tabColor: COLORS.tabGenerated,
  });
}
