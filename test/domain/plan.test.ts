import * as fs from "fs";
import * as path from "path";
import { PLAN_2024 } from "../../src/domain/plan/seed2024";
import type { TaskKind } from "../../src/domain/plan/model";
import {
  currentPeriod,
  lastEvaluatedRound,
  roundsInPeriod,
  taskDueDate,
  tasksDueBy,
  tasksInMonth,
} from "../../src/domain/plan/queries";

/**
 * The seed plan as the ward issued it. A copy lives in the repository so the tests run from any clone; the
 * shared original, when it sits beside the repository, must be the same text (checked below).
 */
const SEED_PATH = path.resolve(__dirname, "../fixtures/ke-hoach-tdkt-2024.txt");
const SHARED_SEED_PATH = path.resolve(__dirname, "../../../shared/seed/ke-hoach-tdkt-2024.txt");

/**
 * The seed as one line: NFC, line breaks and runs of spaces collapsed to one space. A line break right
 * after a hyphen between digits ("2021-⏎2025") is a PDF line wrap inside a range, so it joins with no space.
 */
function normalisedSeed(): string {
  if (!fs.existsSync(SEED_PATH)) {
    throw new Error(`Seed plan not found at ${SEED_PATH}: the plan tests read the original text and cannot run without it.`);
  }
  return fs
    .readFileSync(SEED_PATH, "utf8")
    .normalize("NFC")
    .replace(/(\d)-[ \t]*\r?\n\s*(\d)/g, "$1-$2")
    .replace(/\s+/g, " ");
}

/**
 * Every task of the seed, read off the text by hand: month, quarter, kind and the first words.
 * Bullets with two sentences that are two duties are listed as two tasks (January "Kiện toàn … . Phân công …"
 * and the đợt 1 launch followed by "Giao kế hoạch …"). Paragraphs without a dash (May, October) are tasks.
 */
const EXPECTED: ReadonlyArray<[month: number, quarter: number, kind: TaskKind, start: string]> = [
  [1, 1, "plan", "Xây dựng và triển khai kế hoạch công tác thi đua"],
  [1, 1, "organisation", "Kiện toàn Hội đồng thi đua khen thưởng."],
  [1, 1, "organisation", "Phân công nhiệm vụ cho cho các thành viên"],
  [1, 1, "launch", "Tổ chức phát động đợt thi đua lần thứ nhất"],
  [1, 1, "plan", "Giao kế hoạch nhiệm vụ năm 2024"],
  [1, 1, "covenant", "Tổ chức ký giao ước thi đua"],
  [1, 1, "organisation", "Hoàn thành quy chế hoạt động"],
  [1, 1, "registration", "Tổng hợp đăng ký thi đua toàn phường"],
  [1, 1, "dissemination", "Tuyên truyền, phổ biến pháp luật"],
  [2, 1, "launch", "Triển khai phát động phong trào thi đua “Cải cách hành chính"],
  [2, 1, "monitoring", "Các thành viên Hội đồng TĐKT theo dõi"],
  [3, 1, "report", "Báo cáo công tác thi đua - khen thưởng quý I/2024"],
  [3, 1, "guidance", "Hướng dẫn, tổ chức bình xét khen thưởng"],
  [4, 2, "evaluation", "Tổ chức bình xét thi đua - khen thưởng đợt 1"],
  [4, 2, "launch", "Tổ chức phát động thi đua đợt 2"],
  [5, 2, "guidance", 'Hướng dẫn bình xét phong trào thi đua "Đổi mới'],
  [6, 2, "evaluation", "Tổ chức bình xét thi đua - khen thưởng đợt 2"],
  [6, 2, "report", "Sơ kết công tác TĐ-KT 6 tháng"],
  [6, 2, "evaluation", "Tổng hợp bình xét thi đua khen thưởng khối xã, phường 6 tháng"],
  [6, 2, "ceremony", "Tổ chức hội nghị tuyên dương gia đình hiếu học"],
  [6, 2, "dossier", "Lựa chọn, bình xét gửi hồ sơ trưởng khối"],
  [7, 3, "launch", "Tổ chức phát động thi đua đợt 3"],
  [7, 3, "evaluation", "Tổ chức hướng dẫn bình xét, lồng ghép hội nghị sơ kết"],
  [8, 3, "evaluation", "Tổ chức hướng dẫn bình xét, lồng ghép hội nghị, trao thưởng"],
  [8, 3, "evaluation", "Tổng hợp bình xét thi đua khen thưởng khối xã, phường các phong trào"],
  [9, 3, "launch", 'Phát động Phong trào thi đua "Đổi mới'],
  [9, 3, "implementation", "Thực hiện có hiệu quả các phong trào thi đua chuyên đề"],
  [9, 3, "report", "Sơ kết công tác thi đua khen thưởng 9 tháng"],
  [10, 4, "launch", "Phát động phong trào thi đua ngày Quốc phòng toàn dân"],
  [10, 4, "evaluation", "Xét khen thưởng các tập thể, cá nhân"],
  [10, 4, "dossier", "Hoàn thiện hồ sơ trình cấp tỉnh tặng bằng khen"],
  [11, 4, "guidance", "Hướng dẫn bình xét khen thưởng năm 2024"],
  [11, 4, "evaluation", "Tổng hợp kết quả bình xét khen thưởng"],
  [11, 4, "evaluation", "Thẩm định, tổ chức hội nghị bình xét"],
  [12, 4, "report", "Tổ chức hội nghị tổng kết"],
  [12, 4, "launch", "Phát động thi đua khen thưởng năm 2025"],
  [12, 4, "plan", "Chuẩn bị các nội dung xây dựng Nghị quyết"],
];

