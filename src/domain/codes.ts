/** Short codes and Vietnamese names of rounds and periods, and parsing of either form (CLI, pane). */
import { memoText } from "../shared/memo";
import { PERIOD_CODES, ROUND_CODES, type PeriodCode, type RoundCode } from "./types";

export const ROUND_NAMES: Readonly<Record<RoundCode, string>> = {
  D1: "Đợt 1",
  D2: "Đợt 2",
  D3: "Đợt 3",
  DB: "Đợt đặc biệt",
  NAM: "Năm",
};

/** As used inside sheet names: "Chấm điểm Đ1 - …", "Xếp hạng ĐB". */
export const ROUND_SHORT: Readonly<Record<RoundCode, string>> = {
  D1: "Đ1",
  D2: "Đ2",
  D3: "Đ3",
  DB: "ĐB",
  NAM: "Năm",
};

export const PERIOD_NAMES: Readonly<Record<PeriodCode, string>> = {
  Q1: "Quý I",
  "6T": "6 tháng",
  "9T": "9 tháng",
  NAM: "Năm",
};

/** Last month (1-12) covered by each cumulative period. */
export const PERIOD_END_MONTH: Readonly<Record<PeriodCode, number>> = { Q1: 3, "6T": 6, "9T": 9, NAM: 12 };

/** NFC, trimmed, inner spaces collapsed, lower case, "đ" folded to "d" and marks dropped: for matching what people type. */
export const fold: (s: string) => string = memoText((s) =>
  s
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC"),
);

/**
 * Same name once case, spacing and Unicode form (NFC vs NFD) are set aside: accents still count. The one key
 * for names typed in two places (a unit on `Đơn vị` and on a judge's sheet, a head on `Đơn vị` and in
 * `Hội đồng`) and for column headers.
 */
// Lower case needs no locale: only Turkish, Azeri and Lithuanian lower differently, never Vietnamese.
export const nameKey: (name: string) => string = memoText((name) =>
  name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase(),
);

const ROUND_ALIASES: ReadonlyArray<[string, RoundCode]> = [
  ...ROUND_CODES.map((c): [string, RoundCode] => [c, c]),
  ...ROUND_CODES.map((c): [string, RoundCode] => [ROUND_NAMES[c], c]),
  ...ROUND_CODES.map((c): [string, RoundCode] => [ROUND_SHORT[c], c]),
  ["Đợt 1", "D1"],
  ["dot1", "D1"],
  ["dot2", "D2"],
  ["dot3", "D3"],
  ["Đợt thi đua đặc biệt", "DB"],
  ["DDB", "DB"],
  ["đặc biệt", "DB"],
  ["Cả năm", "NAM"],
  ["Tổng kết năm", "NAM"],
  // The plan's own wording ("đợt thi đua lần thứ nhất") and Roman numerals, as clerks write them.
  ["Đợt I", "D1"],
  ["Đợt II", "D2"],
  ["Đợt III", "D3"],
  ["Đợt thi đua lần thứ nhất", "D1"],
  ["Đợt thi đua lần thứ hai", "D2"],
  ["Đợt thi đua lần thứ ba", "D3"],
  ["ĐĐB", "DB"],
];

const PERIOD_ALIASES: ReadonlyArray<[string, PeriodCode]> = [
  ...PERIOD_CODES.map((c): [string, PeriodCode] => [c, c]),
  ...PERIOD_CODES.map((c): [string, PeriodCode] => [PERIOD_NAMES[c], c]),
  ["Quý 1", "Q1"],
  ["QI", "Q1"],
  ["6 tháng đầu năm", "6T"],
  ["9 tháng đầu năm", "9T"],
  ["Sơ kết 6 tháng", "6T"],
  ["Sơ kết 9 tháng", "9T"],
  ["Tổng kết", "NAM"],
  ["Cả năm", "NAM"],
  ["Tổng kết năm", "NAM"],
];

export function parseRound(text: string): RoundCode | undefined {
  const f = fold(text).replace(/\s/g, "");
  return ROUND_ALIASES.find(([alias]) => fold(alias).replace(/\s/g, "") === f)?.[1];
}

export function parsePeriod(text: string): PeriodCode | undefined {
  const f = fold(text).replace(/\s/g, "");
  return PERIOD_ALIASES.find(([alias]) => fold(alias).replace(/\s/g, "") === f)?.[1];
}
