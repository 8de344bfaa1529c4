/**
 * The catalogue of danh hiệu thi đua and hình thức khen thưởng a ward deals with (`Danh hiệu`): who may
 * hold each, on what cycle, who decides it on a given date, what the add-in checks, and the legal basis
 * of each line (research §3.2 as corrected by §9.2–9.3). Who decides changed on 01/07/2025: until then
 * Luật Thi đua, khen thưởng 06/2022/QH15 Điều 80 khoản 2 gave "Tập thể lao động tiên tiến", "Chiến sĩ thi
 * đua cơ sở" and "tổ dân phố văn hóa" to the Chủ tịch UBND cấp huyện (the ward only proposed them); since
 * then there is no cấp huyện and NĐ 129/2025/NĐ-CP Điều 59 gave those powers to the Chủ tịch UBND cấp xã.
 */
import { fold } from "./codes";
import type { RoundCode, SubjectKind, Unit, UnitType } from "./types";

/** Who a title is for: a unit, a person, or a household (Gia đình văn hóa, bình xét by the tổ dân phố). */
export type TitleSubject = SubjectKind | "household";

/** A danh hiệu thi đua (Luật 2022 Chương II) or a hình thức khen thưởng (Giấy khen, Bằng khen). */
export type TitleCategory = "title" | "award";

/** "year": awarded once a year, on the year's review; "any": for a round or for the year. */
export type TitleCycle = "year" | "any";

/** The level whose Chủ tịch UBND decides: the ward's own ("xa"), or a level the ward proposes to. */
export type DeciderLevel = "xa" | "huyen" | "tinh";

export interface Decider {
  level: DeciderLevel;
  /** dd/mm/yyyy: first day this holds; absent: from the start. */
  from?: string;
  /** dd/mm/yyyy: last day this holds; absent: still in force. */
  until?: string;
  /** The article that gives the power. */
  basis: string;
}

export interface Title {
  code: string;
  name: string;
  /** Collective titles go to units, individual titles to people, Gia đình văn hóa to households. */
  kind: TitleSubject;
  category?: TitleCategory;
  cycle?: TitleCycle;
  /** Unit types that may hold it; absent: any unit (or the title is not a unit's). */
  eligible?: readonly UnitType[];
  /** Who decides, by date; absent on a row a clerk typed with only a "Cấp quyết định" text. */
  deciders?: readonly Decider[];
  /** What the add-in checks before a unit or person is put forward, in Vietnamese. */
  checks?: string;
  /** Who decides, as the clerk's sheet states it (a row typed by hand, or read back). */
  decidedBy: string;
  basis?: string;
  note?: string;
  row?: number;
}

/** The day the two-level local government began (NQ 190/2025/QH15; NĐ 129/2025/NĐ-CP Điều 59). */
export const TWO_LEVEL_FROM = "01/07/2025";
const UNTIL_TWO_LEVEL = "30/06/2025";

const ART80_K2 = "Luật TĐKT 06/2022/QH15 Điều 80 khoản 2";
const ART80_K3 = "Luật TĐKT 06/2022/QH15 Điều 80 khoản 3";
const ND129 = "NĐ 129/2025/NĐ-CP Điều 59";

/** A power the district chair held until 30/06/2025 and the commune chair holds since. */
const MOVED_TO_WARD: readonly Decider[] = [
  { level: "huyen", until: UNTIL_TWO_LEVEL, basis: ART80_K2 },
  { level: "xa", from: TWO_LEVEL_FROM, basis: ND129 },
];
/** The ward's own power throughout; NĐ 129/2025 is cited only for decisions made after it took effect. */
const WARD_ALWAYS: readonly Decider[] = [
  { level: "xa", until: UNTIL_TWO_LEVEL, basis: ART80_K3 },
  { level: "xa", from: TWO_LEVEL_FROM, basis: `${ART80_K3}; ${ND129}` },
];
const PROVINCE: readonly Decider[] = [
  { level: "tinh", basis: "Thẩm quyền Chủ tịch UBND cấp tỉnh [M]; cùng cách phân cấp: QĐ 86/2025/QĐ-UBND Bắc Ninh Điều 5 [V]" },
];

/** Units the ward's state side manages: its departments, schools, health station and the like. */
const STATE_UNITS: readonly UnitType[] = ["BANNGANH", "TRUONG", "COQUAN"];
/** Every kind but the chi bộ, whose commendation is the Đảng ủy's, not the People's Committee's. */
const NOT_PARTY: readonly UnitType[] = ["TDP", "DOANTHE", "BANNGANH", "TRUONG", "COQUAN"];
const NOT_STATE_NOTE =
  "Không xét cho Công an, Quân sự phường (khen thưởng theo hệ thống riêng) và doanh nghiệp, hợp tác xã (thủ trưởng đơn vị tự quyết định).";

