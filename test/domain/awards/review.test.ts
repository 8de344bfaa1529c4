import { reviewAwards, type AwardsInput } from "../../../src/domain/awards/review";
import { AWARD_CONDITIONS } from "../../../src/domain/awards/conditions";
import { defaultSettings, type Settings } from "../../../src/domain/settings";
import { COUNCIL_SIZE, DECIDED_ON, INITIATIVES, PEOPLE, TALLIES } from "./ward30";

function run(changes: Record<string, string | number> = {}, more: Partial<AwardsInput> = {}) {
  const settings: Settings = { ...defaultSettings(), YEAR: 2025, ...changes };
  return reviewAwards({
    people: PEOPLE,
    initiatives: INITIATIVES,
    tallies: TALLIES,
    councilSize: COUNCIL_SIZE,
    settings,
    year: 2025,
    decisionDate: DECIDED_ON,
    ...more,
  });
}

const outcomes = (r: ReturnType<typeof run>, title: "LDTT" | "CSTDCS") =>
  Object.fromEntries(r.lines.filter((l) => l.title === title).map((l) => [l.person.code, l.outcome]));
const reasons = (r: ReturnType<typeof run>, code: string, title: "LDTT" | "CSTDCS") =>
  r.lines.find((l) => l.person.code === code && l.title === title)!.reasons.map((x) => x.vi);

const Q = "QUALIFIED";
const NQ = "NOT_QUALIFIED";

describe("the year's review of a hand-worked ward of 30 people, default settings", () => {
  const r = run();

  it("answers Lao động tiên tiến for everyone: grade, discipline, registration", () => {
    expect(outcomes(r, "LDTT")).toEqual({
      P01: Q, P02: Q, P03: NQ, P04: NQ, P05: NQ, P06: NQ, P07: NQ, P08: NQ,
      P09: Q, P10: Q, P11: Q, P12: Q, P13: Q, P14: Q, P15: Q, P16: Q,
      P17: Q, P18: Q, P19: Q, P20: Q, P21: Q, P22: Q, P23: NQ, P24: NQ,
      P25: Q, P26: Q, P27: Q, P28: Q, P29: Q, P30: Q,
    }); // prettier-ignore
  });

  it("says why, in words a clerk can repeat", () => {
    expect(reasons(r, "P03", "LDTT")).toEqual([
      "Năm 2025 được đánh giá “Hoàn thành nhiệm vụ”, chưa đạt “Hoàn thành tốt nhiệm vụ” trở lên.",
    ]);
    expect(reasons(r, "P04", "LDTT")).toEqual([
      "Năm 2025 được đánh giá “Không hoàn thành nhiệm vụ”, chưa đạt “Hoàn thành tốt nhiệm vụ” trở lên.",
    ]);
    expect(reasons(r, "P05", "LDTT")).toEqual(["Chưa có kết quả đánh giá mức hoàn thành nhiệm vụ năm 2025."]);
    expect(reasons(r, "P06", "LDTT")).toEqual(["Bị kỷ luật khiển trách trong năm 2025."]);
    expect(reasons(r, "P07", "LDTT")).toEqual(["Bị kỷ luật cảnh cáo trong năm 2025."]);
    expect(reasons(r, "P08", "LDTT")).toEqual(["Chưa đăng ký thi đua năm 2025."]);
    expect(reasons(r, "P19", "CSTDCS")).toEqual([
      "Năm 2025 không hoàn thành xuất sắc nhiệm vụ và không có sáng kiến được công nhận trong năm.",
    ]);
    expect(reasons(r, "P23", "CSTDCS")).toEqual([
      "Chưa đủ điều kiện Lao động tiên tiến năm 2025, nên chưa xét Chiến sĩ thi đua cơ sở.",
    ]);
    expect(reasons(r, "P21", "CSTDCS")).toEqual(["Được 7/9 thành viên Hội đồng đồng ý (77,8 %), cần từ 80 % trở lên."]);
    expect(reasons(r, "P22", "CSTDCS")).toEqual([
      "Hội đồng chưa bỏ phiếu danh hiệu CSTĐCS (trang Kiểm phiếu chưa ghi số phiếu đồng ý).",
    ]);
    expect(r.lines.find((l) => l.person.code === "P06" && l.title === "LDTT")!.reasons[0]!.en).toBe(
      "Disciplined (khiển trách) in 2025.",
    );
  });

  it("answers Chiến sĩ thi đua cơ sở: needs LĐTT, then excellence or a sáng kiến of the year, then 80 % of all members", () => {
    expect(outcomes(r, "CSTDCS")).toEqual({
      P17: Q, P18: Q, P19: NQ, P20: NQ, P21: "VOTE_SHORT", P22: "NOT_VOTED", P23: NQ, P24: NQ,
      P25: Q, P26: Q, P27: Q, P28: Q, P29: Q, P30: Q,
    }); // prettier-ignore
  });

  it("keeps each condition's answer beside the outcome", () => {
    const p20 = r.lines.find((l) => l.person.code === "P20" && l.title === "CSTDCS")!;
    expect(p20.answers.map((a) => [a.code, a.kind])).toEqual([
      ["CSTDCS_REGISTERED", "met"],
      ["CSTDCS_LDTT", "met"],
      ["CSTDCS_MERIT", "unmet"],
    ]);
    const p18 = r.lines.find((l) => l.person.code === "P18" && l.title === "CSTDCS")!;
    expect(p18.vote).toEqual({ members: 9, present: 8, yes: 8, denominator: 9, share: 0.8889, threshold: 0.8, passed: true });
  });

  it("has no cap by default: every qualified candidate is used, none left over", () => {
    expect(r.quota).toEqual({ base: 22, used: 8 });
  });

  it("names the ward's chair as the decider of both titles on 15/12/2025, and the district's on 15/12/2024", () => {
    expect(r.lines.filter((l) => l.person.code === "P17").map((l) => [l.title, l.decider?.level])).toEqual([
      ["LDTT", "xa"],
      ["CSTDCS", "xa"],
    ]);
    const before = run({}, { decisionDate: new Date(Date.UTC(2024, 11, 15)) });
    expect(before.lines.filter((l) => l.person.code === "P17").map((l) => [l.title, l.decider?.level])).toEqual([
      ["LDTT", "xa"],
      ["CSTDCS", "huyen"],
    ]);
  });

  it("gives every condition a code, words and a legal basis", () => {
    for (const c of AWARD_CONDITIONS) {
      expect(c.words(defaultSettings()).length).toBeGreaterThan(10);
      expect(c.basis).toMatch(/Điều|§/);
    }
  });
});

