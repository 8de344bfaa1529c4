/**
 * The hand-worked example: 6 units in 2 khối, 5 judges (J5 has a conflict with A1), B2 not
 * registered, a veto item on B1, a tie on the mean broken by the trimmed mean (A1/A2), and a tie that
 * stays shared (A3/A4). Every expected number below was worked out by hand from the table, not copied
 * from the code.
 *
 * Settings: defaults (mean, 2 decimals, XS ≥ 90, Tốt ≥ 80, Khá ≥ 70, TB ≥ 50, groups ≥ 50 % for XS and
 * Tốt, veto caps at Tốt, bonus cap 10, TIE_BREAK = TRIMMED, MEDIAN, GROUP:V, DEDUCTIONS, trim from 5
 * judges) except PROPOSAL_MIN_TIER = Tốt and QUOTA_GIAY_KHEN = 0.75, so that the quota cut falls inside
 * a tie.
 */
import { rankRound, CellStatus, type RankingInput, type UnitResult } from "../../../src/domain/ranking";
import { CRITERIA, scoreTable, settingsWith } from "./fixture";

const _ = null;
//                I.1 I.2 V.1 B.1 B.2 TR.1 L.1
const J1 = scoreTable([
  [28, 18, 45, 2], //          A1: 91 + 2 = 93
  [30, 20, 48, _, _, _, 1], // A2: 98 (one veto mark: 1 of 5, not a majority)
  [24, 16, 40], //             A3: 80
  [28, 20, 40], //             A4: 88
  [30, 20, 45], //             B1: 95
  [30, 20, 22, 6, 4], //       B2: 72 + 10 = 82
]);
const J2 = scoreTable([
  [27, 17, 44, _, _, 1], //    A1: 88 − 1 = 87
  [27, 18, 45], //             A2: 90
  [25, 17, 40], //             A3: 82
  [27, 19, 40], //             A4: 86
  [29, 19, 44, _, _, _, 1], // B1: 92, veto mark
  [30, 20, 22, 6, 6], //       B2: 72 + min(12, 10) = 82  (bonus cap)
]);
const J3 = scoreTable([
  [29, 19, 46, 1], //          A1: 94 + 1 = 95
  [27, 17, 45], //             A2: 89
  [26, 18, 40], //             A3: 84
  [26, 18, 40], //             A4: 84
  [28, 18, 43], //             B1: 89
  [29, 20, 22, 6, 4], //       B2: 71 + 10 = 81
]);
const J4 = scoreTable([
  [26, 18, 43], //             A1: 87
  [26, 17, 45], //             A2: 88
  [27, 19, 40], //             A3: 86
  [25, 17, 40], //             A4: 82
  [30, 20, 46, _, _, 2, 1], // B1: 96 − 2 = 94, veto mark
  [30, 19, 21, 6, 4], //       B2: 70 + 10 = 80
]);
const J5 = scoreTable([
  [30, 20, 50, 6, 6], //       A1: conflict of interest — must be ignored (it would be 110)
  [26, 16.5, 45], //           A2: 87.5
  [28, 20, 40], //             A3: 88
  [24, 16, 40], //             A4: 80
  [27, 18, 42, _, _, _, 1], // B1: 87, veto mark (3 of 5 judges: hit)
  [28, 20, 22, 6, 2], //       B2: 70 + 8 = 78
]);

export function handWorkedInput(): RankingInput {
  return {
    round: "D1",
    units: [
      { code: "A1", name: "Tổ dân phố 1", block: "TDP", registered: true },
      { code: "A2", name: "Tổ dân phố 2", block: "TDP", registered: true },
      { code: "A3", name: "Tổ dân phố 3", block: "TDP", registered: true },
      { code: "A4", name: "Tổ dân phố 4", block: "TDP", registered: true },
      { code: "B1", name: "Hội Phụ nữ", block: "DT", registered: true },
      { code: "B2", name: "Đoàn Thanh niên", block: "DT", registered: false },
    ],
    criteria: CRITERIA,
    groups: [{ code: "I" }, { code: "V" }],
    judges: [
      { code: "J1", conflicts: [] },
      { code: "J2", conflicts: [] },
      { code: "J3", conflicts: [] },
      { code: "J4", conflicts: [] },
      { code: "J5", conflicts: ["A1"] },
    ],
    scores: [J1, J2, J3, J4, J5],
    settings: settingsWith({ PROPOSAL_MIN_TIER: "Tốt", QUOTA_GIAY_KHEN: 0.75 }),
  };
}

