import {
  evaluationMonths,
  buildSummary,
  currentSummaryTarget,
  isDoneStatus,
  scopeRounds,
  scopeTasks,
  summarizeFindings,
  summarizeRound,
  summarizeTasks,
  withStatuses,
  type RoundFacts,
} from "../../../src/domain/summary";
import { PLAN_2024 } from "../../../src/domain/plan/seed2024";
import type { PlanTask } from "../../../src/domain/plan/model";
import { defaultSettings } from "../../../src/domain/settings";
import { FACTS } from "./fixtures";

const d = (day: number, month: number, year = 2024): Date => new Date(Date.UTC(year, month - 1, day));

function task(id: string, month: number): PlanTask {
  return {
    id,
    quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4,
    month,
    text: `Nhiệm vụ ${id}`,
    kind: "report",
    lead: "Thường trực",
  };
}

describe("plan tasks of a summary", () => {
  test("done, in progress, blank and skipped statuses are counted as a clerk reads them", () => {
    const tasks = [
      { task: task("A", 1), status: "Hoàn thành" },
      { task: task("B", 1), status: " đã  hoàn thành " },
      { task: task("C", 2), status: "Đang thực hiện" },
      { task: task("D", 3), status: "" },
      { task: task("E", 3), status: "Không thực hiện" },
      { task: task("F", 4), status: "Chưa thực hiện" },
    ];
    const s = summarizeTasks(tasks, 2024, d(15, 3), ["Không thực hiện"]);
    expect(s.due).toBe(6);
    expect(s.done).toBe(2);
    // Skipped (E) is closed: neither done nor unfinished.
    expect(s.unfinished.map((u) => u.id)).toEqual(["C", "D", "F"]);
    // On 15 March, February's task is overdue; March's and April's are not yet.
    expect(s.unfinished.map((u) => u.overdue)).toEqual([true, false, false]);
    const counts = Object.fromEntries(s.byStatus.map((b) => [b.status, b.count]));
    expect(counts).toEqual({
      "Hoàn thành": 1,
      "đã hoàn thành": 1,
      "Đang thực hiện": 1,
      "": 1,
      "Không thực hiện": 1,
      "Chưa thực hiện": 1,
    });
    expect(s.byStatus.reduce((a, b) => a + b.count, 0)).toBe(6);
  });

  test("'chưa hoàn thành' is not done, 'xong' is", () => {
    expect(isDoneStatus("Chưa hoàn thành")).toBe(false);
    expect(isDoneStatus("CHUA HOAN THANH")).toBe(false);
    expect(isDoneStatus("Đang thực hiện")).toBe(false);
    expect(isDoneStatus("Xong")).toBe(true);
    expect(isDoneStatus("Đã thực hiện")).toBe(true);
    expect(isDoneStatus("")).toBe(false);
  });

  test("Quý I covers exactly the tasks of months 1-3 of the plan; a round covers its own tasks", () => {
    const q1 = scopeTasks(PLAN_2024, { kind: "period", period: "Q1" });
    expect(q1.length).toBeGreaterThan(0);
    expect(q1.every((t) => t.month >= 1 && t.month <= 3)).toBe(true);
    expect(q1.length).toBe(PLAN_2024.tasks.filter((t) => t.month <= 3).length);
    // Cumulative: the 6-month summary holds every Quý I task too.
    const h1 = new Set(scopeTasks(PLAN_2024, { kind: "period", period: "6T" }).map((t) => t.id));
    expect(q1.every((t) => h1.has(t.id))).toBe(true);
    const d1 = scopeTasks(PLAN_2024, { kind: "round", round: "D1" });
    expect(d1.length).toBeGreaterThan(0);
    expect(d1.every((t) => t.round === "D1")).toBe(true);
  });

  test("statuses are matched by task id; a task missing from the sheet is blank", () => {
    const tasks = [task("T01-01", 1), task("T01-02", 1)];
    expect(withStatuses(tasks, new Map([["T01-01", "Hoàn thành"]])).map((t) => t.status)).toEqual(["Hoàn thành", ""]);
  });
});

