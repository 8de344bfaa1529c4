/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { AppError } from "../../src/shared/errors";
import { registerCatalog } from "../../src/i18n";
import { ROUND_CODES } from "../../src/domain/types";
import { deferred, fakeCommands, finding, okResult, renderPane } from "./fakes";
import type { CommandResult } from "../../src/app/types";

/** A workbook without a plan: "Lập kế hoạch" stays open (it folds once the workbook has a plan). */
function emptyBook(overrides: Parameters<typeof fakeCommands>[0] = {}) {
  return fakeCommands({
    readPlan: jest.fn(async () => {
      throw new AppError("PLAN_SHEETS_MISSING", { sheets: "Đợt thi đua" });
    }),
    ...overrides,
  });
}

function button(name: string | RegExp) {
  return screen.getByRole("button", { name });
}

async function settle() {
  // Lets the runner's promise chain finish and React re-render.
  await act(async () => {
    await Promise.resolve();
  });
}

function openSection(name: RegExp) {
  const header = screen.getByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
}

describe("plan section", () => {
  it("lays out the plan without sample data by default, and with it when the box is ticked", async () => {
    const commands = emptyBook();
    renderPane(commands);
    fireEvent.click(button("Tạo các trang kế hoạch"));
    await settle();
    expect(commands.layoutPlan).toHaveBeenLastCalledWith({ sample: false });

    fireEvent.click(screen.getByRole("checkbox", { name: "Dữ liệu mẫu" }));
    fireEvent.click(button("Tạo các trang kế hoạch"));
    await settle();
    expect(commands.layoutPlan).toHaveBeenLastCalledWith({ sample: true });
    expect(commands.layoutPlan).toHaveBeenCalledTimes(2);
  });

  it("shows what the command created, kept and renamed, each sheet a link that selects its A1", async () => {
    const result = okResult({
      sheets: [
        { sheet: "Kế hoạch", action: "created" },
        { sheet: "Đơn vị", action: "kept" },
        { sheet: "Tiêu chí (2)", action: "renamed", from: "Tiêu chí" },
      ],
      messages: [{ vi: "Đã tạo trang “Kế hoạch”.", en: "Created sheet “Kế hoạch”." }],
    });
    const commands = fakeCommands({ layoutPlan: jest.fn(async () => result) });
    renderPane(commands);
    fireEvent.click(button("Tạo các trang kế hoạch"));
    await settle();

    // each sheet is announced once, in the list, not again as a sentence above it
    expect(screen.queryByText("Đã tạo trang “Kế hoạch”.")).toBeNull();
    const sheets = screen.getByRole("list", { name: "Các trang" });
    expect(within(sheets).getAllByRole("listitem")[0].textContent).toBe("Kế hoạch (Tạo mới)");
    expect(within(sheets).getByText(/Tạo mới/)).toBeTruthy();
    expect(within(sheets).getByText(/Giữ nguyên/)).toBeTruthy();
    expect(within(sheets).getByText(/thay cho “Tiêu chí”/)).toBeTruthy();

    fireEvent.click(button("Mở trang “Tiêu chí (2)”"));
    expect(commands.selectCell).toHaveBeenCalledWith("Tiêu chí (2)", "A1");
  });

  it("shows the first lines of a long result and the rest on request; a screen reader hears all of them", async () => {
    const judges = ["Lan", "Hạnh", "Thanh", "Việt", "Nam", "Chiến", "Cường", "Toàn"];
    const result = okResult({
      sheets: judges.map((j) => ({ sheet: `Chấm điểm Đ1 - ${j}`, action: "created" as const })),
      messages: judges.slice(0, 6).map((j) => ({ vi: `Phiếu của ${j}: 12 đơn vị.`, en: `${j}'s sheet: 12 units.` })),
    });
    const commands = fakeCommands({ prepareRound: jest.fn(async () => result) });
    renderPane(commands);
    fireEvent.click(button("Chuẩn bị trang"));
    await settle();

    const links = () => within(screen.getByRole("list", { name: "Các trang" })).getAllByRole("button");
    expect(links()).toHaveLength(5);
    expect(screen.getByText("Phiếu của Thanh: 12 đơn vị.")).toBeTruthy();
    expect(screen.queryByText("Phiếu của Việt: 12 đơn vị.")).toBeNull();
    // 3 messages and 3 sheets folded away
    const more = button("Xem thêm 6 dòng");
    expect(more.getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByRole("status").textContent).toContain("Phiếu của Chiến: 12 đơn vị.");

    fireEvent.click(more);
    expect(links()).toHaveLength(8);
    expect(screen.getByText("Phiếu của Chiến: 12 đơn vị.")).toBeTruthy();
    expect(button("Thu gọn").getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(button("Mở trang “Chấm điểm Đ1 - Toàn”"));
    expect(commands.selectCell).toHaveBeenCalledWith("Chấm điểm Đ1 - Toàn", "A1");

    fireEvent.click(button("Thu gọn"));
    expect(links()).toHaveLength(5);
  });

  it("does not fold a result that is only a line or two too long", async () => {
    const result = okResult({
      sheets: [
        { sheet: "Xếp hạng Đ1", action: "created" },
        { sheet: "Tiến độ chấm Đ1", action: "created" },
      ],
      messages: ["Đã xếp hạng Đợt 1.", "Kết quả TẠM TÍNH.", "Đã tạo trang “Xếp hạng Đ1”.", "Đã tạo trang “Tiến độ chấm Đ1”."].map(
        (vi) => ({ vi, en: vi }),
      ),
    });
    renderPane(fakeCommands({ rankRound: jest.fn(async () => result) }));
    fireEvent.click(button("Xếp hạng"));
    await settle();
    expect(screen.getByText("Kết quả TẠM TÍNH.")).toBeTruthy();
    expect(screen.queryByText("Đã tạo trang “Tiến độ chấm Đ1”.")).toBeNull();
    expect(screen.queryByRole("button", { name: /^Xem thêm/ })).toBeNull();
  });
});

describe("round section", () => {
  it("runs prepare, validate and rank on the chosen round", async () => {
    const commands = fakeCommands();
    renderPane(commands);
    fireEvent.change(screen.getByRole("combobox", { name: "Chọn đợt" }), { target: { value: "D2" } });

    fireEvent.click(button("Chuẩn bị trang"));
    await settle();
    fireEvent.click(button("Kiểm tra"));
    await settle();
    fireEvent.click(button("Xếp hạng"));
    await settle();

    expect(commands.prepareRound).toHaveBeenCalledWith("D2");
    expect(commands.validateRound).toHaveBeenCalledWith("D2");
    expect(commands.rankRound).toHaveBeenCalledWith("D2", { provisional: false });
  });

  it("offers every round by its Vietnamese name and ranks provisionally when asked", async () => {
    const commands = fakeCommands();
    renderPane(commands);
    const select = screen.getByRole("combobox", { name: "Chọn đợt" });
    const options = within(select)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["Đợt 1", "Đợt 2", "Đợt 3", "Đợt đặc biệt", "Đợt cả năm"]);

    fireEvent.change(select, { target: { value: "DB" } });
    fireEvent.click(screen.getByRole("checkbox", { name: /Tạm tính/ }));
    fireEvent.click(button("Xếp hạng"));
    await settle();
    expect(commands.rankRound).toHaveBeenCalledWith("DB", { provisional: true });
  });
});

