/**
 * `Sáng kiến`: the register of initiatives (and accepted đề tài) with their authors, who recognised them
 * and when. An input list; the awards command reads it with readInitiatives to answer the CSTĐCS condition.
 */
import type { Initiative } from "../domain/awards/model";
import type { Finding } from "../domain/types";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { a1, matchHeaders, readDate, tableRows, text, type ColumnDef } from "./cells";
import { layoutMarker } from "./markers";
import { buildListSheet, splitCodes } from "./listSheet";
import { finding } from "../domain/findingCodes";
import { SHEET } from "./names";
import { COLORS, DATE_FORMAT, SAMPLE_NOTE } from "./style";

export type InitiativeKey = "code" | "name" | "authors" | "recognizedOn" | "recognizedBy" | "scope" | "note";

export const INITIATIVE_COLUMNS: readonly ColumnDef<InitiativeKey>[] = [
  { key: "code", header: "Mã", aliases: ["Mã sáng kiến", "Số"], required: true },
  { key: "name", header: "Tên sáng kiến", aliases: ["Tên", "Sáng kiến", "Tên sáng kiến, đề tài"], required: true },
  { key: "authors", header: "Tác giả", aliases: ["Mã tác giả", "Tác giả (mã)"], required: true },
  { key: "recognizedOn", header: "Ngày công nhận", aliases: ["Ngày", "Ngày quyết định"] },
  { key: "recognizedBy", header: "Cơ quan công nhận", aliases: ["Nơi công nhận", "Cấp công nhận"] },
  { key: "scope", header: "Phạm vi ảnh hưởng", aliases: ["Phạm vi", "Phạm vi áp dụng"] },
  { key: "note", header: "Ghi chú", aliases: ["GhiChu"] },
];

const INITIATIVE_BLANK_ROWS = 5;

export interface InitiativesSheetOptions {
  ward: string;
  blankRows?: number;
}

export function buildInitiativesSheet(items: readonly Initiative[], options: InitiativesSheetOptions): SheetSpec {
  const rows: CellInput[][] = items.map((i) => [
    i.code,
    i.name,
    i.authors.join(", "),
    i.recognizedOn ?? null,
    i.recognizedBy || null,
    i.scope || null,
    i.note ?? null,
  ]);
  return buildListSheet({
    name: SHEET.initiatives,
    marker: layoutMarker("initiatives"),
    tableName: "SangKien",
    columns: [
      { header: "Mã", minWidth: 8, maxWidth: 10, input: true },
      { header: "Tên sáng kiến", minWidth: 30, maxWidth: 50, input: true },
      { header: "Tác giả", minWidth: 12, maxWidth: 20, input: true },
      {
        header: "Ngày công nhận",
        minWidth: 13,
        maxWidth: 13,
        input: true,
        format: DATE_FORMAT,
        hAlign: "center",
        validation: {
          type: "date",
          min: new Date(Date.UTC(2000, 0, 1)),
          max: new Date(Date.UTC(2100, 11, 31)),
          allowBlank: true,
          error: { title: "Ngày công nhận", message: "Ghi ngày theo dạng dd/mm/yyyy." },
        },
      },
      { header: "Cơ quan công nhận", minWidth: 18, maxWidth: 30, input: true },
      { header: "Phạm vi ảnh hưởng", minWidth: 16, maxWidth: 28, input: true },
      { header: "Ghi chú", minWidth: 14, maxWidth: 30, input: true },
    ],
    rows,
    blankRows: options.blankRows ?? (items.length ? 0 : INITIATIVE_BLANK_ROWS),
    ward: options.ward,
    title: "Sổ theo dõi sáng kiến được công nhận",
    tabColor: COLORS.tabInput,
  });
}

export interface InitiativesRead {
  initiatives: Initiative[];
  findings: Finding[];
  columns: Record<InitiativeKey, number>;
  sampleRows: number;
}

/** Reads `Sáng kiến` tolerantly; a row without a code or authors is reported and left out. */
export function readInitiatives(data: SheetData): InitiativesRead {
  const sheet = data.name;
  const findings: Finding[] = [];
  const noColumns = Object.fromEntries(INITIATIVE_COLUMNS.map((d) => [d.key, -1])) as Record<InitiativeKey, number>;
  const match = matchHeaders(data.values, INITIATIVE_COLUMNS);
  if (!match || match.missing.length) {
    findings.push(
      finding("INITIATIVES_NO_HEADER", sheet, "A1", {
        headers: INITIATIVE_COLUMNS.filter((d) => d.required)
          .map((d) => d.header)
          .join(", "),
      }),
    );
    return { initiatives: [], findings, columns: match?.columns ?? noColumns, sampleRows: 0 };
  }
  const initiatives: Initiative[] = [];
  const seen = new Map<string, number>();
  let sampleRows = 0;
  for (const r of tableRows(data.values, match)) {
    const cellOf = (k: InitiativeKey) => a1(r.row, Math.max(0, match.columns[k]));
    const code = text(r.get("code"));
    const name = text(r.get("name"));
    if (!code) {
      findings.push(finding("INITIATIVE_CODE_MISSING", sheet, cellOf("code"), { name }));
      continue;
    }
    const first = seen.get(code.toLocaleUpperCase("vi"));
    if (first !== undefined) {
      findings.push(finding("INITIATIVE_DUPLICATE", sheet, cellOf("code"), { code, first }));
      continue;
    }
    seen.set(code.toLocaleUpperCase("vi"), r.row + 1);
    const authors = splitCodes(r.get("authors"));
    if (!authors.length) {
      findings.push(finding("INITIATIVE_NO_AUTHOR", sheet, cellOf("authors"), { code }));
      continue;
    }
    const item: Initiative = {
      code,
      name: name || code,
      authors,
      recognizedBy: text(r.get("recognizedBy")),
      scope: text(r.get("scope")),
      row: r.row + 1,
    };
    const dateCell = r.get("recognizedOn");
    const date = readDate(dateCell);
    if (date) item.recognizedOn = date;
    else
      findings.push(
        finding(text(dateCell) ? "INITIATIVE_DATE_INVALID" : "INITIATIVE_DATE_MISSING", sheet, cellOf("recognizedOn"), {
          code,
          value: text(dateCell),
        }),
      );
    const note = text(r.get("note"));
    if (note) item.note = note;
    if (note === SAMPLE_NOTE) sampleRows++;
    initiatives.push(item);
  }
  return { initiatives, findings, columns: match.columns, sampleRows };
}
