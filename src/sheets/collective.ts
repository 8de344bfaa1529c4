/** `Danh hiệu tập thể`: each unit's collective title, the outcome, the counts and each unmet condition's reason. */
import { COLLECTIVE_TITLE_NAMES, type CollectiveResult, type CollectiveTitle } from "../domain/units/titles";
import { msg } from "../i18n";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { matchHeaders, readNumber, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet } from "./listSheet";
import { COLLECTIVE_MARKER } from "./markers";
import { COLORS } from "./style";

export { COLLECTIVE_MARKER };

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
  name: string = COLLECTIVE_SHEET,
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
    name,
    marker: { ...COLLECTIVE_MARKER },
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

type CollectiveKey = "code" | "name" | "title" | "outcome" | "members" | "ldtt" | "tier";
const COLLECTIVE_COLUMNS: readonly ColumnDef<CollectiveKey>[] = [
  { key: "code", header: "Mã", required: true },
  { key: "name", header: "Đơn vị", required: true },
  { key: "title", header: "Danh hiệu", required: true },
  { key: "outcome", header: "Kết quả", required: true },
  { key: "members", header: "Thành viên" },
  { key: "ldtt", header: "Đạt LĐTT" },
  { key: "tier", header: "Xếp loại năm" },
];

/** A row of `Danh hiệu tập thể` as the year's papers read it. */
export interface CollectiveRow {
  code: string;
  name: string;
  title: CollectiveTitle;
  outcome: CollectiveResult["outcome"];
  members?: number;
  ldtt?: number;
  tier: string;
}

/** Reads `Danh hiệu tập thể` back; a row whose title or outcome it does not know is left out. */
export function readCollectiveSheet(data: SheetData): CollectiveRow[] {
  const match = matchHeaders(data.values, COLLECTIVE_COLUMNS);
  if (!match || match.missing.length) return [];
  const num = (v: Parameters<typeof readNumber>[0]) => {
    const n = readNumber(v);
    return n.kind === "number" || n.kind === "text-number" ? n.value : undefined;
  };
  const titles = Object.keys(COLLECTIVE_TITLE_NAMES) as CollectiveTitle[];
  const outcomes = Object.keys(OUTCOME) as CollectiveResult["outcome"][];
  const out: CollectiveRow[] = [];
  for (const r of tableRows(data.values, match)) {
    const title = titles.find((t) => COLLECTIVE_TITLE_NAMES[t] === text(r.get("title")));
    const outcome = outcomes.find((o) => OUTCOME[o] === text(r.get("outcome")));
    if (!title || !outcome) continue;
    const row: CollectiveRow = {
      code: text(r.get("code")),
      name: text(r.get("name")),
      title,
      outcome,
      tier: text(r.get("tier")),
    };
    const members = num(r.get("members"));
    const ldtt = num(r.get("ldtt"));
    if (members !== undefined) row.members = members;
    if (ldtt !== undefined) row.ldtt = ldtt;
    out.push(row);
  }
  return out;
}
