/**
 * `Cấu hình`: every setting of domain/settings.ts on one row (code, label, value, default, source).
 * The value cells are the only ones a person edits; choice settings get a drop-down, shares show as %.
 */
import { fold } from "../domain/codes";
import {
  SETTING_DEFS,
  choiceLabel,
  defaultSettings,
  settingDef,
  type SettingDef,
  type Settings,
  type SettingValue,
} from "../domain/settings";
import type { Finding } from "../domain/types";
import type { CellInput, CellValue, NumberFormatSpec, SheetData, SheetSpec, ValidationSpec } from "../workbook/port";
import { a1, formatDate, isBlank, matchHeaders, readDate, readNumber, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet } from "./listSheet";
import { finding, type FindingCode } from "../domain/findingCodes";
import { SHEET } from "./names";
import { COLORS, DATE_FORMAT, range } from "./style";
import { layoutMarker } from "./markers";

export type SettingKey = "code" | "label" | "value" | "default" | "source" | "labelEn";

export const SETTING_COLUMNS: readonly ColumnDef<SettingKey>[] = [
  { key: "code", header: "Mã", aliases: ["Mã cấu hình", "Code"], required: true },
  { key: "label", header: "Nội dung", aliases: ["Tên", "Thiết lập"] },
  { key: "value", header: "Giá trị", aliases: ["Giá trị áp dụng", "Value"], required: true },
  { key: "default", header: "Mặc định", aliases: ["Giá trị mặc định"] },
  { key: "source", header: "Nguồn", aliases: ["Nguồn của mặc định", "Căn cứ"] },
  { key: "labelEn", header: "Setting (English)", aliases: ["English"] },
];
const VALUE_COL = SETTING_COLUMNS.findIndex((c) => c.key === "value");
const DEFAULT_COL = SETTING_COLUMNS.findIndex((c) => c.key === "default");

/** A default as it is written into a cell: dates as dates, so the cell sorts and validates. */
function defaultCell(d: SettingDef): CellInput {
  if (d.type === "date") return readDate(String(d.default)) ?? String(d.default);
  if (d.type === "choice") return choiceLabel(d, String(d.default));
  return d.default;
}

function settingRow(d: SettingDef, value: CellInput): CellInput[] {
  return [d.code, d.label_vi, value, defaultCell(d), d.source, d.label_en];
}

export interface SettingsSheetOptions {
  ward: string;
  /** Values to write instead of the defaults (a person's values kept across a re-run), by code. */
  values?: ReadonlyMap<string, CellValue>;
  /** Rows a person added with codes the add-in does not know, in column order; kept as they are. */
  extraRows?: readonly CellInput[][];
  /** Where the add-in put the sheet last time, when not the standard name. */
  name?: string;
}

export function buildSettingsSheet(options: SettingsSheetOptions): SheetSpec {
  const rows: CellInput[][] = SETTING_DEFS.map((d) =>
    settingRow(d, options.values?.has(d.code) ? (options.values.get(d.code) ?? null) : defaultCell(d)),
  );
  rows.push(...(options.extraRows ?? []));
  const spec = buildListSheet({
    name: options.name ?? SHEET.settings,
    marker: layoutMarker("settings"),
    tableName: "CauHinh",
    columns: [
      { header: "Mã", minWidth: 14, maxWidth: 24 },
      { header: "Nội dung", minWidth: 30, maxWidth: 55 },
      { header: "Giá trị", minWidth: 16, maxWidth: 30, input: true },
      { header: "Mặc định", minWidth: 12, maxWidth: 30 },
      { header: "Nguồn", minWidth: 20, maxWidth: 40 },
      { header: "Setting (English)", minWidth: 20, maxWidth: 40 },
    ],
    rows,
    ward: options.ward,
    title: "Cấu hình: ngưỡng, hạn mức, cách tính",
    tabColor: COLORS.tabInput,
  });
  const formats: NumberFormatSpec[] = [];
  const validations: ValidationSpec[] = [];
  rows.forEach((row, i) => {
    const def = settingDef(String(row[0] ?? ""));
    if (!def) return;
    const r = i + 1;
    const both = range(r, VALUE_COL, 1, 1);
    const dflt = range(r, DEFAULT_COL, 1, 1);
    if (def.type === "share") formats.push({ range: both, format: "0%" }, { range: dflt, format: "0%" });
    if (def.type === "date") formats.push({ range: both, format: DATE_FORMAT }, { range: dflt, format: DATE_FORMAT });
    if (def.type === "choice" && def.choices) {
      validations.push({
        type: "list",
        range: both,
        values: def.choices.map((c) => choiceLabel(def, c)),
        allowBlank: true,
        error: { title: def.code, message: `Chọn một giá trị: ${def.choices.map((c) => choiceLabel(def, c)).join("; ")}` },
      });
    }
    if (def.type === "share") {
      validations.push({
        type: "decimal",
        range: both,
        min: 0,
        max: 1,
        allowBlank: true,
        error: { title: def.code, message: "Nhập tỷ lệ từ 0% đến 100%." },
      });
    }
  });
  spec.numberFormats = [...(spec.numberFormats ?? []), ...formats];
  spec.validations = [...(spec.validations ?? []), ...validations];
  return spec;
}

