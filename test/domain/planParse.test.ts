/**
 * The plan reader against the hand-made model of the seed (seed2024.ts, whose every judgement a person
 * made and wrote down) and against a plan of another ward and year written for this test with the same
 * quirks: bullets broken over lines, paragraphs without a dash, a bullet packing two duties, "qúy", a
 * "Tháng 3 năm 2026" heading and a passage outside any month.
 */
import * as fs from "fs";
import * as path from "path";
import { parsePlanText } from "../../src/domain/plan/parse";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import type { PlanTask } from "../../src/domain/plan/model";

const read = (name: string) => fs.readFileSync(path.resolve(__dirname, "../fixtures", name), "utf8").split(/\r?\n/);

/** What a clerk checks of a task on `Kế hoạch`: where it is, what it says, what it is, what it belongs to. */
function facts(t: PlanTask) {
  return { id: t.id, month: t.month, quarter: t.quarter, text: t.text, kind: t.kind, round: t.round, period: t.period };
}

describe("the seed plan read from its text", () => {
  const { plan, unplaced } = parsePlanText(read("ke-hoach-tdkt-2024.txt"));

  test("gives exactly the 37 tasks of the hand-made model, in their months and order, with kind, round and period", () => {
    expect(plan.tasks).toHaveLength(37);
    expect(plan.tasks.map(facts)).toEqual(PLAN_2024.tasks.map(facts));
  });

  test("links the same tasks to movements as the model, and the named ones to the same movement", () => {
    const linked = (tasks: readonly PlanTask[]) => tasks.filter((t) => t.movements?.length).map((t) => t.id);
    expect(linked(plan.tasks)).toEqual(linked(PLAN_2024.tasks));
    const byId = (id: string) => plan.tasks.find((t) => t.id === id)!.movements;
    expect(byId("T11-03")).toEqual(["TD", "LV06", "CD"]);
    // May's guidance and September's launch name the same education movement.
    expect(byId("T05-01")).toEqual(byId("T09-01"));
    expect(byId("T01-06")).toEqual(["TD"]);
  });

  test("year, title, issuer, rounds dated by the tasks that launch and evaluate them", () => {
    expect(plan.year).toBe(2024);
    expect(plan.title).toBe(PLAN_2024.title);
    expect(plan.issuerShort).toBe("UBND phường Nam Cường");
    expect(plan.rounds.map((r) => [r.code, r.launchMonth, r.evaluationMonths, r.period])).toEqual([
      ["D1", 1, [4], "Q1"],
      ["D2", 4, [6], "6T"],
      ["D3", 7, [], "9T"],
      // The plan has no launch of its own for the special round (the model infers January).
      ["DB", undefined, [10], "NAM"],
      ["NAM", undefined, [11], "NAM"],
    ]);
  });

  test("cites the same documents as the model, the two of the heading as its basis", () => {
    const numbers = (docs: typeof plan.cited) => docs.map((d) => d.number || d.catalogRef);
    expect(numbers(plan.cited)).toEqual(numbers(PLAN_2024.cited));
    expect(plan.cited.filter((c) => c.role === "basis").map((c) => c.number)).toEqual(["03/KH-UBND", "47-NQ/ĐU"]);
    expect(plan.cited.find((c) => c.number === "91/2017/NĐ-CP")?.date).toBe("31/07/2017");
  });

  test("purposes, duties, closing, recipients and signer are the model's", () => {
    expect(plan.purposes).toEqual(PLAN_2024.purposes);
    expect(plan.councilDuties).toEqual(PLAN_2024.councilDuties);
    expect(plan.unitDuties).toEqual(PLAN_2024.unitDuties);
    expect(plan.closing).toBe(PLAN_2024.closing);
    expect(plan.recipients).toEqual(PLAN_2024.recipients);
    expect(plan.signer).toEqual(PLAN_2024.signer);
    expect(unplaced).toEqual([]);
  });
});

