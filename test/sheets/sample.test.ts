import { sampleMembers, sampleUnits, SAMPLE_NOTE } from "../../src/domain/sample/ward";
import { isValidSheetName, scoringSheetName } from "../../src/sheets/names";
import { ROUND_CODES } from "../../src/domain/types";

describe("the sample ward", () => {
  const units = sampleUnits();
  const members = sampleMembers();
  const count = (type: string) => units.filter((u) => u.type === type).length;

  it("has the shape of research §4.1: 14 tổ dân phố, chi bộ, 7 đoàn thể, ban ngành, 3 schools, agencies", () => {
    expect(count("TDP")).toBe(14);
    expect(count("CHIBO")).toBeGreaterThanOrEqual(5);
    expect(count("DOANTHE")).toBe(7);
    expect(count("BANNGANH")).toBeGreaterThanOrEqual(5);
    expect(count("COQUAN")).toBeGreaterThanOrEqual(2);
    const schools = units.filter((u) => u.type === "TRUONG").map((u) => u.name);
    expect(schools).toHaveLength(3);
    expect(schools.some((n) => /Mầm non/.test(n))).toBe(true);
    expect(schools.some((n) => /Tiểu học/.test(n))).toBe(true);
    expect(schools.some((n) => /Trung học cơ sở|THCS/.test(n))).toBe(true);
  });

  it("has unique codes, one khối per unit type, and every row marked as sample data", () => {
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    const blockOfType = new Map<string, Set<string>>();
    for (const u of units) blockOfType.set(u.type, (blockOfType.get(u.type) ?? new Set()).add(u.block));
    for (const blocks of blockOfType.values()) expect(blocks.size).toBe(1);
    expect(new Set(units.map((u) => u.block)).size).toBe(6);
    expect(units.every((u) => u.note === SAMPLE_NOTE)).toBe(true);
  });

  it("has an 11-member council chaired by the chair of the People's Committee, Lê Minh Huy", () => {
    expect(members).toHaveLength(11);
    const chairs = members.filter((m) => m.role === "CHU_TICH");
    expect(chairs.map((m) => m.name)).toEqual(["Lê Minh Huy"]);
    expect(members.filter((m) => m.role === "UV_THUONG_TRUC")).toHaveLength(1);
    expect(members.filter((m) => m.role === "PHO_CHU_TICH").length).toBeGreaterThanOrEqual(1);
  });

  it("assigns each tổ dân phố to exactly one member, and each member but the chair to one or two", () => {
    const tdp = units.filter((u) => u.type === "TDP").map((u) => u.code);
    for (const code of tdp) expect(members.filter((m) => m.follows.includes(code))).toHaveLength(1);
    for (const m of members.filter((x) => x.role !== "CHU_TICH")) {
      const n = m.follows.filter((c) => tdp.includes(c)).length;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(2);
    }
  });

  it("agrees with itself: a unit's follower follows it, nobody follows a unit they belong to, codes exist", () => {
    const codes = new Set(units.map((u) => u.code));
    for (const u of units) if (u.follower) expect(members.find((m) => m.code === u.follower)!.follows).toContain(u.code);
    for (const m of members) {
      for (const c of [...m.follows, ...m.memberOf]) expect(codes.has(c)).toBe(true);
      for (const c of m.follows) expect(m.memberOf).not.toContain(c);
    }
  });

  it("holds a realistic conflict of interest: the chair of the Women's Union belongs to it", () => {
    const women = units.find((u) => u.name.includes("Phụ nữ"))!;
    const chair = members.find((m) => m.position.includes("Phụ nữ"))!;
    expect(chair.memberOf).toContain(women.code);
    expect(women.head).toBe(chair.name);
  });

  it("gives every member a short name that makes a valid, distinct scoring sheet name", () => {
    for (const r of ROUND_CODES) {
      const names = members.map((m) => scoringSheetName(r, m.shortName));
      expect(names.every(isValidSheetName)).toBe(true);
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    }
  });

  it("is the ward a clerk knows: its units, council and who follows whom, written out", () => {
    expect(units).toHaveLength(46);
    expect(units.slice(0, 3).map((u) => [u.code, u.name, u.block, u.follower])).toEqual([
      ["TDP01", "Tổ dân phố số 1", "KTDP", "M02"],
      ["TDP02", "Tổ dân phố số 2", "KTDP", "M02"],
      ["TDP03", "Tổ dân phố số 3", "KTDP", "M03"],
    ]);
    expect(units.filter((u) => u.type === "TRUONG").map((u) => [u.code, u.name, u.block])).toEqual([
      ["TR01", "Trường Mầm non Nam Cường", "KTH"],
      ["TR02", "Trường Tiểu học Nam Cường", "KTH"],
      ["TR03", "Trường Trung học cơ sở Nam Cường", "KTH"],
    ]);
    expect(members.map((m) => [m.code, m.shortName, m.role])).toEqual([
      ["M01", "Huy", "CHU_TICH"],
      ["M02", "Trang", "PHO_CHU_TICH"],
      ["M03", "Hạnh", "PHO_CHU_TICH"],
      ["M04", "Thanh", "UV_THUONG_TRUC"],
      ["M05", "Việt", "UY_VIEN"],
      ["M06", "Lan", "UY_VIEN"],
      ["M07", "Nam", "UY_VIEN"],
      ["M08", "Chiến", "UY_VIEN"],
      ["M09", "Cường", "UY_VIEN"],
      ["M10", "Toàn", "UY_VIEN"],
      ["M11", "Linh", "UY_VIEN"],
    ]);
    expect(members.find((m) => m.code === "M02")!.follows).toEqual(["TDP01", "TDP02", "BN01", "CQ01"]);
    expect(members.find((m) => m.code === "M11")!.follows).toEqual(["TDP14", "TR01", "TR02", "TR03"]);
    expect(members.find((m) => m.code === "M09")!.memberOf).toEqual(["BN06", "CB09"]);
  });
});
