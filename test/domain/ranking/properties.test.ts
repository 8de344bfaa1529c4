/** Properties of ranking: order independence, competition ranks within khối, tier monotonicity, quotas, trimming. */
import fc from "fast-check";
import { rankRound, quotaOf, tierIndex, type RankingInput, type RankingResult } from "../../../src/domain/ranking";
import { aggregate } from "../../../src/domain/ranking/numbers";
import { CRITERIA, settingsWith } from "./fixture";

const C = CRITERIA.length;
/** Scores in 0.25 steps within each line's range; blanks sometimes; veto marks rarely. */
const cell = (c: number) => {
  const k = CRITERIA[c];
  if (k.kind === "veto") return fc.constantFrom(NaN, NaN, NaN, 0, 1);
  const max = k.max > 0 ? k.max : 5;
  return fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: max * 4 }).map((x) => x / 4) }, { weight: 1, arbitrary: fc.constant(NaN) });
};

const roundArb = fc
  .record({
    nUnits: fc.integer({ min: 1, max: 9 }),
    nJudges: fc.integer({ min: 1, max: 7 }),
    agg: fc.constantFrom("mean", "trimmed", "median"),
    quota: fc.constantFrom(0.1, 0.3, 0.5, 0.75),
    round: fc.constantFrom("D1" as const, "DB" as const),
  })
  .chain((p) =>
    fc.record({
      p: fc.constant(p),
      blocks: fc.array(fc.constantFrom("A", "B", "C"), { minLength: p.nUnits, maxLength: p.nUnits }),
      registered: fc.array(fc.boolean(), { minLength: p.nUnits, maxLength: p.nUnits }),
      conflicts: fc.array(fc.integer({ min: -1, max: p.nUnits - 1 }), { minLength: p.nJudges, maxLength: p.nJudges }),
      scores: fc.array(fc.array(fc.tuple(...Array.from({ length: C }, (_, c) => cell(c))), { minLength: p.nUnits, maxLength: p.nUnits }), {
        minLength: p.nJudges,
        maxLength: p.nJudges,
      }),
    }),
  )
  .map(({ p, blocks, registered, conflicts, scores }): RankingInput => ({
    round: p.round,
    units: blocks.map((b, i) => ({ code: `U${i}`, name: `Đơn vị ${i}`, block: b, registered: registered[i] })),
    criteria: CRITERIA,
    judges: conflicts.map((c, j) => ({ code: `J${j}`, conflicts: c >= 0 ? [`U${c}`] : [] })),
    scores: scores.map((rows) => Float64Array.from(rows.flat())),
    settings: settingsWith({ AGGREGATION: p.agg, QUOTA_GIAY_KHEN: p.quota, QUOTA_HIGHER: p.quota / 2, PROPOSAL_MIN_TIER: "Tốt" }),
  }));

/** What a unit's row says, keyed by code, minus input positions. */
function view(r: RankingResult) {
  const out = new Map<string, unknown>();
  for (const u of r.units) {
    const { index: _i, ...rest } = u;
    out.set(u.code, rest);
  }
  return out;
}

function permute<T>(xs: readonly T[], order: readonly number[]): T[] {
  return order.map((i) => xs[i]);
}

describe("ranking properties", () => {
  test("results do not depend on row order or judge order", () => {
    fc.assert(
      fc.property(roundArb, fc.integer(), (input, seed) => {
        const U = input.units.length;
        const J = input.judges.length;
        // A deterministic shuffle from the seed.
        const shuffle = (n: number, s: number) =>
          Array.from({ length: n }, (_, i) => i)
            .map((i) => ({ i, k: Math.sin(s * 9301 + i * 49297) }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.i);
        const uo = shuffle(U, seed);
        const jo = shuffle(J, seed + 1);
        const scores = permute(input.scores, jo).map((s) => {
          const t = new Float64Array(s.length);
          uo.forEach((from, to) => t.set(s.subarray(from * C, from * C + C), to * C));
          return t;
        });
        const other: RankingInput = { ...input, units: permute(input.units, uo), judges: permute(input.judges, jo), scores };
        const a = view(rankRound(input));
        const b = view(rankRound(other));
        for (const [code, row] of a) {
          const x = row as Record<string, unknown>;
          const y = b.get(code) as Record<string, unknown>;
          // Reason texts list judges in input order; compare everything but those lists' order.
          expect({ ...y, reasons: undefined }).toEqual({ ...x, reasons: undefined });
          expect((y.reasons as { code: string }[]).map((r) => r.code).sort()).toEqual((x.reasons as { code: string }[]).map((r) => r.code).sort());
        }
      }),
      { numRuns: 150 },
    );
  });

  test("ranks are competition ranks within each khối: 1 + the number of units strictly ahead", () => {
    fc.assert(
      fc.property(roundArb, (input) => {
        const r = rankRound(input);
        const ranked = r.units.filter((u) => u.rank !== undefined);
        for (const u of ranked) {
          const same = ranked.filter((v) => v.block === u.block);
          // A higher rounded final score is always ranked ahead; the tie-break only orders equal scores.
          for (const v of same) if (v.final > u.final) expect(v.rank!).toBeLessThan(u.rank!);
          // Competition ranking: the number of units with a better rank is rank − 1.
          expect(same.filter((v) => v.rank! < u.rank!).length).toBe(u.rank! - 1);
          // Never across khối: a unit's rank is at most its khối's size.
          expect(u.rank!).toBeLessThanOrEqual(same.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  test("a higher score never gets a lower tier when gates and veto are equal", () => {
    fc.assert(
      fc.property(roundArb, (input) => {
        const r = rankRound(input).units.filter((u) => u.tier !== undefined);
        for (const a of r)
          for (const b of r) {
            if (a.final > b.final && a.vetoHit === b.vetoHit && (a.groupsBelowMin.length === 0) === (b.groupsBelowMin.length === 0))
              expect(tierIndex(a.tier!)).toBeLessThanOrEqual(tierIndex(b.tier!));
          }
      }),
      { numRuns: 150 },
    );
  });

  test("no quota is exceeded, and only eligible units are proposed", () => {
    fc.assert(
      fc.property(roundArb, (input) => {
        const r = rankRound(input);
        for (const b of r.blocks) {
          const mine = r.units.filter((u) => u.block === b.block);
          const gk = mine.filter((u) => u.proposal === "GIAY_KHEN").length;
          const hi = mine.filter((u) => u.proposal === "HIGHER").length;
          expect(gk).toBeLessThanOrEqual(quotaOf(mine.length, r.method.quotaGiayKhen));
          expect(hi).toBeLessThanOrEqual(quotaOf(mine.length, r.method.quotaHigher));
          expect(b.proposedGiayKhen).toBe(gk);
        }
        for (const u of r.units) if (u.proposal) expect(u.eligible && u.registered).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test("trimmed mean for n ≥ TRIM_MIN_JUDGES drops exactly one highest and one lowest", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 440 }).map((x) => x / 4), { minLength: 5, maxLength: 15 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const kept = sorted.slice(1, -1);
        const expected = kept.reduce((a, b) => a + b, 0) / kept.length;
        expect(aggregate(Float64Array.from(xs), xs.length, 5).trimmed).toBeCloseTo(expected, 9);
        const four = xs.slice(0, 4);
        const mean4 = four.reduce((a, b) => a + b, 0) / 4;
        expect(aggregate(Float64Array.from(four), 4, 5).trimmed).toBeCloseTo(mean4, 9);
      }),
    );
  });
});
