/**
 * `Năm trước`: last year's results per unit, written by new-year into next year's workbook, where the new
 * year needs them: each round's tier and rank in the khối (the unit's progress through last year), the
 * annual titles it registered, and what it was proposed for. Read from last year's `Xếp hạng` sheets and
 * `Đăng ký`, as they were left; the old workbook is only read.
 */
import { fold, ROUND_NAMES } from "../domain/codes";
import type { Registration, RoundCode, Unit } from "../domain/types";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { matchHeaders, readNumber, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet } from "./listSheet";
import { newYearMarker } from "./markers";
import { SHEET } from "./names";
import { COLORS, INTEGER_FORMAT } from "./style";

/** One unit's line of a round's `Xếp hạng`. */
export interface RankedLine {
  unit: string;
  name: string;
  block: string;
  tier: string;
  rank?: number;
  proposal: string;
}

export interface RoundResults {
  round: RoundCode;
  lines: RankedLine[];
  /** The sheet said "TẠM TÍNH": ranked while the scoring still had errors. */
  provisional: boolean;
}

type RankKey = "block" | "unit" | "name" | "tier" | "rank" | "proposal";

const RANK_COLUMNS: readonly ColumnDef<RankKey>[] = [
  { key: "block", header: "Khối" },
  { key: "unit", header: "Mã đơn vị", required: true },
  { key: "name", header: "Tên đơn vị" },
  { key: "tier", header: "Xếp loại", required: true },
  { key: "rank", header: "Hạng trong khối", aliases: ["Hạng"] },
  { key: "proposal", header: "Đề nghị khen", aliases: ["Đề nghị"] },
];

/** Rows above the table hold the method and one line per khối: a province-sized round has many. */
const RANKING_SCAN_ROWS = 500;

/** A round's `Xếp hạng` as last year left it; undefined when the sheet has no table the add-in wrote. */
export function readRankingResults(data: SheetData, round: RoundCode): RoundResults | undefined {
  const match = matchHeaders(data.values, RANK_COLUMNS, RANKING_SCAN_ROWS);
  if (!match || match.missing.length) return undefined;
  const provisional = data.values.slice(0, match.headerRow).some((r) => fold(text(r[0] ?? null)).startsWith("tam tinh"));
  const lines: RankedLine[] = [];
  for (const r of tableRows(data.values, match)) {
    const unit = text(r.get("unit"));
    if (!unit) continue;
    const rank = readNumber(r.get("rank"));
    lines.push({
      unit,
      name: text(r.get("name")),
      block: text(r.get("block")),
      tier: text(r.get("tier")),
      ...(rank.kind === "number" || rank.kind === "text-number" ? { rank: rank.value } : {}),
      proposal: text(r.get("proposal")),
    });
  }
  return { round, lines, provisional };
}

/** "Xuất sắc, hạng 1"; "(tạm tính)" after a provisional ranking. */
function resultText(line: RankedLine, provisional: boolean): string {
  const parts = [line.tier, line.rank !== undefined ? `hạng ${line.rank}` : ""].filter(Boolean).join(", ");
  return provisional && parts ? `${parts} (tạm tính)` : parts;
}

export interface LastYearInput {
  /** Last year. */
  year: number;
  /** Last year's `Đơn vị`, in its order. */
  units: readonly Unit[];
  /** The rounds last year ranked, in the plan's order. */
  results: readonly RoundResults[];
  /** Last year's `Đăng ký`. */
  registrations: readonly Registration[];
  ward: string;
}

export function buildLastYearSheet(input: LastYearInput): SheetSpec {
  const { year, results } = input;
  const seen = new Set<string>();
  const units: { code: string; name: string; block: string; gone: boolean }[] = [];
  for (const u of input.units) {
    if (seen.has(u.code)) continue;
    seen.add(u.code);
    units.push({ code: u.code, name: u.name, block: u.block, gone: false });
  }
  // A unit ranked last year but since taken off `Đơn vị` keeps its history, marked as such.
  for (const r of results)
    for (const l of r.lines)
      if (!seen.has(l.unit)) {
        seen.add(l.unit);
        units.push({ code: l.unit, name: l.name, block: l.block, gone: true });
      }

  const rows: CellInput[][] = units.map((u, i) => {
    const byRound = results.map((r) => {
      const line = r.lines.find((l) => l.unit === u.code);
      return line ? resultText(line, r.provisional) || null : null;
    });
    const titles = [
      ...new Set(
        input.registrations
          .filter((g) => g.round === "NAM" && g.subjectKind !== "person" && g.unitCode === u.code && g.title)
          .map((g) => g.title),
      ),
    ];
    const proposals = results.flatMap((r) => {
      const p = r.lines.find((l) => l.unit === u.code)?.proposal;
      return p ? [`${ROUND_NAMES[r.round]}: ${p}`] : [];
    });
    return [
      i + 1,
      u.block || null,
      u.code,
      u.name || null,
      ...byRound,
      titles.join("; ") || null,
      proposals.join("; ") || null,
      u.gone ? `Không còn trong danh sách Đơn vị năm ${year}.` : null,
    ];
  });

  return buildListSheet({
    name: SHEET.lastYear,
    marker: newYearMarker("lastYear"),
    tableName: "NamTruoc",
    columns: [
      { header: "STT", minWidth: 5, maxWidth: 6, hAlign: "center", format: INTEGER_FORMAT },
      { header: "Khối", minWidth: 8, maxWidth: 12 },
      { header: "Mã đơn vị", minWidth: 10, maxWidth: 12 },
      { header: "Tên đơn vị", minWidth: 24, maxWidth: 40 },
      ...results.map((r) => ({
        header: r.round === "NAM" ? `Bình xét cả năm ${year}` : `${ROUND_NAMES[r.round]} năm ${year}`,
        minWidth: 14,
        maxWidth: 20,
      })),
      { header: `Danh hiệu đăng ký năm ${year}`, minWidth: 20, maxWidth: 36 },
      { header: `Đề nghị khen năm ${year}`, minWidth: 24, maxWidth: 48 },
      { header: "Ghi chú", minWidth: 20, maxWidth: 36, input: true },
    ],
    rows,
    ward: input.ward,
    title: `Kết quả thi đua năm ${year} của các đơn vị (năm trước)`,
    tabColor: COLORS.tabGenerated,
  });
}
