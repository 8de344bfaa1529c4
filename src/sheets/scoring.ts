/**
 * `Chấm điểm Đ1 - <judge>`: one sheet per judge. Layout (documented for the reader and for people):
 *
 *   rows 1-6   header block: title, judge name, judge code, deadline, how to type, units not scored
 *   per block  one block per criteria grid (tổ dân phố; other units), one under the other:
 *                title row   "Bảng n: <unit types>"
 *                kind row    Cơ bản – nhóm I … | Điểm thưởng | Điểm trừ | Điểm liệt   (coloured by kind)
 *                text row    the criterion's wording (also shown as the input prompt of each cell)
 *                header row  Mã đơn vị | Tên đơn vị | <criterion codes> | Cộng điểm chuẩn | Cộng điểm thưởng | Cộng điểm trừ | Tổng điểm
 *                max row     Điểm tối đa per column
 *                unit rows   one per unit: code, name, inputs (unlocked), four formulas (locked)
 *
 * Rows = units and columns = criteria: a judge fills a unit left to right and moves down, and with many
 * units (a province) the sheet grows down, not across. The reader matches only on the header row's
 * "Mã đơn vị" cell, the criterion codes in it, and the unit code (plus name) of each row, so a code
 * changed by hand is detected rather than silently misread.
 *
 * Units the judge leads or belongs to are left off the sheet (and named in the header block): nobody can
 * type a conflicted score by mistake, and the validator still catches a row added by hand.
 * Deductions are typed as positive numbers in their own "Điểm trừ" columns, subtracted by the total formula.
 */
import { criteriaForUnit, gridKey, KIND_LABELS } from "../domain/criteria";
import { ROUND_NAMES } from "../domain/codes";
import { roundHalfAway } from "../domain/ranking/numbers";
import { publishedTotal, type TotalsRule } from "../domain/ranking/publishedTotal";
import type { Criterion, Member, RoundCode, Unit } from "../domain/types";
import {
  CELL_BLANK,
  CELL_INVALID,
  CELL_NUMBER,
  CELL_TEXT_NUMBER,
  emptyJudgeSheet,
  nameKey,
  unitCodeKey,
  type JudgeSheet,
  type ScoringBlock,
} from "../domain/validation";
import { msg } from "../i18n";
import type { CellInput, CellValue, SheetData, SheetSpec, StyleSpec, ValidationSpec } from "../workbook/port";
import { isFormula } from "../workbook/port";
import { isCellNumber } from "../domain/typedNumbers";
import { columnLetter, normalizeHeader, readNumber, readYesNo, text } from "./cells";
import { scoringSheetName } from "./names";
import { UNIT_TYPE_LABELS } from "./units";
import { COLORS, DATE_FORMAT, range } from "./style";
import { judgeSheetMarker } from "./markers";

export const SCORING_CODE_HEADER = "Mã đơn vị";
export const SCORING_JUDGE_CODE_LABEL = "Mã thành viên:";
const CODE_HEADERS = new Set(["mã đơn vị", "mã đv", "madv", "mã"]);
// The older labels too: sheets prepared before the wording changed are still read.
const JUDGE_CODE_LABELS = new Set(["mã thành viên:", "mã thành viên", "mã giám khảo:", "mã giám khảo", "mã gk:", "mã gk"]);
/** First row of the first block (0-based): after the six header rows and one blank. */
const FIRST_BLOCK_ROW = 7;
const CODE_COL = 0;
const NAME_COL = 1;
const FIRST_INPUT_COL = 2;
/** Upper bound a deduction line without its own cap accepts (0 in `Tiêu chí` = no cap per line). */
const OPEN_DEDUCTION_MAX = 100;

const KIND_FILL: Readonly<Record<Criterion["kind"], string>> = {
  base: "#DDEBF7",
  bonus: "#E2EFDA",
  deduction: "#FCE4D6",
  veto: "#FFE699",
};

