/**
 * `Kiểm phiếu`: the council's count for each candidate and title, written by `awards --ballots` with the
 * candidates filled in and the counts left for the clerk (a count already typed is carried over when the
 * ballots are written again). `Bình xét năm` compares each count with its threshold.
 */
import { parsePersonTitle, PERSON_TITLE_SHORT, type PersonTitle, type Tally } from "../domain/awards/model";
import type { Finding } from "../domain/types";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { a1, matchHeaders, readNumber, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet } from "./listSheet";
import { finding } from "../domain/findingCodes";
import { SHEET } from "./names";
import { COLORS, INTEGER_FORMAT } from "./style";
import { awardsMarker } from "./markers";

export type TallyKey = "code" | "name" | "title" | "members" | "present" | "yes";

export const TALLY_COLUMNS: readonly ColumnDef<TallyKey>[] = [
  { key: "code", header: "Mã", required: true },
  { key: "name", header: "Họ và tên", aliases: ["Họ tên"] },
  { key: "title", header: "Danh hiệu", required: true },
  { key: "members", header: "Số thành viên Hội đồng", aliases: ["Tổng số thành viên"] },
  { key: "present", header: "Số có mặt", aliases: ["Số thành viên có mặt"] },
  { key: "yes", header: "Số phiếu đồng ý", aliases: ["Đồng ý", "Số đồng ý"], required: true },
];

export const TALLY_MARKER = awardsMarker("tally");

export interface TallyCandidate {
  code: string;
  name: string;
  title: PersonTitle;
}

export interface TallySheetOptions {
  ward: string;
  year: number;
  councilSize: number;
  /** Counts already typed, carried into the new sheet by code and title. */
  previous?: readonly Tally[];
  name?: string;
}

export function buildTallySheet(candidates: readonly TallyCandidate[], options: TallySheetOptions): SheetSpec {
  const prev = new Map((options.previous ?? []).map((t) => [`${t.code}|${t.title}`, t]));
  const rows: CellInput[][] = candidates.map((c) => {
    const p = prev.get(`${c.code}|${c.title}`);
    return [c.code, c.name, PERSON_TITLE_SHORT[c.title], p?.members ?? options.councilSize, p?.present ?? null, p?.yes ?? null];
  });
  const count = (header: string, message: string) => ({
    header,
    minWidth: 12,
    maxWidth: 14,
    input: true,
    format: INTEGER_FORMAT,
    hAlign: "center" as const,
    validation: {
      type: "whole" as const,
      min: 0,
      max: 500,
      allowBlank: true,
      error: { title: header, message },
    },
  });
  const spec = buildListSheet({
    name: options.name ?? SHEET.tally,
    marker: { ...TALLY_MARKER },
    tableName: "KiemPhieu",
    columns: [
      { header: "Mã", minWidth: 8, maxWidth: 10 },
      { header: "Họ và tên", minWidth: 20, maxWidth: 28 },
      { header: "Danh hiệu", minWidth: 10, maxWidth: 12, hAlign: "center" },
      count("Số thành viên Hội đồng", "Ghi tổng số thành viên Hội đồng (số nguyên)."),
      count("Số có mặt", "Ghi số thành viên có mặt (số nguyên, không quá tổng số thành viên)."),
      count("Số phiếu đồng ý", "Ghi số phiếu đồng ý (số nguyên)."),
    ],
    rows,
    blankRows: rows.length ? 0 : 3,
    ward: options.ward,
    title: `Kết quả kiểm phiếu bình xét danh hiệu thi đua năm ${options.year}`,
    orientation: "portrait",
    tabColor: COLORS.tabInput,
  });
  return spec;
}

export interface TalliesRead {
  tallies: Tally[];
  findings: Finding[];
  columns: Record<TallyKey, number>;
}

/** Reads `Kiểm phiếu`; a count that is not a whole number is reported and read as blank (not voted). */
export function readTallies(data: SheetData): TalliesRead {
  const sheet = data.name;
  const findings: Finding[] = [];
  const noColumns = Object.fromEntries(TALLY_COLUMNS.map((d) => [d.key, -1])) as Record<TallyKey, number>;
  const match = matchHeaders(data.values, TALLY_COLUMNS);
  if (!match || match.missing.length) {
    findings.push(
      finding("TALLY_NO_HEADER", sheet, "A1", {
        headers: TALLY_COLUMNS.map((d) => d.header).join(", "),
      }),
    );
    return { tallies: [], findings, columns: match?.columns ?? noColumns };
  }
  const tallies: Tally[] = [];
  for (const r of tableRows(data.values, match)) {
    const cellOf = (k: TallyKey) => a1(r.row, Math.max(0, match.columns[k]));
    const code = text(r.get("code"));
    if (!code) continue;
    const titleText = text(r.get("title"));
    const title = parsePersonTitle(titleText);
    if (!title) {
      findings.push(finding("TALLY_TITLE_UNKNOWN", sheet, cellOf("title"), { code, value: titleText }));
      continue;
    }
    const t: Tally = { code, name: text(r.get("name")), title, row: r.row + 1 };
    for (const k of ["members", "present", "yes"] as const) {
      const n = readNumber(r.get(k));
      if (n.kind === "blank") continue;
      if ((n.kind === "number" || n.kind === "text-number") && Number.isInteger(n.value) && n.value >= 0) t[k] = n.value;
      else findings.push(finding("TALLY_NOT_COUNT", sheet, cellOf(k), { code, value: text(r.get(k)) }));
    }
    tallies.push(t);
  }
  return { tallies, findings, columns: match.columns };
}
