/**
 * The ribbon's round buttons over the REAL app commands on the office adapter (recording fake Excel), as
 * Excel runs them in the shared runtime: "Kiểm tra" writes Kiểm tra for the plan's current round, and
 * "Xếp hạng" refuses while validation has errors, leaving the refusal and the errors for the pane, and
 * writes no ranking sheet; "Bình xét năm", clicked through Office.actions, writes the year's review.
 */
import { registerRibbonCommands } from "../../src/commands/commands";
import { AWARDS_FUNCTION } from "../../src/commands/ids";
import { runRoundButton, planCurrentRound } from "../../src/commands/roundButtons";
import { CommandRunner } from "../../src/taskpane/runner";
import { d1JudgeSheets, officeSession, typeRoundD1, typeScore } from "../support/officeCommands";

const APRIL_20 = new Date(Date.UTC(2024, 3, 20));

function deps(session: ReturnType<typeof officeSession>, runner: CommandRunner, showPane = jest.fn(async () => undefined)) {
  return { runner, commands: session.commands, today: () => APRIL_20, targetOf: planCurrentRound, showPane };
}

describe("ribbon round buttons on the office adapter", () => {
  test("in Đợt 1's evaluation month, with a score above its maximum: Kiểm tra finds it, Xếp hạng refuses and writes nothing", async () => {
    const session = officeSession();
    await session.commands.layoutPlan({ sample: true });
    await session.commands.prepareRound("D1");
    const judges = await d1JudgeSheets(session);
    typeRoundD1(session, judges);
    // No criterion is worth 999 points.
    const cell = typeScore(session, judges[0], 999);
    const runner = new CommandRunner();
    const showPane = jest.fn(async () => undefined);

    const validateEvent = { completed: jest.fn() };
    await runRoundButton("validate", validateEvent, deps(session, runner, showPane));
    const validated = runner.getState();
    expect(validated.task?.vi).toBe("Kiểm tra — Đợt 1");
    expect(validated.result?.sheets.map((s) => s.sheet)).toEqual(["Kiểm tra"]);
    const errors = validated.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${judges[0]}!${cell}`]);
    expect(validateEvent.completed).toHaveBeenCalledTimes(1);

    const rankEvent = { completed: jest.fn() };
    await runRoundButton("rank", rankEvent, deps(session, runner, showPane));
    const ranked = runner.getState();
    expect(ranked.task?.vi).toBe("Xếp hạng — Đợt 1");
    expect(ranked.error).toBeUndefined();
    expect(ranked.result?.ok).toBe(false);
    expect(ranked.result?.messages[0].vi).toMatch(/^Chưa xếp hạng Đợt 1: dữ liệu còn \d+ lỗi/);
    expect(ranked.findings.filter((f) => f.severity === "error")).toHaveLength(errors.length);
    expect(session.fake.find("Xếp hạng Đ1")).toBeFalsy();
    expect(showPane).toHaveBeenCalledTimes(2);
    expect(rankEvent.completed).toHaveBeenCalledTimes(1);
  });

  test("once every judge has scored, Xếp hạng writes the ranking of the current round", async () => {
    const session = officeSession();
    await session.commands.layoutPlan({ sample: true });
    await session.commands.prepareRound("D1");
    typeRoundD1(session, await d1JudgeSheets(session));
    const runner = new CommandRunner();
    const event = { completed: jest.fn() };
    await runRoundButton("rank", event, deps(session, runner));
    expect(runner.getState().result?.ok).toBe(true);
    expect(runner.getState().result?.sheets.map((s) => s.sheet)).toEqual(["Xếp hạng Đ1", "Tiến độ chấm Đ1"]);
    expect(session.fake.grid("Xếp hạng Đ1").length).toBeGreaterThan(40);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("ribbon “Bình xét năm” on the office adapter", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("clicked through Office.actions on the sample ward, it writes Bình xét năm and the papers and leaves the result for the pane", async () => {
    const session = officeSession();
    await session.commands.layoutPlan({ sample: true });
    const handlers = new Map<string, (event: { completed(): void }) => Promise<void>>();
    const showAsTaskpane = jest.fn(async () => undefined);
    (globalThis as { Office?: unknown }).Office = {
      actions: { associate: (name: string, h: (event: { completed(): void }) => Promise<void>) => handlers.set(name, h) },
      addin: { showAsTaskpane },
    };
    const runner = new CommandRunner();
    registerRibbonCommands(session.commands, runner);
    const event = { completed: jest.fn() };
    await handlers.get(AWARDS_FUNCTION)!(event);
    const state = runner.getState();
    expect(state.error).toBeUndefined();
    expect(state.task?.vi).toBe("Bình xét cuối năm");
    expect(state.result?.sheets.map((s) => s.sheet)).toEqual([
      "Bình xét năm",
      "Danh hiệu tập thể",
      "Biên bản họp Hội đồng",
      "Tờ trình khen thưởng",
      "Dự thảo Quyết định",
      "Danh sách kèm theo Quyết định",
    ]);
    const rows = session.fake.grid("Bình xét năm");
    const header = rows[0];
    const outcome = Object.fromEntries(
      rows
        .slice(1)
        .filter((r) => r[header.indexOf("Mã")])
        .map((r) => [`${String(r[header.indexOf("Mã")])} ${String(r[header.indexOf("Danh hiệu")])}`, r[header.indexOf("Kết quả")]]),
    );
    // Hand-read from the sample ward's Cá nhân: CN03 only "Hoàn thành nhiệm vụ", CN17 "Không hoàn thành", CN07
    // and CN19 disciplined, CN20 registered for nothing; CN06's sáng kiến is of 2023; no count is on Kiểm phiếu.
    expect(outcome).toEqual({
      "CN01 LĐTT": "Đủ điều kiện",
      "CN02 LĐTT": "Đủ điều kiện",
      "CN03 LĐTT": "Không đủ điều kiện",
      "CN04 LĐTT": "Đủ điều kiện",
      "CN05 LĐTT": "Đủ điều kiện",
      "CN06 LĐTT": "Đủ điều kiện",
      "CN07 LĐTT": "Không đủ điều kiện",
      "CN08 LĐTT": "Đủ điều kiện",
      "CN09 LĐTT": "Đủ điều kiện",
      "CN10 LĐTT": "Đủ điều kiện",
      "CN11 LĐTT": "Đủ điều kiện",
      "CN12 LĐTT": "Đủ điều kiện",
      "CN13 LĐTT": "Đủ điều kiện",
      "CN14 LĐTT": "Đủ điều kiện",
      "CN15 LĐTT": "Đủ điều kiện",
      "CN16 LĐTT": "Đủ điều kiện",
      "CN17 LĐTT": "Không đủ điều kiện",
      "CN18 LĐTT": "Đủ điều kiện",
      "CN19 LĐTT": "Không đủ điều kiện",
      "CN20 LĐTT": "Không đủ điều kiện",
      "CN01 CSTĐCS": "Chưa bỏ phiếu",
      "CN04 CSTĐCS": "Chưa bỏ phiếu",
      "CN06 CSTĐCS": "Không đủ điều kiện",
      "CN08 CSTĐCS": "Chưa bỏ phiếu",
      "CN10 CSTĐCS": "Chưa bỏ phiếu",
      "CN12 CSTĐCS": "Chưa bỏ phiếu",
      "CN15 CSTĐCS": "Chưa bỏ phiếu",
      "CN18 CSTĐCS": "Chưa bỏ phiếu",
    });
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
