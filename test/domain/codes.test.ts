import { parsePeriod, parseRound, ROUND_NAMES, PERIOD_NAMES } from "../../src/domain/codes";
import { PERIOD_CODES, ROUND_CODES } from "../../src/domain/types";

describe("round codes on the command line", () => {
  test.each([
    ["D1", "D1"],
    ["d2", "D2"],
    ["D3", "D3"],
    ["DB", "DB"],
    ["NAM", "NAM"],
    ["Đợt 1", "D1"],
    ["đợt 2", "D2"],
    ["Dot 3", "D3"],
    ["Đợt đặc biệt", "DB"],
    ["dot dac biet", "DB"],
    ["Đ1", "D1"],
    ["ĐB", "DB"],
    ["Năm", "NAM"],
    ["  Đợt   1 ", "D1"],
    ["Đợt thi đua lần thứ nhất", "D1"],
    ["Đợt II", "D2"],
  ])("%s → %s", (text, code) => {
    expect(parseRound(text)).toBe(code);
  });

  test("decomposed Vietnamese (NFD, as some keyboards send it) parses the same", () => {
    expect(parseRound("Đợt đặc biệt".normalize("NFD"))).toBe("DB");
  });

  test.each(["", "D4", "Đợt 4", "Quý I", "xyz"])("%j is not a round", (text) => {
    expect(parseRound(text)).toBeUndefined();
  });

  test("every round's own name parses back to it", () => {
    for (const c of ROUND_CODES) expect(parseRound(ROUND_NAMES[c])).toBe(c);
  });
});

describe("period codes on the command line", () => {
  test.each([
    ["Q1", "Q1"],
    ["q1", "Q1"],
    ["6T", "6T"],
    ["9t", "9T"],
    ["NAM", "NAM"],
    ["Quý I", "Q1"],
    ["quy 1", "Q1"],
    ["6 tháng", "6T"],
    ["6 tháng đầu năm", "6T"],
    ["9 tháng", "9T"],
    ["Sơ kết 9 tháng", "9T"],
    ["Năm", "NAM"],
    ["Tổng kết năm", "NAM"],
  ])("%s → %s", (text, code) => {
    expect(parsePeriod(text)).toBe(code);
  });

  test.each(["", "Q2", "Quý II", "12 tháng", "D1"])("%j is not a period", (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  test("every period's own name parses back to it", () => {
    for (const c of PERIOD_CODES) expect(parsePeriod(PERIOD_NAMES[c])).toBe(c);
  });
});