export function defaultTitles(): Title[] {
  const t = (x: Omit<Title, "decidedBy">): Title => ({ ...x, decidedBy: decidedByText(x.deciders ?? []) });
  return [
    t({
      code: "TTLDTT",
      name: "Tập thể lao động tiên tiến",
      kind: "unit",
      category: "title",
      cycle: "year",
      eligible: STATE_UNITS,
      deciders: MOVED_TO_WARD,
      checks:
        "Đã đăng ký thi đua năm; đúng loại đơn vị; xếp loại năm đạt mức đề nghị. Chưa kiểm tra: ≥ 50% thành viên đạt Lao động tiên tiến, không ai bị kỷ luật từ cảnh cáo (sổ không có danh sách thành viên).",
      basis: `Luật TĐKT 06/2022/QH15 Điều 28 [M]; ${ART80_K2}; ${ND129}`,
      note: NOT_STATE_NOTE,
    }),
    t({
      code: "TTLDXS",
      name: "Tập thể lao động xuất sắc",
      kind: "unit",
      category: "title",
      cycle: "year",
      eligible: STATE_UNITS,
      deciders: PROVINCE,
      checks:
        "Đã đăng ký thi đua năm; đúng loại đơn vị. Chưa kiểm tra: 100% hoàn thành nhiệm vụ, ≥ 70% Lao động tiên tiến, có Chiến sĩ thi đua cơ sở.",
      basis: "Luật TĐKT 06/2022/QH15 Điều 27 [V]",
      note: NOT_STATE_NOTE,
    }),
    t({
      code: "TDPVH",
      name: "Tổ dân phố văn hóa",
      kind: "unit",
      category: "title",
      cycle: "year",
      eligible: ["TDP"],
      deciders: MOVED_TO_WARD,
      checks: "Đã đăng ký thi đua năm; là tổ dân phố; xếp loại năm theo bảng điểm.",
      basis: `NĐ 86/2023/NĐ-CP [M]; ${ART80_K2}; ${ND129}`,
    }),
    t({
      code: "GK_TT",
      name: "Giấy khen tập thể",
      kind: "unit",
      category: "award",
      cycle: "any",
      deciders: WARD_ALWAYS,
      checks: "Đã đăng ký thi đua của đợt; xếp loại đạt mức đề nghị; trong chỉ tiêu của khối.",
      basis: `Luật TĐKT 06/2022/QH15 Điều 75 [V]; ${ART80_K3}`,
      note: "Chi bộ: thành tích trong phong trào thi đua của phường; khen thưởng công tác Đảng là của Đảng ủy.",
    }),
    t({
      code: "BK_TT",
      name: "Bằng khen tập thể (đề nghị)",
      kind: "unit",
      category: "award",
      cycle: "any",
      eligible: NOT_PARTY,
      deciders: PROVINCE,
      checks: "Xếp loại đạt mức đề nghị; trong chỉ tiêu đề nghị cấp trên của khối (đợt đặc biệt, tổng kết năm).",
      basis: "Bằng khen của Chủ tịch UBND cấp tỉnh, Luật TĐKT 06/2022/QH15 [M: điều khoản chưa đối chiếu]",
    }),
    t({
      code: "LDTT",
      name: "Lao động tiên tiến",
      kind: "person",
      category: "title",
      cycle: "year",
      deciders: WARD_ALWAYS,
      checks: "Đã đăng ký thi đua năm. Chưa kiểm tra: hoàn thành tốt nhiệm vụ trở lên (sổ không có kết quả đánh giá cán bộ).",
      basis: `Luật TĐKT 06/2022/QH15 Điều 24 khoản 1 [V]; ${ART80_K3}`,
      note: "Cho cán bộ, công chức, người lao động của phường.",
    }),
    t({
      code: "CSTDCS",
      name: "Chiến sĩ thi đua cơ sở",
      kind: "person",
      category: "title",
      cycle: "year",
      deciders: MOVED_TO_WARD,
      checks:
        "Đã đăng ký thi đua năm. Chưa kiểm tra: đạt Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài được công nhận; Hội đồng bỏ phiếu.",
      basis: `Luật TĐKT 06/2022/QH15 Điều 23 [V]; ${ART80_K2}; ${ND129}`,
    }),
    t({
      code: "GK_CN",
      name: "Giấy khen cá nhân",
      kind: "person",
      category: "award",
      cycle: "any",
      deciders: WARD_ALWAYS,
      checks: "Đã đăng ký thi đua của đợt.",
      basis: `Luật TĐKT 06/2022/QH15 Điều 75 [V]; ${ART80_K3}`,
    }),
    t({
      code: "BK_CN",
      name: "Bằng khen cá nhân (đề nghị)",
      kind: "person",
      category: "award",
      cycle: "any",
      deciders: PROVINCE,
      checks: "Không kiểm tra: hồ sơ do cấp tỉnh quy định.",
      basis: "Bằng khen của Chủ tịch UBND cấp tỉnh, Luật TĐKT 06/2022/QH15 [M: điều khoản chưa đối chiếu]",
    }),
    t({
      code: "GDVH",
      name: "Gia đình văn hóa",
      kind: "household",
      category: "title",
      cycle: "year",
      deciders: WARD_ALWAYS,
      checks: "Không đăng ký trên trang Đăng ký: tổ dân phố bình xét, niêm yết 10 ngày, trình Chủ tịch UBND phường trước 25/11.",
      basis: `NĐ 86/2023/NĐ-CP [V]; ${ART80_K3}`,
    }),
  ];
}

