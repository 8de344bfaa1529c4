/**
 * `Hội đồng`: the members of the Hội đồng TĐKT, their role, the units each follows, the units they
 * lead or belong to (a conflict of interest when scoring those), and whether they score. An input list.
 */
import { fold } from "../domain/codes";
import type { CouncilRole, Finding, Member } from "../domain/types";
import type { CellInput, CellValue, SheetData, SheetSpec } from "../workbook/port";
import { a1, matchHeaders, readYesNo, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet, splitCodes } from "./listSheet";
import { finding } from "../domain/findingCodes";
import { SHEET } from "./names";
import { COLORS, SAMPLE_NOTE } from "./style";
import { layoutMarker } from "./markers";

export const COUNCIL_ROLES: readonly CouncilRole[] = ["CHU_TICH", "PHO_CHU_TICH", "UV_THUONG_TRUC", "UY_VIEN"];

export const COUNCIL_ROLE_LABELS: Readonly<Record<CouncilRole, string>> = {
  CHU_TICH: "Chủ tịch",
  PHO_CHU_TICH: "Phó Chủ tịch",
  UV_THUONG_TRUC: "Ủy viên thường trực",
  UY_VIEN: "Ủy viên",
};

const ROLE_ALIASES: ReadonlyArray<[string, CouncilRole]> = [
  ...COUNCIL_ROLES.map((r): [string, CouncilRole] => [COUNCIL_ROLE_LABELS[r], r]),
  ...COUNCIL_ROLES.map((r): [string, CouncilRole] => [r, r]),
  ["Chủ tịch Hội đồng", "CHU_TICH"],
  ["CT", "CHU_TICH"],
  ["Phó CT", "PHO_CHU_TICH"],
  ["Phó Chủ tịch Hội đồng", "PHO_CHU_TICH"],
  ["Phó Chủ tịch thường trực", "PHO_CHU_TICH"],
  ["UV thường trực", "UV_THUONG_TRUC"],
  ["Ủy viên thường trực, thư ký", "UV_THUONG_TRUC"],
  ["Thư ký", "UV_THUONG_TRUC"],
  ["Thường trực", "UV_THUONG_TRUC"],
  ["UV", "UY_VIEN"],
  ["Thành viên", "UY_VIEN"],
];

/** Folded, with the older spelling "uỷ" (mark on the y) the same as "ủy". */
function foldRole(s: string): string {
  return fold(s).replace(/[\s,]/g, "");
}

export function parseCouncilRole(v: CellValue | undefined): CouncilRole | undefined {
  const f = foldRole(text(v ?? null));
  if (!f) return undefined;
  return ROLE_ALIASES.find(([alias]) => foldRole(alias) === f)?.[1];
}

export type MemberKey = "code" | "name" | "shortName" | "position" | "role" | "follows" | "memberOf" | "scores" | "note";

export const MEMBER_COLUMNS: readonly ColumnDef<MemberKey>[] = [
  { key: "code", header: "Mã", aliases: ["Mã thành viên", "Mã TV", "Mã giám khảo"], required: true },
  { key: "name", header: "Họ và tên", aliases: ["Họ tên", "HoTen", "Tên"], required: true },
  { key: "shortName", header: "Tên ngắn", aliases: ["Tên gọi", "Tên trên trang chấm"] },
  { key: "position", header: "Chức vụ", aliases: ["Chức vụ chính", "ChucVuChinh"] },
  { key: "role", header: "Chức danh trong HĐ", aliases: ["Chức danh HĐ", "ChucDanhHD", "Chức danh"], required: true },
  { key: "follows", header: "Đơn vị theo dõi", aliases: ["Đơn vị phụ trách", "TDP phụ trách", "TDP_PhuTrach"] },
  { key: "memberOf", header: "Thuộc đơn vị", aliases: ["Là thành viên của", "Đơn vị công tác"] },
  { key: "scores", header: "Chấm điểm", aliases: ["Có chấm điểm", "Giám khảo"] },
  { key: "note", header: "Ghi chú" },
];

const MEMBER_BLANK_ROWS = 5;
/** "Chấm điểm Đ1 - " takes 15 of a sheet name's 31 characters. */
export const MAX_SHORT_NAME = 16;

export interface CouncilSheetOptions {
  ward: string;
  blankRows?: number;
  /** Ghi chú of every row, e.g. the sample-data mark. */
  note?: string;
}