export interface SettingsRead {
  settings: Settings;
  findings: Finding[];
  /** Codes present on the sheet, with their 1-based row. */
  rows: Map<string, number>;
  /** Known codes absent from the sheet (their defaults are used). */
  missing: string[];
  /** The value cell as typed, by known code (for keeping a person's values on a re-run). */
  raw: Map<string, CellValue>;
  /** Rows with a code the add-in does not know, in SETTING_COLUMNS order. */
  extraRows: CellValue[][];
}

/**
 * Reads `Cấu hình` tolerantly: unknown codes and unreadable values are reported and the default is
 * used, so a typo in one setting never stops a command.
 */
export function readSettings(data: SheetData): SettingsRead {
  const sheet = data.name;
  const settings: Record<string, SettingValue> = { ...defaultSettings() };
  const findings: Finding[] = [];
  const rows = new Map<string, number>();
  const raw = new Map<string, CellValue>();
  const extraRows: CellValue[][] = [];
  const match = matchHeaders(data.values, SETTING_COLUMNS);
  if (!match || match.missing.length) {
    findings.push(finding("SETTINGS_NO_HEADER", sheet, "A1", { headers: "Mã, Giá trị" }));
    return { settings, findings, rows, missing: SETTING_DEFS.map((d) => d.code), raw, extraRows };
  }
  for (const r of tableRows(data.values, match)) {
    const code = text(r.get("code")).toUpperCase();
    if (!code) continue;
    const cell = a1(r.row, match.columns.value);
    const def = settingDef(code);
    if (!def) {
      findings.push(finding("SETTING_UNKNOWN", sheet, a1(r.row, match.columns.code), { code }));
      extraRows.push(SETTING_COLUMNS.map((c) => r.get(c.key)));
      continue;
    }
    if (rows.has(code)) {
      findings.push(finding("SETTING_DUPLICATE", sheet, a1(r.row, match.columns.code), { code, first: rows.get(code) ?? "" }));
      continue;
    }
    rows.set(code, r.row + 1);
    const v = r.get("value");
    raw.set(code, v);
    const parsed = parseSettingValue(def, v);
    if (parsed.kind === "blank") {
      if (def.optional) settings[code] = "";
      else findings.push(finding("SETTING_BLANK", sheet, cell, { code, default: shown(def.default) }));
    } else if (parsed.kind === "invalid") {
      findings.push(
        finding(parsed.reason, sheet, cell, {
          code,
          value: text(v),
          default: shown(def.default),
          choices: (def.choices ?? []).map((c) => choiceLabel(def, c)).join("; "),
        }),
      );
    } else {
      settings[code] = parsed.value;
      if (parsed.warning) findings.push(finding(parsed.warning, sheet, cell, { code, value: text(v) }));
    }
  }
  const missing = SETTING_DEFS.map((d) => d.code).filter((c) => !rows.has(c));
  if (missing.length) findings.push(finding("SETTINGS_MISSING_CODES", sheet, "", { codes: missing.join(", ") }));
  return { settings, findings, rows, missing, raw, extraRows };
}

function shown(v: number | string): string {
  return String(v);
}

type Parsed =
  { kind: "blank" } | { kind: "ok"; value: SettingValue; warning?: FindingCode } | { kind: "invalid"; reason: FindingCode };

export function parseSettingValue(def: SettingDef, v: CellValue): Parsed {
  if (isBlank(v)) return { kind: "blank" };
  switch (def.type) {
    case "number": {
      const n = readNumber(v);
      if (n.kind === "number") return { kind: "ok", value: n.value };
      if (n.kind === "text-number") return { kind: "ok", value: n.value, warning: "SETTING_NUMBER_AS_TEXT" };
      return { kind: "invalid", reason: "SETTING_NOT_NUMBER" };
    }
    case "share": {
      const t = typeof v === "string" ? v.trim() : v;
      const percent = typeof t === "string" && /%$/.test(t);
      const n = readNumber(typeof t === "string" ? t.replace(/\s*%$/, "") : t);
      if (n.kind !== "number" && n.kind !== "text-number") return { kind: "invalid", reason: "SETTING_NOT_SHARE" };
      // "70" and "70%" typed as text both mean 70 %; a share is never above 1.
      const value = percent || n.value > 1 ? n.value / 100 : n.value;
      if (value < 0 || value > 1) return { kind: "invalid", reason: "SETTING_NOT_SHARE" };
      if (!percent && n.value > 1) return { kind: "ok", value, warning: "SETTING_SHARE_SCALED" };
      return n.kind === "text-number" || percent
        ? { kind: "ok", value, warning: "SETTING_NUMBER_AS_TEXT" }
        : { kind: "ok", value };
    }
    case "date": {
      const d = readDate(v);
      return d ? { kind: "ok", value: d } : { kind: "invalid", reason: "SETTING_NOT_DATE" };
    }
    case "choice": {
      const f = fold(text(v));
      const choice = (def.choices ?? []).find((c) => fold(c) === f || fold(choiceLabel(def, c)) === f);
      return choice ? { kind: "ok", value: choice } : { kind: "invalid", reason: "SETTING_NOT_CHOICE" };
    }
    case "text":
    case "list":
      return { kind: "ok", value: v instanceof Date ? formatDate(v) : text(v) };
  }
}