describe("the 2024 plan as data, against the seed text", () => {
  const seed = normalisedSeed();

  test("the expected list itself is read from the seed: each start appears in it", () => {
    for (const [, , , start] of EXPECTED) expect(seed).toContain(start);
  });

  test.each(EXPECTED.map((e, i) => [i + 1, ...e] as const))(
    "task %i (tháng %i, quý %i, %s) “%s…” is in the model once, in its month and quarter",
    (_n, month, quarter, kind, start) => {
      const all = PLAN_2024.tasks.filter((t) => t.text.startsWith(start));
      expect(all).toHaveLength(1);
      expect(all[0].month).toBe(month);
      expect(all[0].quarter).toBe(quarter);
      expect(all[0].kind).toBe(kind);
    },
  );

  test("no task is in the model that is not in the list, and tasks keep the plan's order", () => {
    expect(PLAN_2024.tasks).toHaveLength(EXPECTED.length);
    PLAN_2024.tasks.forEach((t, i) => {
      expect(t.text.startsWith(EXPECTED[i][3])).toBe(true);
    });
  });

  test("counts per month as the seed has them", () => {
    const counts = Array.from({ length: 12 }, (_, m) => tasksInMonth(PLAN_2024, m + 1).length);
    expect(counts).toEqual([9, 2, 2, 2, 1, 5, 2, 2, 3, 3, 3, 3]);
  });

  test("every task text is the plan's own words (a substring of the normalised seed)", () => {
    for (const t of PLAN_2024.tasks) expect(seed.includes(t.text) ? t.text : `NOT IN SEED: ${t.text}`).toBe(t.text);
  });

  test("purposes, duties and the closing paragraph are the plan's words too", () => {
    expect(PLAN_2024.purposes).toHaveLength(3);
    expect(PLAN_2024.councilDuties).toHaveLength(5);
    expect(PLAN_2024.unitDuties).toHaveLength(2);
    for (const s of [...PLAN_2024.purposes, ...PLAN_2024.councilDuties, ...PLAN_2024.unitDuties, PLAN_2024.closing ?? ""]) {
      expect(seed.includes(s) ? s : `NOT IN SEED: ${s}`).toBe(s);
    }
  });

  test("all texts are NFC with no doubled or edge spaces", () => {
    const texts = [
      ...PLAN_2024.tasks.map((t) => t.text),
      ...PLAN_2024.purposes,
      ...PLAN_2024.movements.map((m) => m.name),
      ...PLAN_2024.rounds.flatMap((r) => [r.name, ...r.occasions, r.note ?? ""]),
      ...PLAN_2024.cited.map((c) => c.title),
      ...PLAN_2024.recipients,
    ];
    for (const s of texts) {
      expect(s.normalize("NFC")).toBe(s);
      expect(s).not.toMatch(/\s{2}|^\s|\s$/);
    }
  });

  test("ids are T<MM>-<NN>, unique, numbered in plan order within each month", () => {
    const ids = PLAN_2024.tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let m = 1; m <= 12; m++) {
      tasksInMonth(PLAN_2024, m).forEach((t, i) => {
        expect(t.id).toBe(`T${String(m).padStart(2, "0")}-${String(i + 1).padStart(2, "0")}`);
      });
    }
  });

  test("links the plan implies: launches and evaluations of rounds, period reports, movements", () => {
    const byStart = (s: string) => PLAN_2024.tasks.find((t) => t.text.startsWith(s))!;
    expect(byStart("Tổ chức phát động đợt thi đua lần thứ nhất").round).toBe("D1");
    expect(byStart("Tổ chức bình xét thi đua - khen thưởng đợt 1").round).toBe("D1");
    // the January registration follows the launch of đợt 1 in the same month; the link is inferred, and says so
    expect(byStart("Tổng hợp đăng ký thi đua toàn phường").round).toBe("D1");
    expect(byStart("Tổng hợp đăng ký thi đua toàn phường").note).toMatch(/Kế hoạch không ghi đợt/);
    expect(byStart("Tổ chức phát động thi đua đợt 2").round).toBe("D2");
    expect(byStart("Tổ chức bình xét thi đua - khen thưởng đợt 2").round).toBe("D2");
    expect(byStart("Tổ chức phát động thi đua đợt 3").round).toBe("D3");
    expect(byStart("Xét khen thưởng các tập thể, cá nhân").round).toBe("DB");
    expect(byStart("Hoàn thiện hồ sơ trình cấp tỉnh").round).toBe("DB");
    expect(byStart("Báo cáo công tác thi đua - khen thưởng quý I").period).toBe("Q1");
    expect(byStart("Sơ kết công tác TĐ-KT 6 tháng").period).toBe("6T");
    expect(byStart("Sơ kết công tác thi đua khen thưởng 9 tháng").period).toBe("9T");
    expect(byStart("Tổ chức hội nghị tổng kết").period).toBe("NAM");
    expect(byStart("Triển khai phát động phong trào thi đua “Cải cách").movements).toEqual(["CCHC"]);
    expect(byStart("Tổ chức ký giao ước").movements).toEqual(["TD"]);
    // November's appraisal names three movements: toàn diện, the 06 sectoral ones, the thematic ones.
    expect(byStart("Thẩm định, tổ chức hội nghị bình xét").movements).toEqual(["TD", "LV06", "CD"]);
    // Every movement code a task uses exists.
    const codes = new Set(PLAN_2024.movements.map((m) => m.code));
    for (const t of PLAN_2024.tasks) for (const m of t.movements ?? []) expect(codes).toContain(m);
    // The one bullet that names who acts.
    expect(byStart("Các thành viên Hội đồng TĐKT theo dõi").lead).toBe("Các thành viên Hội đồng TĐKT");
    // Kiện toàn the council is the Chủ tịch's (inferred, and the note says so).
    expect(byStart("Kiện toàn").lead).toBe("Chủ tịch UBND phường");
  });
});

