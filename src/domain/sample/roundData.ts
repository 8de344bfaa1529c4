/**
 * Sample registrations and sample scores for a prepared round: what the demo types into `Đăng ký` and
 * the judges' sheets, as data. Deterministic (no randomness, no clock), so the demo prints the same
 * story on every run and its tests can point at the same cells.
 *
 * With mistakes, a few slips of the kind a clerk really finds are planted: a unit that did not register,
 * a registration after the deadline, a score typed as text with a decimal comma, a cell left blank, and
 * one score typed without its decimal comma (ten times the value, above the criterion's maximum: the
 * one error, which the demo then corrects as the clerk would after asking the judge).
 */
import { appliesToUnit, isScored } from "../criteria";
import type { Criterion, Registration, RoundCode, Unit } from "../types";

/** A value as a person types it into a score cell: a number, text, or nothing. */
export type TypedValue = number | string | null;

/**
 * A valid score: each unit has a level (78–93 % of the maximum, by unit), each judge differs by a
 * point or two, snapped to quarter points; small bonuses on every other bonus line, a one-point
 * deduction on every third unit, no veto. Indices: the unit in the unit list, the criterion in the full
 * criteria list (group rows included), the judge in the order of the judges.
 */
export function sampleScore(unit: number, criterion: Criterion, critIndex: number, judge: number): TypedValue {
  if (criterion.kind === "veto") return "Không";
  if (criterion.kind === "bonus") return critIndex % 2 === 0 ? 2 : null;
  if (criterion.kind === "deduction") return unit % 3 === 0 && criterion.max > 0 ? 1 : null;
  const f = 0.78 + 0.05 * ((unit + critIndex) % 4) + 0.01 * (judge % 3);
  return Math.min(criterion.max, Math.round(criterion.max * f * 4) / 4);
}

export interface SampleJudge {
  code: string;
  /** Codes of the units on the judge's sheet (conflicts of interest already left off). */
  unitCodes: readonly string[];
}

export interface SampleRoundInput {
  round: RoundCode;
  units: readonly Unit[];
  criteria: readonly Criterion[];
  /** Judges in council order; the order gives each its small personal bias. */
  judges: readonly SampleJudge[];
  /** The round's registration deadline: registrations fall in the two weeks before it. */
  deadline: Date;
  mistakes: boolean;
}

export type SampleMistakeKind = "not-registered" | "late-registration" | "text-number" | "blank" | "missing-comma";

/** A slip planted on purpose, with what validation should say about it and, for the error, the fix. */
export interface SampleMistake {
  kind: SampleMistakeKind;
  /** The finding code validation gives for it. */
  code: string;
  severity: "error" | "warning";
  unit: string;
  /** For scores: the judge and the criterion. */
  judge?: string;
  criterion?: string;
  /** What was typed (null: left blank). */
  typed?: TypedValue;
  /** The value the judge meant, for the clerk's correction. */
  intended?: number;
}

export interface SampleJudgeScores {
  judge: string;
  /** Every input the judge typed; a blank input is simply absent. */
  values: { unit: string; criterion: string; value: TypedValue }[];
}

export interface SampleRoundData {
  registrations: Registration[];
  scores: SampleJudgeScores[];
  mistakes: SampleMistake[];
}

const DAY = 86_400_000;

/**
 * What a unit registers for: in a round, the round's Giấy khen (a round ranks for nothing else); on the
 * year's rows, the annual title its kind of unit may hold (titles.ts), else the Giấy khen.
 */
function unitTitle(u: Unit, round: RoundCode): string {
  if (round !== "NAM") return "Giấy khen tập thể";
  if (u.type === "TDP") return "Tổ dân phố văn hóa";
  return ["BANNGANH", "TRUONG"].includes(u.type) ? "Tập thể lao động tiên tiến" : "Giấy khen tập thể";
}

/** "16,5" for 16.5: how a Vietnamese judge writes a decimal. */
function withComma(v: number): string {
  return String(v).replace(".", ",");
}

/** Units that do not register and the one that registers late: spread over the list, never the same. */
function registrationSlips(n: number, mistakes: boolean): { skipped: Set<number>; late: number } {
  if (!mistakes || n < 6) return { skipped: new Set(), late: -1 };
  const skipped = new Set([n - 1, Math.floor(n / 3)]);
  let late = Math.floor(n / 2);
  while (skipped.has(late)) late++;
  return { skipped, late };
}

