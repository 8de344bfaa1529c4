import { AppError } from "../../src/shared/errors";
import type { AppCommands } from "../../src/app/types";
import { planSummaryTarget, runSummaryButton, type ButtonTarget } from "../../src/commands/summaryButton";
import { todayUtc } from "../../src/shared/dates";
import { registerRibbonCommands } from "../../src/commands/commands";
import { AWARDS_FUNCTION, RANK_FUNCTION, SUMMARY_FUNCTION, VALIDATE_FUNCTION } from "../../src/commands/ids";
import { runAwardsButton } from "../../src/commands/awardsButton";
import { planCurrentRound, runRoundButton } from "../../src/commands/roundButtons";
import { CommandRunner } from "../../src/taskpane/runner";
import { deferred, fakeCommands, finding, okResult } from "./fakes";

function setup(
  over: {
    commands?: ReturnType<typeof fakeCommands> | null;
    showPane?: () => Promise<void>;
    targetOf?: (today: Date, commands: AppCommands) => Promise<ButtonTarget>;
    today?: Date;
  } = {},
) {
  const runner = new CommandRunner();
  const commands = over.commands === null ? undefined : (over.commands ?? fakeCommands());
  const event = { completed: jest.fn() };
  const showPane = jest.fn(over.showPane ?? (async () => undefined));
  const targetOf = jest.fn(over.targetOf ?? (async (): Promise<ButtonTarget> => ({ period: "6T" })));
  const today = over.today ?? new Date(Date.UTC(2024, 4, 20));
  return {
    runner,
    commands,
    event,
    showPane,
    targetOf,
    deps: { runner, commands, today: () => today, targetOf, showPane },
    today,
  };
}