describe("summaries section", () => {
  it("has one button per round, per period, and for all", async () => {
    const commands = fakeCommands();
    renderPane(commands);
    openSection(/^Tổng hợp$/);

    for (const [label] of [["Tổng hợp Đợt 1"], ["Tổng hợp Đợt đặc biệt"], ["Tổng hợp kỳ Quý I"], ["Tổng hợp kỳ 9 tháng"]]) {
      fireEvent.click(button(label));
      await settle();
    }
    fireEvent.click(button("Tổng hợp tất cả các đợt và kỳ"));
    await settle();

    expect(commands.summarize.mock.calls.map((c) => c[0])).toEqual([
      { round: "D1" },
      { round: "DB" },
      { period: "Q1" },
      { period: "9T" },
      { all: true },
    ]);
    expect(screen.getAllByRole("button", { name: /^Tổng hợp Đợt|^Tổng hợp Năm$/ })).toHaveLength(ROUND_CODES.length);
    expect(screen.getAllByRole("button", { name: /^Tổng hợp kỳ/ })).toHaveLength(4);
  });
});

describe("progress and busy state", () => {
  it("shows a determinate bar with the reported step and disables every button until the command ends", async () => {
    const done = deferred<CommandResult>();
    const commands = emptyBook();
    const { runner } = renderPane(commands);
    commands.layoutPlan.mockImplementation(() => {
      runner.report(3, 8, "Đang ghi trang “Kế hoạch”");
      return done.promise;
    });

    const ran = button("Tạo các trang kế hoạch");
    ran.focus();
    fireEvent.click(ran);
    const bar = screen.getByRole("progressbar");
    // 3 of 8 is shown as a percentage (rounded down: 100% only when it is done)
    expect(bar.getAttribute("aria-valuenow")).toBe("37");
    expect(bar.getAttribute("aria-valuemax")).toBe("100");
    expect(screen.getByText("37% — Đang ghi trang “Kế hoạch”")).toBeTruthy();
    // off for the pointer and for Enter, yet focusable: the button that ran keeps the keyboard focus
    expect(button("Kiểm tra").getAttribute("aria-disabled")).toBe("true");
    expect(button("Tạo các trang kế hoạch").getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(ran);

    act(() => runner.report(7, 8, "Đang ghi trang “Đơn vị”"));
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("87");

    await act(async () => done.resolve(okResult()));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(button("Tạo các trang kế hoạch").getAttribute("aria-disabled")).toBeNull();
    expect(document.activeElement).toBe(ran);
  });

  it("names the task, translates a step that is a catalog code and shows any other step as it is", async () => {
    // a code of this test's own: the pane must not depend on which codes the commands happen to send
    registerCatalog({ TEST_PANE_PROGRESS_READ: { vi: "Đọc dữ liệu đợt", en: "Reading the round" } });
    const done = deferred<CommandResult>();
    const commands = fakeCommands({ summarize: jest.fn(() => done.promise) });
    const { runner } = renderPane(commands);
    openSection(/^Tổng hợp$/);
    fireEvent.click(button("Tổng hợp Đợt 1"));
    expect(screen.getByText("Đang thực hiện: Tổng hợp — Đợt 1", { selector: "label" })).toBeTruthy();

    act(() => runner.report(0, 3, "TEST_PANE_PROGRESS_READ"));
    expect(screen.getByText("0% — Đọc dữ liệu đợt")).toBeTruthy();
    expect(screen.queryByText(/TEST_PANE_PROGRESS_READ/)).toBeNull();
    fireEvent.click(button("Chuyển sang tiếng Anh"));
    expect(screen.getByText("0% — Reading the round")).toBeTruthy();
    expect(screen.getByText("Working: Summaries — Round 1", { selector: "label" })).toBeTruthy();

    // a sheet name is not a code: shown untranslated, in either language
    act(() => runner.report(1, 3, "Tổng hợp Đợt 1"));
    expect(screen.getByText("33% — Tổng hợp Đợt 1")).toBeTruthy();
    // a step with no text still shows how far it is
    act(() => runner.report(2, 3, ""));
    expect(screen.getByText("66%")).toBeTruthy();
    await act(async () => done.resolve(okResult()));
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("keeps the bar from going back when a command switches from steps to bytes written", async () => {
    const done = deferred<CommandResult>();
    const commands = fakeCommands({ summarize: jest.fn(() => done.promise) });
    const { runner } = renderPane(commands);
    openSection(/^Tổng hợp$/);
    fireEvent.click(button("Tổng hợp tất cả các đợt và kỳ"));
    const now = () => screen.getByRole("progressbar").getAttribute("aria-valuenow");

    act(() => runner.report(2, 3, "write"));
    expect(now()).toBe("66");
    // the office adapter then counts bytes of its own total: 1 MB of 4 MB is not a step back to 25%
    act(() => runner.report(1_000_000, 4_000_000, "Tổng hợp Quý I"));
    expect(now()).toBe("66");
    expect(screen.getByText("66% — Tổng hợp Quý I")).toBeTruthy();
    act(() => runner.report(3_600_000, 4_000_000, "Tổng hợp Quý I"));
    expect(now()).toBe("90");
    expect(screen.queryByText(/3600000|4000000|\d+ \/ \d+/)).toBeNull();
    act(() => runner.report(3, 3, "done"));
    expect(now()).toBe("100");
    await act(async () => done.resolve(okResult()));

    // the next command starts again from nothing
    const next = deferred<CommandResult>();
    commands.summarize.mockImplementation(() => next.promise);
    fireEvent.click(button("Tổng hợp tất cả các đợt và kỳ"));
    act(() => runner.report(1, 4, "Kế hoạch"));
    expect(now()).toBe("25");
    await act(async () => next.resolve(okResult()));
  });

  it("ignores a second command while one runs", async () => {
    const done = deferred<CommandResult>();
    const commands = fakeCommands({ validateRound: jest.fn(() => done.promise) });
    const { runner } = renderPane(commands);
    fireEvent.click(button("Kiểm tra"));
    await runner.run({ vi: "x", en: "x" }, commands.prepareRound.bind(null, "D1"));
    expect(commands.prepareRound).not.toHaveBeenCalled();
    await act(async () => done.resolve(okResult()));
  });
});

describe("findings", () => {
  const findings = [
    finding({ sheet: "Chấm điểm Đ1 - Lan", cell: "D7", severity: "error" }),
    finding({
      sheet: "Đăng ký",
      cell: "C4",
      severity: "warning",
      message_vi: "Số “8,5” nhập dạng chữ",
      message_en: "Number “8,5” typed as text",
    }),
  ];

  async function validateWithFindings() {
    const commands = fakeCommands({ validateRound: jest.fn(async () => okResult({ ok: false, findings })) });
    renderPane(commands);
    fireEvent.click(button("Kiểm tra"));
    await settle();
    return commands;
  }

  it("groups the findings by sheet, errors first; an error group is open, a warning group opens on demand", async () => {
    await validateWithFindings();
    const list = screen.getByRole("list", { name: "Danh sách phát hiện" });
    const heads = within(list)
      .getAllByRole("button")
      .filter((b) => b.hasAttribute("aria-expanded"));
    expect(heads.map((h) => h.textContent)).toEqual(["Chấm điểm Đ1 - Lan: 1 lỗi, 0 cảnh báo", "Đăng ký: 0 lỗi, 1 cảnh báo"]);
    expect(heads.map((h) => h.getAttribute("aria-expanded"))).toEqual(["true", "false"]);
    const lan = screen.getByRole("list", { name: "Chấm điểm Đ1 - Lan" });
    expect(within(lan).getByText("Điểm vượt mức tối đa")).toBeTruthy();
    expect(within(lan).getByText("'Chấm điểm Đ1 - Lan'!D7")).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Đăng ký" })).toBeNull();
    fireEvent.click(heads[1]);
    const reg = screen.getByRole("list", { name: "Đăng ký" });
    expect(within(reg).getByRole("button").getAttribute("aria-label")).toMatch(/^Cảnh báo: Số “8,5” nhập dạng chữ/);
    expect(screen.getByRole("button", { name: "Kết quả kiểm tra (2)" })).toBeTruthy();
  });

  it("selects the finding's cell on click and on Enter", async () => {
    const commands = await validateWithFindings();
    fireEvent.click(screen.getByRole("button", { name: "Đăng ký: 0 lỗi, 1 cảnh báo" }));
    fireEvent.click(screen.getByRole("button", { name: /^Lỗi: Điểm vượt mức tối đa/ }));
    expect(commands.selectCell).toHaveBeenLastCalledWith("Chấm điểm Đ1 - Lan", "D7");
    fireEvent.keyDown(screen.getByRole("button", { name: /^Cảnh báo: Số “8,5”/ }), { key: "Enter" });
    expect(commands.selectCell).toHaveBeenLastCalledWith("Đăng ký", "C4");
    expect(commands.selectCell).toHaveBeenCalledTimes(2);
  });

  it("shows an error when the cell cannot be selected", async () => {
    const commands = await validateWithFindings();
    commands.selectCell.mockRejectedValueOnce(new Error("sheet gone"));
    fireEvent.click(screen.getByRole("button", { name: /^Lỗi: Điểm vượt mức tối đa/ }));
    await settle();
    expect(screen.getByText("Lỗi không mong đợi: sheet gone")).toBeTruthy();
  });

  it("keeps 505 warnings to one line per sheet, and filters by severity", async () => {
    const many = [
      ...Array.from({ length: 300 }, (_, i) => finding({ sheet: "Chấm điểm Đ1 - Lan", cell: `D${i + 7}`, severity: "warning" })),
      ...Array.from({ length: 205 }, (_, i) => finding({ sheet: "Chấm điểm Đ1 - Hạnh", cell: `D${i + 7}`, severity: "warning" })),
    ];
    renderPane(fakeCommands({ validateRound: jest.fn(async () => okResult({ ok: true, findings: many })) }));
    fireEvent.click(button("Kiểm tra"));
    await settle();
    const list = screen.getByRole("list", { name: "Danh sách phát hiện" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Chấm điểm Đ1 - Lan: 0 lỗi, 300 cảnh báo", "Chấm điểm Đ1 - Hạnh: 0 lỗi, 205 cảnh báo"]);
    fireEvent.click(screen.getByRole("radio", { name: "Lỗi (0)" }));
    expect(within(list).queryAllByRole("button")).toHaveLength(0);
    fireEvent.click(screen.getByRole("radio", { name: "Cảnh báo (505)" }));
    expect(within(list).getAllByRole("button")).toHaveLength(2);
  });

  it("keeps the list while a command that does not check runs, and says so", async () => {
    await validateWithFindings();
    openSection(/^Tổng hợp$/);
    fireEvent.click(button("Tổng hợp Đợt 1"));
    await settle();
    expect(screen.getByRole("button", { name: "Kết quả kiểm tra (2)" })).toBeTruthy();
    expect(screen.getByText("Của lần: Kiểm tra — Đợt 1. Lệnh vừa chạy không kiểm tra nên danh sách giữ nguyên.")).toBeTruthy();
  });

  it("titles a refused command without findings “Không thực hiện được”, not “Chưa xong”, with no double colon", async () => {
    renderPane(
      fakeCommands({
        rankRound: jest.fn(async () => okResult({ ok: false, messages: [{ vi: "Chưa có phiếu.", en: "No sheets." }] })),
      }),
    );
    fireEvent.click(button("Xếp hạng"));
    await settle();
    expect(screen.getByText("Không thực hiện được: Xếp hạng — Đợt 1")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("Không thực hiện được: Xếp hạng — Đợt 1. Chưa có phiếu.");
    expect(screen.queryByText(/Chưa xong/)).toBeNull();
  });
});

describe("errors", () => {
  it("shows an AppError in Vietnamese with the English beside it", async () => {
    const commands = fakeCommands({
      summarize: jest.fn(async () => {
        throw new AppError("UNKNOWN_PERIOD", { value: "Q5" });
      }),
    });
    renderPane(commands);
    openSection(/^Tổng hợp$/);
    fireEvent.click(button("Tổng hợp kỳ Quý I"));
    await settle();
    expect(screen.getByText(/Không rõ kỳ báo cáo “Q5”/, { selector: "span" })).toBeTruthy();
    expect(screen.getByText(/Unknown period “Q5”/, { selector: "span" })).toBeTruthy();
    // and the live region says it too, for a screen reader
    expect(screen.getByRole("status").textContent).toMatch(/Không rõ kỳ báo cáo “Q5”/);
  });

  it("shows an unexpected error with its own text, and clears it when dismissed", async () => {
    const commands = fakeCommands({ prepareRound: jest.fn(() => Promise.reject(new Error("RichApi.Error: boom"))) });
    renderPane(commands);
    fireEvent.click(button("Chuẩn bị trang"));
    await settle();
    expect(screen.getByText("Lỗi không mong đợi: RichApi.Error: boom")).toBeTruthy();
    fireEvent.click(button("Đóng thông báo"));
    expect(screen.queryByText(/RichApi.Error: boom/)).toBeNull();
  });
});

describe("language", () => {
  it("switches every label and the findings to English and back", async () => {
    const commands = fakeCommands({
      validateRound: jest.fn(async () => okResult({ findings: [finding({ sheet: "Đăng ký", cell: "B2" })] })),
    });
    renderPane(commands);
    fireEvent.click(button("Kiểm tra"));
    await settle();
    // the workbook has a plan, so "Lập kế hoạch" has folded: opened to see its button
    openSection(/^Lập kế hoạch$/);

    fireEvent.click(button("Chuyển sang tiếng Anh"));
    expect(button("Lay out the plan")).toBeTruthy();
    expect(button("Validate")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Choose a round" })).toBeTruthy();
    expect(screen.getByText("Score above the maximum")).toBeTruthy();
    expect(screen.queryByText("Điểm vượt mức tối đa")).toBeNull();

    fireEvent.click(button("Switch to Vietnamese"));
    expect(button("Tạo các trang kế hoạch")).toBeTruthy();
  });

  it("shows the host notice in the current language", () => {
    renderPane(fakeCommands(), { notice: { vi: "Đang chạy ngoài Excel", en: "Running outside Excel" } });
    expect(screen.getByText("Đang chạy ngoài Excel")).toBeTruthy();
    fireEvent.click(button("Chuyển sang tiếng Anh"));
    expect(screen.getByText("Running outside Excel")).toBeTruthy();
  });
});

describe("ribbon results", () => {
  it("shows a result that the ribbon button produced through the shared runner", async () => {
    const { runner } = renderPane(fakeCommands());
    await act(async () => {
      await runner.run({ vi: "Tổng hợp — Quý I", en: "Summaries — Quarter I" }, async () =>
        okResult({ sheets: [{ sheet: "Tổng hợp Quý I", action: "created" }] }),
      );
    });
    await waitFor(() => expect(button("Mở trang “Tổng hợp Quý I”")).toBeTruthy());
  });
});
