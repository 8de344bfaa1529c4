import { buildCouncilSheet, readMembers, parseCouncilRole } from "../../src/sheets/council";
import { sampleMembers } from "../../src/domain/sample/ward";
import type { CellValue } from "../../src/workbook/port";

describe("readMembers", () => {
  it("reads what buildCouncilSheet wrote", () => {
    const members = sampleMembers();
    const spec = buildCouncilSheet(members, { ward: "X", note: "Dữ liệu mẫu" });
    const read = readMembers({ name: "Hội đồng", values: spec.cells as CellValue[][] });
    expect(read.findings).toEqual([]);
    expect(read.members.map(({ row: _r, ...m }) => m)).toEqual(members);
    expect(read.sampleRows).toBe(members.length);
  });

  it("reads roles as people write them, unit lists split on commas and semicolons, Có/Không", () => {
    const values: CellValue[][] = [
      ["Mã", "Họ và tên", "Chức danh trong HĐ", "Đơn vị theo dõi", "Thuộc đơn vị", "Chấm điểm"],
      ["M1", "Lê Minh Huy", "Chủ tịch Hội đồng", "", "", "không"],
      ["M2", "Trần Thị Lan", "uỷ viên", "TDP01; TDP02 ,TDP01", "DT02", "x"],
      ["M3", "Nguyễn Văn Ba", "Phó CT", "TDP03", null, null],
    ];
    const read = readMembers({ name: "Hội đồng", values });
    expect(read.findings).toEqual([]);
    expect(read.members.map((m) => [m.code, m.role, m.follows, m.memberOf, m.scores, m.shortName])).toEqual([
      ["M1", "CHU_TICH", [], [], false, "Huy"],
      ["M2", "UY_VIEN", ["TDP01", "TDP02"], ["DT02"], true, "Lan"],
      ["M3", "PHO_CHU_TICH", ["TDP03"], [], true, "Ba"],
    ]);
  });

  it("warns on an unknown role or a Chấm điểm that is not yes/no, pointing at the cell", () => {
    const values: CellValue[][] = [
      ["Mã", "Họ và tên", "Chức danh trong HĐ", "Chấm điểm"],
      ["M1", "A B", "Thủ quỹ", "có lẽ"],
    ];
    const read = readMembers({ name: "Hội đồng", values });
    expect(read.members[0]).toMatchObject({ role: "UY_VIEN", scores: true, row: 2 });
    expect(read.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["MEMBER_ROLE_UNKNOWN", "warning", "C2"],
      ["MEMBER_SCORES_UNKNOWN", "warning", "D2"],
    ]);
  });

  it("knows the four council roles", () => {
    expect(parseCouncilRole("Ủy viên thường trực")).toBe("UV_THUONG_TRUC");
    expect(parseCouncilRole("PHÓ CHỦ TỊCH")).toBe("PHO_CHU_TICH");
    expect(parseCouncilRole("Chủ tịch")).toBe("CHU_TICH");
    expect(parseCouncilRole("")).toBeUndefined();
  });
});