export function sampleRoundData(input: SampleRoundInput): SampleRoundData {
  const { units, criteria, round } = input;
  const mistakes: SampleMistake[] = [];
  const { skipped, late } = registrationSlips(units.length, input.mistakes);

  const registrations: Registration[] = [];
  units.forEach((u, i) => {
    if (skipped.has(i)) {
      mistakes.push({ kind: "not-registered", code: "REG_MISSING", severity: "warning", unit: u.code });
      return;
    }
    const date =
      i === late ? new Date(input.deadline.getTime() + 5 * DAY) : new Date(input.deadline.getTime() - (3 + (i % 12)) * DAY);
    if (i === late) mistakes.push({ kind: "late-registration", code: "REG_LATE", severity: "warning", unit: u.code });
    registrations.push({
      round,
      subjectKind: "unit",
      unitCode: u.code,
      title: unitTitle(u, round),
      targets: "Hoàn thành 100% chỉ tiêu được giao",
      date,
      covenant: true,
    });
  });

  const unitIndex = new Map(units.map((u, i) => [u.code, i]));
  const scores: SampleJudgeScores[] = input.judges.map((judge, j) => {
    const values: SampleJudgeScores["values"] = [];
    for (const code of judge.unitCodes) {
      const u = unitIndex.get(code);
      if (u === undefined) continue;
      criteria.forEach((c, ci) => {
        if (!isScored(c) || !appliesToUnit(c, units[u])) return;
        const value = sampleScore(u, c, ci, j);
        if (value !== null) values.push({ unit: code, criterion: c.code, value });
      });
    }
    return { judge: judge.code, values };
  });

  if (input.mistakes) plantScoreSlips(input, scores, mistakes);
  return { registrations, scores, mistakes };
}

/** The base inputs of one judge, in sheet order, as indices into `values`. */
function baseInputs(s: SampleJudgeScores, criteria: readonly Criterion[]): number[] {
  const kind = new Map(criteria.map((c) => [c.code, c.kind]));
  return s.values.flatMap((v, i) => (kind.get(v.criterion) === "base" && typeof v.value === "number" ? [i] : []));
}

/**
 * Three judges, three slips, on different units: the second judge types a score as text with a comma,
 * the third leaves a cell blank, the fourth forgets the comma in a score of a criterion worth at least
 * 10 points (so the slip lands far above the maximum).
 */
function plantScoreSlips(input: SampleRoundInput, scores: SampleJudgeScores[], out: SampleMistake[]): void {
  const maxOf = new Map(input.criteria.map((c) => [c.code, c.max]));
  const at = (j: number) => scores[Math.min(j, scores.length - 1)];
  if (scores.length === 0) return;

  const text = at(1);
  const textInputs = baseInputs(text, input.criteria).filter((i) => !Number.isInteger(text.values[i].value));
  const ti = textInputs[Math.min(2, textInputs.length - 1)];
  if (ti !== undefined) {
    const v = text.values[ti];
    const typed = withComma(v.value as number);
    out.push({
      kind: "text-number",
      code: "SCORE_TEXT_NUMBER",
      severity: "warning",
      unit: v.unit,
      judge: text.judge,
      criterion: v.criterion,
      typed,
      intended: v.value as number,
    });
    v.value = typed;
  }

  const blank = at(2);
  const blankInputs = baseInputs(blank, input.criteria);
  const bi = blankInputs[Math.min(Math.floor(blankInputs.length / 3), blankInputs.length - 1)];
  if (bi !== undefined) {
    const v = blank.values[bi];
    out.push({
      kind: "blank",
      code: "SCORE_BLANK_UNIT",
      severity: "warning",
      unit: v.unit,
      judge: blank.judge,
      criterion: v.criterion,
      typed: null,
      intended: v.value as number,
    });
    blank.values.splice(bi, 1);
  }

  const slip = at(3);
  const used = new Set(out.map((m) => m.unit));
  const slipInputs = baseInputs(slip, input.criteria).filter(
    (i) => (maxOf.get(slip.values[i].criterion) ?? 0) >= 10 && !used.has(slip.values[i].unit),
  );
  const si = slipInputs[Math.floor(slipInputs.length / 2)];
  if (si !== undefined) {
    const v = slip.values[si];
    const intended = v.value as number;
    // 16.5 typed without its comma reads 165; a whole 16 typed with a stray digit reads 160.
    const typed = Number.isInteger(intended) ? intended * 10 : Number(String(intended).replace(".", ""));
    out.push({
      kind: "missing-comma",
      code: "SCORE_OUT_OF_RANGE",
      severity: "error",
      unit: v.unit,
      judge: slip.judge,
      criterion: v.criterion,
      typed,
      intended,
    });
    v.value = typed;
  }
}