export interface ScoringSheetInput {
  round: RoundCode;
  judge: Member;
  /** Units the judge scores, in list order, conflicts already removed. */
  units: readonly Unit[];
  /** Units left off because the judge leads or belongs to them (named in the header block). */
  excluded: readonly Unit[];
  criteria: readonly Criterion[];
  rule: TotalsRule;
  deadline?: Date;
  /** Values a judge already typed, by unit and criterion code; written back as values. */
  carried?: TypedScores;
  name?: string;
}

export function carryKey(unitCode: string, criterionCode: string): string {
  return `${unitCode}\u0000${criterionCode}`;
}

/**
 * Values a judge typed, by unit code, then criterion code. Two levels of maps, so carrying a province's
 * 4.5 million scores over builds no key string per cell; iterated, it gives `[carryKey, value]` pairs.
 */
export class TypedScores implements Iterable<[string, CellValue]> {
  private readonly byUnit = new Map<string, Map<string, CellValue>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(unitCode: string, criterionCode: string): CellValue | undefined {
    return this.byUnit.get(unitCode)?.get(criterionCode);
  }

  /** One unit's typed values by criterion code. */
  line(unitCode: string): ReadonlyMap<string, CellValue> | undefined {
    return this.byUnit.get(unitCode);
  }

  has(unitCode: string, criterionCode: string): boolean {
    return this.byUnit.get(unitCode)?.has(criterionCode) ?? false;
  }

  set(unitCode: string, criterionCode: string, value: CellValue): void {
    let line = this.byUnit.get(unitCode);
    if (!line) this.byUnit.set(unitCode, (line = new Map()));
    if (!line.has(criterionCode)) this.count++;
    line.set(criterionCode, value);
  }

  *[Symbol.iterator](): Iterator<[string, CellValue]> {
    for (const [unit, line] of this.byUnit) for (const [criterion, v] of line) yield [carryKey(unit, criterion), v];
  }
}

interface BlockPlan {
  criteria: Criterion[];
  units: Unit[];
}

/** Units grouped by the grid they get, in the order their first unit appears. */
export function planBlocks(units: readonly Unit[], criteria: readonly Criterion[]): BlockPlan[] {
  const byKey = new Map<string, BlockPlan>();
  for (const u of units) {
    const list = orderByKind(criteriaForUnit(criteria, u));
    const key = gridKey(list);
    let b = byKey.get(key);
    if (!b) byKey.set(key, (b = { criteria: list, units: [] }));
    b.units.push(u);
  }
  return [...byKey.values()];
}

const KIND_ORDER: Readonly<Record<Criterion["kind"], number>> = { base: 0, bonus: 1, deduction: 2, veto: 3 };
/** Base, bonus, deduction, veto: each kind contiguous so a SUM covers it. */
function orderByKind(list: Criterion[]): Criterion[] {
  return list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => KIND_ORDER[a.c.kind] - KIND_ORDER[b.c.kind] || a.i - b.i)
    .map((x) => x.c);
}

/** What the "Điểm tối đa" row shows for a criterion (also how a renamed code is recognised). */
function maxCell(c: Criterion): CellValue {
  return c.kind === "veto" ? "Có/Không" : c.kind === "deduction" && c.max <= 0 ? null : c.max;
}

function typesLabel(units: readonly Unit[]): string {
  const seen: string[] = [];
  for (const u of units) if (!seen.includes(UNIT_TYPE_LABELS[u.type])) seen.push(UNIT_TYPE_LABELS[u.type]);
  return seen.join("; ");
}

