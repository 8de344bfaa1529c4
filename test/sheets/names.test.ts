import { editCopyName, freeName, isValidSheetName, MAX_SHEET_NAME, safeSheetName } from "../../src/sheets/names";

/**
 * Excel's rule for a sheet name, stated on its own (Microsoft: "Rename a worksheet"): 1 to 31 characters,
 * not blank, none of : \ / ? * [ ], not starting or ending with an apostrophe, and not "History", which
 * Excel keeps for itself in any case. Written character by character so it shares nothing with the code.
 */
function excelAccepts(name: string): boolean {
  if (name.length < 1 || name.length > 31) return false;
  if (name.split("").every((ch) => ch === " " || ch === "\t" || ch === "\n" || ch === "\u00a0")) return false;
  for (const ch of name) if (":\\/?*[]".includes(ch)) return false;
  if (name[0] === "'" || name[name.length - 1] === "'") return false;
  if (name.toLowerCase() === "history") return false;
  return true;
}

/** A high surrogate not followed by its low half: half a character, which Excel would show as garbage. */
const HALF_CHARACTER = /[\ud800-\udbff](?![\udc00-\udfff])/;

/** A small deterministic generator of awkward names: Vietnamese words, forbidden characters, apostrophes, spaces. */
function awkwardNames(n: number): string[] {
  let seed = 20240101;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const parts = [
    "Tổng hợp",
    "bình xét",
    "Quý I",
    "Đợt 1",
    "'",
    ":",
    "/",
    "\\",
    "?",
    "*",
    "[",
    "]",
    " ",
    "  ",
    "History",
    "Chấm điểm",
    "Nguyễn Thị Hương",
    "😀",
    "thi đua khen thưởng năm 2024",
  ];
  return Array.from({ length: n }, () => {
    const k = 1 + Math.floor(next() * 8);
    return Array.from({ length: k }, () => parts[Math.floor(next() * parts.length)]!).join("");
  });
}

describe("isValidSheetName agrees with Excel's rule", () => {
  it.each([
    ["Kế hoạch", true],
    ["a".repeat(31), true],
    ["a".repeat(32), false],
    ["", false],
    ["   ", false],
    ["Tổng hợp: Quý I", false],
    ["A\\B", false],
    ["A/B", false],
    ["Có?", false],
    ["Sao*", false],
    ["[Nháp]", false],
    ["Nháp]", false],
    ["'Kế hoạch", false],
    ["Kế hoạch'", false],
    ["Kế hoạch của 'tổ 3' năm nay", true],
    ["History", false],
    ["HISTORY", false],
    ["History 2024", true],
  ])("“%s” → %s", (name, expected) => {
    expect(excelAccepts(name)).toBe(expected);
    expect(isValidSheetName(name)).toBe(expected);
  });

  it("on awkward generated names too", () => {
    for (const name of awkwardNames(500)) expect([name, isValidSheetName(name)]).toEqual([name, excelAccepts(name)]);
  });
});

describe("safeSheetName", () => {
  it("always gives a name Excel accepts, never half a character", () => {
    for (const raw of awkwardNames(500)) {
      const name = safeSheetName(raw);
      expect([raw, excelAccepts(name), HALF_CHARACTER.test(name)]).toEqual([raw, true, false]);
    }
  });

  it("replaces forbidden characters and keeps the words", () => {
    expect(safeSheetName("Tổng hợp: Quý I/2024 [nháp]?")).toBe("Tổng hợp- Quý I-2024 -nháp--");
  });

  it("cuts a long Vietnamese name to 31 characters, counted in NFC (an NFD text is longer)", () => {
    const long = "Tổng hợp kết quả bình xét thi đua khen thưởng năm 2024";
    const name = safeSheetName(long.normalize("NFD"));
    expect(name).toBe("Tổng hợp kết quả bình xét thi đ");
    expect(name.length).toBe(31);
    expect(name.normalize("NFC")).toBe(name);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it("does not leave an apostrophe at the end after the cut, nor at either end before it", () => {
    const name = safeSheetName(`${"x".repeat(30)}'abc`);
    expect(name).toBe("x".repeat(30));
    expect(safeSheetName("'Kế hoạch'")).toBe("Kế hoạch");
  });

  it("gives a blank text and Excel's reserved name a usable name", () => {
    expect(safeSheetName("  ")).toBe("Trang");
    expect(safeSheetName("[]")).toBe("--");
    expect(safeSheetName("history")).toBe("history (2)");
  });
});

describe("freeName", () => {
  it("keeps a free name, numbers a taken one, compared as Excel does (case, Unicode form)", () => {
    expect(freeName("Kế hoạch", new Set(["Đơn vị"]))).toBe("Kế hoạch");
    expect(freeName("Kế hoạch", new Set(["KẾ HOẠCH".normalize("NFD")]))).toBe("Kế hoạch (2)");
    expect(freeName("Kế hoạch", new Set(["Kế hoạch", "kế hoạch (2)"]))).toBe("Kế hoạch (3)");
  });

  it("cuts a long Vietnamese name so the number fits in 31 characters", () => {
    const long = "Tiến độ chấm Đ1 - Nguyễn Thị Hư"; // 31
    expect(long.length).toBe(31);
    const taken = new Set([long]);
    const a = freeName(long, taken);
    expect(a).toBe("Tiến độ chấm Đ1 - Nguyễn Th (2)");
    taken.add(a);
    const b = freeName(long, taken);
    expect(b).toBe("Tiến độ chấm Đ1 - Nguyễn Th (3)");
    for (const n of [a, b]) expect(excelAccepts(n)).toBe(true);
  });

  it("never returns Excel's reserved name, nor a taken one, on awkward names", () => {
    expect(freeName("History", new Set())).toBe("History (2)");
    const taken = new Set<string>();
    for (const raw of awkwardNames(200)) {
      const name = freeName(safeSheetName(raw), taken);
      expect(excelAccepts(name)).toBe(true);
      expect([...taken].map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
      taken.add(name);
    }
  });
});

describe("editCopyName", () => {
  it("adds “ (bản sửa)”, then a number after it", () => {
    expect(editCopyName("Kế hoạch", new Set(["Kế hoạch"]))).toBe("Kế hoạch (bản sửa)");
    expect(editCopyName("Kế hoạch", new Set(["Kế hoạch", "Kế hoạch (bản sửa)"]))).toBe("Kế hoạch (bản sửa) (2)");
  });

  it("cuts a long Vietnamese name, never the suffix, also when numbered", () => {
    const long = "Tổng hợp bình xét thi đua năm 2024";
    const first = editCopyName(long, new Set([long]));
    expect(first).toBe("Tổng hợp bình xét thi (bản sửa)");
    const second = editCopyName(long, new Set([long, first]));
    expect(second).toBe("Tổng hợp bình xét (bản sửa) (2)");
    for (const n of [first, second]) {
      expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      expect(excelAccepts(n)).toBe(true);
    }
  });
});
