/**
 * The one pass over every score: each judge's capped total for each unit, group sums, bonus,
 * deductions, veto marks and the progress status. Linear in the number of scores, no allocation per score
 * or per unit.
 */
import { publishedTotal, type TotalsRule } from "./publishedTotal";
import { CellStatus, type RankingInput, type RankingMethod } from "./types";

const BASE = 0;
const BONUS = 1;
const DEDUCTION = 2;
const VETO = 3;
const KIND_CODE = { base: BASE, bonus: BONUS, deduction: DEDUCTION, veto: VETO } as const;

/** Which criteria apply to one kind of unit (same type and khối), and the maxima that follow. */
export interface GridMask {
  /**
   * Applicable base columns of each group, in sheet order: the hot loop sums a group's run and writes its
   * sum, with no per-column group lookup. Applicable columns by kind likewise, so it does not branch on kind.
   */
  groupCols: Int32Array[];
  bonusCols: Int32Array;
  deductionCols: Int32Array;
  vetoCols: Int32Array;
  /** min(BASE_TOTAL, Σ applicable base maxima). */
  baseCap: number;
  baseLines: number;
  /** Per group: Σ applicable base maxima (0 = the group does not apply). */
  groupMax: Float64Array;
}

/** What the pass needs before it reads a score: the grid's groups, veto lines and one mask per kind of unit. */
export interface TotalsPlan {
  groups: string[];
  vetoColumns: number[];
  masks: GridMask[];
  /** Per unit: index into `masks`. */
  maskOf: Int32Array;
  /** Per criterion: its maximum. */
  max: Float64Array;
  /** Per criterion: the veto line it is (index into `vetoColumns`), or −1. */
  vetoIndex: Int32Array;
}

/** One unit's judges, as the pass leaves them for the unit's own step (scratch, overwritten by the next unit). */
export interface UnitTotals {
  /** [j]: the judge's total, rounded to PRECISION; NaN when the judge does not count for the unit. */
  total: Float64Array;
  /** [j]: capped bonus and deductions of a counted judge. */
  bonus: Float64Array;
  deduction: Float64Array;
  /** [j * G + g]. */
  groupSum: Float64Array;
  /** [v]: counted judges marking veto line v. */
  vetoMarks: Uint16Array;
  /** [j]: CellStatus. */
  status: Uint8Array;
}

export interface JudgeTotals {
  /** [u * J + j], rounded to PRECISION; NaN when the judge does not count for the unit. */
  total: Float64Array;
  /** [j * U + u]: CellStatus. */
  progress: Uint8Array;
}

function appliesTo(list: readonly string[] | undefined, type: string | undefined, block: string): boolean {
  if (!list || list.length === 0) return true;
  return list.includes(block) || (type !== undefined && list.includes(type));
}

export function planTotals(input: RankingInput, m: RankingMethod): TotalsPlan {
  const { units, criteria } = input;
  const U = units.length;
  const C = criteria.length;

  const kind = new Int8Array(C);
  const max = new Float64Array(C);
  const groups: string[] = [];
  const groupOf = new Int32Array(C).fill(-1);
  const vetoColumns: number[] = [];
  criteria.forEach((c, i) => {
    kind[i] = KIND_CODE[c.kind];
    max[i] = c.max;
    if (c.kind === "base") {
      let g = groups.indexOf(c.group);
      if (g < 0) g = groups.push(c.group) - 1;
      groupOf[i] = g;
    } else if (c.kind === "veto") vetoColumns.push(i);
  });
  const G = groups.length;
  const vetoIndex = new Int32Array(C).fill(-1);
  vetoColumns.forEach((c, v) => (vetoIndex[c] = v));

  const masks: GridMask[] = [];
  const maskKey = new Map<string, number>();
  const maskOf = new Int32Array(U);
  units.forEach((u, i) => {
    const key = `${u.type ?? ""}\u0000${u.block}`;
    let k = maskKey.get(key);
    if (k === undefined) {
      const applies = new Uint8Array(C);
      const groupMax = new Float64Array(G);
      let baseSum = 0;
      let baseLines = 0;
      criteria.forEach((c, ci) => {
        if (!appliesTo(c.appliesTo, u.type, u.block)) return;
        applies[ci] = 1;
        if (c.kind === "base") {
          baseSum += c.max;
          baseLines++;
          groupMax[groupOf[ci]] += c.max;
        }
      });
      const cols = (kindCode: number): Int32Array =>
        Int32Array.from(criteria.map((_, ci) => ci).filter((ci) => applies[ci] && kind[ci] === kindCode));
      const groupCols = Array.from({ length: G }, (_, g) => Int32Array.from(cols(BASE).filter((ci) => groupOf[ci] === g)));
      k =
        masks.push({
          groupCols,
          bonusCols: cols(BONUS),
          deductionCols: cols(DEDUCTION),
          vetoCols: cols(VETO),
          baseCap: Math.min(m.baseTotal, baseSum),
          baseLines,
          groupMax,
        }) - 1;
      maskKey.set(key, k);
    }
    maskOf[i] = k;
  });
  return { groups, vetoColumns, masks, maskOf, max, vetoIndex };
}

