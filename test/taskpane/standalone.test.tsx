/**
 * @jest-environment jsdom
 *
 * The browser host's file bar and preview in jsdom, on a real session (exceljs in memory): starting a new
 * workbook closes the open one only after the clerk confirms, and the preview follows.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderStandalonePane } from "./fakes";

jest.setTimeout(60_000);

async function layOutPlan() {
  // "Lập kế hoạch" opens once the pane has read that the workbook has no plan
  fireEvent.click(await screen.findByRole("button", { name: "Tạo các trang kế hoạch" }));
  await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Đã xong: Tạo các trang kế hoạch/), {
    timeout: 30_000,
  });
}

describe("start a new workbook", () => {
  it("is offered only once the workbook has sheets, asks first, and then leaves an empty workbook", async () => {
    const { session } = renderStandalonePane();
    const newButton = () => screen.getByRole("button", { name: "Bỏ sổ tính đang mở và bắt đầu sổ tính mới" });
    expect((newButton() as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Sổ tính chưa có trang nào.")).toBeTruthy();

    await layOutPlan();
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Trang" })).toBeTruthy());
    expect((screen.getByRole("combobox", { name: "Trang" }) as HTMLSelectElement).value).toBe("Kế hoạch");
    const made = session.getState().sheets.length;
    expect(made).toBeGreaterThan(3);
    expect(screen.getByText(`· ${made} trang`)).toBeTruthy();

    // cancelling keeps everything. (In jsdom, Tabster's modalizer marks the open dialog itself aria-hidden, as it
    // cannot tell which layer is on top without layout; the e2e finds the dialog by role in Chromium.)
    fireEvent.click(newButton());
    const ask = await screen.findByRole("dialog", { name: "Bắt đầu sổ tính mới?", hidden: true });
    expect(ask.textContent).toContain("Sổ tính mới (chưa lưu)");
    fireEvent.click(within(ask).getByRole("button", { name: "Hủy", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expect(session.getState().sheets.length).toBe(made);

    fireEvent.click(newButton());
    const sure = await screen.findByRole("dialog", { name: "Bắt đầu sổ tính mới?", hidden: true });
    fireEvent.click(within(sure).getByRole("button", { name: "Bắt đầu sổ tính mới", hidden: true }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Đã xong: Tạo sổ tính mới/));
    expect(screen.getByText("Đã bắt đầu một sổ tính mới, chưa có trang nào.")).toBeTruthy();
    expect(session.getState().sheets).toEqual([]);
    expect(screen.getByText("· 0 trang")).toBeTruthy();
    await waitFor(() => expect(screen.getByText("Sổ tính chưa có trang nào.")).toBeTruthy());
    expect(screen.queryByRole("combobox", { name: "Trang" })).toBeNull();
    expect((screen.getByRole("button", { name: /^Tải sổ tính về máy/ }) as HTMLButtonElement).disabled).toBe(true);

    // and the new workbook takes the plan again
    await layOutPlan();
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Trang" }) as HTMLSelectElement).value).toBe("Kế hoạch"));
    expect(session.getState().sheets.length).toBe(made);
  });
});

describe("the browser's file bar and preview", () => {
  it("asks before a new workbook with the safe choices first, offers “Tải về trước”, and then names the downloaded file", async () => {
    const created = jest.fn(() => "blob:tdkt");
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    renderStandalonePane();
    await layOutPlan();
    expect(screen.getByText("Sổ tính mới (chưa lưu)")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Bỏ sổ tính đang mở và bắt đầu sổ tính mới" }));
    const ask = await screen.findByRole("dialog", { name: "Bắt đầu sổ tính mới?", hidden: true });
    const choices = within(ask)
      .getAllByRole("button", { hidden: true })
      .map((b) => b.textContent);
    expect(choices).toEqual(["Tải về trước", "Hủy", "Bắt đầu sổ tính mới"]);
    fireEvent.click(within(ask).getByRole("button", { name: "Tải về trước", hidden: true }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Đã xong: Tải về tdkt.xlsx/), {
      timeout: 30_000,
    });
    expect(created).toHaveBeenCalledTimes(1);
    // still asking: the clerk chooses what to do now the file is safe
    expect(document.querySelector("[role=dialog]")?.textContent).toContain("Bắt đầu sổ tính mới?");
    expect(screen.getByText("tdkt.xlsx")).toBeTruthy();
    expect(screen.queryByText("Sổ tính mới (chưa lưu)")).toBeNull();
  });

  it("keeps a score sheet's frozen columns (the unit's code and name) in view when a finding's cell is shown", async () => {
    Element.prototype.scrollIntoView = jest.fn();
    const { session } = renderStandalonePane();
    await session.commands.layoutPlan({ sample: true });
    const prepared = await session.commands.prepareRound("D1");
    const judge = prepared.sheets.find((s) => s.sheet.startsWith("Chấm điểm Đ1 - "))!.sheet;
    await session.commands.selectCell(judge, "F12");
    await waitFor(() => expect(document.querySelector('[data-cell="F12"][data-selected]')).toBeTruthy(), { timeout: 30_000 });
    const frozen = Array.from(document.querySelectorAll('tr td[data-cell$="12"][data-frozen]')).map((c) =>
      c.getAttribute("data-cell"),
    );
    expect(frozen).toEqual(["A12", "B12"]);
    expect(document.querySelector('[data-cell="C12"]')!.hasAttribute("data-frozen")).toBe(false);
  });
});
