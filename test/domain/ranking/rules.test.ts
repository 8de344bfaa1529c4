/** Rounding, quotas, blanks, the special round's proposals, and judge flags, each against hand-worked numbers. */
import { rankRound, roundHalfAway, quotaOf, CellStatus, type RankingInput } from "../../../src/domain/ranking";
import { syntheticRound } from "../../../bench/synthetic/ward";
import { rankingInputFrom } from "../../../src/domain/ranking";
import { defaultSettings } from "../../../src/domain/settings";
import { CRITERIA, scoreTable, settingsWith } from "./fixture";

describe("rounding to the published precision", () => {
  test("half away from zero, also where the binary double sits just under the half", () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01); // 1.005 is 1.00499999999999989… in binary; Excel ROUND gives 1.01
    expect(roundHalfAway(81.665, 2)).toBe(81.67);
    expect(roundHalfAway(0.125, 2)).toBe(0.13);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(275 / 3, 2)).toBe(91.67);
    expect(roundHalfAway(91.664, 2)).toBe(91.66);
  });
  test("the same scores summed in another order round to the same published number", () => {
    const xs = [8.3, 7.1, 9.7, 6.9, 8.8, 7.7, 9.1];
    const fwd = xs.reduce((a, b) => a + b, 0) / xs.length;
    const rev = [...xs].reverse().reduce((a, b) => a + b, 0) / xs.length;
    expect(roundHalfAway(fwd, 2)).toBe(roundHalfAway(rev, 2));
  });
  test("quotas are whole numbers rounded down, without binary slips", () => {
    expect(quotaOf(4, 0.3)).toBe(1);
    expect(quotaOf(10, 0.3)).toBe(3);
    expect(quotaOf(100, 0.29)).toBe(29); // 100 × 0.29 = 28.999999999999996 in binary
    expect(quotaOf(14, 0.1)).toBe(1);
  });
});

function twoUnitInput(rowsPerJudge: (number | null)[][][], settings = defaultSettings()): RankingInput {
  return {
    round: "D1",
    units: [
      { code: "U1", name: "U1", block: "K", registered: true },
      { code: "U2", name: "U2", block: "K", registered: true },
    ],
    criteria: CRITERIA,
    judges: rowsPerJudge.map((_, j) => ({ code: `J${j + 1}`, conflicts: [] })),
    scores: rowsPerJudge.map((rows) => scoreTable(rows)),
    settings,
  };
}

describe("blanks", () => {
  test("a judge who left a unit entirely blank is not counted; partial blanks count as 0 and are flagged", () => {
    const r = rankRound(
      twoUnitInput([
        [
          [20, 15, 40],
          [20, 15, 40],
        ], // U1 75, U2 75
        [[], [20, null, 40]], //          U1 blank → not counted; U2 partial: 20 + 0 + 40 = 60
        [
          [21, 15, 40],
          [20, 15, 40],
        ], // U1 76, U2 75
      ]),
    );
    const [u1, u2] = r.units;
    expect(u1.counted).toBe(2);
    expect(u1.mean).toBe(75.5); // (75 + 76) / 2
    expect(u1.reasons.map((x) => x.code)).toContain("RANK_JUDGE_EMPTY");
    expect(u2.counted).toBe(3);
    expect(u2.mean).toBe(70); // (75 + 60 + 75) / 3
    expect(u2.reasons.map((x) => x.code)).toContain("RANK_JUDGE_PARTIAL");
    expect(r.progress[1 * 2 + 0]).toBe(CellStatus.Empty);
    expect(r.progress[1 * 2 + 1]).toBe(CellStatus.Partial);
    expect(r.progress[0]).toBe(CellStatus.Complete);
  });
  test("a unit nobody counts is neither tiered nor ranked", () => {
    const r = rankRound(twoUnitInput([[[], [20, 15, 40]]]));
    expect(r.units[0].tier).toBeUndefined();
    expect(r.units[0].rank).toBeUndefined();
    expect(r.units[1].rank).toBe(1);
  });
  test("the floor: deductions never take a total below SCORE_FLOOR", () => {
    const r = rankRound(
      twoUnitInput([
        [
          [1, 1, 1, null, null, 9],
          [0, 0, 0],
        ],
      ]),
    ); // 3 − 9 → 0
    expect(r.units[0].final).toBe(0);
  });
});