/**
 * The pass, unit by unit: each judge's total of the unit, and the unit's side figures (bonus, deductions, group
 * sums, veto marks) in scratch handed to `eachUnit` before the next unit overwrites them. Only the totals and
 * the progress stay for the whole round: at province scale the side figures would be 9 MB more per run.
 */
export function computeJudgeTotals(
  input: RankingInput,
  m: RankingMethod,
  plan: TotalsPlan,
  eachUnit: (u: number, t: UnitTotals) => void,
): JudgeTotals {
  const { units, judges, scores } = input;
  const U = units.length;
  const C = input.criteria.length;
  const J = judges.length;
  const { masks, maskOf, max, vetoIndex } = plan;
  const G = plan.groups.length;
  const V = plan.vetoColumns.length;

  const unitIndex = new Map<string, number>();
  units.forEach((u, i) => unitIndex.set(u.code, i));
  const rule: TotalsRule = { baseTotal: m.baseTotal, bonusCap: m.bonusCap, floor: m.scoreFloor, precision: m.precision };

  for (let j = 0; j < J; j++) {
    const s = scores[j];
    if (!s || s.length < U * C)
      throw new Error(`Scores of judge ${judges[j].code}: expected ${U * C} values, got ${s?.length ?? 0}`);
  }
  // Per judge and unit: 1 = a conflict of interest, 2 = not among the units the judge was given.
  const excluded = new Uint8Array(J * U);
  judges.forEach((judge, j) => {
    if (judge.assigned) {
      excluded.fill(2, j * U, j * U + U);
      for (const code of judge.assigned) {
        const u = unitIndex.get(code);
        if (u !== undefined) excluded[j * U + u] = 0;
      }
    }
    for (const code of judge.conflicts) {
      const u = unitIndex.get(code);
      if (u !== undefined) excluded[j * U + u] = 1;
    }
  });

  const total = new Float64Array(U * J).fill(NaN);
  const progress = new Uint8Array(J * U);
  const pass: Pass = {
    scores,
    U,
    C,
    J,
    G,
    V,
    masks,
    maskOf,
    max,
    vetoIndex,
    excluded,
    rule,
    bonusCap: Number.isFinite(m.bonusCap) ? m.bonusCap : Infinity,
    total,
    progress,
    unit: {
      total: new Float64Array(J),
      bonus: new Float64Array(J),
      deduction: new Float64Array(J),
      groupSum: new Float64Array(J * G),
      vetoMarks: new Uint16Array(V),
      status: new Uint8Array(J),
    },
    acc: new Int32Array(3),
    vetoSeen: new Uint8Array(V),
  };
  for (let u = 0; u < U; u++) {
    readUnit(u, pass);
    eachUnit(u, pass.unit);
  }
  return { total, progress };
}

/** What the pass reads and writes, in one object of one shape for readUnit. */
interface Pass {
  scores: readonly Float64Array[];
  U: number;
  C: number;
  J: number;
  G: number;
  V: number;
  masks: readonly GridMask[];
  maskOf: Int32Array;
  max: Float64Array;
  vetoIndex: Int32Array;
  /** [j * U + u]: 1 = a conflict of interest, 2 = not among the units the judge was given. */
  excluded: Uint8Array;
  rule: TotalsRule;
  /** Infinity when no cap is set. */
  bonusCap: number;
  total: Float64Array;
  progress: Uint8Array;
  unit: UnitTotals;
  /** Scratch: [filled base lines, filled bonus lines, filled deduction lines]. */
  acc: Int32Array;
  vetoSeen: Uint8Array;
}

/**
 * Every judge's figures for unit u. A function of its own, called per unit, so that V8 optimises it as a
 * whole after a few calls: as the body of one long loop it was optimised on the stack and thrown away again
 * several times per run.
 */