describe("changing Cấu hình changes the outcome as the setting says", () => {
  it("a 15 % cap of 22 LĐTT is 3 (rounded down): first place, then the two tied second places; the rest are over", () => {
    const r = run({ QUOTA_CSTDCS: 0.15 });
    expect(r.quota).toEqual({ share: 0.15, base: 22, cap: 3, used: 3, left: 0 });
    expect(outcomes(r, "CSTDCS")).toMatchObject({
      P25: Q, P17: Q, P30: Q, P29: "OVER_QUOTA", P26: "OVER_QUOTA", P28: "OVER_QUOTA", P18: "OVER_QUOTA", P27: "OVER_QUOTA",
    }); // prettier-ignore
    expect(reasons(r, "P29", "CSTDCS")).toEqual([
      "Đủ điều kiện nhưng đứng thứ 4, ngoài chỉ tiêu 3 người (15 % của 22 người đạt Lao động tiên tiến, làm tròn xuống).",
    ]);
    expect(
      r.lines.filter((l) => l.title === "CSTDCS" && l.place).map((l) => [l.person.code, l.place]),
    ).toEqual([
      ["P17", 2], ["P18", 7], ["P25", 1], ["P26", 5], ["P27", 7], ["P28", 5], ["P29", 4], ["P30", 2],
    ]); // prettier-ignore
  });

  it("a 10 % cap is 2: the tie at second place cannot be split, so both tied are over and one place is left", () => {
    const r = run({ QUOTA_CSTDCS: 0.1 });
    expect(r.quota).toEqual({ share: 0.1, base: 22, cap: 2, used: 1, left: 1 });
    expect(outcomes(r, "CSTDCS")).toMatchObject({ P25: Q, P17: "OVER_QUOTA", P30: "OVER_QUOTA", P29: "OVER_QUOTA" });
    expect(reasons(r, "P17", "CSTDCS")).toEqual([
      "Đủ điều kiện, bằng nhau với 2 người ở vị trí thứ 2, vượt chỉ tiêu 2 người (10 % của 22 người đạt Lao động tiên tiến, làm tròn xuống): Hội đồng xét lại.",
    ]);
  });

  it("a threshold of 90 % fails the 8-of-9 candidates", () => {
    const r = run({ VOTE_THRESHOLD_CSTDCS: 0.9 });
    expect(outcomes(r, "CSTDCS")).toMatchObject({
      P17: Q, P18: "VOTE_SHORT", P25: Q, P26: "VOTE_SHORT", P27: "VOTE_SHORT", P28: "VOTE_SHORT", P29: Q, P30: Q,
    }); // prettier-ignore
  });

  it("counting those present passes 7 of 8 present (87,5 %)", () => {
    const r = run({ VOTE_DENOMINATOR: "present" });
    expect(outcomes(r, "CSTDCS")).toMatchObject({ P21: Q, P18: Q });
    expect(r.lines.find((l) => l.person.code === "P21" && l.title === "CSTDCS")!.vote).toMatchObject({
      denominator: 8,
      share: 0.875,
    });
  });

  it("voting on LĐTT too: half of 9 is not reached by 4, an untallied LĐTT waits, and its CSTĐCS waits with it", () => {
    const tallies = [
      ...TALLIES,
      { code: "P01", name: "", title: "LDTT" as const, present: 9, yes: 5 },
      { code: "P02", name: "", title: "LDTT" as const, present: 9, yes: 4 },
    ];
    const r = run({ VOTE_TITLES: "LĐTT, CSTĐCS" }, { tallies });
    expect(outcomes(r, "LDTT")).toMatchObject({ P01: Q, P02: "VOTE_SHORT", P09: "NOT_VOTED", P03: NQ });
    expect(outcomes(r, "CSTDCS")).toMatchObject({ P17: "NOT_VOTED", P19: NQ });
    expect(reasons(r, "P17", "CSTDCS")).toEqual(["Hội đồng chưa bỏ phiếu Lao động tiên tiến của người này."]);
  });

  it("turning the discipline rule off qualifies the reprimanded; not requiring registration qualifies P08", () => {
    expect(outcomes(run({ LDTT_NO_DISCIPLINE: "no" }), "LDTT")).toMatchObject({ P06: Q, P07: Q, P24: Q });
    expect(outcomes(run({ LDTT_NO_DISCIPLINE: "no" }), "CSTDCS")).toMatchObject({ P24: "NOT_VOTED" });
    expect(outcomes(run({ AWARD_REQUIRE_REGISTRATION: "no" }), "LDTT")).toMatchObject({ P08: Q });
  });

  it("an administrative sanction fails LĐTT while LDTT_NO_SANCTION is on (its default), and not once it is off", () => {
    const people = PEOPLE.map((p) => (p.code === "P09" ? { ...p, sanctioned: true } : p));
    const on = run({}, { people });
    expect(outcomes(on, "LDTT")).toMatchObject({ P09: NQ, P10: Q });
    expect(reasons(on, "P09", "LDTT")).toEqual(["Bị xử phạt vi phạm hành chính trong năm 2025."]);
    expect(outcomes(run({ LDTT_NO_SANCTION: "no" }, { people }), "LDTT")).toMatchObject({ P09: Q });
  });

  it("the reading “excellent and a sáng kiến” leaves only P25 of the voted candidates", () => {
    const r = run({ CSTDCS_RULE: "and" });
    expect(outcomes(r, "CSTDCS")).toMatchObject({
      P17: NQ, P18: NQ, P25: Q, P26: NQ, P27: NQ, P28: NQ, P29: NQ, P30: NQ,
    }); // prettier-ignore
    expect(reasons(r, "P17", "CSTDCS")).toEqual(["Chưa có sáng kiến được công nhận trong năm 2025."]);
    expect(reasons(r, "P18", "CSTDCS")).toEqual(["Năm 2025 chưa hoàn thành xuất sắc nhiệm vụ."]);
  });
});
