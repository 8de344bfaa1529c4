/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { fakeCommands, finding, okResult, renderPane } from "./fakes";

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
});
