/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import { AppError } from "../../src/shared/errors";
import { fakeCommands, finding, okResult, renderPane } from "./fakes";

async function settle() {
  await act(async () => {
    await Promise.resolve();
    await Promise.resolve();
  });
}

const APRIL_2024 = new Date(Date.UTC(2024, 3, 15));
const FEBRUARY_2024 = new Date(Date.UTC(2024, 1, 10));

function today() {
  return screen.getByRole("region", { name: "Hôm nay" });
}

function openSection(name: RegExp) {
  const header = screen.getByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
}

describe("Hôm nay on an empty workbook", () => {
  function emptyBook() {
    return fakeCommands({
      readPlan: jest.fn(async () => {
        throw new AppError("PLAN_SHEETS_MISSING", { sheets: "Đợt thi đua" });
      }),
    });
  }

  it("offers laying out the plan as the first step and runs it", async () => {
    const commands = emptyBook();
    renderPane(commands, { today: APRIL_2024 });
    await settle();
    expect(within(today()).getByText(/Sổ tính chưa có kế hoạch/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Bước tiếp theo: Tạo các trang kế hoạch" }));
    await settle();
    expect(commands.layoutPlan).toHaveBeenCalledWith({ sample: false });
  });

  it("moves the focus to the next step when laying out the plan folds away the button that ran", async () => {
    const commands = emptyBook();
    renderPane(commands, { today: FEBRUARY_2024 });
    await settle();
    const layout = screen.getByRole("button", { name: "Tạo các trang kế hoạch" });
    layout.focus();
    commands.readPlan.mockResolvedValue(PLAN_2024);
    fireEvent.click(layout);
    await settle();
    await settle();
    expect(screen.queryByRole("button", { name: "Tạo các trang kế hoạch" })).toBeNull();
    expect(document.activeElement?.textContent).toBe("Bước tiếp theo: Chuẩn bị trang — Đợt 1");
  });

  it("disables Kiểm tra, Xếp hạng and the summaries with the reason, and they do not run", async () => {
    const commands = emptyBook();
    renderPane(commands, { today: APRIL_2024 });
    await settle();
    openSection(/^Tổng hợp$/);
    for (const name of ["Kiểm tra", "Xếp hạng", "Chuẩn bị trang", "Tổng hợp Đợt 1"]) {
      const b = screen.getByRole("button", { name });
      expect(b.getAttribute("aria-disabled")).toBe("true");
      expect(b.getAttribute("aria-describedby")).toBeTruthy();
      const reason = document.getElementById(b.getAttribute("aria-describedby")!);
      expect(reason?.textContent).toBe("Cần tạo các trang kế hoạch trước (nút “Tạo các trang kế hoạch”).");
      fireEvent.click(b);
    }
    await settle();
    expect(commands.validateRound).not.toHaveBeenCalled();
    expect(commands.rankRound).not.toHaveBeenCalled();
    expect(commands.summarize).not.toHaveBeenCalled();
  });
});

describe("Hôm nay with the workbook's plan", () => {
  it("lists this month's tasks and the overdue ones, and the current round", async () => {
    renderPane(fakeCommands(), { today: APRIL_2024 });
    await settle();
    const t = today();
    expect(within(t).getByText("Tháng 4/2024")).toBeTruthy();
    const month = within(t).getByRole("list", { name: "Việc tháng này (2)" });
    expect(within(month).getByText("Tổ chức bình xét thi đua - khen thưởng đợt 1.")).toBeTruthy();
    // overdue ones stay folded until asked for
    const overdue = within(t).getByRole("button", { name: "Quá hạn, chưa hoàn thành (13)" });
    expect(within(t).queryByRole("list", { name: "Quá hạn, chưa hoàn thành (13)" })).toBeNull();
    fireEvent.click(overdue);
    expect(within(t).getByRole("list", { name: "Quá hạn, chưa hoàn thành (13)" })).toBeTruthy();
    expect(within(t).getByText(/Đợt hiện tại: Đợt 1 \(bình xét tháng 4\)/)).toBeTruthy();
  });

  it("does not count a task marked done as overdue", async () => {
    const plan = { ...PLAN_2024, tasks: PLAN_2024.tasks.map((x) => (x.month < 4 ? { ...x, done: true } : x)) };
    renderPane(fakeCommands({ readPlan: jest.fn(async () => plan) }), { today: APRIL_2024 });
    await settle();
    expect(within(today()).queryByRole("button", { name: /Quá hạn/ })).toBeNull();
  });

  it("says when the plan is of a past year rather than listing a whole year as overdue", async () => {
    renderPane(fakeCommands(), { today: new Date(Date.UTC(2026, 11, 6)) });
    await settle();
    expect(within(today()).getByText("Kế hoạch trong sổ tính là của năm 2024, đã qua: không còn việc theo tháng.")).toBeTruthy();
    expect(within(today()).queryByRole("button", { name: /Quá hạn/ })).toBeNull();
  });

  it("walks the round: prepare, then check, check again while errors are left, then rank, then summarise", async () => {
    const commands = fakeCommands();
    renderPane(commands, { today: FEBRUARY_2024 });
    await settle();
    const next = () => within(today()).getByRole("button", { name: /^Bước tiếp theo/ });
    expect(next().textContent).toBe("Bước tiếp theo: Chuẩn bị trang — Đợt 1");
    fireEvent.click(next());
    await settle();
    expect(commands.prepareRound).toHaveBeenCalledWith("D1");
    expect(next().textContent).toBe("Bước tiếp theo: Kiểm tra — Đợt 1");

    commands.validateRound.mockResolvedValueOnce(
      okResult({ ok: false, findings: [finding({ sheet: "Chấm điểm Đ1 - Lan", cell: "D7" })] }),
    );
    fireEvent.click(next());
    await settle();
    expect(next().textContent).toBe("Bước tiếp theo: Kiểm tra — Đợt 1");
    expect(within(today()).getByText("Sửa các lỗi trong “Kết quả kiểm tra” rồi kiểm tra lại.")).toBeTruthy();
    expect(within(today()).getByText(/Lần kiểm tra gần nhất: 1 lỗi, 0 cảnh báo\./)).toBeTruthy();

    fireEvent.click(next());
    await settle();
    expect(next().textContent).toBe("Bước tiếp theo: Xếp hạng — Đợt 1");
    fireEvent.click(next());
    await settle();
    expect(commands.rankRound).toHaveBeenCalledWith("D1", { provisional: false });
    expect(next().textContent).toBe("Bước tiếp theo: Tổng hợp Đợt 1");
    fireEvent.click(next());
    await settle();
    expect(commands.summarize).toHaveBeenCalledWith({ round: "D1" });
  });

  it("in the browser, after prepare, says how to get the score sheets filled outside it", async () => {
    renderPane(fakeCommands(), { today: FEBRUARY_2024, host: "browser" });
    await settle();
    expect(screen.queryByRole("list", { name: "Để các thành viên Hội đồng chấm điểm" })).toBeNull();
    fireEvent.click(within(today()).getByRole("button", { name: /^Bước tiếp theo/ }));
    await settle();
    const steps = within(screen.getByRole("list", { name: "Để các thành viên Hội đồng chấm điểm" })).getAllByRole("listitem");
    expect(steps.map((s) => s.textContent)).toEqual([
      "Bấm “Tải về” để lưu sổ tính vào máy.",
      "Mở tệp trong Excel hoặc LibreOffice, điền các trang Đăng ký và Chấm điểm, rồi lưu lại.",
      "Quay lại đây, bấm “Mở tệp .xlsx” và chọn tệp đã điền, rồi bấm “Kiểm tra”.",
    ]);
  });

  it("has no two buttons with the same label", async () => {
    renderPane(fakeCommands(), { today: APRIL_2024 });
    await settle();
    openSection(/^Tổng hợp$/);
    // a button's name is its aria-label where it has one ("Đánh dấu xong: <task>"), its text otherwise
    const labels = screen
      .getAllByRole("button")
      .map((b) => (b.getAttribute("aria-label") ?? b.textContent ?? "").trim())
      .filter((l) => l !== "");
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });
});

describe("Đánh dấu xong from Hôm nay", () => {
  /** A workbook whose plan reads back with the tasks markTaskDone was given as done, as the real one would. */
  function markingBook() {
    const done = new Set<string>();
    return fakeCommands({
      readPlan: jest.fn(async () => ({ ...PLAN_2024, tasks: PLAN_2024.tasks.map((x) => (done.has(x.id) ? { ...x, done: true } : x)) })),
      markTaskDone: jest.fn(async (id: string) => {
        done.add(id);
        return okResult();
      }),
    });
  }

  it("marks a task of this month done, shows it done, and moves the focus to the next open task, then to the next step", async () => {
    const commands = markingBook();
    renderPane(commands, { today: APRIL_2024 });
    await settle();
    const month = () => within(today()).getByRole("list", { name: "Việc tháng này (2)" });
    const first = within(month()).getByRole("button", { name: "Đánh dấu xong: Tổ chức bình xét thi đua - khen thưởng đợt 1." });
    expect(first.textContent).toBe("Đánh dấu xong");
    first.focus();
    fireEvent.click(first);
    await settle();
    await settle();
    expect(commands.markTaskDone).toHaveBeenCalledWith("T04-01");
    expect(within(month()).getAllByRole("button").length).toBe(1);
    expect(within(month()).getAllByRole("listitem")[0]?.textContent).toBe("Tổ chức bình xét thi đua - khen thưởng đợt 1. Đã xong");
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Đánh dấu xong: Tổ chức phát động thi đua đợt 2/);

    fireEvent.click(document.activeElement as HTMLElement);
    await settle();
    await settle();
    expect(commands.markTaskDone).toHaveBeenLastCalledWith("T04-02");
    expect(within(month()).queryAllByRole("button")).toEqual([]);
    expect(document.activeElement?.textContent).toBe("Bước tiếp theo: Kiểm tra — Đợt 1");
  });

  it("takes an overdue task marked done off the overdue list and focuses the one after it", async () => {
    const commands = markingBook();
    renderPane(commands, { today: APRIL_2024 });
    await settle();
    fireEvent.click(within(today()).getByRole("button", { name: "Quá hạn, chưa hoàn thành (13)" }));
    const list = () => within(today()).getByRole("list", { name: /^Quá hạn, chưa hoàn thành/ });
    const kientoan = within(list()).getByRole("button", { name: "Đánh dấu xong: Kiện toàn Hội đồng thi đua khen thưởng." });
    kientoan.focus();
    fireEvent.click(kientoan);
    await settle();
    await settle();
    expect(commands.markTaskDone).toHaveBeenCalledWith("T01-02");
    expect(within(today()).getByRole("button", { name: "Quá hạn, chưa hoàn thành (12)" })).toBeTruthy();
    expect(within(list()).queryByText("Kiện toàn Hội đồng thi đua khen thưởng.")).toBeNull();
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Đánh dấu xong: Phân công nhiệm vụ cho cho các thành viên/);
  });

  it("says a refusal in words and leaves the task open to try again", async () => {
    const commands = markingBook();
    commands.markTaskDone.mockRejectedValueOnce(new AppError("TASK_NOT_FOUND", { id: "T04-01", sheet: "Kế hoạch" }));
    renderPane(commands, { today: APRIL_2024 });
    await settle();
    fireEvent.click(within(today()).getByRole("button", { name: "Đánh dấu xong: Tổ chức bình xét thi đua - khen thưởng đợt 1." }));
    await settle();
    expect(screen.getAllByText(/Không thấy việc có Mã T04-01 trên trang Kế hoạch/).length).toBeGreaterThan(0);
    // the task is still open and its button still there to try again
    expect(within(today()).getByRole("button", { name: "Đánh dấu xong: Tổ chức bình xét thi đua - khen thưởng đợt 1." })).toBeTruthy();
  });
});