/** "dd/mm/yyyy" → UTC midnight. */
function day(s: string): Date {
  const [d, m, y] = s.split("/").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** The decider in force on `date` (the date of the decision), or undefined when the catalogue gives none. */
export function deciderOn(title: Pick<Title, "deciders">, date: Date): Decider | undefined {
  const t = date.getTime();
  return (title.deciders ?? []).find((d) => (!d.from || day(d.from).getTime() <= t) && (!d.until || t <= day(d.until).getTime()));
}

/** True when the ward's own chair decides the title on that date; false when the ward only proposes it. */
export function wardDecides(title: Pick<Title, "deciders">, date: Date): boolean | undefined {
  const d = deciderOn(title, date);
  return d ? d.level === "xa" : undefined;
}

export const DECIDER_LABELS: Readonly<Record<DeciderLevel, string>> = {
  xa: "Chủ tịch UBND cấp xã",
  huyen: "Chủ tịch UBND cấp huyện (phường đề nghị)",
  tinh: "Chủ tịch UBND cấp tỉnh (phường đề nghị)",
};

/** The "Cấp quyết định" text of a catalogue line: each decider with its dates. */
export function decidedByText(deciders: readonly Decider[]): string {
  // A level that holds the power on both sides of a date (its legal basis alone changed) is said once.
  const spans: Decider[] = [];
  for (const d of deciders) {
    const last = spans[spans.length - 1];
    if (last && last.level === d.level) spans[spans.length - 1] = { ...last, until: d.until };
    else spans.push(d);
  }
  return spans
    .map((d) => {
      const when = d.until ? ` (đến ${d.until})` : d.from ? ` (từ ${d.from})` : "";
      return `${DECIDER_LABELS[d.level]}${when}`;
    })
    .join("; ");
}

/** Finds a title by its code or its name as people type it (case, accents and spacing forgiven). */
export function findTitle(titles: readonly Title[], typed: string): Title | undefined {
  const f = fold(typed);
  if (!f) return undefined;
  return titles.find((t) => fold(t.code) === f || fold(t.name) === f);
}

/** Why a registration row may not carry a title (undefined: it may). */
export type TitleMismatch = "year-only" | "unit-type";

/**
 * An annual title is registered on the year's row (round NAM), never on a round's: a round ranks only
 * for a Giấy khen, and the title would never be assessed. A unit title names the kinds of unit that may
 * hold it.
 */
export function titleMismatch(title: Title, round: RoundCode, unit: Pick<Unit, "type"> | undefined): TitleMismatch | undefined {
  if (title.cycle === "year" && round !== "NAM") return "year-only";
  if (title.kind === "unit" && unit && title.eligible && !title.eligible.includes(unit.type)) return "unit-type";
  return undefined;
}

export const SUBJECT_LABELS: Readonly<Record<TitleSubject, string>> = {
  unit: "Tập thể",
  person: "Cá nhân",
  household: "Hộ gia đình",
};

export const CATEGORY_LABELS: Readonly<Record<TitleCategory, string>> = {
  title: "Danh hiệu thi đua",
  award: "Hình thức khen thưởng",
};

export const CYCLE_LABELS: Readonly<Record<TitleCycle, string>> = {
  year: "Hằng năm",
  any: "Theo đợt hoặc năm",
};

export function parseSubjectKind(typed: string): SubjectKind | undefined {
  const f = fold(typed);
  if (["tap the", "don vi", "unit", "collective", "tt"].includes(f)) return "unit";
  if (["ca nhan", "person", "individual", "cn"].includes(f)) return "person";
  return undefined;
}

export function parseTitleSubject(typed: string): TitleSubject | undefined {
  const f = fold(typed);
  if (["ho gia dinh", "gia dinh", "household"].includes(f)) return "household";
  return parseSubjectKind(typed);
}
