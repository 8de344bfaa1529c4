/**
 * When the ribbon's buttons call event.completed(), on a fake of Office.actions that queues a click until
 * the previous one has completed (test/support/fakeExcel.ts, FakeAddinCommands). A command that takes
 * minutes at province scale must not hold every button of the add-in, nor run into Office's time limit for
 * function commands: the click is completed at once and the command reports in the pane.
 */
import { registerRibbonCommands } from "../../src/commands/commands";
import { AWARDS_FUNCTION, RANK_FUNCTION, SUMMARY_FUNCTION, VALIDATE_FUNCTION } from "../../src/commands/ids";
import { CommandRunner } from "../../src/taskpane/runner";
import { FakeAddinCommands } from "../support/fakeExcel";
import { deferred, fakeCommands, okResult } from "./fakes";

const QUEUED = "still queued by Office";

/** The click, or QUEUED when Office has not let it through within a moment (its completed() never came). */
function within(click: Promise<void>, ms = 300): Promise<void | typeof QUEUED> {
  return Promise.race([click, new Promise<typeof QUEUED>((r) => setTimeout(() => r(QUEUED), ms))]);
}

/** Waits (a few event-loop turns at most) until `done` holds: the plan loads on the first click. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
}

function setup() {
  const ribbon = new FakeAddinCommands();
  const showAsTaskpane = jest.fn(async () => undefined);
  (globalThis as { Office?: unknown }).Office = { actions: { associate: ribbon.associate }, addin: { showAsTaskpane } };
  const commands = fakeCommands();
  const runner = new CommandRunner();
  registerRibbonCommands(commands, runner);
  return { ribbon, showAsTaskpane, commands, runner };
}

describe("ribbon buttons complete their click at once", () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ["setTimeout", "setImmediate", "nextTick", "queueMicrotask"] });
    jest.setSystemTime(new Date(2024, 4, 20, 9, 30));
  });
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("a long “Kiểm tra” frees the button while it runs, and its result reaches the pane when done", async () => {
    const { ribbon, showAsTaskpane, commands, runner } = setup();
    const slow = deferred<ReturnType<typeof okResult>>();
    commands.validateRound.mockReturnValue(slow.promise);

    expect(await within(ribbon.click(VALIDATE_FUNCTION))).toBeUndefined();
    expect(ribbon.completedWhileRunning).toEqual([true]);
    await until(() => commands.validateRound.mock.calls.length > 0);
    expect(commands.validateRound).toHaveBeenCalledWith("D2");
    expect(runner.getState().busy).toBe(true);
    expect(runner.getState().task?.vi).toBe("Kiểm tra — Đợt 2");
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);

    slow.resolve(okResult({ sheets: [{ sheet: "Kiểm tra", action: "replaced" }] }));
    await until(() => !runner.getState().busy);
    expect(runner.getState().busy).toBe(false);
    expect(runner.getState().result?.sheets).toEqual([{ sheet: "Kiểm tra", action: "replaced" }]);
  });

  test("another button clicked meanwhile is not queued behind it by Office, and is ignored as the pane ignores a second command", async () => {
    const { ribbon, commands, runner } = setup();
    const slow = deferred<ReturnType<typeof okResult>>();
    commands.rankRound.mockReturnValue(slow.promise);

    expect(await within(ribbon.click(RANK_FUNCTION))).toBeUndefined();
    await until(() => commands.rankRound.mock.calls.length > 0);
    expect(await within(ribbon.click(SUMMARY_FUNCTION))).toBeUndefined();
    await new Promise((r) => setTimeout(r, 50));
    expect(ribbon.queued).toBe(0);
    expect(ribbon.ran).toEqual([RANK_FUNCTION, SUMMARY_FUNCTION]);
    // One command at a time: the summary does not interleave with the ranking's writes.
    expect(commands.summarize).not.toHaveBeenCalled();
    expect(runner.getState().task?.vi).toBe("Xếp hạng — Đợt 2");

    slow.resolve(okResult({ sheets: [{ sheet: "Xếp hạng Đ2", action: "created" }] }));
    await until(() => !runner.getState().busy);
    expect(runner.getState().result?.sheets[0].sheet).toBe("Xếp hạng Đ2");
  });

  test("a year's review of a province's people frees the button while it runs, and Xếp hạng clicked meanwhile is ignored", async () => {
    const { ribbon, commands, runner } = setup();
    const slow = deferred<ReturnType<typeof okResult>>();
    commands.awards.mockReturnValue(slow.promise);

    expect(await within(ribbon.click(AWARDS_FUNCTION))).toBeUndefined();
    expect(ribbon.completedWhileRunning).toEqual([true]);
    await until(() => commands.awards.mock.calls.length > 0);
    expect(runner.getState().task?.vi).toBe("Bình xét cuối năm");
    expect(await within(ribbon.click(RANK_FUNCTION))).toBeUndefined();
    await new Promise((r) => setTimeout(r, 50));
    expect(ribbon.queued).toBe(0);
    expect(commands.rankRound).not.toHaveBeenCalled();

    slow.resolve(okResult({ sheets: [{ sheet: "Bình xét năm", action: "created" }] }));
    await until(() => !runner.getState().busy);
    expect(runner.getState().result?.sheets[0].sheet).toBe("Bình xét năm");
  });

  test("a button whose command fails still completes at once and the error waits in the pane", async () => {
    const { ribbon, commands, runner } = setup();
    const failing = deferred<ReturnType<typeof okResult>>();
    commands.summarize.mockReturnValue(failing.promise);
    expect(await within(ribbon.click(SUMMARY_FUNCTION))).toBeUndefined();
    await until(() => commands.summarize.mock.calls.length > 0);
    failing.reject(new Error("Excel went away"));
    await until(() => runner.getState().error !== undefined);
    expect(runner.getState().error?.en).toContain("Excel went away");
  });
});