describe("the round's state in Hôm nay", () => {
  it("shows registrations, judge sheets scored and the errors left once the round is checked", async () => {
    const commands = fakeCommands();
    commands.validateRound.mockResolvedValue(
      okResult({
        ok: false,
        findings: [finding({ sheet: "Chấm điểm Đ1 - Lan", cell: "D7" }), finding({ sheet: "Đăng ký", cell: "C4", severity: "warning" })],
        round: { units: 5, registered: 4, judgeSheets: 5, scored: 3 },
      }),
    );
    renderPane(commands, { today: APRIL_2024 });
    await settle();
    const state = () => within(today()).getByRole("list", { name: "Tình hình Đợt 1" });
    expect(within(state()).getAllByRole("listitem").map((l) => l.textContent)).toEqual(["Chưa kiểm tra trong phiên này."]);
    fireEvent.click(within(today()).getByRole("button", { name: /^Bước tiếp theo/ }));
    await settle();
    expect(commands.validateRound).toHaveBeenCalledWith("D1");
    expect(within(state()).getAllByRole("listitem").map((l) => l.textContent)).toEqual([
      "Đăng ký: 4/5 đơn vị đã đăng ký.",
      "Phiếu chấm: 3/5 thành viên Hội đồng đã chấm.",
      "Lần kiểm tra gần nhất: 1 lỗi, 1 cảnh báo.",
    ]);
  });
});

