/**
 * The browser host's pure parts (no browser needed): which window of a sheet the preview shows, how values
 * read, and the name a download gets. Kept beside the e2e suite, which drives the same code in Chromium.
 */
import { formatValue, parseA1, windowStart } from "../../src/taskpane/components/standalone/previewModel";
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