describe("aggregation setting", () => {
  // Five judges: 70, 80, 81, 82, 99 → mean 412/5 = 82.40, trimmed (80+81+82)/3 = 81.00, median 81.
  const rows = [70, 80, 81, 82, 99].map((t) => [
    [Math.min(t, 50) - 20, 20, Math.max(t - 50, 0) + 0],
    [10, 10, 10],
  ]);
  // Judge totals: I.1 + I.2 + V.1 = (min(t,50) − 20) + 20 + max(t − 50, 0) = t.
  test.each([
    ["mean", 82.4],
    ["trimmed", 81],
    ["median", 81],
  ])("%s", (how, expected) => {
    const r = rankRound(twoUnitInput(rows, settingsWith({ AGGREGATION: how })));
    expect(r.units[0].final).toBe(expected);
  });
});

describe("aggregation setting, where mean, trimmed mean and median all differ", () => {
  // Five judges (enough to trim): 60, 72, 75, 85, 99.
  //   mean    = (60 + 72 + 75 + 85 + 99) / 5 = 391 / 5 = 78.20
  //   trimmed = drop 60 and 99: (72 + 75 + 85) / 3 = 232 / 3 = 77.333… → 77.33
  //   median  = the middle of five, 75
  // So swapping any two of the settings, or reading the wrong one, changes the result.
  const totals = [85, 60, 99, 72, 75]; // not in order, so no method can lean on the row order
  const rows = totals.map((t) => [
    [30, 20, t - 50],
    [10, 10, 10],
  ]); // I.1 + I.2 + V.1 = 30 + 20 + (t − 50) = t
  test.each([
    ["mean", 78.2],
    ["trimmed", 77.33],
    ["median", 75],
  ])("%s", (how, expected) => {
    const r = rankRound(twoUnitInput(rows, settingsWith({ AGGREGATION: how })));
    expect(r.units[0].final).toBe(expected);
  });
  test("trimming needs at least 5 eligible judges: with 4 the trimmed setting is the mean", () => {
    // 60, 72, 85, 99: (60 + 72 + 85 + 99) / 4 = 316 / 4 = 79; trimmed would be (72 + 85) / 2 = 78.5
    const four = [85, 60, 99, 72].map((t) => [
      [30, 20, t - 50],
      [10, 10, 10],
    ]);
    expect(rankRound(twoUnitInput(four, settingsWith({ AGGREGATION: "trimmed" }))).units[0].final).toBe(79);
  });
});

describe("special round: proposals to the higher level first, then Giấy khen, one form per unit", () => {
  test("quota per khối, with the actual share", () => {
    // 10 units in one khối scored 99, 98, …, 90 by one judge; every one Xuất sắc.
    // QUOTA_HIGHER 0.2 → floor(2) = 2 to the higher level (ranks 1–2); QUOTA_GIAY_KHEN 0.3 → 3 Giấy khen (ranks 3–5).
    const n = 10;
    const input: RankingInput = {
      round: "DB",
      units: Array.from({ length: n }, (_, i) => ({ code: `U${i}`, name: `U${i}`, block: "K", registered: true })),
      criteria: CRITERIA,
      judges: [{ code: "J1", conflicts: [] }],
      scores: [scoreTable(Array.from({ length: n }, (_, i) => [30, 20, 49 - i]))],
      settings: settingsWith({ QUOTA_HIGHER: 0.2, QUOTA_GIAY_KHEN: 0.3 }),
    };
    const r = rankRound(input);
    expect(r.units.map((u) => u.proposal ?? "-")).toEqual([
      "HIGHER",
      "HIGHER",
      "GIAY_KHEN",
      "GIAY_KHEN",
      "GIAY_KHEN",
      "-",
      "-",
      "-",
      "-",
      "-",
    ]);
    expect(r.blocks[0]).toMatchObject({
      quotaHigher: 2,
      proposedHigher: 2,
      shareHigher: 0.2,
      quotaGiayKhen: 3,
      proposedGiayKhen: 3,
      shareGiayKhen: 0.3,
    });
    expect(r.units[5].reasons.map((x) => x.code)).toContain("RANK_QUOTA_FULL_GIAY_KHEN");
  });
});