/**
 * Section II of the seed cut into its months, from the text alone: "Tháng N/2024" up to the next month
 * heading, quarter heading ("2. Nhiệm vụ công tác quý II", the seed's "qúy" included) or section III.
 */
function monthSections(seed: string): Map<number, string> {
  const start = seed.indexOf("II. NỘI DUNG, NHIỆM VỤ");
  const end = seed.indexOf("III. TỔ CHỨC THỰC HIỆN");
  if (start < 0 || end < start) throw new Error("section II of the seed not found");
  const body = seed.slice(start, end);
  const heading = /Tháng (\d{1,2})\/2024|\d\. Nhiệm vụ công tác q(?:uý|úy) [IV]+/g;
  const marks = [...body.matchAll(heading)];
  const out = new Map<number, string>();
  marks.forEach((m, i) => {
    if (!m[1]) return;
    const from = m.index! + m[0].length;
    const to = i + 1 < marks.length ? marks[i + 1]!.index! : body.length;
    out.set(Number(m[1]), body.slice(from, to));
  });
  return out;
}

/** What is left of each month's text once every model task of that month is cut out of it (longest first, each once). */
function residue(sections: Map<number, string>, tasks: readonly { month: number; text: string }[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const [month, section] of sections) {
    let rest = section;
    const own = tasks.filter((t) => t.month === month).sort((a, b) => b.text.length - a.text.length);
    for (const t of own) {
      const at = rest.indexOf(t.text);
      // a separator, so the text on either side cannot join into something that looks like a task
      if (at >= 0) rest = `${rest.slice(0, at)} | ${rest.slice(at + t.text.length)}`;
    }
    out.set(month, rest);
  }
  return out;
}

