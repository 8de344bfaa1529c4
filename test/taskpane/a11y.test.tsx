/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { AppError } from "../../src/shared/errors";
import { fakeCommands, finding, okResult, renderPane, renderStandalonePane } from "./fakes";

expect.extend(toHaveNoViolations);

describe("accessibility", () => {
  it("finds no axe violations in the pane with every section open, a result, an error and findings", async () => {
    const commands = fakeCommands({
      validateRound: jest.fn(async () =>
        okResult({
          ok: false,
          sheets: [{ sheet: "Kiểm tra Đ1", action: "created" }],
          messages: [{ vi: "Có 2 lỗi.", en: "2 errors." }],
          findings: [
            finding({ sheet: "Chấm điểm Đ1 - Lan", cell: "D7" }),
            finding({ sheet: "Đăng ký", cell: "", severity: "warning" }),
          ],
        }),
      ),
    });
    const { container, runner } = renderPane(commands);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await act(async () => {
      await Promise.resolve();
    });
    fireEvent.click(screen.getByRole("button", { name: /^Tổng hợp$/ }));
    act(() => runner.fail(new Error("boom")));

    expect(screen.getAllByRole("listitem").length).toBeGreaterThan(2);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("finds no axe violations while a command runs with progress, in English", async () => {
    const commands = fakeCommands();
    const { container, runner } = renderPane(commands, { initialLang: "en" });
    commands.layoutPlan.mockImplementation(() => {
      runner.report(1, 4, "Writing");
      return new Promise(() => undefined);
    });
    fireEvent.click(screen.getByRole("button", { name: "Lay out the plan" }));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("finds no axe violations in the browser host's file bar and sheet preview (someone else's workbook, then the plan laid out)", async () => {
    const own = ExcelJsWorkbook.create();
    own.book.addWorksheet("Ghi chép").addRow(["Ngày", "Việc", "Số người"]);
    const bytes = await own.toBuffer();
    const { container, runner, session } = renderStandalonePane();
    // what FileBar's file input does with the chosen file
    await act(async () => {
      await runner.run({ vi: "Mở tệp", en: "Open" }, () =>
        session.open({ arrayBuffer: async () => bytes.slice().buffer } as unknown as Blob, "ghi-chep.xlsx"),
      );
    });
    await screen.findByText(/Sổ tính này chưa có trang nào của tiện ích TĐKT/);
    await screen.findByRole("region", { name: "Nội dung trang “Ghi chép” (chỉ xem)" });
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(screen.getByRole("button", { name: "Tạo các trang kế hoạch" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Đã xong: Tạo các trang kế hoạch/), {
      timeout: 30_000,
    });
    const grid = await screen.findByRole("region", { name: "Nội dung trang “Kế hoạch” (chỉ xem)" });
    expect(within(grid).getAllByRole("columnheader").length).toBeGreaterThan(3);
    expect(await axe(container)).toHaveNoViolations();
  }, 60_000);

  it("finds no axe violations in “Hôm nay” on an empty workbook, its commands off with the reason", async () => {
    const commands = fakeCommands({
      readPlan: jest.fn(async () => {
        throw new AppError("PLAN_SHEETS_MISSING", { sheets: "Đợt thi đua" });
      }),
    });
    const { container } = renderPane(commands, { today: new Date(Date.UTC(2024, 3, 15)) });
    await screen.findByText(/Sổ tính chưa có kế hoạch/);
    fireEvent.click(screen.getByRole("button", { name: /^Tổng hợp$/ }));
    expect(await axe(container)).toHaveNoViolations();
  });

  it("finds no axe violations in “Hôm nay” with the plan's tasks, the overdue ones open and the browser's steps", async () => {
    const { container } = renderPane(fakeCommands(), { today: new Date(Date.UTC(2024, 1, 10)), host: "browser" });
    // on a machine busy with other tests the plan can take more than findBy's default second to read
    const wait = { timeout: 15_000 };
    fireEvent.click(await screen.findByRole("button", { name: "Bước tiếp theo: Chuẩn bị trang — Đợt 1" }, wait));
    await screen.findByRole("list", { name: "Để các thành viên Hội đồng chấm điểm" }, wait);
    const overdue = screen.queryByRole("button", { name: /^Quá hạn/ });
    if (overdue) fireEvent.click(overdue);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("finds no axe violations in 505 findings grouped by sheet, one group open, filtered to warnings", async () => {
    const many = Array.from({ length: 505 }, (_, i) =>
      finding({ sheet: `Chấm điểm Đ1 - ${["Lan", "Hạnh", "Thanh"][i % 3]}`, cell: `D${7 + i}`, severity: "warning" }),
    );
    const { container } = renderPane(fakeCommands({ validateRound: jest.fn(async () => okResult({ findings: many })) }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    fireEvent.click(await screen.findByRole("button", { name: "Chấm điểm Đ1 - Hạnh: 0 lỗi, 168 cảnh báo" }));
    fireEvent.click(screen.getByRole("radio", { name: "Cảnh báo (505)" }));
    expect(await axe(container)).toHaveNoViolations();
  }, 90_000);
});
