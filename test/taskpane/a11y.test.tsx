/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
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
    await screen.findByText(/Sổ tính này chưa có trang nào của add-in/);
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
});