describe("ribbon “Tạo tổng hợp”", () => {
  it("summarizes what the plan calls for today, leaves the result for the pane, shows the pane and completes", async () => {
    const s = setup();
    s.commands!.summarize.mockResolvedValue(okResult({ sheets: [{ sheet: "Tổng hợp 6 tháng", action: "created" }] }));
    await runSummaryButton(s.event, s.deps);
    expect(s.targetOf).toHaveBeenCalledWith(s.today, s.commands);
    expect(s.commands!.summarize).toHaveBeenCalledWith({ period: "6T" });
    expect(s.runner.getState().result?.sheets[0].sheet).toBe("Tổng hợp 6 tháng");
    expect(s.runner.getState().task?.vi).toMatch(/6 tháng/);
    expect(s.showPane).toHaveBeenCalledTimes(1);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports a failing summary as the pane's error and still completes", async () => {
    const s = setup();
    s.commands!.summarize.mockRejectedValue(new AppError("UNKNOWN_PERIOD", { value: "x" }));
    await runSummaryButton(s.event, s.deps);
    expect(s.runner.getState().error?.vi).toMatch(/Không rõ kỳ báo cáo/);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes even when the pane cannot be shown or Excel was never bound", async () => {
    const s = setup({ commands: null, showPane: () => Promise.reject(new Error("not supported")) });
    await runSummaryButton(s.event, s.deps);
    expect(s.runner.getState().error?.en).toMatch(/only once the add-in has started in Excel/);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports a target that cannot be worked out as the pane's error, summarizes nothing, and completes", async () => {
    const s = setup({ targetOf: () => Promise.reject(new AppError("UNKNOWN_PERIOD", { value: "?" })) });
    await runSummaryButton(s.event, s.deps);
    expect(s.commands!.summarize).not.toHaveBeenCalled();
    expect(s.runner.getState().error?.vi).toMatch(/Không rõ kỳ báo cáo/);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("takes today's calendar date at UTC midnight", () => {
    const d = todayUtc(new Date(2024, 11, 31, 23, 59));
    expect(d.toISOString()).toBe("2024-12-31T00:00:00.000Z");
  });
});

describe("ribbon “Tạo tổng hợp” follows the 2024 plan's calendar", () => {
  // The plan: Đợt 1 is evaluated in April, the special round in October; reports go out in March
  // (Quý I), June (6 tháng), September (9 tháng) and December (năm).
  const day = (d: number, m: number) => new Date(Date.UTC(2024, m - 1, d));
  it.each([
    ["a report month gives that period", day(20, 6), { period: "6T" }, "6 tháng"],
    ["March gives Quý I", day(5, 3), { period: "Q1" }, "Quý I"],
    ["Đợt 1's evaluation month gives Đợt 1", day(20, 4), { round: "D1" }, "Đợt 1"],
    ["the special round's evaluation month gives that round", day(10, 10), { round: "DB" }, "Đợt đặc biệt"],
    ["any other month gives the period that contains it", day(20, 5), { period: "6T" }, "6 tháng"],
    ["August is in the 9-month period", day(15, 8), { period: "9T" }, "9 tháng"],
  ])("%s", async (_what, today, expected, label) => {
    const s = setup({ targetOf: planSummaryTarget, today });
    await runSummaryButton(s.event, s.deps);
    expect(s.commands!.summarize).toHaveBeenCalledWith(expected);
    expect(s.runner.getState().task?.vi).toContain(label);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("ribbon “Kiểm tra” and “Xếp hạng” work on the plan's current round", () => {
  const day = (d: number, m: number) => new Date(Date.UTC(2024, m - 1, d));
  function roundSetup(
    today: Date,
    over: { commands?: ReturnType<typeof fakeCommands> | null; showPane?: () => Promise<void> } = {},
  ) {
    const s = setup({ ...over, today });
    return { ...s, deps: { ...s.deps, targetOf: jest.fn(planCurrentRound) } };
  }

  it.each([
    // Hand-read from the 2024 plan: April is Đợt 1's evaluation month, May is Đợt 2's scoring, October the special round's evaluation.
    [day(20, 4), "D1", "Đợt 1"],
    [day(15, 5), "D2", "Đợt 2"],
    [day(15, 8), "D3", "Đợt 3"],
    [day(10, 10), "DB", "Đợt đặc biệt"],
    [day(20, 11), "NAM", "Đợt cả năm"],
  ])("on %s “Kiểm tra” validates %s, titles the task with it, shows the pane and completes", async (today, code, label) => {
    const s = roundSetup(today);
    s.commands!.validateRound.mockResolvedValue(okResult({ sheets: [{ sheet: "Kiểm tra", action: "replaced" }] }));
    await runRoundButton("validate", s.event, s.deps);
    expect(s.deps.targetOf).toHaveBeenCalledWith(today, s.commands);
    expect(s.commands!.validateRound).toHaveBeenCalledWith(code);
    expect(s.commands!.rankRound).not.toHaveBeenCalled();
    expect(s.runner.getState().task?.vi).toBe(`Kiểm tra — ${label}`);
    expect(s.runner.getState().result?.sheets[0].sheet).toBe("Kiểm tra");
    expect(s.showPane).toHaveBeenCalledTimes(1);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("“Xếp hạng” ranks the current round for real (never provisional) and leaves the ranking for the pane", async () => {
    const s = roundSetup(day(25, 6));
    s.commands!.rankRound.mockResolvedValue(okResult({ sheets: [{ sheet: "Xếp hạng Đ2", action: "created" }] }));
    await runRoundButton("rank", s.event, s.deps);
    expect(s.commands!.rankRound).toHaveBeenCalledWith("D2", { provisional: false });
    expect(s.commands!.validateRound).not.toHaveBeenCalled();
    expect(s.runner.getState().task?.vi).toBe("Xếp hạng — Đợt 2");
    expect(s.runner.getState().result?.sheets[0].sheet).toBe("Xếp hạng Đ2");
    expect(s.showPane).toHaveBeenCalledTimes(1);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("when validation has errors “Xếp hạng” writes nothing and the pane gets the refusal and its errors as findings", async () => {
    const s = roundSetup(day(20, 4));
    const errors = [
      finding({ sheet: "Chấm điểm Đ1 - Nguyễn Văn A", cell: "E7", code: "SCORE_ABOVE_MAX" }),
      finding({ sheet: "Đăng ký", cell: "C3", code: "REG_UNKNOWN_UNIT" }),
    ];
    s.commands!.rankRound.mockResolvedValue(
      okResult({
        ok: false,
        messages: [{ vi: "Chưa xếp hạng Đợt 1: còn 2 lỗi", en: "Round 1 not ranked: 2 errors" }],
        findings: errors,
      }),
    );
    await runRoundButton("rank", s.event, s.deps);
    const state = s.runner.getState();
    expect(state.result?.ok).toBe(false);
    expect(state.result?.sheets).toEqual([]);
    expect(state.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Chấm điểm Đ1 - Nguyễn Văn A!E7", "Đăng ký!C3"]);
    expect(s.showPane).toHaveBeenCalledTimes(1);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it.each(["validate", "rank"] as const)("“%s” that throws shows the error in the pane and still completes", async (kind) => {
    const s = roundSetup(day(15, 5));
    const boom = new AppError("OFFICE_CELL_EDIT_MODE");
    s.commands!.validateRound.mockRejectedValue(boom);
    s.commands!.rankRound.mockRejectedValue(boom);
    await runRoundButton(kind, s.event, s.deps);
    expect(s.runner.getState().error?.vi).toMatch(/chế độ sửa ô/);
    expect(s.runner.getState().busy).toBe(false);
    expect(s.showPane).toHaveBeenCalledTimes(1);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["validate", /“Validate” button runs only once/],
    ["rank", /“Rank” button runs only once/],
  ] as const)(
    "“%s” without Excel says which button cannot run, and completes even if the pane refuses to show",
    async (kind, text) => {
      const s = roundSetup(day(15, 5), { commands: null, showPane: () => Promise.reject(new Error("not supported")) });
      await runRoundButton(kind, s.event, s.deps);
      expect(s.runner.getState().error?.en).toMatch(text);
      expect(s.event.completed).toHaveBeenCalledTimes(1);
    },
  );

  it("a second click while a command runs is ignored but still completes its own event", async () => {
    const s = roundSetup(day(15, 5));
    const slow = deferred<ReturnType<typeof okResult>>();
    s.commands!.validateRound.mockReturnValue(slow.promise);
    const first = runRoundButton("validate", s.event, s.deps);
    const second = { completed: jest.fn() };
    await new Promise((r) => setTimeout(r, 0));
    await runRoundButton("rank", second, s.deps);
    expect(second.completed).toHaveBeenCalledTimes(1);
    expect(s.commands!.rankRound).not.toHaveBeenCalled();
    slow.resolve(okResult());
    await first;
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("ribbon “Bình xét năm”", () => {
  it("runs the year's review (not the ballots) as the pane titles it, leaves the result for the pane, shows the pane and completes", async () => {
    const s = setup();
    s.commands!.awards.mockResolvedValue(
      okResult({
        sheets: [
          { sheet: "Bình xét năm", action: "created" },
          { sheet: "Biên bản họp", action: "created" },
        ],
      }),
    );
    await runAwardsButton(s.event, s.deps);
    expect(s.commands!.awards).toHaveBeenCalledTimes(1);
    expect(s.commands!.awards).toHaveBeenCalledWith({ ballots: false });
    expect(s.runner.getState().task).toEqual({ vi: "Bình xét cuối năm", en: "Year-end review of people" });
    expect(s.runner.getState().result?.sheets.map((x) => x.sheet)).toEqual(["Bình xét năm", "Biên bản họp"]);
    expect(s.showPane).toHaveBeenCalledTimes(1);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("reviews the workbook's year whatever today is: a January click reviews the year before, without reading the plan", async () => {
    const s = setup({ today: new Date(Date.UTC(2025, 0, 8)) });
    await runAwardsButton(s.event, s.deps);
    expect(s.commands!.readPlan).not.toHaveBeenCalled();
    expect(s.commands!.awards).toHaveBeenCalledWith({ ballots: false });
    expect(s.runner.getState().error).toBeUndefined();
  });

  it("when the review refuses (a count above the members present), the pane gets its message and findings", async () => {
    const s = setup();
    s.commands!.awards.mockResolvedValue(
      okResult({
        ok: false,
        messages: [{ vi: "Chưa bình xét: Kiểm phiếu còn 1 lỗi", en: "Not reviewed: 1 error on Kiểm phiếu" }],
        findings: [finding({ sheet: "Kiểm phiếu", cell: "F5", code: "TALLY_YES_OVER_PRESENT" })],
      }),
    );
    await runAwardsButton(s.event, s.deps);
    const state = s.runner.getState();
    expect(state.result?.ok).toBe(false);
    expect(state.result?.messages[0].vi).toBe("Chưa bình xét: Kiểm phiếu còn 1 lỗi");
    expect(state.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Kiểm phiếu!F5"]);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("a review that throws shows the error in the pane and still completes", async () => {
    const s = setup();
    s.commands!.awards.mockRejectedValue(new AppError("OFFICE_CELL_EDIT_MODE"));
    await runAwardsButton(s.event, s.deps);
    expect(s.runner.getState().error?.vi).toMatch(/chế độ sửa ô/);
    expect(s.runner.getState().busy).toBe(false);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("without Excel says that “Bình xét năm” cannot run, and completes even if the pane refuses to show", async () => {
    const s = setup({ commands: null, showPane: () => Promise.reject(new Error("not supported")) });
    await runAwardsButton(s.event, s.deps);
    expect(s.runner.getState().error?.vi).toBe("Nút “Bình xét năm” chỉ chạy khi tiện ích đã khởi động trong Excel.");
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the buttons registered with Office run their command for today's round", () => {
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as { Office?: unknown }).Office;
  });

  it.each([
    [VALIDATE_FUNCTION, "validateRound", ["D2"]],
    [RANK_FUNCTION, "rankRound", ["D2", { provisional: false }]],
    [SUMMARY_FUNCTION, "summarize", [{ period: "6T" }]],
    [AWARDS_FUNCTION, "awards", [{ ballots: false }]],
  ] as const)("%s on 20 May 2024 calls %s, shows the pane and completes", async (fn, method, args) => {
    jest.useFakeTimers({ doNotFake: ["setTimeout", "setImmediate", "nextTick", "queueMicrotask"] });
    jest.setSystemTime(new Date(2024, 4, 20, 9, 30));
    const handlers = new Map<string, (event: { completed(): void }) => Promise<void>>();
    const showAsTaskpane = jest.fn(async () => undefined);
    (globalThis as { Office?: unknown }).Office = {
      actions: { associate: (name: string, h: (event: { completed(): void }) => Promise<void>) => handlers.set(name, h) },
      addin: { showAsTaskpane },
    };
    const commands = fakeCommands();
    const runner = new CommandRunner();
    registerRibbonCommands(commands, runner);
    const event = { completed: jest.fn() };
    await handlers.get(fn)!(event);
    expect(commands[method]).toHaveBeenCalledWith(...args);
    expect(runner.getState().result?.ok).toBe(true);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
