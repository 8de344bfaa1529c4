/**
 * A judge's scoring sheet as read back, in flat typed arrays so that a province round
 * (10,000 units × 30 criteria × 15 judges) costs no object or string per score.
 * Index spaces: units = RoundInput.units order; criteria = RoundInput.criteria order (group rows stay unused).
 */
import { a1 } from "../../shared/address";

/** State of one input cell. */
export const CELL_ABSENT = 0; // the unit or the criterion column is not on the sheet, or the criterion does not apply
export const CELL_BLANK = 1;
export const CELL_NUMBER = 2;
export const CELL_TEXT_NUMBER = 3; // "8,5" typed as text: value read, worth a warning
export const CELL_INVALID = 4;

export interface ScoringBlock {
  /** 0-based row of the header row holding "Mã đơn vị" and the criterion codes. */
  headerRow: number;
  /** Per criterion index: 0-based column of its input, or -1 when the block has no such column. */
  colOfCriterion: Int32Array;
  /** Header cells that are not a criterion code (changed by hand): 0-based column and the text found. */
  unknownHeaders: { col: number; text: string }[];
  /** 0-based row of the block's first unit row. */
  firstUnitRow: number;
}

/** A row whose unit code is not a unit of the round. */
export interface StrayRow {
  row: number;
  block: number;
  code: string;
  name: string;
  /** Number of non-blank input cells on the row. */
  filled: number;
  /** Index of the unit whose name the row carries, or -1: tells a changed code from a foreign unit. */
  nameMatch: number;
}

export interface JudgeSheet {
  sheet: string;
  /** The judge code written in the sheet's header block (or found from the sheet name). */
  judgeCode: string;
  /** 0-based cell of the judge code in the header, for findings about the judge. */
  judgeCell: { row: number; col: number };
  unitCount: number;
  criterionCount: number;
  /** unitCount × criterionCount, row-major by unit; NaN unless the state is NUMBER or TEXT_NUMBER. */
  values: Float64Array;
  states: Uint8Array;
  /** 0-based sheet row of each unit, -1 when the unit is not on the sheet. */
  rowOfUnit: Int32Array;
  /** Block of each unit, -1 when absent. */
  blockOfUnit: Int32Array;
  /** Unit column (code) per block is always the first column of the block's table. */
  codeCol: number;
  blocks: ScoringBlock[];
  strays: StrayRow[];
  /** A unit listed twice: the later row and the unit index. */
  duplicates: { row: number; unit: number; firstRow: number }[];
  /** Text of invalid cells, by flat index; rare, so a map. */
  invalidText: Map<number, string>;
}

/** 0-based row and column to "D7". */
export const cellA1 = a1;

/** The A1 address of a unit × criterion input, or "" when either is absent. */
export function inputCell(js: JudgeSheet, unit: number, criterion: number): string {
  const r = js.rowOfUnit[unit];
  const b = js.blockOfUnit[unit];
  if (r < 0 || b < 0) return "";
  const c = js.blocks[b].colOfCriterion[criterion];
  return c < 0 ? cellA1(r, js.codeCol) : cellA1(r, c);
}

export function emptyJudgeSheet(sheet: string, judgeCode: string, unitCount: number, criterionCount: number): JudgeSheet {
  const n = unitCount * criterionCount;
  const values = new Float64Array(n);
  values.fill(NaN);
  return {
    sheet,
    judgeCode,
    judgeCell: { row: 0, col: 0 },
    unitCount,
    criterionCount,
    values,
    states: new Uint8Array(n),
    rowOfUnit: new Int32Array(unitCount).fill(-1),
    blockOfUnit: new Int32Array(unitCount).fill(-1),
    codeCol: 0,
    blocks: [],
    strays: [],
    duplicates: [],
    invalidText: new Map(),
  };
}
