import { runsInExcel } from "../../src/taskpane/host/detect";
import { lazyCommands } from "../../src/taskpane/host/lazyCommands";
import { unavailableBinding } from "../../src/taskpane/host/unavailable";
import { fakeCommands, okResult } from "./fakes";

describe("lazyCommands", () => {
  it("loads the commands once, on first use, and passes every argument through", async () => {
    const real = fakeCommands({ validateRound: async () => okResult({ ok: false }) });
    const load = jest.fn(async () => real);
    const commands = lazyCommands(load);
    expect(load).not.toHaveBeenCalled();

    expect((await commands.validateRound("D3")).ok).toBe(false);
    await commands.rankRound("NAM", { provisional: true });
    await commands.selectCell("Đơn vị", "B4");
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.validateRound).toHaveBeenCalledWith("D3");
    expect(real.rankRound).toHaveBeenCalledWith("NAM", { provisional: true });
    expect(real.selectCell).toHaveBeenCalledWith("Đơn vị", "B4");
  });

  it("reports a failed load to the caller and tries again on the next click", async () => {
    const load = jest.fn().mockRejectedValueOnce(new Error("ChunkLoadError")).mockResolvedValue(fakeCommands());
    const commands = lazyCommands(load);
    await expect(commands.summarize({ all: true })).rejects.toThrow("ChunkLoadError");
    await expect(commands.summarize({ all: true })).resolves.toEqual(okResult());
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("runsInExcel", () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => delete g.Office);

  it("is false when office.js did not load", async () => {
    await expect(runsInExcel()).resolves.toBe(false);
  });

  it("follows the host Office.onReady reports", async () => {
    g.Office = { HostType: { Excel: "Excel" }, onReady: async () => ({ host: "Excel", platform: "PC" }) };
    await expect(runsInExcel()).resolves.toBe(true);
    g.Office = { HostType: { Excel: "Excel" }, onReady: async () => ({ host: null, platform: null }) };
    await expect(runsInExcel()).resolves.toBe(false);
  });

  it("keeps waiting for a slow Office.onReady inside Excel, and says so once, instead of switching to the browser", async () => {
    let ready: (info: { host: string; platform: string }) => void = () => undefined;
    g.Office = { HostType: { Excel: "Excel" }, onReady: () => new Promise((r) => (ready = r)) };
    const onSlow = jest.fn();
    const answer = runsInExcel(onSlow, 20);
    await new Promise((r) => setTimeout(r, 60));
    expect(onSlow).toHaveBeenCalledTimes(1);
    ready({ host: "Excel", platform: "PC" });
    await expect(answer).resolves.toBe(true);
    expect(onSlow).toHaveBeenCalledTimes(1);
  });

  it("does not call the slow notice when Office answers in time", async () => {
    g.Office = { HostType: { Excel: "Excel" }, onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }) };
    const onSlow = jest.fn();
    await expect(runsInExcel(onSlow, 20)).resolves.toBe(true);
    await new Promise((r) => setTimeout(r, 40));
    expect(onSlow).not.toHaveBeenCalled();
  });
});

describe("unavailableBinding", () => {
  it("explains in both languages why no workbook is reachable, and every command says so", async () => {
    const b = unavailableBinding("browser", new Error("no exceljs"));
    expect(b.notice?.vi).toContain("no exceljs");
    expect(b.notice?.en).toMatch(/^Running outside Excel/);
    await expect(b.commands.layoutPlan({ sample: true })).rejects.toThrow("no exceljs");
  });
});
