/**
 * `Tiêu chí`: the criteria tree, one line per group or item. A group row has its own code in the Nhóm
 * column; an item names its group. The add-in writes the defaults once (prepare, when the sheet is absent);
 * afterwards the clerk owns it and readCriteria reads whatever they made of it.
 */
import { KIND_LABELS } from "../domain/criteria";
import { fold } from "../domain/codes";
import { finding } from "../domain/findingCodes";
import type { Criterion, CriterionKind, Finding } from "../domain/types";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { a1, isBlank, matchHeaders, readNumber, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet, splitCodes } from "./listSheet";
import { SHEET } from "./names";
import { COLORS, range } from "./style";
import { parseUnitType } from "./units";
import { prepareMarker } from "./markers";

export type CriterionKey = "code" | "group" | "text" | "max" | "kind" | "appliesTo" | "groupMinShare" | "note";

export const CRITERION_COLUMNS: readonly ColumnDef<CriterionKey>[] = [
  { key: "code", header: "Mã tiêu chí", aliases: ["Mã", "Mã TC"], required: true },
  { key: "group", header: "Nhóm", aliases: ["Mã nhóm"] },
  { key: "text", header: "Nội dung tiêu chí", aliases: ["Nội dung", "Tiêu chí"] },
  { key: "max", header: "Điểm tối đa", aliases: ["Điểm chuẩn", "Tối đa", "Max"], required: true },
  { key: "kind", header: "Loại", aliases: ["Loại tiêu chí", "Loại điểm"] },
  { key: "appliesTo", header: "Áp dụng cho", aliases: ["Áp dụng", "Đối tượng áp dụng"] },
  { key: "groupMinShare", header: "Tỷ lệ tối thiểu của nhóm", aliases: ["Tỷ lệ tối thiểu", "Tối thiểu nhóm"] },
  { key: "note", header: "Ghi chú" },
];

const KIND_ALIASES: ReadonlyArray<[string, CriterionKind]> = [
  ["Cơ bản", "base"],
  ["Điểm chuẩn", "base"],
  ["base", "base"],
  ["Điểm thưởng", "bonus"],
  ["Thưởng", "bonus"],
  ["Điểm cộng", "bonus"],
  ["bonus", "bonus"],
  ["+", "bonus"],
  ["Điểm trừ", "deduction"],
  ["Trừ", "deduction"],
  ["deduction", "deduction"],
  ["-", "deduction"],
  ["Điểm liệt", "veto"],
  ["Liệt", "veto"],
  ["veto", "veto"],
];

export function parseCriterionKind(v: string): CriterionKind | undefined {
  const f = fold(v);
  if (!f) return "base";
  return KIND_ALIASES.find(([a]) => fold(a) === f)?.[1];
}

export function buildCriteriaSheet(criteria: readonly Criterion[], options: { ward: string }): SheetSpec {
  const rows: CellInput[][] = criteria.map((c) => [
    c.code,
    c.group,
    c.text,
    c.max,
    KIND_LABELS[c.kind],
    c.appliesTo.join(", ") || null,
    c.isGroup ? (c.groupMinShare ?? null) : null,
    c.kind === "deduction" && c.max === 0 ? "0 = không giới hạn mỗi dòng" : null,
  ]);
  const groupRows = criteria.flatMap((c, i) => (c.isGroup ? [range(i + 1, 0, 1, CRITERION_COLUMNS.length)] : []));
  const spec = buildListSheet({
    name: SHEET.criteria,
    marker: prepareMarker("criteria"),
    tableName: "TieuChi",
    columns: [
      { header: "Mã tiêu chí", minWidth: 8, maxWidth: 12, input: true },
      { header: "Nhóm", minWidth: 7, maxWidth: 9, input: true },
      { header: "Nội dung tiêu chí", minWidth: 40, maxWidth: 70, input: true },
      { header: "Điểm tối đa", minWidth: 9, maxWidth: 10, input: true, format: "0.##" },
      {
        header: "Loại",
        minWidth: 12,
        maxWidth: 14,
        input: true,
        validation: {
          type: "list",
          values: Object.values(KIND_LABELS),
          allowBlank: true,
          error: { title: "Loại tiêu chí", message: "Chọn Cơ bản, Điểm thưởng, Điểm trừ hoặc Điểm liệt." },
        },
      },
      { header: "Áp dụng cho", minWidth: 14, maxWidth: 30, input: true },
      { header: "Tỷ lệ tối thiểu của nhóm", minWidth: 10, maxWidth: 12, input: true, format: "0%" },
      { header: "Ghi chú", minWidth: 14, maxWidth: 30, input: true },
    ],
    rows,
    blankRows: 5,
    ward: options.ward,
    title: "Bảng tiêu chí chấm điểm thi đua",
    orientation: "portrait",
    tabColor: COLORS.tabInput,
    styles: groupRows.map((r) => ({ range: r, bold: true, fill: COLORS.bandFill })),
  });
  return spec;
}