export function buildScoringSheet(input: ScoringSheetInput): SheetSpec {
  const { round, judge, rule } = input;
  const blocks = planBlocks(input.units, input.criteria);
  const width = Math.max(FIRST_INPUT_COL + 4, ...blocks.map((b) => FIRST_INPUT_COL + b.criteria.length + 4));
  const cells: CellInput[][] = [];
  const put = (r: number, c: number, v: CellInput) => {
    while (cells.length <= r) cells.push(new Array<CellInput>(width).fill(null));
    cells[r][c] = v;
  };
  const styles: StyleSpec[] = [];
  const validations: ValidationSpec[] = [];
  const merges = [range(0, 0, 1, width), range(4, 0, 1, width), range(5, 0, 1, width)];
  const numberFormats: NonNullable<SheetSpec["numberFormats"]> = [];
  const rowHeights: Record<number, number> = { 0: 24, 4: 45 };

  put(0, 0, msg("SCORING_TITLE", { round: ROUND_NAMES[round] }).vi);
  put(1, 0, msg("SCORING_JUDGE").vi);
  put(1, 1, judge.position ? `${judge.name} – ${judge.position}` : judge.name);
  put(2, 0, SCORING_JUDGE_CODE_LABEL);
  put(2, 1, judge.code);
  put(3, 0, msg("SCORING_DEADLINE").vi);
  put(3, 1, input.deadline ?? msg("SCORING_DEADLINE_UNSET").vi);
  if (input.deadline) numberFormats.push({ range: range(3, 1), format: DATE_FORMAT });
  put(
    4,
    0,
    msg("SCORING_HELP", { base: rule.baseTotal, cap: Number.isFinite(rule.bonusCap) ? rule.bonusCap : "∞", floor: rule.floor })
      .vi,
  );
  put(
    5,
    0,
    input.excluded.length
      ? msg("SCORING_EXCLUDED", { units: input.excluded.map((u) => `${u.code} (${u.name})`).join(", ") }).vi
      : null,
  );
  styles.push({ range: range(0, 0), bold: true, fontSize: 14, hAlign: "center" });
  styles.push({ range: range(1, 0, 3, 1), bold: true });
  styles.push({ range: range(4, 0, 2, 1), italic: true, wrap: true, vAlign: "top" });

  let r = FIRST_BLOCK_ROW;
  let firstHeaderRow = -1;
  blocks.forEach((b, bi) => {
    const n = b.criteria.length;
    const cBase = b.criteria.filter((c) => c.kind === "base").length;
    const cBonus = b.criteria.filter((c) => c.kind === "bonus").length;
    const cDed = b.criteria.filter((c) => c.kind === "deduction").length;
    const sumCol = FIRST_INPUT_COL + n;
    const blockWidth = sumCol + 4;
    put(r, 0, msg("SCORING_BLOCK", { n: bi + 1, who: typesLabel(b.units) }).vi);
    merges.push(range(r, 0, 1, blockWidth));
    styles.push({ range: range(r, 0), bold: true, fontSize: 12 });
    const kindRow = r + 1;
    const textRow = r + 2;
    const headerRow = r + 3;
    const maxRow = r + 4;
    const firstUnit = r + 5;
    if (firstHeaderRow < 0) firstHeaderRow = headerRow;
    rowHeights[textRow] = 90;
    put(headerRow, CODE_COL, SCORING_CODE_HEADER);
    put(headerRow, NAME_COL, msg("SCORING_UNIT_NAME").vi);
    put(maxRow, NAME_COL, msg("SCORING_MAX_ROW").vi);
    b.criteria.forEach((c, k) => {
      const col = FIRST_INPUT_COL + k;
      put(kindRow, col, c.kind === "base" ? `${KIND_LABELS.base} – ${c.group}` : KIND_LABELS[c.kind]);
      put(textRow, col, c.text);
      put(headerRow, col, c.code);
      put(maxRow, col, maxCell(c));
      styles.push({ range: range(kindRow, col, 4, 1), fill: KIND_FILL[c.kind] });
    });
    put(headerRow, sumCol, msg("SCORING_SUM_BASE").vi);
    put(headerRow, sumCol + 1, msg("SCORING_SUM_BONUS").vi);
    put(headerRow, sumCol + 2, msg("SCORING_SUM_DEDUCTION").vi);
    put(headerRow, sumCol + 3, msg("SCORING_TOTAL").vi);
    put(maxRow, sumCol, rule.baseTotal);
    put(maxRow, sumCol + 1, Number.isFinite(rule.bonusCap) ? rule.bonusCap : null);
    styles.push({ range: range(kindRow, 0, 4, blockWidth), border: "thin", wrap: true, vAlign: "middle", hAlign: "center" });
    styles.push({ range: range(textRow, FIRST_INPUT_COL, 1, n), fontSize: 8, vAlign: "top", hAlign: "left" });
    styles.push({ range: range(headerRow, 0, 1, blockWidth), bold: true, fill: COLORS.headerFill, fontColor: COLORS.headerFont });

    const U = b.units.length;
    b.units.forEach((u, i) => {
      const row = firstUnit + i;
      put(row, CODE_COL, u.code);
      put(row, NAME_COL, u.name);
      const carriedLine = input.carried?.line(u.code);
      const sums = { base: 0, bonus: 0, ded: 0 };
      b.criteria.forEach((c, k) => {
        const v = carriedLine?.get(c.code);
        if (v === undefined || v === null) return;
        put(row, FIRST_INPUT_COL + k, v);
        // Excel's SUM skips text, so the written result does too: the same number Excel will show.
        if (typeof v !== "number") return;
        if (c.kind === "base") sums.base += v;
        else if (c.kind === "bonus") sums.bonus += v;
        else if (c.kind === "deduction") sums.ded += v;
      });
      const R = row + 1;
      const span = (from: number, count: number) =>
        count === 0 ? "0" : `SUM(${columnLetter(from)}${R}:${columnLetter(from + count - 1)}${R})`;
      const baseRef = `${columnLetter(sumCol)}${R}`;
      const bonusRef = `${columnLetter(sumCol + 1)}${R}`;
      const dedRef = `${columnLetter(sumCol + 2)}${R}`;
      put(row, sumCol, { formula: `=${span(FIRST_INPUT_COL, cBase)}`, result: round2(sums.base) });
      put(row, sumCol + 1, { formula: `=${span(FIRST_INPUT_COL + cBase, cBonus)}`, result: round2(sums.bonus) });
      put(row, sumCol + 2, { formula: `=${span(FIRST_INPUT_COL + cBase + cBonus, cDed)}`, result: round2(sums.ded) });
      const bonusTerm = Number.isFinite(rule.bonusCap) ? `MIN(${bonusRef},${rule.bonusCap})` : bonusRef;
      // The formula and publishedTotal are one rule: its result is the cached value, and LibreOffice checks both agree.
      put(row, sumCol + 3, {
        formula: `=MAX(${rule.floor},ROUND(MIN(${baseRef},${rule.baseTotal})+${bonusTerm}-${dedRef},${rule.precision}))`,
        result: publishedTotal(sums.base, sums.bonus, sums.ded, rule),
      });
    });
    if (U > 0) {
      styles.push({ range: range(firstUnit, 0, U, blockWidth), border: "thin" });
      styles.push({ range: range(firstUnit, FIRST_INPUT_COL, U, n), locked: false, fill: COLORS.inputFill, hAlign: "center" });
      styles.push({ range: range(firstUnit, sumCol, U, 4), fill: "#F2F2F2", hAlign: "center" });
      styles.push({ range: range(firstUnit, sumCol + 3, U, 1), bold: true });
      numberFormats.push({ range: range(firstUnit, sumCol, U, 4), format: "0.00" });
      b.criteria.forEach((c, k) => {
        const rr = range(firstUnit, FIRST_INPUT_COL + k, U, 1);
        const prompt = { title: c.code.slice(0, 32), message: c.text.slice(0, 250) };
        if (c.kind === "veto") {
          validations.push({
            type: "list",
            range: rr,
            values: ["Có", "Không"],
            allowBlank: true,
            prompt,
            error: { title: msg("SCORING_INPUT_ERROR_TITLE").vi, message: msg("SCORING_VETO_ERROR").vi },
          });
        } else {
          const max = c.kind === "deduction" && c.max <= 0 ? OPEN_DEDUCTION_MAX : c.max;
          validations.push({
            type: "decimal",
            range: rr,
            min: 0,
            max,
            allowBlank: true,
            prompt,
            error: { title: msg("SCORING_INPUT_ERROR_TITLE").vi, message: msg("SCORING_INPUT_ERROR", { max }).vi },
          });
        }
      });
    }
    r = firstUnit + U + 1;
  });
  if (cells.length === 0) put(0, 0, null);

  return {
    name: input.name ?? scoringSheetName(round, judge.shortName),
    marker: judgeSheetMarker(round, judge.code),
    cells,
    columnWidths: [12, 32, ...new Array<number>(Math.max(0, width - 2)).fill(9)],
    rowHeights,
    merges,
    styles,
    validations,
    numberFormats,
    freeze: blocks.length === 1 && firstHeaderRow >= 0 ? { rows: firstHeaderRow + 2, cols: 2 } : { rows: 0, cols: 2 },
    print: scoringPrint(round, blocks.length === 1 ? firstHeaderRow : -1, width),
    protect: true,
  };
}

