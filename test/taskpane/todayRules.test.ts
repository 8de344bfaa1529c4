/** "Hôm nay" as data: the round's state lines and the next step, without rendering. */
import { msg } from "../../src/i18n";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import {
  NEXT_STEP_RULES,
  nextStep,
  roundStateLines,
  type PlanView,
  type RoundProgress,
  type Situation,
} from "../../src/taskpane/today";

const vi = (p: RoundProgress | undefined) => roundStateLines(p).map((l) => msg(l.code, l.params).vi);

describe("the round's state", () => {
  it("counts nothing before a check in this session", () => {
    expect(vi(undefined)).toEqual(["Chưa kiểm tra trong phiên này."]);
    expect(vi({ prepared: true })).toEqual(["Chưa kiểm tra trong phiên này."]);
  });

  it("after a check: registrations of units expected, judge sheets scored, what the check left", () => {
    const p: RoundProgress = {
      prepared: true,
      check: { errors: 2, warnings: 7 },
      state: { units: 46, registered: 12, judgeSheets: 5, scored: 3 },
    };
    expect(vi(p)).toEqual([
      "Đăng ký: 12/46 đơn vị đã đăng ký.",
      "Phiếu chấm: 3/5 thành viên Hội đồng đã chấm.",
      "Lần kiểm tra gần nhất: 2 lỗi, 7 cảnh báo.",
    ]);
  });

  it("says the round has no score sheet rather than 0/0", () => {
    const p: RoundProgress = { check: { errors: 0, warnings: 46 }, state: { units: 46, registered: 0, judgeSheets: 0, scored: 0 } };
    expect(vi(p)).toEqual([
      "Đăng ký: 0/46 đơn vị đã đăng ký.",
      "Phiếu chấm: đợt chưa có trang Chấm điểm nào.",
      "Lần kiểm tra gần nhất: 0 lỗi, 46 cảnh báo.",
    ]);
  });
});

describe("the next step, rule by rule", () => {
  const ready = { plan: "ready" as const, hasRound: true, evaluating: false, browser: false };
  const clean = { errors: 0, warnings: 505 };
  const sheets = (scored: number) => ({ units: 46, registered: 46, judgeSheets: 10, scored });
  const cases: [string, Situation, string, string, { browserSteps?: boolean; blocks?: string }?][] = [
    ["empty workbook", { ...ready, plan: "empty", hasRound: false, round: {} }, "layout", "PANE_TODAY_WHY_LAYOUT", { blocks: "PANE_TODAY_NEEDS_PLAN" }],
    ["plan not read", { ...ready, plan: "unreadable", hasRound: false, round: {} }, "layout", "PANE_TODAY_WHY_LAYOUT"],
    ["plan not read", { ...ready, plan: "loading", hasRound: false, round: {} }, "layout", "PANE_TODAY_WHY_LAYOUT"],
    ["no round", { ...ready, hasRound: false, round: {} }, "layout", "PANE_TODAY_WHY_NO_ROUNDS"],
    ["round launched", { ...ready, round: {} }, "prepare", "PANE_TODAY_WHY_PREPARE"],
    ["bình xét has come", { ...ready, evaluating: true, round: {} }, "validate", "PANE_TODAY_WHY_EVALUATING"],
    ["prepared", { ...ready, round: { prepared: true } }, "validate", "PANE_TODAY_WHY_VALIDATE"],
    ["prepared, in the browser", { ...ready, browser: true, round: { prepared: true } }, "validate", "PANE_TODAY_WHY_VALIDATE", { browserSteps: true }],
    ["errors left", { ...ready, round: { prepared: true, check: { errors: 3, warnings: 0 }, state: sheets(0) } }, "validate", "PANE_TODAY_WHY_FIX"],
    ["no score sheet", { ...ready, round: { check: clean, state: { units: 46, registered: 0, judgeSheets: 0, scored: 0 } } }, "prepare", "PANE_TODAY_WHY_NO_SHEETS"],
    ["nobody scored", { ...ready, round: { prepared: true, check: clean, state: sheets(0) } }, "validate", "PANE_TODAY_WHY_FILL"],
    ["nobody scored, in the browser", { ...ready, browser: true, round: { prepared: true, check: clean, state: sheets(0) } }, "validate", "PANE_TODAY_WHY_FILL_BROWSER"],
    ["clean check", { ...ready, round: { check: clean, state: sheets(3) } }, "rank", "PANE_TODAY_WHY_RANK"],
    // a check whose result carried no counts (an older host) ranks as before
    ["clean check", { ...ready, round: { check: clean } }, "rank", "PANE_TODAY_WHY_RANK"],
    ["ranked", { ...ready, round: { check: clean, state: sheets(10), ranked: true } }, "summarize", "PANE_TODAY_WHY_SUMMARIZE"],
  ];

  it.each(cases)("%s", (name, situation, kind, why, extra = {}) => {
    const rule = NEXT_STEP_RULES.find((r) => r.when(situation))!;
    expect({ name: rule.name, kind: rule.kind, why: rule.why, browserSteps: rule.browserSteps, blocks: rule.blocks }).toEqual({
      name,
      kind,
      why,
      browserSteps: extra.browserSteps,
      blocks: extra.blocks,
    });
  });

  it("every rule of the table is one of the cases above", () => {
    expect(NEXT_STEP_RULES.map((r) => r.name).filter((n) => !cases.some((c) => c[0] === n))).toEqual([]);
  });

  it("no rule offers sample data: Dữ liệu mẫu is for trying the pane, not a step of the work", () => {
    for (const r of NEXT_STEP_RULES) expect(msg(r.why).vi).not.toMatch(/mẫu/i);
  });
});

describe("nextStep over the workbook's plan", () => {
  const APRIL_2024 = new Date(Date.UTC(2024, 3, 15));
  const FEBRUARY_2024 = new Date(Date.UTC(2024, 1, 10));
  const ready: PlanView = { kind: "ready", plan: PLAN_2024 };

  it("an empty workbook: lay out the plan, the other commands off with the reason", () => {
    const step = nextStep({ kind: "empty" }, APRIL_2024, {});
    expect(step).toEqual({ kind: "layout", why: "PANE_TODAY_WHY_LAYOUT", rule: "empty workbook", blocks: "PANE_TODAY_NEEDS_PLAN" });
    expect(msg(step.blocks!).vi).toBe("Cần tạo các trang kế hoạch trước (nút “Tạo các trang kế hoạch”).");
  });

  it("February: Đợt 1 was launched, so its sheets are prepared; April is its bình xét, so it is checked", () => {
    expect(nextStep(ready, FEBRUARY_2024, {})).toEqual({ kind: "prepare", round: "D1", why: "PANE_TODAY_WHY_PREPARE", rule: "round launched" });
    expect(nextStep(ready, APRIL_2024, {})).toEqual({ kind: "validate", round: "D1", why: "PANE_TODAY_WHY_EVALUATING", rule: "bình xét has come" });
  });

  it("a clean check on sheets nobody scored: in the browser, fill them outside it and check again, never Xếp hạng", () => {
    const progress = { D1: { prepared: true, check: { errors: 0, warnings: 505 }, state: { units: 46, registered: 46, judgeSheets: 10, scored: 0 } } };
    expect(nextStep(ready, FEBRUARY_2024, progress, { browser: true })).toEqual({
      kind: "validate",
      round: "D1",
      why: "PANE_TODAY_WHY_FILL_BROWSER",
      rule: "nobody scored, in the browser",
    });
    expect(nextStep(ready, FEBRUARY_2024, progress).why).toBe("PANE_TODAY_WHY_FILL");
  });
});
