/**
 * The ranking step must stay linear in the number of scores (issue 4, item 4): a province round is 4.5
 * million of them. Same shape as validation's check: 4× the units must take well under 8× the time, so
 * an accidental quadratic step (a COUNTIF-style rank, a per-unit scan of all units) fails here long
 * before anyone runs the bench. The data is the bench's own generator.
 */
import { rankRound, type RankingInput } from "../../../src/domain/ranking";
import { syntheticRankingInput } from "../../../src/domain/sample/syntheticRanking";

jest.setTimeout(120_000);

const inputOf = (units: number) => syntheticRankingInput({ units, criteria: 30, judges: 15 });

function run(input: RankingInput): number {
  const t = process.hrtime.bigint();
  rankRound(input);
  return Number(process.hrtime.bigint() - t);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

test("is linear in the number of scores (4× the units take well under 8× the time)", () => {
  const small = inputOf(1000);
  const big = inputOf(4000);
  // the work really is 4× (every unit ranked), not cut short somewhere
  expect(rankRound(small).units).toHaveLength(1000);
  expect(rankRound(big).units).toHaveLength(4000);
  // Until the JIT has compiled the hot loops a run takes several times longer (measured here: 150 ms cold,
  // 16 ms warm at 500 units), which would inflate the small case and let a quadratic step pass. So both
  // sizes are warmed first, then timed in turns, so a burst of load on the shared machine hits both.
  for (let i = 0; i < 3; i++) [small, big].forEach(run);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 5; i++) {
    a.push(run(small));
    b.push(run(big));
  }
  expect(median(b) / median(a)).toBeLessThan(8);
});