describe("judge quality flags", () => {
  test("a planted harsh judge in a 7-member panel: flagged by the robust z, not reachable by a plain z", () => {
    const round = syntheticRound({ units: 40, criteria: 14, judges: 7, seed: 7, harshJudge: 6 });
    const input = rankingInputFrom({
      round: "D1",
      units: round.units,
      registered: new Set(round.units.map((u) => u.code)),
      columns: round.columns,
      allCriteria: round.criteria,
      judges: round.members,
      scores: round.scores,
      settings: defaultSettings(),
    });
    const q = rankRound(input).judges;
    const harsh = q[6];
    expect(harsh.bias).toBeLessThan(-8); // about 0.18 × 100 points below the others
    expect(harsh.robustZ).toBeLessThan(-3.5);
    expect(harsh.biasFlag).toBe(true);
    // With the outlier inside the SD, |z| ≤ (n − 1)/√n = 6/√7 ≈ 2.27 for any judge of 7: never past 2.5, let alone 3.5.
    expect(Math.abs(harsh.plainZ)).toBeLessThanOrEqual(6 / Math.sqrt(7) + 1e-9);
    // It is the panel's most extreme judge by either measure; only the robust z says how far out.
    expect(Math.abs(harsh.plainZ)).toBe(Math.max(...q.map((x) => Math.abs(x.plainZ))));
    expect(Math.abs(harsh.plainZ)).toBeLessThan(2.5);
    for (const other of q.slice(0, 6)) expect(other.biasFlag).toBe(false);
  });
  // Both units get the same totals, so each judge's bias is t − (S − t)/(n − 1) = (n·t − S)/(n − 1), S the panel's sum.
  const panel = (totals: number[]) =>
    rankRound(
      twoUnitInput(
        totals.map((t) => [
          [30, 20, t - 50],
          [30, 20, t - 50],
        ]),
      ),
    ).judges;

  test("most judges agree exactly (MAD 0): the mean absolute deviation stands in, so a judge a little apart is not flagged", () => {
    // 80, 80, 80, 80, 82, 78, 81: S = 561, bias = (7t − 561)/6 → 80: −1/6, 82: 13/6, 78: −15/6, 81: 1.
    // Median −1/6; deviations 0, 0, 0, 0, 14/6, 14/6, 7/6 → MAD 0 (before: every z ±∞, three judges flagged).
    // Mean deviation (14 + 14 + 7)/6/7 = 5/6; scale 1.253314 × 5/6 = 1.0444283.
    // z(82) = (14/6)/1.0444283 = 2.2341; z(78) = −2.2341; z(81) = (7/6)/1.0444283 = 1.1171; the four 80s: 0.
    const q = panel([80, 80, 80, 80, 82, 78, 81]);
    expect(q[4].robustZ).toBeCloseTo(2.2341, 3);
    expect(q[5].robustZ).toBeCloseTo(-2.2341, 3);
    expect(q[6].robustZ).toBeCloseTo(1.1171, 3);
    for (const j of [0, 1, 2, 3]) expect(q[j].robustZ).toBe(0);
    expect(q.map((x) => x.biasFlag)).toEqual([false, false, false, false, false, false, false]);
  });
  test("MAD 0 with one judge truly far out: the fallback still flags that judge, and only that judge", () => {
    // 80, 80, 80, 80, 95, 78, 81: S = 574, bias = (7t − 574)/6 → 80: −14/6, 95: 91/6, 78: −28/6, 81: −7/6.
    // Median −14/6; deviations 0 ×4, 105/6, 14/6, 7/6 → MAD 0; mean deviation (105 + 14 + 7)/6/7 = 3; scale 3.759942.
    // z(95) = (105/6)/3.759942 = 4.6543 > 3.5; z(78) = (−14/6)/3.759942 = −0.6206; z(81) = (7/6)/3.759942 = 0.3103.
    const q = panel([80, 80, 80, 80, 95, 78, 81]);
    expect(q[4].robustZ).toBeCloseTo(4.6543, 3);
    expect(q[5].robustZ).toBeCloseTo(-0.6206, 3);
    expect(q[6].robustZ).toBeCloseTo(0.3103, 3);
    expect(q.map((x) => x.biasFlag)).toEqual([false, false, false, false, true, false, false]);
  });
  test("one judge alone apart from a panel that agrees exactly: flagged only when the bias is worth a question", () => {
    // 80 ×6 and 80.5: bias of 80.5 = (7 × 80.5 − 560.5)/6 = 3.5/6 ≈ 0.58 points; the others −0.5/6; MAD 0;
    // mean deviation (4/6)/7; z = (4/6)/(1.253314 × 4/42) = 7/1.253314 = 5.585 > 3.5, but 0.67 points from the
    // median is under 3 % of 100: not flagged. 80 ×6 and 90: 11.67 points from the median, same z: flagged.
    const close = panel([80, 80, 80, 80, 80, 80, 80.5]);
    expect(close[6].robustZ).toBeCloseTo(5.585, 3);
    expect(close.some((x) => x.biasFlag)).toBe(false);
    const far = panel([80, 80, 80, 80, 80, 80, 90]);
    expect(far[6].robustZ).toBeCloseTo(5.585, 3);
    expect(far.map((x) => x.biasFlag)).toEqual([false, false, false, false, false, false, true]);
  });
  test("every judge with the same bias (MAD and mean deviation both 0): nobody is an outlier", () => {
    const q = panel([80, 80, 80, 80, 80]);
    expect(q.map((x) => x.robustZ)).toEqual([0, 0, 0, 0, 0]);
    expect(q.some((x) => x.biasFlag)).toBe(false);
  });
  test("a judge who orders units unlike the panel has a low correlation", () => {
    // Four judges agree on the order U1 > U2 > U3 > U4 > U5; J5 scores them in reverse.
    const good = [
      [30, 20, 45],
      [28, 18, 40],
      [25, 15, 35],
      [22, 12, 30],
      [20, 10, 25],
    ];
    const rev = [...good].reverse();
    const input: RankingInput = {
      round: "D1",
      units: good.map((_, i) => ({ code: `U${i + 1}`, name: "", block: "K", registered: true })),
      criteria: CRITERIA,
      judges: [1, 2, 3, 4, 5].map((j) => ({ code: `J${j}`, conflicts: [] })),
      scores: [good, good, good, good, rev].map((t) => scoreTable(t)),
      settings: defaultSettings(),
    };
    const q = rankRound(input).judges;
    expect(q[4].correlation).toBeLessThan(0);
    expect(q[4].correlationFlag).toBe(true);
    expect(q[0].correlationFlag).toBe(false);
  });
  test("units whose judges disagree by more than SPREAD_ALERT_SHARE of the maximum are flagged", () => {
    // U1: 95 and 75 → spread 20 > 15 % of 100; U2: 80 and 70 → 10, not flagged.
    const r = rankRound(
      twoUnitInput([
        [
          [30, 20, 45],
          [30, 20, 30],
        ],
        [
          [20, 10, 45],
          [25, 15, 30],
        ],
      ]),
    );
    expect(r.units[0].spreadAlert).toBe(true);
    expect(r.units[1].spreadAlert).toBe(false);
  });
});
