/** A hand-made round: 6 units in 2 khối, 2 judges, one unit unregistered, a tie at third place. */
import type { RankedUnitView, RoundFacts } from "../../../src/domain/summary";
import type { Finding, Registration, Unit } from "../../../src/domain/types";

export const UNITS: Unit[] = [
  { code: "A1", name: "Tổ dân phố 1", type: "TDP", block: "TDP" },
  { code: "A2", name: "Tổ dân phố 2", type: "TDP", block: "TDP" },
  { code: "A3", name: "Tổ dân phố 3", type: "TDP", block: "TDP" },
  { code: "A4", name: "Tổ dân phố 4", type: "TDP", block: "TDP" },
  { code: "B1", name: "Hội Phụ nữ", type: "DOANTHE", block: "DT" },
  { code: "B2", name: "Đoàn Thanh niên", type: "DOANTHE", block: "DT" },
];

function reg(unitCode: string, covenant: boolean): Registration {
  return { round: "D1", subjectKind: "unit", unitCode, title: "Tổ dân phố văn hóa", covenant };
}

function ranked(
  code: string,
  rank: number,
  score: number,
  tier: string,
  proposal: RankedUnitView["proposal"] = null,
): RankedUnitView {
  const u = UNITS.find((x) => x.code === code)!;
  return { unitCode: code, unitName: u.name, block: u.block, score, tier, rank, eligible: code !== "B2", proposal };
}

function finding(code: string, severity: "error" | "warning", sheet: string, cell: string): Finding {
  return { code, severity, sheet, cell, message_vi: `Lỗi ${code}`, message_en: `Error ${code}` };
}

export const FACTS: RoundFacts = {
  round: "D1",
  units: UNITS,
  // B2 did not register; A1, A2, B1 signed the covenant; one individual registered; a D2 registration does not count.
  registrations: [
    reg("A1", true),
    reg("A2", true),
    reg("A3", false),
    reg("A4", false),
    reg("B1", true),
    { round: "D1", subjectKind: "person", unitCode: "A1", personName: "Nguyễn Văn An", title: "Lao động tiên tiến" },
    { round: "D2", subjectKind: "unit", unitCode: "B2", title: "Tập thể lao động tiên tiến" },
  ],
  judges: [
    { code: "M01", name: "Lê Minh Huy", complete: 6, partial: 0, empty: 0 },
    { code: "M02", name: "Trần Thị Bình", complete: 4, partial: 1, empty: 1 },
  ],
  ranking: [
    ranked("A1", 1, 93.5, "Xuất sắc", "giay-khen"),
    ranked("A2", 2, 85, "Tốt"),
    ranked("A3", 3, 81.25, "Tốt"),
    ranked("A4", 3, 81.25, "Khá"),
    ranked("B1", 1, 91, "Xuất sắc"),
    ranked("B2", 2, 40, "Yếu"),
  ],
  findings: [
    finding("SCORE_OVER_MAX", "error", "Chấm điểm Đ1 - Bình", "D7"),
    finding("SCORE_OVER_MAX", "error", "Chấm điểm Đ1 - Bình", "D9"),
    finding("SCORE_TEXT", "warning", "Chấm điểm Đ1 - Bình", "E4"),
    finding("REG_MISSING", "error", "Đăng ký", ""),
  ],
};
