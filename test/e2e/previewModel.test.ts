/**
 * The browser host's pure parts (no browser needed): which window of a sheet the preview shows, how values
 * read, and the name a download gets. Kept beside the e2e suite, which drives the same code in Chromium.
 */
import {
  formatValue,
  overflowSpans,
  parseA1,
  windowStart,
  type PreviewCell,
} from "../../src/taskpane/components/standalone/previewModel";
import { downloadName } from "../../src/taskpane/host/standalone";

test("A1 addresses as a finding gives them", () => {
  expect(parseA1("C18")).toEqual({ row: 17, col: 2 });
  expect(parseA1("$AB$3")).toEqual({ row: 2, col: 27 });
  expect(parseA1("b2:d9")).toEqual({ row: 1, col: 1 });
  expect(parseA1("")).toBeUndefined();
  expect(parseA1("A0")).toBeUndefined();
});

test("the window starts at A1 unless the selected cell lies beyond it, and then contains it", () => {
  expect(windowStart(undefined, 200, 5000)).toBe(0);
  expect(windowStart(199, 200, 5000)).toBe(0);
  for (const target of [200, 1234, 4999]) {
    const start = windowStart(target, 200, 5000);
    expect(target).toBeGreaterThanOrEqual(start);
    expect(target).toBeLessThan(start + 200);
    expect(start + 200).toBeLessThanOrEqual(5000);
  }
});

test("values read as a Vietnamese clerk writes them", () => {
  expect(formatValue(8.5)).toBe("8,5");
  expect(formatValue(1234567)).toBe("1.234.567");
  expect(formatValue(new Date(Date.UTC(2024, 2, 5)))).toBe("05/03/2024");
  expect(formatValue(null)).toBe("");
  expect(formatValue("=không phải công thức")).toBe("=không phải công thức");
});

test("a download keeps the opened file's name, as .xlsx", () => {
  expect(downloadName("ghi-chep.xlsx")).toBe("ghi-chep.xlsx");
  expect(downloadName("C:\\fakepath\\Báo cáo.XLSX")).toBe("Báo cáo.XLSX");
  expect(downloadName("so-lieu.xlsm")).toBe("so-lieu.xlsx");
  expect(downloadName("  ")).toBe("tdkt.xlsx");
});

test("a text runs on into the empty cells to its right, as in Excel; numbers, other fills and the selected cell stop it", () => {
  const c = (text: string, more: Partial<PreviewCell> = {}): PreviewCell => ({ text, bold: false, numeric: false, ...more });
  // a sheet title in A1 over an empty row
  expect(overflowSpans([c("KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG ĐỢT 1"), c(""), c("")], 3)).toEqual([3, 0, 0]);
  // up to the next value, and the row's missing tail counts as empty
  expect(overflowSpans([c("Khối KBN: 7 đơn vị"), c(""), c("x"), c("")], 5)).toEqual([2, 0, 3, 0, 0]);
  // a number stays in its cell
  expect(overflowSpans([c("12", { numeric: true }), c("")], 2)).toEqual([1, 1]);
  // a filled banner runs on through cells of the same fill only
  const tam = { fill: "#F8CBAD" };
  expect(overflowSpans([c("TẠM TÍNH – dữ liệu còn lỗi", tam), c("", tam), c("")], 3)).toEqual([2, 0, 1]);
  // the selected cell is never covered: the preview must show it
  expect(overflowSpans([c("Ghi chú dài"), c(""), c("")], 3, (col) => col === 2)).toEqual([2, 0, 1]);
  expect(overflowSpans([], 2)).toEqual([1, 1]);
});