describe("hand-worked ranking (6 units, 2 khối, 5 judges)", () => {
  const result = rankRound(handWorkedInput());
  const unit = (code: string): UnitResult => {
    const u = result.units.find((x) => x.code === code);
    if (!u) throw new Error(code);
    return u;
  };
  const codes = (u: UnitResult) => u.reasons.map((r) => r.code);

  test("A1: J5's conflict is left out; 4 judges, so no trimming", () => {
    // Counted totals 93, 87, 95, 87: Σ 362, mean 362/4 = 90.50; 4 < 5 judges so trimmed = mean = 90.50;
    // median (87 + 93)/2 = 90.00. Bonus (2+0+1+0)/4 = 0.75, deductions (0+1+0+0)/4 = 0.25.
    const a1 = unit("A1");
    expect(a1.counted).toBe(4);
    expect([a1.mean, a1.trimmed, a1.median, a1.final]).toEqual([90.5, 90.5, 90, 90.5]);
    expect([a1.bonus, a1.deductions]).toEqual([0.75, 0.25]);
    // Group I sums 46, 44, 48, 44 → 45.50; group V 45, 44, 46, 43 → 44.50; both ≥ 25.
    expect(a1.groupScores).toEqual([45.5, 44.5]);
    expect(a1.tier).toBe("XS");
    expect(codes(a1)).toContain("RANK_CONFLICT_EXCLUDED");
    expect(result.progress[4 * 6 + 0]).toBe(CellStatus.Conflict);
  });

  test("A1 and A2 tie on the mean and are separated by the trimmed mean", () => {
    // A2: 98, 90, 89, 88, 87.5: Σ 452.5, mean 90.50 (= A1). Trimmed drops 98 and 87.5: 267/3 = 89.00,
    // below A1's 90.50, so A1 is 1st and A2 2nd. Median 89.
    const a2 = unit("A2");
    expect([a2.mean, a2.trimmed, a2.median, a2.final]).toEqual([90.5, 89, 89, 90.5]);
    expect(a2.tier).toBe("XS");
    expect(a2.vetoHit).toBe(false); // one veto mark of five judges is not a majority
    expect(unit("A1").rank).toBe(1);
    expect(a2.rank).toBe(2);
    expect(unit("A1").decidedBy).toEqual(["TRIMMED"]);
    expect(a2.decidedBy).toEqual(["TRIMMED"]);
    expect(unit("A1").sharedRank).toBe(false);
  });

  test("A3 and A4 are equal on every key and share rank 3", () => {
    // A3: 80, 82, 84, 86, 88; A4 the same totals in reverse judge order. Mean 420/5 = 84.00; trimmed
    // (82+84+86)/3 = 84.00; median 84; group V 40 from every judge; no deductions. Tốt (80 ≤ 84 < 90),
    // group I mean 44 ≥ 25, group V 40 ≥ 25.
    for (const c of ["A3", "A4"]) {
      const u = unit(c);
      expect([u.mean, u.trimmed, u.median, u.final]).toEqual([84, 84, 84, 84]);
      expect(u.groupScores).toEqual([44, 40]);
      expect(u.tier).toBe("TOT");
      expect(u.rank).toBe(3);
      expect(u.sharedRank).toBe(true);
      expect(codes(u)).toContain("RANK_TIE_SHARED");
    }
  });

  test("B1: veto hit by 3 of 5 judges caps Xuất sắc at Tốt", () => {
    // 95, 92, 89, 94, 87: Σ 457, mean 91.40; trimmed drops 95 and 87: 275/3 = 91.666… → 91.67; median 92.
    // Deductions 2/5 = 0.40. The score alone is Xuất sắc; the veto item L.1 caps it at Tốt.
    const b1 = unit("B1");
    expect([b1.mean, b1.trimmed, b1.median, b1.final]).toEqual([91.4, 91.67, 92, 91.4]);
    expect(b1.deductions).toBe(0.4);
    expect(b1.scoreTier).toBe("XS");
    expect(b1.vetoHit).toBe(true);
    expect(b1.tier).toBe("TOT");
    expect(codes(b1)).toContain("RANK_VETO");
    expect(b1.rank).toBe(1);
  });

  test("B2: unregistered, bonus capped at 10, group V below half its maximum", () => {
    // 82, 82, 81, 80, 78: Σ 403, mean 80.60; trimmed drops 82 and 78: (82+81+80)/3 = 81.00; median 81.
    // Bonus (10 + 10 + 10 + 10 + 8)/5 = 9.60 (J2's 6 + 6 capped at 10). Group V 22,22,22,21,22 → 21.80
    // < 25 = 50 % of 50: Tốt is gated, so the tier drops to Khá. Group I: 50+50+49+49+48 = 246 → 49.20.
    const b2 = unit("B2");
    expect([b2.mean, b2.trimmed, b2.median, b2.final]).toEqual([80.6, 81, 81, 80.6]);
    expect(b2.bonus).toBe(9.6);
    expect(b2.groupScores).toEqual([49.2, 21.8]);
    expect(b2.groupsBelowMin).toEqual(["V"]);
    expect(b2.scoreTier).toBe("TOT");
    expect(b2.tier).toBe("KHA");
    expect(b2.rank).toBe(2);
    expect(b2.eligible).toBe(false);
    expect(codes(b2)).toEqual(expect.arrayContaining(["RANK_GATE", "RANK_NOT_REGISTERED"]));
  });

  test("proposals: quota rounded down, and a tie at the cut proposes none of the tied units", () => {
    // Khối TDP: 4 units, quota floor(4 × 0.75) = 3. Candidates (eligible, Tốt or better) in rank order:
    // A1 (1), A2 (2), A3 and A4 (3, tied). A1 and A2 fill 2 places; A3 + A4 would make 4 > 3, so neither.
    expect(unit("A1").proposal).toBe("GIAY_KHEN");
    expect(unit("A2").proposal).toBe("GIAY_KHEN");
    expect(unit("A3").proposal).toBeUndefined();
    expect(unit("A4").proposal).toBeUndefined();
    expect(codes(unit("A3"))).toContain("RANK_QUOTA_TIE_GIAY_KHEN");
    // Khối DT: 2 units, quota floor(2 × 0.75) = 1: B1 (Tốt, eligible). B2 is not registered.
    expect(unit("B1").proposal).toBe("GIAY_KHEN");
    expect(unit("B2").proposal).toBeUndefined();
    const tdp = result.blocks.find((b) => b.block === "TDP");
    const dt = result.blocks.find((b) => b.block === "DT");
    expect(tdp).toMatchObject({ units: 4, quotaGiayKhen: 3, proposedGiayKhen: 2, shareGiayKhen: 0.5 });
    expect(dt).toMatchObject({ units: 2, quotaGiayKhen: 1, proposedGiayKhen: 1, shareGiayKhen: 0.5 });
  });

  test("judge totals as published: rounded, and blank where the judge does not count", () => {
    const J = 5;
    expect(Array.from(result.judgeTotals.subarray(0 * J, 1 * J))).toEqual([93, 87, 95, 87, NaN]);
    expect(Array.from(result.judgeTotals.subarray(5 * J, 6 * J))).toEqual([82, 82, 81, 80, 78]);
  });
});