describe("the next step does what can be done", () => {
  it("lays out the real plan even when the Dữ liệu mẫu box is ticked: sample data is not a step of the work", async () => {
    const commands = fakeCommands({
      readPlan: jest.fn(async () => {
        throw new AppError("PLAN_SHEETS_MISSING", { sheets: "Đợt thi đua" });
      }),
    });
    renderPane(commands, { today: APRIL_2024 });
    await settle();
    fireEvent.click(screen.getByRole("checkbox", { name: "Dữ liệu mẫu" }));
    fireEvent.click(screen.getByRole("button", { name: "Bước tiếp theo: Tạo các trang kế hoạch" }));
    await settle();
    expect(commands.layoutPlan.mock.calls).toEqual([[{ sample: false }]]);
  });

  function unscoredRound(scored: number[]) {
    const commands = fakeCommands();
    for (const n of scored)
      commands.validateRound.mockResolvedValueOnce(
        okResult({ findings: [finding({ sheet: "Đăng ký", cell: "C4", severity: "warning" })], round: { units: 46, registered: 46, judgeSheets: 10, scored: n } }),
      );
    return commands;
  }
  const next = () => within(today()).getByRole("button", { name: /^Bước tiếp theo/ });
  const why = () => document.getElementById(next().getAttribute("aria-describedby")!)?.textContent;

  it("in the browser, after a clean check on sheets nobody scored, says to download, fill them outside and check again instead of Xếp hạng", async () => {
    const commands = unscoredRound([0, 3]);
    renderPane(commands, { today: FEBRUARY_2024, host: "browser" });
    await settle();
    fireEvent.click(next()); // Chuẩn bị trang
    await settle();
    fireEvent.click(next()); // Kiểm tra: clean, nobody scored
    await settle();
    expect(next().textContent).toBe("Bước tiếp theo: Kiểm tra — Đợt 1");
    expect(why()).toBe(
      "Chưa thành viên Hội đồng nào chấm nên chưa xếp hạng được. Bấm “Tải về”, điền các trang Chấm điểm trong Excel hoặc LibreOffice, rồi mở lại tệp tại đây và kiểm tra lại.",
    );
    expect(within(today()).getByText("Phiếu chấm: 0/10 thành viên Hội đồng đã chấm.")).toBeTruthy();

    fireEvent.click(next()); // the filled file is back: check again, now 3 of 10 scored
    await settle();
    expect(commands.validateRound).toHaveBeenCalledTimes(2);
    expect(commands.rankRound).not.toHaveBeenCalled();
    expect(next().textContent).toBe("Bước tiếp theo: Xếp hạng — Đợt 1");
    expect(screen.queryByRole("list", { name: "Để các thành viên Hội đồng chấm điểm" })).toBeNull();
  });

  it("inside Excel, the same case asks the thành viên Hội đồng to fill their sheets, with no download steps", async () => {
    const commands = unscoredRound([0]);
    renderPane(commands, { today: FEBRUARY_2024 });
    await settle();
    fireEvent.click(next());
    await settle();
    fireEvent.click(next());
    await settle();
    expect(next().textContent).toBe("Bước tiếp theo: Kiểm tra — Đợt 1");
    expect(why()).toBe(
      "Chưa thành viên Hội đồng nào chấm: chưa xếp hạng được. Các thành viên Hội đồng điền trang Chấm điểm của mình, rồi kiểm tra lại.",
    );
    expect(screen.queryByRole("list", { name: "Để các thành viên Hội đồng chấm điểm" })).toBeNull();
  });
});
