/**
 * @jest-environment jsdom
 *
 * "Lập sổ năm mới" in the pane: the button runs the app command with the picked plan document; in the browser
 * host the new workbook becomes the open one, after last year's is downloaded if a command changed it since.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { fakeCommands, renderPane, renderStandalonePane } from "./fakes";

const downloads: { name: string; size: number }[] = [];
jest.mock("../../src/taskpane/components/standalone/download", () => ({
  XLSX_MIME: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  // the browser host hands over a Blob made where the workbook is (the worker)
  saveBytes: (file: Uint8Array | Blob, name: string) =>
    downloads.push({ name, size: file instanceof Uint8Array ? file.length : file.size }),
}));

jest.setTimeout(60_000);

/** The plan section folds once the workbook has a plan ("Hôm nay" leads): the clerk opens it to find the button. */
function openPlanSection(): void {
  const section = screen.getByRole("button", { name: "Lập kế hoạch" });
  if (section.getAttribute("aria-expanded") !== "true") fireEvent.click(section);
}

function newYearButton(): HTMLElement {
  openPlanSection();
  return screen.getByRole("button", { name: "Lập sổ năm mới…" });
}

test("the button runs newYear, with no document, then with the document picked", async () => {
  const commands = fakeCommands();
  renderPane(commands);
  fireEvent.click(newYearButton());
  await act(async () => {
    await Promise.resolve();
  });
  expect(commands.newYear).toHaveBeenLastCalledWith({});

  openPlanSection();
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File(["KẾ HOẠCH"], "ke-hoach-2025.txt", { type: "text/plain" });
  Object.defineProperty(file, "arrayBuffer", { value: async () => new Uint8Array([75, 69]).buffer });
  fireEvent.change(input, { target: { files: [file] } });
  await waitFor(() => expect(screen.getByText(/ke-hoach-2025\.txt/)).toBeTruthy());
  fireEvent.click(newYearButton());
  await waitFor(() => expect(commands.newYear).toHaveBeenCalledTimes(2));
  expect(commands.newYear.mock.calls[1]![0].document?.name).toBe("ke-hoach-2025.txt");
});

test("in the browser the 2025 workbook becomes the open one; the changed 2024 one is downloaded first, once", async () => {
  const { session } = renderStandalonePane();
  fireEvent.click(screen.getByRole("checkbox", { name: "Dữ liệu mẫu" }));
  fireEvent.click(screen.getByRole("button", { name: "Tạo các trang kế hoạch" }));
  await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Đã xong: Tạo các trang kế hoạch/), {
    timeout: 30_000,
  });
  expect(session.getState().fileName).toBe("tdkt.xlsx");

  fireEvent.click(newYearButton());
  await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Đã xong: Lập sổ năm mới/), { timeout: 30_000 });
  expect(downloads.map((d) => d.name)).toEqual(["tdkt.xlsx"]);
  expect(downloads[0]!.size).toBeGreaterThan(10_000);
  expect(session.getState().fileName).toBe("tdkt-2025.xlsx");
  expect(session.getState().sheets.map((s) => s.name)).toContain("Năm trước");
  expect(screen.getByText("Sổ năm trước có thay đổi chưa tải về: đã tải về “tdkt.xlsx” trước khi mở sổ năm mới.")).toBeTruthy();
  expect(screen.getByText("Sổ năm mới “tdkt-2025.xlsx” là sổ đang mở; bấm Tải về để lưu.")).toBeTruthy();
  expect((await session.commands.readPlan()).year).toBe(2025);

  // Downloaded, the 2025 workbook is not downloaded again before the 2026 one replaces it.
  await session.toBuffer();
  fireEvent.click(newYearButton());
  await waitFor(() => expect(session.getState().fileName).toBe("tdkt-2026.xlsx"), { timeout: 30_000 });
  expect(downloads.map((d) => d.name)).toEqual(["tdkt.xlsx"]);
});
