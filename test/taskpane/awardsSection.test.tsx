/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { fakeCommands, renderPane } from "./fakes";

async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

describe("Bình xét cuối năm section", () => {
  it("makes the ballots, then the review and papers, through the awards command", async () => {
    const commands = fakeCommands();
    renderPane(commands);
    fireEvent.click(screen.getByRole("button", { name: "Bình xét cuối năm" }));
    fireEvent.click(screen.getByRole("button", { name: "Lập phiếu bầu cho từng thành viên Hội đồng và trang Kiểm phiếu" }));
    await settle();
    expect(commands.awards).toHaveBeenLastCalledWith({ ballots: true });
    fireEvent.click(
      screen.getByRole("button", {
        name: "Bình xét danh hiệu cá nhân năm, lập Bình xét năm, biên bản, tờ trình và dự thảo quyết định",
      }),
    );
    await settle();
    expect(commands.awards).toHaveBeenLastCalledWith({ ballots: false });
    expect(commands.awards).toHaveBeenCalledTimes(2);
  });
});