describe("rounds of a summary", () => {
  test("Quý I covers the rounds launched in January (Đợt 1, đặc biệt); a round summary only its round", () => {
    expect(scopeRounds(PLAN_2024, { kind: "period", period: "Q1" })).toEqual(expect.arrayContaining(["D1"]));
    expect(scopeRounds(PLAN_2024, { kind: "period", period: "Q1" })).not.toContain("D3");
    expect(scopeRounds(PLAN_2024, { kind: "period", period: "NAM" })).toEqual(
      expect.arrayContaining(["D1", "D2", "D3", "DB", "NAM"]),
    );
    expect(scopeRounds(PLAN_2024, { kind: "round", round: "D2" })).toEqual(["D2"]);
  });
});

describe("one round", () => {
  const s = summarizeRound(FACTS, defaultSettings());

  test("registered of total and covenants count units of this round only", () => {
    expect(s.unitsTotal).toBe(6);
    expect(s.unitsRegistered).toBe(5);
    expect(s.covenants).toBe(3);
    expect(s.personsRegistered).toBe(1);
    expect(s.judgesComplete).toBe(1);
  });

  test("a year registration covers the round and a code typed in lower case still counts, as validation and ranking read them", () => {
    // B2 registers only for the year (NAM), as "b2 " with the covenant signed: 6 of 6 registered, 4 covenants.
    const withYear = summarizeRound(
      {
        ...FACTS,
        registrations: [
          ...FACTS.registrations,
          { round: "NAM", subjectKind: "unit", unitCode: "b2 ", title: "Tập thể lao động tiên tiến", covenant: true },
        ],
      },
      defaultSettings(),
    );
    expect(withYear.unitsRegistered).toBe(6);
    expect(withYear.covenants).toBe(4);
    expect(withYear.personsRegistered).toBe(1);
  });

  test("tier counts per khối sum to the khối's ranked units, with shares", () => {
    const tdp = s.blocks.find((b) => b.block === "TDP")!;
    const count = (tier: string) => tdp.tiers.find((t) => t.tier === tier)!.count;
    expect([count("Xuất sắc"), count("Tốt"), count("Khá"), count("Trung bình"), count("Yếu")]).toEqual([1, 2, 1, 0, 0]);
    expect(tdp.tiers.find((t) => t.tier === "Tốt")!.share).toBeCloseTo(0.5, 10);
    for (const b of s.blocks) expect(b.tiers.reduce((a, t) => a + t.count, 0)).toBe(b.ranked);
    expect(s.blocks.map((b) => b.ranked)).toEqual([4, 2]);
    expect(s.totals).toEqual({ ranked: 6, giayKhen: 1, higher: 0 });
  });

  test("the leading units are the first three places, ties at the cut included", () => {
    const tdp = s.blocks.find((b) => b.block === "TDP")!;
    expect(tdp.leaders.map((l) => [l.rank, l.unitName])).toEqual([
      [1, "Tổ dân phố 1"],
      [2, "Tổ dân phố 2"],
      [3, "Tổ dân phố 3"],
      [3, "Tổ dân phố 4"],
    ]);
    expect(s.blocks.find((b) => b.block === "DT")!.leaders).toHaveLength(2);
  });

  test("proposals with quota rounded down and the actual share", () => {
    const tdp = s.blocks.find((b) => b.block === "TDP")!;
    // 30 % of 4 units = 1.2, rounded down: 1. One proposed, a quarter of the khối.
    expect(tdp.giayKhen).toEqual({ proposed: 1, quota: 1, share: 0.25 });
    // 10 % of 4 = 0.4: no proposal to the higher level allowed.
    expect(tdp.higher.quota).toBe(0);
    // 30 % of 2 = 0.6: none in the small khối.
    expect(s.blocks.find((b) => b.block === "DT")!.giayKhen.quota).toBe(0);
  });

  test("a quota of 30 % of 10 units is 3, not 2 (binary rounding)", () => {
    const ten: RoundFacts = {
      ...FACTS,
      units: Array.from({ length: 10 }, (_, i) => ({ code: `U${i}`, name: `Đơn vị ${i}`, type: "TDP" as const, block: "K" })),
      ranking: Array.from({ length: 10 }, (_, i) => ({
        unitCode: `U${i}`,
        unitName: `Đơn vị ${i}`,
        block: "K",
        score: 90 - i,
        tier: "Tốt",
        rank: i + 1,
        eligible: true,
        proposal: null,
      })),
    };
    expect(summarizeRound(ten, defaultSettings()).blocks[0]!.giayKhen.quota).toBe(3);
  });

  test("a round not yet scored says so instead of showing zero counts", () => {
    const notScored = summarizeRound({ ...FACTS, ranking: null }, defaultSettings());
    expect(notScored.scored).toBe(false);
    expect(notScored.blocks).toEqual([]);
    expect(notScored.totals).toBeNull();
    expect(notScored.unitsRegistered).toBe(5);
  });

  test("open errors are counted by rule, the first ones listed with sheet!cell", () => {
    const f = summarizeFindings(FACTS.findings);
    expect(f.errors).toBe(3);
    expect(f.warnings).toBe(1);
    expect(f.byCode.map((c) => [c.code, c.count])).toEqual([
      ["SCORE_OVER_MAX", 2],
      ["REG_MISSING", 1],
    ]);
    expect(f.first.map((e) => e.where)).toEqual(["'Chấm điểm Đ1 - Bình'!D7", "'Chấm điểm Đ1 - Bình'!D9", "'Đăng ký'"]);
    expect(summarizeFindings(FACTS.findings, 1).first).toHaveLength(1);
  });
});

