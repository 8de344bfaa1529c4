import { AppError } from "../../src/app/errors";
import { planSummaryTarget, runSummaryButton, todayUtc, type ButtonTarget } from "../../src/commands/summaryButton";
import { CommandRunner } from "../../src/taskpane/runner";
import { fakeCommands, okResult } from "./fakes";

function setup(
  over: { commands?: ReturnType<typeof fakeCommands> | null; showPane?: () => Promise<void>; targetOf?: (today: Date) => Promise<ButtonTarget>; today?: Date } = {},
) {
  const runner = new CommandRunner();
  const commands = over.commands === null ? undefined : (over.commands ?? fakeCommands());
  const event = { completed: jest.fn() };
  const showPane = jest.fn(over.showPane ?? (async () => undefined));
  const targetOf = jest.fn(over.targetOf ?? (async (): Promise<ButtonTarget> => ({ period: "6T" })));
  const today = over.today ?? new Date(Date.UTC(2024, 4, 20));
  return { runner, commands, event, showPane, targetOf, deps: { runner, commands, today: () => today, targetOf, showPane }, today };
}

describe("ribbon “Tạo tổng hợp”", () => {
  it("summarizes what the plan calls for today, leaves the result for the pane, shows the pane and completes", async () => {
    const s = setup();
    s.commands!.summarize.mockResolvedValue(okResult({ sheets: [{ sheet: "Tổng hợp 6 tháng", action: "created" }] }));
    await runSummaryButton(s.event, s.deps);
    expect(s.targetOf).toHaveBeenCalledWith(s.today);
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