/** Width units of criteria a landscape A4 page holds beside the repeated code and name, at a scale still read (~85 %). */
const CRITERIA_WIDTH_PER_PAGE = 113;

/**
 * A judge's sheet printed on A4 landscape, readable: unit code and name repeated at the left of every page
 * and the criteria spread over as many pages across as they need (not squeezed onto one); the block's
 * kind, wording, code and maximum rows repeated at the top when the sheet has one block; a line to sign
 * in every page's footer.
 */
export function scoringPrint(round: RoundCode, headerRow: number, width: number): SheetSpec["print"] {
  const criteria = Math.max(0, width - 2) * 9;
  return {
    orientation: "landscape",
    headerCenter: msg("SCORING_TITLE", { round: ROUND_NAMES[round] }).vi,
    repeatCols: { first: CODE_COL, last: NAME_COL },
    ...(headerRow >= 2 ? { repeatRows: { first: headerRow - 2, last: headerRow + 1 } } : {}),
    pagesWide: Math.max(1, Math.ceil(criteria / CRITERIA_WIDTH_PER_PAGE)),
    footerLeft: msg("SCORING_SIGN_LINE").vi,
  };
}

/** A sum as Excel's SUM gives it, without binary noise (not a published score: the sheet's SUM does not round). */
function round2(n: number): number {
  return roundHalfAway(n, 6);
}