describe("the whole model", () => {
  test("a Quý I summary runs to 31 March and carries every round given", () => {
    const m = buildSummary({
      scope: { kind: "period", period: "Q1" },
      year: 2024,
      today: d(5, 4),
      tasks: withStatuses(scopeTasks(PLAN_2024, { kind: "period", period: "Q1" }), new Map()),
      rounds: [FACTS],
      settings: defaultSettings(),
    });
    expect(m.asOf).toEqual(d(31, 3));
    expect(m.rounds).toHaveLength(1);
    // Nothing ticked off. Shown done by the report itself: its own task (T03-01), Đợt 1's results
    // (guidance T03-02: no evaluation months given, so the round counts as evaluated) and registrations
    // (launch T01-04, gathering T01-08). The rest is unfinished; on 31/03, March's tasks are not overdue.
    expect(m.tasks.done).toBe(4);
    expect(m.tasks.unfinished.map((u) => [u.id, u.overdue])).toEqual([
      ["T01-01", true],
      ["T01-02", true],
      ["T01-03", true],
      ["T01-05", true],
      ["T01-06", true],
      ["T01-07", true],
      ["T01-09", true],
      ["T02-01", true],
      ["T02-02", true],
    ]);
  });

  test("a Quý I summary shows no result of a round evaluated in April, and no registration made after 31/03", () => {
    const late = { round: "D1" as const, subjectKind: "unit" as const, unitCode: "B2", title: "Tập thể lao động tiên tiến", date: d(2, 4) };
    const m = buildSummary({
      scope: { kind: "period", period: "Q1" },
      year: 2024,
      today: d(15, 8),
      tasks: withStatuses(scopeTasks(PLAN_2024, { kind: "period", period: "Q1" }), new Map()),
      rounds: [{ ...FACTS, registrations: [...FACTS.registrations, late] }],
      settings: defaultSettings(),
      evaluationMonths: evaluationMonths(PLAN_2024),
    });
    const r = m.rounds[0]!;
    expect(r.scored).toBe(false);
    expect(r.evaluatedAfter).toBe(4);
    expect(r.blocks).toEqual([]);
    expect(r.totals).toBeNull();
    // A1..A4 and B1, not B2 (registered on 02/04).
    expect(r.unitsRegistered).toBe(5);
    // The guidance for the April bình xét is not shown done: no results are in this report.
    expect(m.tasks.unfinished.map((u) => u.id)).toContain("T03-02");
    expect(m.tasks.unfinished.find((u) => u.id === "T03-02")?.overdue).toBe(false);
  });
});

describe("the one-click target", () => {
  test.each([
    [d(15, 3), { period: "Q1" }], // report month of Quý I
    [d(10, 4), { round: "D1" }], // Đợt 1 is evaluated in April
    [d(15, 5), { period: "6T" }], // nothing reported or evaluated: the period so far
    [d(20, 6), { period: "6T" }], // report month wins over Đợt 2's evaluation: it holds Đợt 2 too
    [d(15, 8), { period: "9T" }],
    [d(15, 10), { round: "DB" }],
    [d(25, 11), { round: "NAM" }],
    [d(15, 12), { period: "NAM" }],
    [d(25, 11, 2026), { period: "NAM" }], // after the plan's year
    [d(10, 12, 2023), { period: "Q1" }], // before it
  ])("%s → %o", (today, expected) => {
    expect(currentSummaryTarget(today, PLAN_2024)).toEqual(expected);
  });
});
