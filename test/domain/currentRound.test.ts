/**
 * currentRound: the round the ribbon's "Kiểm tra" and "Xếp hạng" work on. The 2024 plan, month by month,
 * worked out by hand from its calendar: Đợt 1 launched January, evaluated April; Đợt 2 launched April,
 * evaluated June; Đợt 3 launched July, evaluated with the 9-month report (September, the plan states no
 * month); the special round launched January (inferred), evaluated October; the year evaluated November.
 */
import type { Plan, PlanRound } from "../../src/domain/plan/model";
import { currentRound } from "../../src/domain/plan/queries";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("currentRound over the 2024 plan", () => {
  test.each([
    // January to March: Đợt 1 and the special round are both running; Đợt 1's evaluation comes first.
    [1, 10, "D1"],
    [2, 28, "D1"],
    [3, 31, "D1"],
    // April is Đợt 1's evaluation month, although Đợt 2 is launched that month too.
    [4, 1, "D1"],
    [4, 30, "D1"],
    // May: Đợt 2 is the round launched most recently and not evaluated yet (not the special round).
    [5, 15, "D2"],
    [6, 20, "D2"],
    [7, 1, "D3"],
    [8, 15, "D3"],
    [9, 30, "D3"],
    [10, 10, "DB"],
    [11, 20, "NAM"],
    // December: nothing evaluated this month and nothing running: the last round evaluated.
    [12, 31, "NAM"],
  ])("2024-%i-%i gives %s", (month, day, code) => {
    expect(currentRound(PLAN_2024, utc(2024, month, day))?.code).toBe(code);
  });

  test("after the plan's year, the year's round (as in its December); before it, Đợt 1 (as in its January)", () => {
    expect(currentRound(PLAN_2024, utc(2025, 3, 5))?.code).toBe("NAM");
    expect(currentRound(PLAN_2024, utc(2023, 12, 31))?.code).toBe("D1");
  });

  test("reads the month in UTC, as the domain's dates are", () => {
    // 31 May 23:30 UTC is already 1 June in Hà Nội, but a domain date is a UTC calendar date.
    expect(currentRound(PLAN_2024, new Date(Date.UTC(2024, 4, 31, 23, 30)))?.code).toBe("D2");
    expect(currentRound(PLAN_2024, utc(2024, 6, 1))?.code).toBe("D2");
  });
});

describe("currentRound on other plans", () => {
  const round = (code: PlanRound["code"], launchMonth: number | undefined, evaluationMonths: number[]): PlanRound => ({
    code,
    name: code,
    occasions: [],
    launchMonth,
    evaluationMonths,
    period: "NAM",
  });
  const plan = (rounds: PlanRound[]): Plan => ({ ...PLAN_2024, rounds });

  test("before any round is launched, the first to be evaluated", () => {
    const p = plan([round("D2", 5, [8]), round("D1", 3, [6])]);
    expect(currentRound(p, utc(2024, 2, 1))?.code).toBe("D1");
  });

  test("between rounds, the last one evaluated", () => {
    const p = plan([round("D1", 1, [3]), round("D2", 8, [10])]);
    expect(currentRound(p, utc(2024, 5, 1))?.code).toBe("D1");
    expect(currentRound(p, utc(2024, 8, 1))?.code).toBe("D2");
  });

  test("a round without a stated evaluation month is evaluated in its period's report month", () => {
    // Period NAM reports in December in the 2024 plan's period table.
    const p = plan([round("D1", 1, [3]), round("D3", 4, [])]);
    expect(currentRound(p, utc(2024, 11, 1))?.code).toBe("D3");
    expect(currentRound(p, utc(2024, 12, 1))?.code).toBe("D3");
  });

  test("a plan without rounds has no current round", () => {
    expect(currentRound(plan([]), utc(2024, 5, 1))).toBeUndefined();
  });
});