/** Bullet dashes, punctuation, spaces and the separators residue() leaves: nothing a task could be made of. */
const ONLY_MARKS = /^[\s\-–—.,;:()|]*$/;

describe("the model against the seed, by residue", () => {
  const sections = monthSections(normalisedSeed());

  test("the seed has the twelve months of section II, in order", () => {
    expect([...sections.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  test.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])(
    "tháng %i: once the model's tasks of the month are cut out, only dashes and punctuation are left",
    (month) => {
      const left = residue(sections, PLAN_2024.tasks).get(month)!;
      expect(ONLY_MARKS.test(left) ? "" : left.trim()).toBe("");
    },
  );

  test("each task of the model is found in its own month's text", () => {
    for (const t of PLAN_2024.tasks) {
      expect(sections.get(t.month)!.includes(t.text) ? t.id : `${t.id} NOT IN ITS MONTH: ${t.text}`).toBe(t.id);
    }
  });

  test("the check can fail: a model missing any one task leaves that task's words behind", () => {
    for (const dropped of PLAN_2024.tasks) {
      const left = residue(
        sections,
        PLAN_2024.tasks.filter((t) => t !== dropped),
      ).get(dropped.month)!;
      expect(ONLY_MARKS.test(left)).toBe(false);
    }
  });
});

describe("rounds and periods as the plan gives them", () => {
  const round = (c: string) => PLAN_2024.rounds.find((r) => r.code === c)!;

  test("five rounds, in order", () => {
    expect(PLAN_2024.rounds.map((r) => r.code)).toEqual(["D1", "D2", "D3", "DB", "NAM"]);
  });

  test("đợt 1: launched in January, evaluated in April", () => {
    expect(round("D1").launchMonth).toBe(1);
    expect(round("D1").evaluationMonths).toEqual([4]);
    expect(round("D1").occasions.join(" ")).toMatch(/94 năm ngày thành lập Đảng/);
    expect(round("D1").occasions.join(" ")).toMatch(/Giáp Thìn/);
  });

  test("đợt 2: launched in April, evaluated in June", () => {
    expect(round("D2").launchMonth).toBe(4);
    expect(round("D2").evaluationMonths).toEqual([6]);
    expect(round("D2").occasions.join(" ")).toMatch(/Quốc tế lao động 1\/5/);
  });

  test("đợt 3: launched in July; the plan states no evaluation month, and the note says so", () => {
    expect(round("D3").launchMonth).toBe(7);
    expect(round("D3").evaluationMonths).toEqual([]);
    expect(round("D3").note).toMatch(/không ghi tháng bình xét/);
    expect(round("D3").occasions.join(" ")).toMatch(/Quốc khánh 2\/9/);
  });

  test("đợt đặc biệt: evaluated in October; its January launch is inferred and flagged", () => {
    expect(round("DB").evaluationMonths).toEqual([10]);
    expect(round("DB").launchMonth).toBe(1);
    expect(round("DB").inferred).toContain("launchMonth");
    expect(round("DB").note).toMatch(/Đợt 1/);
    expect(round("DB").occasions.join(" ")).toContain("30/11/2004 - 30/11/2024");
  });

  test("the year: evaluated in November; no launch of its own", () => {
    expect(round("NAM").evaluationMonths).toEqual([11]);
    expect(round("NAM").launchMonth).toBeUndefined();
  });

  test("periods Q1, 6T, 9T, NAM end and are reported in March, June, September, December", () => {
    expect(PLAN_2024.periods.map((p) => [p.code, p.endMonth, p.reportMonth])).toEqual([
      ["Q1", 3, 3],
      ["6T", 6, 6],
      ["9T", 9, 9],
      ["NAM", 12, 12],
    ]);
  });

  test("movements: toàn diện, the named ones, the 06 sectoral, the thematic, the honouring event", () => {
    const names = PLAN_2024.movements.map((m) => `${m.kind}:${m.name}`).join("\n");
    expect(names).toMatch(/comprehensive:.*toàn diện/);
    expect(names).toMatch(/Cải cách hành chính/);
    expect(names).toMatch(/xã hội học tập/);
    expect(names).toMatch(/Đền ơn đáp nghĩa/);
    expect(names).toMatch(/BVANTQ/);
    expect(names).toMatch(/Quốc phòng toàn dân/);
    expect(names).toMatch(/sectoral:06 phong trào thi đua lĩnh vực/);
    expect(names).toMatch(/thematic:.*chuyên đề giai đoạn 2021-2025/);
    expect(names).toMatch(/event:.*hiếu học/);
  });

  test("header, basis, recipients and signer", () => {
    expect(PLAN_2024.issuerShort).toBe("UBND phường Nam Cường");
    expect(PLAN_2024.year).toBe(2024);
    const numbers = PLAN_2024.cited.map((c) => c.number || c.catalogRef);
    expect(numbers).toEqual(
      expect.arrayContaining([
        "03/KH-UBND",
        "47-NQ/ĐU",
        "39/2013/QH13",
        "91/2017/NĐ-CP",
        "08/2017/TT-BNV",
        "50/2017/QĐ-UBND",
        "42/2019/QĐ-UBND",
        "336/KH-UBND",
      ]),
    );
    expect(PLAN_2024.cited.filter((c) => c.role === "basis").map((c) => c.number)).toEqual(["03/KH-UBND", "47-NQ/ĐU"]);
    expect(PLAN_2024.recipients).toHaveLength(6);
    expect(PLAN_2024.signer).toEqual({ on_behalf: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Lê Minh Huy" });
  });
});

describe("plan queries", () => {
  const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  const expectedUpTo = (month: number) => EXPECTED.filter(([m]) => m <= month).length;

  test("tasks due by a period are cumulative from January", () => {
    expect(tasksDueBy(PLAN_2024, "Q1")).toHaveLength(expectedUpTo(3));
    expect(tasksDueBy(PLAN_2024, "6T")).toHaveLength(expectedUpTo(6));
    expect(tasksDueBy(PLAN_2024, "9T")).toHaveLength(expectedUpTo(9));
    expect(tasksDueBy(PLAN_2024, "NAM")).toHaveLength(EXPECTED.length);
    expect(tasksDueBy(PLAN_2024, "Q1").every((t) => t.month <= 3)).toBe(true);
  });

  test("rounds in Q1: đợt 1 and the special round launched, neither evaluated yet", () => {
    const r = roundsInPeriod(PLAN_2024, "Q1");
    expect(r.map((x) => [x.round.code, x.launched, x.evaluated])).toEqual([
      ["D1", true, false],
      ["DB", true, false],
    ]);
  });

  test("rounds in 6 months: đợt 1 and 2 evaluated, the special round still open", () => {
    const r = roundsInPeriod(PLAN_2024, "6T");
    expect(r.map((x) => [x.round.code, x.evaluated])).toEqual([
      ["D1", true],
      ["D2", true],
      ["DB", false],
    ]);
  });

  test("rounds in 9 months: đợt 3 counts as evaluated by the 9-month report, marked as not stated by the plan", () => {
    const d3 = roundsInPeriod(PLAN_2024, "9T").find((x) => x.round.code === "D3")!;
    expect(d3.evaluated).toBe(true);
    expect(d3.evaluationStated).toBe(false);
    expect(d3.evaluationMonth).toBe(9);
  });

  test("rounds in the year: all five, all evaluated", () => {
    const r = roundsInPeriod(PLAN_2024, "NAM");
    expect(r.map((x) => x.round.code)).toEqual(["D1", "D2", "D3", "DB", "NAM"]);
    expect(r.every((x) => x.evaluated)).toBe(true);
  });

  test("current period by date, and outside the plan year", () => {
    expect(currentPeriod(utc(2024, 1, 1), 2024)).toBe("Q1");
    expect(currentPeriod(utc(2024, 3, 31), 2024)).toBe("Q1");
    expect(currentPeriod(utc(2024, 4, 1), 2024)).toBe("6T");
    expect(currentPeriod(utc(2024, 9, 30), 2024)).toBe("9T");
    expect(currentPeriod(utc(2024, 10, 1), 2024)).toBe("NAM");
    expect(currentPeriod(utc(2025, 2, 1), 2024)).toBe("NAM");
    expect(currentPeriod(utc(2023, 12, 31), 2024)).toBe("Q1");
  });

  test("last evaluated round follows the evaluation months", () => {
    expect(lastEvaluatedRound(PLAN_2024, utc(2024, 3, 15))).toBeUndefined();
    expect(lastEvaluatedRound(PLAN_2024, utc(2024, 4, 10))?.code).toBe("D1");
    expect(lastEvaluatedRound(PLAN_2024, utc(2024, 6, 15))?.code).toBe("D2");
    expect(lastEvaluatedRound(PLAN_2024, utc(2024, 9, 20))?.code).toBe("D3");
    expect(lastEvaluatedRound(PLAN_2024, utc(2024, 10, 15))?.code).toBe("DB");
    expect(lastEvaluatedRound(PLAN_2024, utc(2024, 11, 20))?.code).toBe("NAM");
    expect(lastEvaluatedRound(PLAN_2024, utc(2025, 1, 5))?.code).toBe("NAM");
    expect(lastEvaluatedRound(PLAN_2024, utc(2023, 12, 5))).toBeUndefined();
  });

  test("a task is due on the last day of its month (29/02 in 2024)", () => {
    const feb = tasksInMonth(PLAN_2024, 2)[0];
    expect(taskDueDate(feb, 2024).toISOString()).toBe("2024-02-29T00:00:00.000Z");
    const dec = tasksInMonth(PLAN_2024, 12)[0];
    expect(taskDueDate(dec, 2024).toISOString()).toBe("2024-12-31T00:00:00.000Z");
  });
});

describe("the repository's copy of the seed", () => {
  test("is the shared original, word for word, wherever the original is beside the repository", () => {
    const copy = fs.readFileSync(SEED_PATH, "utf8");
    expect(copy.length).toBeGreaterThan(1000);
    if (fs.existsSync(SHARED_SEED_PATH)) expect(copy).toBe(fs.readFileSync(SHARED_SEED_PATH, "utf8"));
  });
});
