/**
 * Judge quality flags, shown before results are published (research A2). A judge's bias is the mean
 * of (their total − the mean of the other counted judges) over the units they scored. The bias is
 * compared across judges with a robust z on the median absolute deviation: with the outlier inside the
 * standard deviation a classic z can never pass (n − 1)/√n, 2.27 for a 7-member panel.
 *
 * When more than half the judges have exactly the same bias (they typed the same totals, or the panel
 * gave full marks nearly everywhere) the MAD is 0 and the robust z of anyone else would be infinite:
 * a judge half a point apart would be flagged. Then the standard fallback (Iglewicz & Hoaglin's modified
 * z as IBM SPSS documents it) scales the MEAN absolute deviation from the median instead, by
 * √(π/2) ≈ 1.253314, which turns it into a standard deviation for normal data as 1.4826 does the MAD.
 * If that is 0 too, every judge has the same bias and none is an outlier.
 * If exactly one judge differs, the mean deviation is that judge's own distance / n, so their z is
 * n / 1.253314 whatever the distance (5.6 for 7 judges): a z alone would flag a judge half a point apart.
 * So a flag also needs the bias to be a size worth a chair's question (JUDGE_MIN_BIAS_SHARE of the base
 * total, 3 points of 100 by default); the z still says how unusual it is within the panel.
 */
import { median } from "./numbers";
import type { JudgeQuality, RankingMethod } from "./types";
import { CellStatus } from "./types";

/** Scales the MAD to a standard deviation for normal data. */
const MAD_SCALE = 1.4826;
/** Scales the mean absolute deviation to a standard deviation for normal data: √(π/2). */
const MEAN_AD_SCALE = 1.253314;
const EPS = 1e-9;

interface JudgePass {
  unitOrder: readonly number[];
  total: Float64Array;
  unitSum: Float64Array;
  unitCount: Int32Array;
  progress: Uint8Array;
  J: number;
  U: number;
  xs: Float64Array;
  ys: Float64Array;
}

/**
 * One judge's bias against the others and correlation with them. A function of its own, so that V8
 * optimises its loop over every unit once for all judges and runs.
 */
function judgeFigures(code: string, j: number, p: JudgePass, m: RankingMethod): JudgeQuality {
  const { unitOrder, total, unitSum, unitCount, progress, J, U, xs, ys } = p;
  let n = 0;
  let sumD = 0;
  let sx = 0;
  let sy = 0;
  let partial = 0;
  for (let i = 0; i < unitOrder.length; i++) {
    const u = unitOrder[i];
    if (progress[j * U + u] === CellStatus.Partial) partial++;
    const t = total[u * J + j];
    if (t !== t || unitCount[u] < 2) continue;
    const loo = (unitSum[u] - t) / (unitCount[u] - 1);
    sumD += t - loo;
    xs[n] = t;
    ys[n] = loo;
    n++;
    sx += t;
    sy += loo;
  }
  let r = NaN;
  if (n >= 3) {
    const mx = sx / n;
    const my = sy / n;
    let cxy = 0;
    let cxx = 0;
    let cyy = 0;
    for (let i = 0; i < n; i++) {
      const dx = xs[i] - mx;
      const dy = ys[i] - my;
      cxy += dx * dy;
      cxx += dx * dx;
      cyy += dy * dy;
    }
    if (cxx > 0 && cyy > 0) r = cxy / Math.sqrt(cxx * cyy);
  }
  return {
    code,
    scored: n,
    bias: n > 0 ? sumD / n : NaN,
    robustZ: NaN,
    plainZ: NaN,
    correlation: r,
    biasFlag: false,
    correlationFlag: Number.isFinite(r) && r < m.minCorrelation,
    partialUnits: partial,
  };
}

export function judgeQuality(
  judgeCodes: readonly string[],
  unitOrder: readonly number[],
  total: Float64Array,
  unitSum: Float64Array,
  unitCount: Int32Array,
  progress: Uint8Array,
  m: RankingMethod,
): JudgeQuality[] {
  const J = judgeCodes.length;
  const U = unitCount.length;
  // Scratch for one judge's pairs, shared by all judges: no array grows per unit.
  const pass: JudgePass = {
    unitOrder,
    total,
    unitSum,
    unitCount,
    progress,
    J,
    U,
    xs: new Float64Array(U),
    ys: new Float64Array(U),
  };
  const out: JudgeQuality[] = judgeCodes.map((code, j) => judgeFigures(code, j, pass, m));

  const withBias = out.filter((q) => Number.isFinite(q.bias));
  if (withBias.length >= 3) {
    const biases = withBias.map((q) => q.bias);
    const med = median(biases);
    // Biases equal in exact arithmetic may differ in the last bits; below EPS they count as equal.
    const mad = median(biases.map((b) => Math.abs(b - med)));
    const mean = biases.reduce((a, b) => a + b, 0) / biases.length;
    const sd = Math.sqrt(biases.reduce((a, b) => a + (b - mean) ** 2, 0) / (biases.length - 1));
    const meanAd = biases.reduce((a, b) => a + Math.abs(b - med), 0) / biases.length;
    // MAD 0 (most judges agree exactly): the mean-deviation fallback; 0 as well: nobody is an outlier.
    const scale = mad > EPS ? MAD_SCALE * mad : meanAd > EPS ? MEAN_AD_SCALE * meanAd : 0;
    for (const q of withBias) {
      const dev = Math.abs(q.bias - med) < EPS ? 0 : q.bias - med;
      q.robustZ = scale > 0 ? dev / scale : 0;
      q.plainZ = sd > 0 ? (q.bias - mean) / sd : 0;
      q.biasFlag = Math.abs(q.robustZ) > m.robustZ && Math.abs(dev) >= m.minBiasShare * m.baseTotal - EPS;
    }
  }
  return out;
}