function readUnit(u: number, p: Pass): void {
  const { U, C, J, G, V, max, unit, acc } = p;
  const mask = p.masks[p.maskOf[u]];
  const off = u * C;
  unit.total.fill(NaN);
  unit.bonus.fill(NaN);
  unit.deduction.fill(NaN);
  unit.vetoMarks.fill(0);
  for (let j = 0; j < J; j++) {
    const why = p.excluded[j * U + u];
    if (why === 1) {
      p.progress[j * U + u] = unit.status[j] = CellStatus.Conflict;
      // a conflicted judge's group sums stay zero, as a blank unit's do
      unit.groupSum.fill(0, j * G, j * G + G);
      continue;
    }
    const s = p.scores[j];
    // Group sums go straight to their place; a unit the judge left blank keeps zeros there, as before.
    const base = sumBase(s, off, mask.groupCols, max, unit.groupSum, j * G, acc);
    const filledBase = acc[0];
    const bonus = sumBonus(s, off, mask.bonusCols, max, acc);
    const ded = sumDeductions(s, off, mask.deductionCols, max, acc);
    // A veto mark alone is not a score: a judge who typed only "Không" in the veto column has not scored
    // the unit (validation says so as an error), so their blanks do not count as zeros.
    const filled = filledBase + acc[1] + acc[2];
    if (filled === 0) {
      p.progress[j * U + u] = unit.status[j] = why === 2 ? CellStatus.NotAssigned : CellStatus.Empty;
      continue;
    }
    p.progress[j * U + u] = unit.status[j] = filledBase < mask.baseLines ? CellStatus.Partial : CellStatus.Complete;
    const t = publishedTotal(Math.min(base, mask.baseCap), bonus, ded, p.rule);
    p.total[u * J + j] = t;
    unit.total[j] = t;
    unit.bonus[j] = Math.min(bonus, p.bonusCap);
    unit.deduction[j] = ded;
    if (V > 0) markVetoes(s, off, mask.vetoCols, p);
  }
}

/** Adds this judge's veto marks on the unit to unit.vetoMarks (a line counts once per judge). */
function markVetoes(s: Float64Array, off: number, vc: Int32Array, p: Pass): void {
  const { V, vetoSeen, vetoIndex, unit } = p;
  for (let v = 0; v < V; v++) vetoSeen[v] = 0;
  for (let i = 0; i < vc.length; i++) {
    const v = s[off + vc[i]];
    if (v === v && v > 0) vetoSeen[vetoIndex[vc[i]]] = 1;
  }
  for (let v = 0; v < V; v++) unit.vetoMarks[v] += vetoSeen[v];
}

// Small hot functions: V8 optimises them on their own, which a single long loop body defeats.

/**
 * Σ base lines clamped to [0, max], group by group; each group's sum into groupSum[at..at+G); acc[0] = lines
 * filled. The total adds the lines in sheet order whenever groups are contiguous, as the sheet's SUM does.
 */
function sumBase(
  s: Float64Array,
  off: number,
  groupCols: readonly Int32Array[],
  max: Float64Array,
  groupSum: Float64Array,
  at: number,
  acc: Int32Array,
): number {
  let sum = 0;
  let filled = 0;
  for (let g = 0; g < groupCols.length; g++) {
    const cols = groupCols[g];
    let gsum = 0;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      const v = s[off + c];
      if (v !== v) continue; // NaN = blank
      filled++;
      // Out-of-range values are validation errors; clamping keeps a provisional ranking sane.
      const x = v < 0 ? 0 : v > max[c] ? max[c] : v;
      gsum += x;
      sum += x;
    }
    groupSum[at + g] = gsum;
  }
  acc[0] = filled;
  return sum;
}

/** Σ bonus lines clamped to [0, max] (max 0 = no line cap); acc[1] = lines filled. */
function sumBonus(s: Float64Array, off: number, cols: Int32Array, max: Float64Array, acc: Int32Array): number {
  let sum = 0;
  let filled = 0;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const v = s[off + c];
    if (v !== v) continue;
    filled++;
    sum += v < 0 ? 0 : max[c] > 0 && v > max[c] ? max[c] : v;
  }
  acc[1] = filled;
  return sum;
}

/** Σ deductions as positive points; clerks type them as 2 or as −2, both meaning "2 points off". acc[2] = lines filled. */
function sumDeductions(s: Float64Array, off: number, cols: Int32Array, max: Float64Array, acc: Int32Array): number {
  let sum = 0;
  let filled = 0;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const v = s[off + c];
    if (v !== v) continue;
    filled++;
    const a = v < 0 ? -v : v;
    sum += max[c] > 0 && a > max[c] ? max[c] : a;
  }
  acc[2] = filled;
  return sum;
}
