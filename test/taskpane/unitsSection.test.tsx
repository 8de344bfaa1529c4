/**
 * @jest-environment jsdom
 *
 * "Từ đơn vị" in the pane: the forms download as one .zip, the picked forms go to collect and its findings
 * show by file and cell, the picked ward workbooks and the period go to the khối report, which downloads.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { PickedFile } from "../../src/app/types";
import { fakeCommands, finding, okResult, renderPane } from "./fakes";

const downloads: { name: string; mime: string; size: number }[] = [];
jest.mock("../../src/taskpane/components/standalone/download", () => ({
  XLSX_MIME: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ZIP_MIME: "application/zip",
  saveBytes: (bytes: Uint8Array, name: string, _doc: Document, mime: string) =>
    downloads.push({ name, mime, size: bytes.length }),
}));

function xlsx(name: string, bytes: number[], lastModified: number): File {
  const file = new File(["x"], name, { lastModified });
  Object.defineProperty(file, "arrayBuffer", { value: async () => new Uint8Array(bytes).buffer });
  return file;
}

function openSection(): void {
  fireEvent.click(screen.getByRole("button", { name: "Từ đơn vị" }));
}

beforeEach(() => downloads.splice(0));

test("Tạo phiếu cho đơn vị downloads the round's forms as one zip and says where they went", async () => {
  const commands = fakeCommands();
  renderPane(commands);
  openSection();
  fireEvent.change(screen.getByRole("combobox", { name: "Phiếu cho đợt" }), { target: { value: "D2" } });
  fireEvent.click(screen.getByRole("button", { name: "Tạo phiếu cho từng đơn vị, tải về một tệp nén .zip" }));
  await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Đã xong: Tạo phiếu cho đơn vị/));
  expect(commands.unitForms).toHaveBeenCalledWith("D2");
  expect(downloads).toEqual([{ name: "phieu-don-vi-2024-NAM.zip", mime: "application/zip", size: 2 }]);
  expect(screen.getByText("Đã tải về phieu-don-vi-2024-NAM.zip: xem thư mục Tải về (Downloads) của trình duyệt.")).toBeTruthy();
});

test("Thu phiếu… sends the picked files to collect and lists its findings by file and cell", async () => {
  const commands = fakeCommands({
    collectForms: async () =>
      okResult({
        messages: [{ vi: "phieu-TDP01-2024.xlsx: thêm 2 dòng của TDP01 vào trang Cá nhân.", en: "added" }],
        findings: [
          finding({
            code: "PERSON_DISCIPLINE_UNKNOWN",
            sheet: "[phieu-TDP02-2024.xlsx]Thành viên",
            cell: "F2",
            message_vi: "Kỷ luật “Phê bình” không có trong danh sách",
          }),
        ],
      }),
  });
  renderPane(commands);
  openSection();
  const input = screen.getByLabelText("Chọn các phiếu đơn vị đã điền (.xlsx) để kiểm tra và gộp vào sổ", { selector: "input" });
  fireEvent.change(input, {
    target: { files: [xlsx("phieu-TDP01-2024.xlsx", [1, 2, 3], 0), xlsx("phieu-TDP02-2024.xlsx", [4], 0)] },
  });
  await waitFor(() => expect(commands.collectForms).toHaveBeenCalledTimes(1));
  const picked = commands.collectForms.mock.calls[0]![0] as PickedFile[];
  expect(picked.map((f) => [f.name, [...new Uint8Array(f.bytes)]])).toEqual([
    ["phieu-TDP01-2024.xlsx", [1, 2, 3]],
    ["phieu-TDP02-2024.xlsx", [4]],
  ]);
  await waitFor(() => expect(screen.getByText("phieu-TDP01-2024.xlsx: thêm 2 dòng của TDP01 vào trang Cá nhân.")).toBeTruthy());
  const list = screen.getByRole("list", { name: "[phieu-TDP02-2024.xlsx]Thành viên" });
  expect(within(list).getByText("Kỷ luật “Phê bình” không có trong danh sách")).toBeTruthy();
  expect(within(list).getByText("'[phieu-TDP02-2024.xlsx]Thành viên'!F2")).toBeTruthy();
  // A cell of a unit's file is not in the open workbook: choosing it selects nothing there.
  fireEvent.click(within(list).getByRole("button"));
  await act(async () => {
    await Promise.resolve();
  });
  expect(commands.selectCell).not.toHaveBeenCalled();
});

test("Tổng hợp khối… sends the ward files and the chosen period, and downloads the khối workbook", async () => {
  const commands = fakeCommands();
  renderPane(commands);
  openSection();
  fireEvent.change(screen.getByRole("combobox", { name: "Kỳ báo cáo khối" }), { target: { value: "9T" } });
  const input = screen.getByLabelText("Chọn sổ của các phường trong khối (.xlsx) để tổng hợp báo cáo khối của kỳ đã chọn", {
    selector: "input",
  });
  fireEvent.change(input, {
    target: { files: [xlsx("nam-cuong.xlsx", [7], Date.UTC(2024, 9, 2)), xlsx("bac-cuong.xlsx", [8], Date.UTC(2024, 9, 3))] },
  });
  await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Đã xong: Tổng hợp khối thi đua/));
  const [files, period] = commands.consolidateKhoi.mock.calls[0]!;
  expect(period).toBe("9T");
  expect(files.map((f) => [f.name, f.modified?.toISOString()])).toEqual([
    ["nam-cuong.xlsx", "2024-10-02T00:00:00.000Z"],
    ["bac-cuong.xlsx", "2024-10-03T00:00:00.000Z"],
  ]);
  expect(downloads).toEqual([
    { name: "tong-hop-khoi-2024-6T.xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", size: 2 },
  ]);
});