// ---------------------------------------------------------------------------------------------- reading

/**
 * Reads a judge's sheet back into flat arrays indexed like `units` and `criteria`. Tolerant: header cells
 * are matched after trimming, case folding and NFC; rows with no code are skipped. Nothing per cell is
 * allocated except for the rare text cell.
 */
export function readScoringSheet(
  data: SheetData,
  criteria: readonly Criterion[],
  units: readonly Unit[],
  options: { judgeCode?: string; matchRenamed?: boolean } = {},
): JudgeSheet {
  const values = data.values;
  const C = criteria.length;
  const js = emptyJudgeSheet(data.name, options.judgeCode ?? "", units.length, C);
  const unitIdx = new Map<string, number>();
  const nameIdx = new Map<string, number>();
  units.forEach((u, i) => {
    const k = unitCodeKey(u.code);
    if (!unitIdx.has(k)) unitIdx.set(k, i);
    const n = nameKey(u.name);
    if (n && !nameIdx.has(n)) nameIdx.set(n, i);
  });
  const critIdx = new Map<string, number>();
  criteria.forEach((c, i) => {
    const k = c.code.trim().toUpperCase();
    if (!c.isGroup && !critIdx.has(k)) critIdx.set(k, i);
  });
  const isVeto = criteria.map((c) => c.kind === "veto");
  const computedHeaders = computedHeaderSet();

  // Header block: the judge code beside its label.
  for (let r = 0; r < Math.min(values.length, FIRST_BLOCK_ROW + 2); r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < Math.min(row.length, 4); c++) {
      if (JUDGE_CODE_LABELS.has(normalizeHeader(row[c]))) {
        const code = text(row[c + 1] ?? null);
        if (code) js.judgeCode = code;
        js.judgeCell = { row: r, col: c + 1 };
      }
    }
  }

  let block: ScoringBlock | undefined;
  let inputCols: number[] = [];
  let inputCrit: number[] = [];
  let codeCol = -1;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const isHeader = codeCol >= 0 ? CODE_HEADERS.has(normalizeHeader(row[codeCol])) : findCodeHeader(row) >= 0;
    if (isHeader) {
      if (codeCol < 0) codeCol = findCodeHeader(row);
      const colOfCriterion = new Int32Array(C).fill(-1);
      const unknownHeaders: { col: number; text: string }[] = [];
      inputCols = [];
      inputCrit = [];
      for (let c = codeCol + 2; c < row.length; c++) {
        const t = text(row[c] ?? null);
        if (!t) continue;
        const ci = critIdx.get(t.toUpperCase());
        if (ci !== undefined) {
          if (colOfCriterion[ci] < 0) colOfCriterion[ci] = c;
          inputCols.push(c);
          inputCrit.push(ci);
        } else if (!computedHeaders.has(normalizeHeader(t))) unknownHeaders.push({ col: c, text: t });
      }
      if (options.matchRenamed && unknownHeaders.length) {
        for (const h of renamedColumns(values, r, unknownHeaders, criteria, colOfCriterion)) {
          colOfCriterion[h.criterion] = h.col;
          inputCols.push(h.col);
          inputCrit.push(h.criterion);
          unknownHeaders.splice(unknownHeaders.indexOf(h.header), 1);
        }
      }
      block = { headerRow: r, colOfCriterion, unknownHeaders, firstUnitRow: r + 1 };
      js.blocks.push(block);
      continue;
    }
    if (!block) continue;
    const code = text(row[codeCol] ?? null);
    if (!code) continue;
    const name = text(row[codeCol + 1] ?? null);
    let filled = 0;
    for (const c of inputCols) if (!blankCell(row[c])) filled++;
    if (!name && filled === 0) continue; // a block title or a note, not a unit row
    const bi = js.blocks.length - 1;
    let u = unitIdx.get(unitCodeKey(code));
    const byName = name ? nameIdx.get(nameKey(name)) : undefined;
    // A known code carrying another unit's name was retyped: trust neither, report it.
    if (u !== undefined && byName !== undefined && byName !== u) u = undefined;
    if (u === undefined) {
      js.strays.push({ row: r, block: bi, code, name, filled, nameMatch: byName ?? -1 });
      continue;
    }
    if (js.rowOfUnit[u] >= 0) {
      js.duplicates.push({ row: r, unit: u, firstRow: js.rowOfUnit[u] });
      continue;
    }
    js.rowOfUnit[u] = r;
    js.blockOfUnit[u] = bi;
    const off = u * C;
    for (let k = 0; k < inputCols.length; k++) {
      const ci = inputCrit[k];
      const idx = off + ci;
      const v = row[inputCols[k]];
      if (v === null || v === undefined) {
        js.states[idx] = CELL_BLANK;
      } else if (typeof v === "number") {
        const ok = isCellNumber(v);
        js.states[idx] = ok ? CELL_NUMBER : CELL_INVALID;
        if (ok) js.values[idx] = v;
        else js.invalidText.set(idx, String(v));
      } else if (isVeto[ci]) {
        const yes = readYesNo(v);
        if (typeof v === "string" && v.trim() === "") js.states[idx] = CELL_BLANK;
        else if (yes === undefined) {
          js.states[idx] = CELL_INVALID;
          js.invalidText.set(idx, text(v));
        } else {
          js.states[idx] = CELL_NUMBER;
          js.values[idx] = yes ? 1 : 0;
        }
      } else if (typeof v === "string") {
        const n = readNumber(v);
        if (n.kind === "blank") js.states[idx] = CELL_BLANK;
        else if (n.kind === "text-number") {
          js.states[idx] = CELL_TEXT_NUMBER;
          js.values[idx] = n.value;
          // as typed, invisible characters included: the rule names them
          js.invalidText.set(idx, v.normalize("NFC").trim());
        } else {
          js.states[idx] = CELL_INVALID;
          js.invalidText.set(idx, n.kind === "invalid" ? n.text : text(v));
        }
      } else {
        js.states[idx] = CELL_INVALID;
        js.invalidText.set(idx, text(v));
      }
    }
  }
  js.codeCol = Math.max(0, codeCol);
  return js;
}

