/**
 * Linearity of the two steps that see every score: 4× the units must take well under 8× the time, so an
 * accidental quadratic step (a COUNTIF-style rank, a per-unit scan of all units) shows here. These were
 * CPU-time ratios asserted inside the test suite, where the machine's other load made them flaky; the
 * bench runs alone, prints the ratio and says when it is over the line.
 */
import { rankRound, type RankingInput } from "../src/domain/ranking";
import { validateRound, type RoundInput } from "../src/domain/validation";
import { syntheticRankingInput } from "../src/domain/sample/syntheticRanking";
import { syntheticRound } from "../src/domain/validation/synthetic";
import { peakRssMB } from "./measure";
import type { BenchRow } from "./types";

const LIMIT = 8;

function nanos(step: () => void): number {
  const t = process.hrtime.bigint();
  step();
  return Number(process.hrtime.bigint() - t);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Until the JIT has compiled the hot loops a run takes several times longer, which would inflate the small
 * case and let a quadratic step pass; so both sizes are warmed, then timed in turns.
 */
function ratio(small: () => void, big: () => void): { small: number; big: number; ratio: number } {
  for (let i = 0; i < 3; i++) [small, big].forEach((f) => f());
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 5; i++) {
    a.push(nanos(small));
    b.push(nanos(big));
  }
  return { small: median(a) / 1e9, big: median(b) / 1e9, ratio: median(b) / median(a) };
}

function row(name: string, r: { small: number; big: number; ratio: number }): BenchRow {
  const verdict = r.ratio < LIMIT ? `linear (under ${LIMIT}×)` : `NOT LINEAR: ${LIMIT}× or more, look for a quadratic step`;
  return {
    name,
    seconds: r.big,
    peakRssMB: peakRssMB(),
    note: `4× the units take ${r.ratio.toFixed(2)}× the time (${(r.small * 1000).toFixed(1)} ms → ${(r.big * 1000).toFixed(1)} ms, warm medians of 5): ${verdict}`,
  };
}

export async function benchLinearity(): Promise<BenchRow[]> {
  const rank = (units: number): RankingInput => syntheticRankingInput({ units, criteria: 30, judges: 15 });
  const [r1, r4] = [rank(1000), rank(4000)];
  const validate = (units: number): RoundInput => syntheticRound({ units, criteria: 30, judges: 15 });
  const [v1, v4] = [validate(500), validate(2000)];
  return [
    row("ranking step, 1,000 → 4,000 units × 30 × 15", ratio(() => rankRound(r1), () => rankRound(r4))),
    row("validation step, 500 → 2,000 units × 30 × 15", ratio(() => validateRound(v1), () => validateRound(v4))),
  ];
}