export function buildCouncilSheet(members: readonly Member[], options: CouncilSheetOptions): SheetSpec {
  const rows: CellInput[][] = members.map((m) => [
    m.code,
    m.name,
    m.shortName,
    m.position,
    COUNCIL_ROLE_LABELS[m.role],
    m.follows.join(", "),
    m.memberOf.join(", "),
    m.scores ? "Có" : "Không",
    options.note ?? null,
  ]);
  return buildListSheet({
    name: SHEET.council,
    marker: layoutMarker("council"),
    tableName: "HoiDong",
    columns: [
      { header: "Mã", minWidth: 7, maxWidth: 10, input: true },
      { header: "Họ và tên", minWidth: 20, maxWidth: 28, input: true },
      { header: "Tên ngắn", minWidth: 12, maxWidth: 18, input: true },
      { header: "Chức vụ", minWidth: 24, maxWidth: 40, input: true },
      {
        header: "Chức danh trong HĐ",
        minWidth: 18,
        maxWidth: 22,
        input: true,
        validation: {
          type: "list",
          values: COUNCIL_ROLES.map((r) => COUNCIL_ROLE_LABELS[r]),
          allowBlank: true,
          error: { title: "Chức danh trong Hội đồng", message: "Chọn một chức danh trong danh sách." },
        },
      },
      { header: "Đơn vị theo dõi", minWidth: 16, maxWidth: 24, input: true },
      { header: "Thuộc đơn vị", minWidth: 12, maxWidth: 20, input: true },
      {
        header: "Chấm điểm",
        minWidth: 11,
        maxWidth: 11,
        input: true,
        hAlign: "center",
        validation: {
          type: "list",
          values: ["Có", "Không"],
          allowBlank: true,
          error: { title: "Chấm điểm", message: "Chọn Có hoặc Không." },
        },
      },
      { header: "Ghi chú", minWidth: 14, maxWidth: 24, input: true },
    ],
    rows,
    blankRows: options.blankRows ?? (members.length ? 0 : MEMBER_BLANK_ROWS),
    ward: options.ward,
    title: "Thành viên Hội đồng Thi đua - Khen thưởng",
    tabColor: COLORS.tabInput,
  });
}

export interface MembersRead {
  members: Member[];
  findings: Finding[];
  /** 0-based column of each field (-1 when absent), for findings that point at a member's cell. */
  columns: Record<MemberKey, number>;
  sampleRows: number;
}

/** The given name (last word) when no short name is typed: "Lê Minh Huy" → "Huy". */
export function defaultShortName(name: string): string {
  const words = name.trim().split(/\s+/);
  return (words[words.length - 1] ?? name).slice(0, MAX_SHORT_NAME);
}

/** Reads `Hội đồng` tolerantly; rows without a code are reported and left out. */
export function readMembers(data: SheetData): MembersRead {
  const sheet = data.name;
  const findings: Finding[] = [];
  const noColumns = Object.fromEntries(MEMBER_COLUMNS.map((d) => [d.key, -1])) as Record<MemberKey, number>;
  const match = matchHeaders(data.values, MEMBER_COLUMNS);
  if (!match || match.missing.includes("code") || match.missing.includes("name")) {
    findings.push(
      finding("MEMBERS_NO_HEADER", sheet, "A1", {
        headers: MEMBER_COLUMNS.filter((d) => d.required)
          .map((d) => d.header)
          .join(", "),
      }),
    );
    return { members: [], findings, columns: match?.columns ?? noColumns, sampleRows: 0 };
  }
  const members: Member[] = [];
  let sampleRows = 0;
  for (const r of tableRows(data.values, match)) {
    const cellOf = (k: MemberKey) => a1(r.row, Math.max(0, match.columns[k]));
    const code = text(r.get("code"));
    const name = text(r.get("name"));
    if (!code) {
      findings.push(finding("MEMBER_CODE_MISSING", sheet, cellOf("code"), { name }));
      continue;
    }
    const roleText = text(r.get("role"));
    let role = parseCouncilRole(roleText);
    if (!role) {
      findings.push(
        finding(roleText ? "MEMBER_ROLE_UNKNOWN" : "MEMBER_ROLE_MISSING", sheet, cellOf("role"), {
          code,
          value: roleText,
          roles: COUNCIL_ROLES.map((x) => COUNCIL_ROLE_LABELS[x]).join(", "),
        }),
      );
      role = "UY_VIEN";
    }
    const scoresText = text(r.get("scores"));
    let scores = scoresText ? readYesNo(scoresText) : true;
    if (scores === undefined) {
      findings.push(finding("MEMBER_SCORES_UNKNOWN", sheet, cellOf("scores"), { code, value: scoresText }));
      scores = true;
    }
    let shortName = text(r.get("shortName"));
    if (!shortName) shortName = defaultShortName(name || code);
    else if (shortName.length > MAX_SHORT_NAME) {
      findings.push(finding("MEMBER_SHORT_NAME_LONG", sheet, cellOf("shortName"), { code, max: MAX_SHORT_NAME }));
      shortName = shortName.slice(0, MAX_SHORT_NAME).trim();
    }
    if (text(r.get("note")) === SAMPLE_NOTE) sampleRows++;
    members.push({
      code,
      name: name || code,
      shortName,
      position: text(r.get("position")),
      role,
      follows: splitCodes(r.get("follows")),
      memberOf: splitCodes(r.get("memberOf")),
      scores,
      row: r.row + 1,
    });
  }
  return { members, findings, columns: match.columns, sampleRows };
}