/**
 * Header cells whose code is no longer a criterion but whose wording (the row above) and maximum (the row
 * below) are those of exactly one criterion missing from the block: the clerk renamed that code.
 */
function renamedColumns(
  values: readonly (readonly CellValue[] | undefined)[],
  headerRow: number,
  unknown: readonly { col: number; text: string }[],
  criteria: readonly Criterion[],
  colOfCriterion: Int32Array,
): { col: number; criterion: number; header: { col: number; text: string } }[] {
  const out: { col: number; criterion: number; header: { col: number; text: string } }[] = [];
  const taken = new Set<number>();
  for (const h of unknown) {
    const wording = normalizeHeader(values[headerRow - 1]?.[h.col] ?? null);
    const max = values[headerRow + 1]?.[h.col] ?? null;
    if (!wording) continue;
    const matches: number[] = [];
    criteria.forEach((c, ci) => {
      if (c.isGroup || colOfCriterion[ci] >= 0 || taken.has(ci)) return;
      if (normalizeHeader(c.text) === wording && sameMax(maxCell(c), max)) matches.push(ci);
    });
    if (matches.length !== 1) continue;
    taken.add(matches[0]);
    out.push({ col: h.col, criterion: matches[0], header: h });
  }
  return out;
}

function sameMax(want: CellValue, found: CellValue): boolean {
  if (want === null) return blankCell(found);
  if (typeof want === "number") return typeof found === "number" ? found === want : text(found) === String(want);
  return normalizeHeader(found) === normalizeHeader(want);
}

