/**
 * People and their year: the records the year's awards are computed from (`Cá nhân`, `Sáng kiến`,
 * `Kiểm phiếu`). Pure data; the sheets module reads them tolerantly and keeps each record's row so a
 * finding can point at the clerk's cell.
 */
import { fold } from "../codes";

/** Mức hoàn thành nhiệm vụ, as the year's review of cán bộ, công chức grades it. */
export type Performance = "HTXS" | "HTT" | "HT" | "KHT";
export const PERFORMANCES: readonly Performance[] = ["HTXS", "HTT", "HT", "KHT"];
export const PERFORMANCE_LABELS: Readonly<Record<Performance, string>> = {
  HTXS: "Hoàn thành xuất sắc nhiệm vụ",
  HTT: "Hoàn thành tốt nhiệm vụ",
  HT: "Hoàn thành nhiệm vụ",
  KHT: "Không hoàn thành nhiệm vụ",
};
/** Higher is better: compares a person's grade with the one a title asks for. */
export const PERFORMANCE_RANK: Readonly<Record<Performance, number>> = { HTXS: 3, HTT: 2, HT: 1, KHT: 0 };

/** Kỷ luật in the year, from the lightest; blank on the sheet means none. */
export type Discipline = "KHIEN_TRACH" | "CANH_CAO" | "CACH_CHUC" | "BUOC_THOI_VIEC";
export const DISCIPLINES: readonly Discipline[] = ["KHIEN_TRACH", "CANH_CAO", "CACH_CHUC", "BUOC_THOI_VIEC"];
export const DISCIPLINE_LABELS: Readonly<Record<Discipline, string>> = {
  KHIEN_TRACH: "Khiển trách",
  CANH_CAO: "Cảnh cáo",
  CACH_CHUC: "Cách chức",
  BUOC_THOI_VIEC: "Buộc thôi việc",
};

/** The individual titles of the year's review, by their catalogue codes (src/domain/titles.ts). */
export type PersonTitle = "LDTT" | "CSTDCS";
export const PERSON_TITLES: readonly PersonTitle[] = ["LDTT", "CSTDCS"];
/** What `Đăng ký danh hiệu` shows: the abbreviations a ward office writes. */
export const PERSON_TITLE_SHORT: Readonly<Record<PersonTitle, string>> = { LDTT: "LĐTT", CSTDCS: "CSTĐCS" };
export const PERSON_TITLE_NAMES: Readonly<Record<PersonTitle, string>> = {
  LDTT: "Lao động tiên tiến",
  CSTDCS: "Chiến sĩ thi đua cơ sở",
};

/** One row of `Cá nhân`. */
export interface Person {
  code: string;
  name: string;
  position: string;
  /** A unit code of `Đơn vị`; "" when blank. */
  unit: string;
  /** Undefined when the cell is blank (not yet graded). */
  performance?: Performance;
  /** Undefined: no discipline in the year. */
  discipline?: Discipline;
  /** The title the person registered for; undefined when not registered. */
  registered?: PersonTitle;
  /** Xử phạt vi phạm hành chính in the year; undefined when the cell is blank or the column absent. */
  sanctioned?: boolean;
  note?: string;
  /** 1-based row on `Cá nhân`. */
  row?: number;
}

/** One row of `Sáng kiến`. */
export interface Initiative {
  code: string;
  name: string;
  /** `Mã` of people on `Cá nhân`. */
  authors: string[];
  recognizedOn?: Date;
  recognizedBy: string;
  scope: string;
  note?: string;
  row?: number;
}

/** One row of `Kiểm phiếu`: the council's count for one candidate and title. */
export interface Tally {
  code: string;
  name: string;
  title: PersonTitle;
  /** Số thành viên Hội đồng; undefined when blank. */
  members?: number;
  /** Số có mặt. */
  present?: number;
  /** Số phiếu đồng ý; undefined: not yet voted. */
  yes?: number;
  row?: number;
}

function matcher<T extends string>(entries: ReadonlyArray<readonly [string, T]>): (typed: string) => T | undefined {
  const map = new Map(entries.map(([k, v]) => [fold(k).replace(/[\s,.-]/g, ""), v] as const));
  return (typed) => {
    const f = fold(typed).replace(/[\s,.-]/g, "");
    return f ? map.get(f) : undefined;
  };
}

/** Reads a grade as written in full, abbreviated (HTXSNV, HTTNV) or by its code. */
export const parsePerformance = matcher<Performance>([
  ...PERFORMANCES.map((p) => [PERFORMANCE_LABELS[p], p] as const),
  ...PERFORMANCES.map((p) => [p, p] as const),
  ["HTXSNV", "HTXS"],
  ["HTTNV", "HTT"],
  ["HTNV", "HT"],
  ["KHTNV", "KHT"],
  ["Hoàn thành xuất sắc", "HTXS"],
  ["Hoàn thành tốt", "HTT"],
  ["Hoàn thành", "HT"],
  ["Không hoàn thành", "KHT"],
]);

export const parseDiscipline = matcher<Discipline>([
  ...DISCIPLINES.map((d) => [DISCIPLINE_LABELS[d], d] as const),
  ...DISCIPLINES.map((d) => [d, d] as const),
]);

export const parsePersonTitle = matcher<PersonTitle>([
  ...PERSON_TITLES.map((t) => [PERSON_TITLE_SHORT[t], t] as const),
  ...PERSON_TITLES.map((t) => [PERSON_TITLE_NAMES[t], t] as const),
  ...PERSON_TITLES.map((t) => [t, t] as const),
  ["CSTĐ cơ sở", "CSTDCS"],
  ["Chiến sĩ thi đua", "CSTDCS"],
]);

/** What `Xử phạt hành chính` shows for a person sanctioned in the year; blank means not. */
export const SANCTION_YES = "Có";

/** Reads `Xử phạt hành chính`: true for "Có" (or x, yes), false for blank or "Không", undefined otherwise. */
export function parseSanction(typed: string): boolean | undefined {
  const f = fold(typed);
  if (["co", "x", "yes", "co xu phat"].includes(f)) return true;
  if (["", "khong", "-", "0", "no"].includes(f)) return false;
  return undefined;
}

/** Words a clerk treats as "no discipline" in the Kỷ luật cell. */
export function isNoDiscipline(typed: string): boolean {
  return ["", "khong", "không", "khong co", "-", "0"].includes(fold(typed));
}
