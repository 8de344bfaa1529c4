/**
 * Rounding and quota arithmetic. Published scores are compared only after rounding (DESIGN.md §5),
 * because the same judge totals summed in another order give another binary double.
 */

/**
 * Slack, in units of the last published decimal, under which a value counts as lying on the half.
 * Scores here are sums of 0.25-point steps divided by at most a few dozen judges, so a genuine value
 * sits at least 1/60 of a unit away from the half, while summation error is near 1e-12: 1e-9
 * absorbs the error and never moves a genuine value.
 */
const HALF_SLACK = 1e-9;

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

/**
 * Rounds half away from zero to `decimals` places, like Excel's and LibreOffice's ROUND.
 * Math.round alone goes wrong twice: it rounds −2.5 to −2, and 81.665 computed as 81.66499999999999
 * would round down. The result is integer ÷ 10^decimals, so equal decimals give identical doubles.
 */
export function roundHalfAway(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  // A table, not 10 ** decimals: ranking calls this about 20 times per unit.
  const f = POW10[decimals] ?? 10 ** decimals;
  const y = Math.abs(x) * f;
  const whole = Math.floor(y);
  const r = y - whole >= 0.5 - HALF_SLACK ? whole + 1 : whole;
  const out = r / f;
  return x < 0 && r !== 0 ? -out : out;
}

/**
 * A quota as a whole number rounded down: floor(n × share). 29 × 0.29… style products land a hair
 * under the integer in binary (0.29 × 100 = 28.999999999999996), so the floor allows the same slack.
 */
/**
 * How a quota is rounded (QUOTA_ROUNDING): "floor" rounds down; "at-least-one" rounds down but leaves a
 * khối that has a candidate at the tier one place, so a small khối (3 units × 30 % = 0) is not shut out.
 */
export type QuotaRounding = "floor" | "at-least-one";

export function quotaOf(n: number, share: number, rounding: QuotaRounding = "floor", hasCandidate = false): number {
  if (!(share > 0) || n <= 0) return 0;
  const floor = Math.max(0, Math.floor(n * share + HALF_SLACK));
  return rounding === "at-least-one" && hasCandidate ? Math.max(1, floor) : floor;
}

export interface Aggregates {
  /** Σ of the sorted values: the same double whatever order the judges came in. */
  sum: number;
  mean: number;
  trimmed: number;
  median: number;
}

/**
 * Mean, trimmed mean and median of `values[0..n)`. The trimmed mean drops exactly one highest and one
 * lowest value when n ≥ trimMin, written out as (Σ − max − min) / (n − 2): Excel's TRIMMEAN(r, 0.2)
 * trims nothing for 5 or 7 judges (research A2). Below trimMin it is the plain mean.
 * Sorts the first n entries of `values` (a scratch buffer).
 */
export function aggregate(values: Float64Array, n: number, trimMin: number): Aggregates {
  const out = new Float64Array(4);
  aggregateInto(values, n, trimMin, out);
  return { sum: out[0], mean: out[1], trimmed: out[2], median: out[3] };
}

/** Same as `aggregate`, into out = [sum, mean, trimmed, median]: no allocation, for the per-unit loop. */
export function aggregateInto(v: Float64Array, n: number, trimMin: number, out: Float64Array): void {
  if (n === 0) {
    out[0] = 0;
    out[1] = out[2] = out[3] = NaN;
    return;
  }
  // Sorting first makes Σ the same double whatever order the judges came in.
  sortFirst(v, n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += v[i];
  const mean = sum / n;
  out[0] = sum;
  out[1] = mean;
  out[2] = n >= trimMin && n >= 3 ? (sum - v[0] - v[n - 1]) / (n - 2) : mean;
  out[3] = n % 2 === 1 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/**
 * One aggregate of `v[0..n)`: 1 the mean, 2 the trimmed mean (as aggregateInto), 3 the median. Only the
 * median sorts; the others take one pass in the given order, which the published rounding (roundHalfAway,
 * with its slack) makes as good as sorted. For the group scores: five of them per unit at province scale.
 */
export function aggregateOne(v: Float64Array, n: number, trimMin: number, which: 1 | 2 | 3): number {
  if (n === 0) return NaN;
  if (which === 3) {
    sortFirst(v, n);
    return n % 2 === 1 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
  let sum = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    sum += x;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return which === 2 && n >= trimMin && n >= 3 ? (sum - lo - hi) / (n - 2) : sum / n;
}

/** Sorts v[0..n) in place by insertion: n is a panel of judges (a few dozen at most). */
function sortFirst(v: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const x = v[i];
    let k = i - 1;
    while (k >= 0 && v[k] > x) {
      v[k + 1] = v[k];
      k--;
    }
    v[k + 1] = x;
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
