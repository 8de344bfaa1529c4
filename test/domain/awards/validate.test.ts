import { checkAwardsInput, type AwardsCheckInput } from "../../../src/domain/awards/validate";
import { defaultSettings } from "../../../src/domain/settings";
import type { Unit } from "../../../src/domain/types";

const layout: AwardsCheckInput["layout"] = {
  people: { sheet: "Cá nhân", code: "A", unit: "D", registered: "G" },
  initiatives: { sheet: "Sáng kiến", authors: "C", recognizedOn: "D" },
  tally: { sheet: "Kiểm phiếu", code: "A", title: "C", members: "D", present: "E", yes: "F" },
};
const units: Unit[] = [{ code: "BN01", name: "Văn phòng", type: "BANNGANH", block: "KBN" }];
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

function check(changes: Partial<AwardsCheckInput> = {}, settings: Record<string, string> = {}) {
  return checkAwardsInput({
    people: [
      { code: "A1", name: "An", position: "", unit: "BN01", performance: "HTT", registered: "LDTT", row: 2 },
      { code: "A2", name: "Bình", position: "", unit: "BN09", performance: "HT", registered: "CSTDCS", row: 3 },
      { code: "A3", name: "Chi", position: "", unit: "BN01", performance: "HTXS", registered: "CSTDCS", row: 4 },
    ],
    initiatives: [
      { code: "S1", name: "", authors: ["A3", "Z9"], recognizedOn: d(2025, 5, 1), recognizedBy: "", scope: "", row: 2 },
      { code: "S2", name: "", authors: ["A3"], recognizedOn: d(2024, 12, 31), recognizedBy: "", scope: "", row: 3 },
    ],
    tallies: [
      { code: "A3", name: "", title: "CSTDCS", members: 9, present: 7, yes: 8, row: 2 },
      { code: "A1", name: "", title: "CSTDCS", present: 10, yes: 10, row: 3 },
      { code: "Z9", name: "", title: "CSTDCS", present: 9, yes: 9, row: 4 },
      { code: "A3", name: "", title: "CSTDCS", present: 9, yes: 9, row: 5 },
    ],
    units,
    councilSize: 9,
    year: 2025,
    settings: { ...defaultSettings(), ...settings },
    layout,
    ...changes,
  });
}

describe("checks across Cá nhân, Sáng kiến and Kiểm phiếu", () => {
  it("points at each cell: unknown unit, CSTĐCS without LĐTT, unknown author, date outside the year, impossible counts", () => {
    const r = check();
    expect(r.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ["PERSON_UNIT_UNKNOWN", "error", "Cá nhân", "D3"],
      ["PERSON_CSTDCS_WITHOUT_LDTT", "warning", "Cá nhân", "G3"],
      ["INITIATIVE_AUTHOR_UNKNOWN", "error", "Sáng kiến", "C2"],
      ["INITIATIVE_OUTSIDE_YEAR", "warning", "Sáng kiến", "D3"],
      ["TALLY_NOT_CANDIDATE", "warning", "Kiểm phiếu", "A3"],
      ["TALLY_PRESENT_OVER_MEMBERS", "error", "Kiểm phiếu", "E3"],
      ["TALLY_YES_OVER_MEMBERS", "error", "Kiểm phiếu", "F3"],
      ["TALLY_PERSON_UNKNOWN", "error", "Kiểm phiếu", "A4"],
      ["TALLY_DUPLICATE", "error", "Kiểm phiếu", "A5"],
    ]);
    expect(r.findings[1]!.message_vi).toBe(
      "“Cá nhân” ô G3: Bình (A2) đăng ký Chiến sĩ thi đua cơ sở nhưng chưa đủ điều kiện Lao động tiên tiến.",
    );
    expect([...r.rejected].map((t) => t.row)).toEqual([3, 4, 5]);
  });

  it("refuses more votes in favour than members present once written votes of absent members do not count", () => {
    const r = check({}, { VOTE_ABSENT_WRITTEN: "no" });
    const over = r.findings.filter((f) => f.code === "TALLY_YES_OVER_PRESENT");
    expect(over.map((f) => f.cell)).toEqual(["F2"]);
    expect(over[0]!.message_vi).toBe(
      "“Kiểm phiếu” ô F2: 8 phiếu đồng ý nhiều hơn số có mặt (7) ở phiếu CSTĐCS của A3 (Cấu hình không tính phiếu bằng văn bản của người vắng); phiếu này không được tính.",
    );
    expect([...r.rejected].map((t) => t.row)).toEqual([2, 3, 4, 5]);
  });
});