export interface CriteriaRead {
  criteria: Criterion[];
  findings: Finding[];
  /** 0-based column per field, -1 when absent. */
  columns: Record<CriterionKey, number>;
}

/** Reads `Tiêu chí` tolerantly: blank rows skipped, unreadable rows reported and left out. */
export function readCriteria(data: SheetData): CriteriaRead {
  const sheet = data.name;
  const findings: Finding[] = [];
  const match = matchHeaders(data.values, CRITERION_COLUMNS);
  const none = Object.fromEntries(CRITERION_COLUMNS.map((d) => [d.key, -1])) as Record<CriterionKey, number>;
  if (!match || match.missing.length) {
    findings.push(finding("CRIT_SHEET_MISSING", sheet, "A1", { sheet }));
    return { criteria: [], findings, columns: match?.columns ?? none };
  }
  const criteria: Criterion[] = [];
  for (const r of tableRows(data.values, match)) {
    const cellOf = (k: CriterionKey) => a1(r.row, Math.max(0, match.columns[k]));
    const code = text(r.get("code"));
    if (!code) continue;
    const kindText = text(r.get("kind"));
    const kind = parseCriterionKind(kindText);
    if (!kind) {
      findings.push(finding("CRIT_BAD_KIND", sheet, cellOf("kind"), { value: kindText }));
      continue;
    }
    const maxRead = readNumber(r.get("max"));
    let max = 0;
    if (maxRead.kind === "number" || maxRead.kind === "text-number") max = maxRead.value;
    if (maxRead.kind === "invalid" || max < 0 || (maxRead.kind === "blank" && kind !== "veto" && kind !== "deduction")) {
      findings.push(finding("CRIT_BAD_MAX", sheet, cellOf("max"), { value: text(r.get("max")), code }));
      continue;
    }
    const groupText = text(r.get("group"));
    const group = groupText || (code.includes(".") ? code.slice(0, code.indexOf(".")) : code);
    const isGroup = kind === "base" && group.toUpperCase() === code.toUpperCase();
    const c: Criterion = {
      code,
      group,
      text: text(r.get("text")),
      max,
      kind,
      appliesTo: splitCodes(r.get("appliesTo")).map((a) => parseUnitType(a) ?? a),
      row: r.row + 1,
    };
    if (isGroup) {
      c.isGroup = true;
      const share = readShare(r.get("groupMinShare"));
      if (share !== undefined) c.groupMinShare = share;
    }
    criteria.push(c);
  }
  return { criteria, findings, columns: match.columns };
}

/** "0,5", 0.5, "50%" or 50 all mean half. */
function readShare(v: unknown): number | undefined {
  if (isBlank(v)) return undefined;
  const s = String(v).trim();
  const pct = s.endsWith("%");
  const n = readNumber(pct ? s.slice(0, -1) : (v as never));
  if (n.kind !== "number" && n.kind !== "text-number") return undefined;
  return pct || n.value > 1 ? n.value / 100 : n.value;
}