function findCodeHeader(row: readonly CellValue[]): number {
  for (let c = 0; c < Math.min(row.length, 4); c++) if (CODE_HEADERS.has(normalizeHeader(row[c]))) return c;
  return -1;
}

function blankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The raw values a judge typed, keyed for carrying over (see buildScoringSheet's `carried`). */
export function typedScores(
  data: SheetData,
  js: JudgeSheet,
  criteria: readonly Criterion[],
  units: readonly Unit[],
): TypedScores {
  const out = new TypedScores();
  for (let u = 0; u < js.unitCount; u++) {
    const r = js.rowOfUnit[u];
    if (r < 0) continue;
    const b = js.blocks[js.blockOfUnit[u]];
    for (let c = 0; c < js.criterionCount; c++) {
      const col = b.colOfCriterion[c];
      if (col < 0) continue;
      const v = data.values[r]?.[col];
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "") || isFormula(v)) continue;
      out.set(units[u].code, criteria[c].code, v);
    }
  }
  return out;
}

/** Everything a person typed on a judge sheet, sorted by whether a new sheet for the same lists can hold it. */
export interface TypedOnSheet {
  /** Scores of listed units under listed criteria, by carryKey (typedScores). */
  scores: TypedScores;
  /** Typed scores no current list names: rows of units taken off `Đơn vị` (or listed twice), columns whose code left `Tiêu chí`. */
  unplaced: number;
  /** Cells typed outside the grid prepare writes (notes beside or below it), as their text. */
  notes: string[];
}

/**
 * The notes of an earlier sheet that the new one does not show: text prepare itself writes anywhere on
 * the new sheet (a header line, a signature line a later layout added) is not a person's note.
 */
export function notesNotOn(notes: readonly string[], spec: SheetSpec): number {
  const written = new Set<string>();
  for (const row of spec.cells) for (const c of row) if (c !== null && !isFormula(c)) written.add(text(c));
  return notes.filter((n) => !written.has(n)).length;
}