describe("a plan of another ward and another year", () => {
  const { plan, unplaced } = parsePlanText(read("ke-hoach-tdkt-2026-tan-phong.txt"));

  test("every task lands in its month, a packed bullet split, a dashless paragraph broken over two lines taken whole", () => {
    expect(plan.year).toBe(2026);
    expect(plan.issuerShort).toBe("UBND xã Tân Phong");
    expect(plan.tasks.map((t) => [t.id, t.kind, t.round ?? "", t.period ?? "", t.text])).toEqual([
      ["T02-01", "launch", "D1", "", "Tổ chức phát động đợt thi đua thứ nhất chào mừng Đại hội Đảng bộ xã nhiệm kỳ 2025-2030; mừng Xuân Bính Ngọ 2026."],
      ["T02-02", "organisation", "", "", "Kiện toàn Hội đồng thi đua, khen thưởng xã."],
      ["T02-03", "organisation", "", "", "Phân công thành viên Hội đồng phụ trách các thôn."],
      ["T03-01", "registration", "D1", "", "Tổng hợp đăng ký thi đua của các thôn, trường học và các đoàn thể."],
      ["T03-02", "report", "", "Q1", "Báo cáo công tác thi đua, khen thưởng quý I/2026."],
      ["T05-01", "evaluation", "D1", "", "Tổ chức bình xét thi đua đợt 1."],
      [
        "T05-02",
        "dissemination",
        "",
        "",
        "Tuyên truyền Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng.",
      ],
      ["T06-01", "launch", "D2", "", "Tổ chức phát động thi đua đợt 2 chào mừng Quốc khánh 2/9."],
      ["T06-02", "report", "", "6T", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026."],
      ["T08-01", "evaluation", "DB", "", "Xét khen thưởng đợt thi đua đặc biệt chào mừng kỷ niệm 80 năm thành lập xã (1946 - 2026)."],
      ["T09-01", "evaluation", "D2", "", "Tổ chức bình xét thi đua - khen thưởng đợt 2."],
      ["T09-02", "report", "", "9T", "Sơ kết công tác thi đua, khen thưởng 9 tháng đầu năm 2026."],
      ["T11-01", "guidance", "NAM", "", "Hướng dẫn bình xét khen thưởng năm 2026."],
      ["T11-02", "evaluation", "NAM", "", "Thẩm định, tổ chức hội nghị bình xét phong trào thi đua toàn diện."],
      ["T12-01", "report", "NAM", "NAM", "Tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2026."],
      ["T12-02", "launch", "", "", "Phát động thi đua năm 2027."],
    ]);
    expect(plan.tasks.every((t) => t.quarter === Math.ceil(t.month / 3))).toBe(true);
  });

  test("its own rounds: Đợt 1 February to May, Đợt 2 June to September, the special round in August, the year in November", () => {
    expect(plan.rounds.map((r) => [r.code, r.launchMonth, r.evaluationMonths])).toEqual([
      ["D1", 2, [5]],
      ["D2", 6, [9]],
      ["DB", undefined, [8]],
      ["NAM", undefined, [11]],
    ]);
  });

  test("the passage before any month is returned for the clerk, with its line; nothing else is left out", () => {
    expect(unplaced).toEqual([
      {
        line: 19,
        text: "Các tổ chức, đơn vị chủ động rà soát danh sách đăng ký trước khi có hướng dẫn.",
        reason: "outside-month",
      },
    ]);
  });

  test("the basis it cites, signer and recipients", () => {
    expect(plan.cited.map((c) => [c.number, c.role])).toEqual([
      ["06/2022/QH15", "basis"],
      ["152/2025/NĐ-CP", "basis"],
      ["12/KH-UBND", "basis"],
    ]);
    expect(plan.signer).toEqual({ on_behalf: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Hoàng Văn Sơn" });
    expect(plan.recipients).toEqual(["UBND tỉnh Tuyên Quang", "Đảng ủy, HĐND xã", "Lưu VT"]);
    expect(plan.purposes).toHaveLength(2);
  });
});
