/** The NĐ 86/2023 timetable of each tổ dân phố, and who goes on the decision, on a hand-made register. */
import { checkTimetable, decisionList, type Household } from "../../src/domain/households";
import { defaultSettings } from "../../src/domain/settings";

const d = (day: number, month: number) => new Date(Date.UTC(2024, month - 1, day));

function hh(row: number, tdp: string, result: Household["result"], dates: Partial<Household> = {}): Household {
  return { code: `H${row}`, head: `Chủ hộ ${row}`, address: "", tdp, result, source: "", row, ...dates };
}

const onTime = { evaluatedOn: d(15, 11), postedFrom: d(16, 11), postedTo: d(25, 11) };

describe("Gia đình văn hóa timetable", () => {
  const register: Household[] = [
    hh(2, "TDP01", "DAT", onTime),
    hh(3, "TDP01", "KHONG_DAT"), // blank dates: as above
    hh(4, "TDP01", "DAT", onTime),
    // met on the deadline itself: NĐ 86/2023 says before 25/11
    hh(5, "TDP02", "DAT", { evaluatedOn: d(25, 11), postedFrom: d(26, 11), postedTo: d(5, 12) }),
    // posted nine days
    hh(6, "TDP03", "DAT", { evaluatedOn: d(10, 11), postedFrom: d(11, 11), postedTo: d(19, 11) }),
    // a later row with another meeting day: a warning, the first row counts
    hh(7, "TDP04", "DAT", onTime),
    hh(8, "TDP04", "DAT", { ...onTime, evaluatedOn: d(14, 11) }),
    // not met yet
    hh(9, "TDP05", undefined),
  ];

  test("each slip is named at its row, and only tổ dân phố in order go on the decision", () => {
    const { tdps, findings } = checkTimetable(register, defaultSettings(), d(1, 12));
    expect(findings.map((f) => [f.tdp, f.row, f.field, f.severity, f.issue.code])).toEqual([
      ["TDP02", 5, "evaluatedOn", "error", "GDVH_EVAL_LATE"],
      ["TDP02", 5, "decision", "error", "GDVH_DECIDED_BEFORE_POSTING_END"],
      ["TDP03", 6, "postedTo", "error", "GDVH_POSTING_SHORT"],
      // its posting ended 19/11: ten days after is 29/11
      ["TDP03", 6, "decision", "warning", "GDVH_DECISION_LATE"],
      ["TDP04", 8, "evaluatedOn", "warning", "GDVH_DATES_DIFFER"],
    ]);
    expect(findings[2]!.issue).toEqual({ code: "GDVH_POSTING_SHORT", days: 9, required: 10 });
    expect(tdps.map((t) => [t.tdp, t.households, t.passed, t.ready])).toEqual([
      ["TDP01", 3, 2, true],
      ["TDP02", 1, 1, false],
      ["TDP03", 1, 1, false],
      ["TDP04", 2, 2, true],
      ["TDP05", 1, 0, false],
    ]);
    expect(decisionList(register, tdps).map((h) => h.code)).toEqual(["H2", "H4", "H7", "H8"]);
  });

  test("a decision more than the set days after the posting is a warning; the days are a setting", () => {
    const late = checkTimetable([hh(2, "TDP01", "DAT", onTime)], defaultSettings(), d(6, 12));
    expect(late.findings.map((f) => [f.issue.code, f.severity])).toEqual([["GDVH_DECISION_LATE", "warning"]]);
    expect(late.tdps[0]!.ready).toBe(true);
    const longer = checkTimetable([hh(2, "TDP01", "DAT", onTime)], { ...defaultSettings(), GDVH_DECISION_DAYS: 15 }, d(6, 12));
    expect(longer.findings).toEqual([]);
    const shorter = checkTimetable([hh(2, "TDP01", "DAT", onTime)], { ...defaultSettings(), GDVH_POSTING_DAYS: 12 }, d(1, 12));
    expect(shorter.findings.map((f) => f.issue)).toEqual([{ code: "GDVH_POSTING_SHORT", days: 10, required: 12 }]);
  });

  test("the deadline is the setting's day and month in the register's year", () => {
    const in2026 = (day: number, month: number) => new Date(Date.UTC(2026, month - 1, day));
    const late = [hh(2, "TDP01", "DAT", { evaluatedOn: in2026(26, 11), postedFrom: in2026(27, 11), postedTo: in2026(6, 12) })];
    const r = checkTimetable(late, defaultSettings(), in2026(10, 12), 2026);
    expect(r.findings.map((f) => f.issue)).toEqual([{ code: "GDVH_EVAL_LATE", deadline: in2026(25, 11) }]);
  });
});
