import { AppError } from "../../src/app/errors";
import { runSummaryButton, todayUtc } from "../../src/commands/summaryButton";
import { CommandRunner } from "../../src/taskpane/runner";
import { fakeCommands, okResult } from "./fakes";

function setup(over: { commands?: ReturnType<typeof fakeCommands> | null; showPane?: () => Promise<void> } = {}) {
  const runner = new CommandRunner();
  const commands = over.commands === null ? undefined : (over.commands ?? fakeCommands());
  const event = { completed: jest.fn() };
  const showPane = jest.fn(over.showPane ?? (async () => undefined));
  const periodOf = jest.fn(() => "6T" as const);
  const today = new Date(Date.UTC(2024, 4, 20));
  return { runner, commands, event, showPane, periodOf, deps: { runner, commands, today: () => today, periodOf, showPane }, today };
}

describe("ribbon “Tạo tổng hợp”", () => {
  it("summarizes the period of today, leaves the result for the pane, shows the pane and completes", async () => {
    const s = setup();
    s.commands!.summarize.mockResolvedValue(okResult({ sheets: [{ sheet: "Tổng hợp 6 tháng", action: "created" }] }));
    await runSummaryButton(s.event, s.deps);
    expect(s.periodOf).toHaveBeenCalledWith(s.today);
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

  it("takes today's calendar date at UTC midnight", () => {
    const d = todayUtc(new Date(2024, 11, 31, 23, 59));
    expect(d.toISOString()).toBe("2024-12-31T00:00:00.000Z");
  });
});