/**
 * Sorts every non-blank cell of a judge sheet: what prepare wrote (headers, unit codes and names, the
 * total formulas' columns), a score a new sheet can carry, a score it cannot, or a note. `js` is the
 * sheet as read for the same `criteria` and `units`.
 */
export function typedOnSheet(
  data: SheetData,
  js: JudgeSheet,
  criteria: readonly Criterion[],
  units: readonly Unit[],
): TypedOnSheet {
  const values = data.values;
  const written = values.map((row) => new Uint8Array(row?.length ?? 0));
  const mark = (r: number, c: number) => {
    if (written[r] && c < written[r].length) written[r][c] = 1;
  };
  for (let r = 0; r < Math.min(values.length, FIRST_BLOCK_ROW); r++) for (let c = 0; c < 2; c++) mark(r, c);
  const placedRows = new Set<number>();
  for (const r of js.rowOfUnit) if (r >= 0) placedRows.add(r);
  // A "Ghi chú" column is a person's: neither input nor formula, so what it holds counts as notes.
  const computed = computedHeaderSet(false);
  const isNoteHeader = (v: CellValue | undefined) => normalizeHeader(v ?? null) === NOTE_HEADER;
  const codeCol = js.codeCol;
  let unplaced = 0;
  js.blocks.forEach((b, bi) => {
    const header = values[b.headerRow] ?? [];
    let lastCol = codeCol + 1;
    header.forEach((v, c) => {
      if (!blankCell(v) && !isNoteHeader(v)) lastCol = Math.max(lastCol, c);
    });
    const top = Math.max(0, b.headerRow - 3);
    for (let r = top; r <= b.headerRow + 1; r++)
      for (let c = 0; c <= lastCol; c++) if (!(r === b.headerRow && isNoteHeader(header[c]))) mark(r, c);
    const known = new Set<number>();
    for (const col of b.colOfCriterion) if (col >= 0) known.add(col);
    const inputCols: number[] = [];
    for (let c = codeCol + 2; c <= lastCol; c++) {
      if (blankCell(header[c]) || isNoteHeader(header[c])) continue;
      if (known.has(c) || !computed.has(normalizeHeader(header[c]))) inputCols.push(c);
      else for (let r = b.headerRow + 2; r < values.length; r++) mark(r, c);
    }
    const end = bi + 1 < js.blocks.length ? js.blocks[bi + 1].headerRow - 3 : values.length;
    for (let r = b.headerRow + 2; r < end; r++) {
      const row = values[r];
      if (!row) continue;
      const code = text(row[codeCol] ?? null);
      const name = text(row[codeCol + 1] ?? null);
      const filled = inputCols.some((c) => !blankCell(row[c]));
      if (!code || (!name && !filled)) continue; // the reader skips it too: what it holds is a note
      mark(r, codeCol);
      mark(r, codeCol + 1);
      const placed = placedRows.has(r);
      for (const c of inputCols) {
        const v = row[c];
        if (blankCell(v) || isFormula(v)) continue;
        mark(r, c);
        if (!placed || !known.has(c)) unplaced++;
      }
    }
  });
  const notes: string[] = [];
  values.forEach((row, r) =>
    row?.forEach((v, c) => {
      if (!blankCell(v) && !written[r][c]) notes.push(text(v));
    }),
  );
  return { scores: typedScores(data, js, criteria, units), unplaced, notes };
}

const NOTE_HEADER = "ghi chú";

/** Headers of the columns prepare fills itself (the unit name, the four sums); with the notes column when reading scores. */
function computedHeaderSet(withNotes = true): Set<string> {
  const set = new Set(
    (["SCORING_SUM_BASE", "SCORING_SUM_BONUS", "SCORING_SUM_DEDUCTION", "SCORING_TOTAL", "SCORING_UNIT_NAME"] as const).map((c) =>
      normalizeHeader(msg(c).vi),
    ),
  );
  if (withNotes) set.add(NOTE_HEADER);
  return set;
}
