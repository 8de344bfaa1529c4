/**
 * The 2024 TĐKT plan of UBND phường Nam Cường (shared/seed/ke-hoach-tdkt-2024.txt), typed.
 *
 * Kept as data rather than parsed at run time: the source is a PDF extraction whose bullets, line breaks
 * and quotes are irregular, and every judgement below (where a bullet holds two duties, what a task
 * links to) is a decision a person made and must be able to read. Task texts are the plan's words with
 * whitespace and line breaks normalised (NFC); nothing else is corrected, including the plan's own
 * slips ("cho cho", "phong phong trào", an unmatched parenthesis, mixed quotes).
 */
import type { PeriodCode, RoundCode } from "../types";
import type { Plan, PlanTask, TaskKind } from "./model";

/**
 * "Chủ trì" when neither the bullet nor section III names anybody: the standing office receives the units'
 * registrations and writes the council's papers (section III.2), so what is left falls to it. Each such
 * task says so in its note (INFERRED_LEAD).
 */
export const DEFAULT_LEAD = "Thường trực Hội đồng TĐKT";

/** Section III.1: "Hội đồng TĐ-KT phường" builds and deploys the plan, launches the rounds, guides the bình xét, appraises and proposes. */
const COUNCIL = "Hội đồng TĐKT phường";
/** Section III.2: the units launch to their members, register, hold their own bình xét and complete their dossiers. */
const UNITS = "Các cơ quan, đơn vị, trường học, đoàn thể, chi bộ, tổ dân phố";
const COUNCIL_NOTE = "Chủ trì theo mục III.1 của kế hoạch (Hội đồng TĐKT phường).";
const UNITS_NOTE = "Chủ trì theo mục III.2 của kế hoạch (các đơn vị đăng ký, họp bình xét, gửi Thường trực Hội đồng TĐKT).";
const INFERRED_LEAD =
  "Kế hoạch không giao chủ trì; suy ra: Thường trực Hội đồng TĐKT, nơi nhận đăng ký và tham mưu văn bản (mục III.2).";

/** A seed slip kept as written, marked so nobody reads it as the add-in's. */
const asWritten = (slip: string) => `Giữ nguyên văn kế hoạch: “${slip}”.`;

interface TaskLinks {
  round?: RoundCode;
  movement?: string | string[];
  period?: PeriodCode;
  lead?: string;
  note?: string;
}

function quarterOf(month: number): 1 | 2 | 3 | 4 {
  return Math.ceil(month / 3) as 1 | 2 | 3 | 4;
}

/** Numbers tasks in plan order within each month, so ids stay stable as long as the plan's order does. */
function monthTasks(month: number, rows: ReadonlyArray<[TaskKind, string, TaskLinks?]>): PlanTask[] {
  return rows.map(([kind, text, links = {}], i) => {
    const task: PlanTask = {
      id: `T${String(month).padStart(2, "0")}-${String(i + 1).padStart(2, "0")}`,
      quarter: quarterOf(month),
      month,
      text: text.normalize("NFC"),
      kind,
      lead: links.lead ?? DEFAULT_LEAD,
    };
    if (links.round) task.round = links.round;
    if (links.movement) task.movements = typeof links.movement === "string" ? [links.movement] : [...links.movement];
    if (links.period) task.period = links.period;
    if (links.note) task.note = links.note;
    return task;
  });
}

const EDUCATION_MOVEMENT_WORDS =
  '"Đổi mới, phát triển nâng cao chất lượng giáo dục và đào tạo nguồn nhân lực”, phổ cập giáo dục tiểu học đúng độ tuổi và phổ cập giáo dục Trung học cơ sở" xây dựng xã hội học tập.';

const TASKS: PlanTask[] = [
  // ── Quý I ──
  ...monthTasks(1, [
    ["plan", "Xây dựng và triển khai kế hoạch công tác thi đua - khen thưởng năm 2024.", { lead: COUNCIL, note: COUNCIL_NOTE }],
    // Split: the bullet holds two sentences with two verbs and two outcomes (the council is re-formed;
    // members are given movements to follow), which a clerk ticks off separately.
    [
      "organisation",
      "Kiện toàn Hội đồng thi đua khen thưởng.",
      {
        lead: "Chủ tịch UBND phường",
        note: "Kế hoạch không giao chủ trì; suy ra: Chủ tịch UBND phường quyết định thành lập, kiện toàn Hội đồng TĐKT (Luật TĐKT 2022).",
      },
    ],
    [
      "organisation",
      "Phân công nhiệm vụ cho cho các thành viên Hội đồng TĐKT theo dõi các phong trào thi đua đã phát động.",
      { lead: COUNCIL, note: `${COUNCIL_NOTE} ${asWritten("cho cho")}` },
    ],
    // Split: the launch of đợt 1 and handing the year's targets to the units are two sentences, two duties.
    [
      "launch",
      "Tổ chức phát động đợt thi đua lần thứ nhất lập thành tích chào mừng kỷ niệm 20 năm ngày thành lập phường Nam Cường và thành phố Lào Cai 30/11/2004 - 30/11/2024); 94 năm ngày thành lập Đảng Cộng sản Việt Nam, mừng Xuân Giáp Thìn 2024.",
      { round: "D1", lead: COUNCIL, note: `${COUNCIL_NOTE} ${asWritten("30/11/2004 - 30/11/2024)")} (thiếu dấu mở ngoặc).` },
    ],
    [
      "plan",
      "Giao kế hoạch nhiệm vụ năm 2024 đến các tổ dân phố, chi bộ, các ban ngành, đoàn thể và các đơn vị quản lý trên địa bàn.",
      { lead: COUNCIL, note: COUNCIL_NOTE },
    ],
    [
      "covenant",
      "Tổ chức ký giao ước thi đua trong phong trào thi đua toàn diện năm 2024.",
      { movement: "TD", note: INFERRED_LEAD },
    ],
    // Not split: "tổ chức triển khai thực hiện" governs both texts (the council's rules and the rule on
    // initiatives); cutting the sentence would leave one half without its verb, and both are finished
    // and applied together.
    [
      "organisation",
      "Hoàn thành quy chế hoạt động của hội đồng TĐKT, quy định về xét công nhận sáng kiến, tổ chức triển khai thực hiện trên toàn địa bàn.",
      { note: INFERRED_LEAD },
    ],
    [
      "registration",
      "Tổng hợp đăng ký thi đua toàn phường đảm bảo thời gian quy định của thành phố.",
      {
        round: "D1",
        lead: UNITS,
        note: `Kế hoạch không ghi đợt; gắn với Đợt 1 vì đợt này được phát động cùng tháng và các đơn vị đăng ký khi nhận kế hoạch. ${UNITS_NOTE}`,
      },
    ],
    // One duty with a long list of texts; the texts themselves are in `cited` (role "dissemination").
    [
      "dissemination",
      "Tuyên truyền, phổ biến pháp luật về công tác thi đua, khen thưởng: Luật sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởng năm 2013; Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính Phủ quy định chi tiết thi hành một số điều của Luật thi đua khen thưởng; Thông tư số 08/2017/TT-BNV quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính Phủ; Quyết định số 50/2017/QĐ-UBND ngày 29/12/2017 của UBND tỉnh Lào Cai ban hành quy định một số nội dung về công tác thi đua, khen thưởng trên địa bàn tỉnh Lào Cai; Quyết định số 42/2019/QĐ-UBND ngày 20/9/2019 của UBND tỉnh Lào Cai. Kế hoạch số 336/KH-UBND ngày 26/8/2021 của UBND tỉnh Lào Cai về xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2021-2025 và các văn bản hướng dẫn, triển khai thực hiện phong trào thi đua, khen thưởng năm 2024 của UBND thành phố, tỉnh Lào Cai.",
      { note: INFERRED_LEAD },
    ],
  ]),
  ...monthTasks(2, [
    [
      "launch",
      "Triển khai phát động phong trào thi đua “Cải cách hành chính trên địa bàn phường” năm 2024.",
      { movement: "CCHC", lead: COUNCIL, note: COUNCIL_NOTE },
    ],
    [
      "monitoring",
      "Các thành viên Hội đồng TĐKT theo dõi các phong trào thi đua đã được phát động.",
      {
        lead: "Các thành viên Hội đồng TĐKT",
        note: "Chủ trì theo mục III.1 của kế hoạch (các thành viên Hội đồng phụ trách tổ dân phố).",
      },
    ],
  ]),
  ...monthTasks(3, [
    ["report", "Báo cáo công tác thi đua - khen thưởng quý I/2024.", { period: "Q1", note: INFERRED_LEAD }],
    // Not split although it names two actions: the guidance is for this same bình xét and both fall to
    // the standing office in the same month, so a clerk ticks them off together; splitting would leave
    // "Hướng dẫn" without an object.
    [
      "guidance",
      "Hướng dẫn, tổ chức bình xét khen thưởng.",
      {
        round: "D1",
        lead: COUNCIL,
        note: `Kế hoạch không ghi đợt; gắn với Đợt 1 vì đợt này được bình xét ngay sau, vào tháng 4. ${COUNCIL_NOTE}`,
      },
    ],
  ]),
  // ── Quý II ──
  ...monthTasks(4, [
    [
      "evaluation",
      "Tổ chức bình xét thi đua - khen thưởng đợt 1.",
      { round: "D1", lead: UNITS, note: `${UNITS_NOTE} Hội đồng TĐKT phường họp xét (mục III.1).` },
    ],
    [
      "launch",
      "Tổ chức phát động thi đua đợt 2 lập thành tích chào mừng giải phóng Miền Nam thống nhất Đất nước, ngày Quốc tế lao động 1/5, ngày sinh của Chủ tịch Hồ Chí Minh.",
      { round: "D2", lead: COUNCIL, note: COUNCIL_NOTE },
    ],
  ]),
  // May is a paragraph without a leading dash in the plan; it is still a task.
  ...monthTasks(5, [
    [
      "guidance",
      `Hướng dẫn bình xét phong trào thi đua ${EDUCATION_MOVEMENT_WORDS}`,
      { movement: "GDDT", lead: COUNCIL, note: COUNCIL_NOTE },
    ],
  ]),
  // June: no bullet packs two duties. "Lựa chọn, bình xét gửi hồ sơ …" is one chain ending in the dossier
  // sent to the block head; the ceremony honours families and pupils at one meeting.
  ...monthTasks(6, [
    [
      "evaluation",
      "Tổ chức bình xét thi đua - khen thưởng đợt 2.",
      { round: "D2", lead: UNITS, note: `${UNITS_NOTE} Hội đồng TĐKT phường họp xét (mục III.1).` },
    ],
    ["report", "Sơ kết công tác TĐ-KT 6 tháng đầu năm 2024.", { period: "6T", note: INFERRED_LEAD }],
    [
      "evaluation",
      "Tổng hợp bình xét thi đua khen thưởng khối xã, phường 6 tháng đầu năm.",
      { period: "6T", note: INFERRED_LEAD },
    ],
    [
      "ceremony",
      "Tổ chức hội nghị tuyên dương gia đình hiếu học tiêu biểu, học sinh có thành tích xuất sắc năm 2024.",
      {
        movement: "HH",
        lead: COUNCIL,
        note: `Kế hoạch không nêu phong trào; gắn với phong trào khuyến học (gia đình hiếu học). Chủ trì theo mục III.1: Hội đồng tham mưu cho UBND tổ chức tuyên dương.`,
      },
    ],
    [
      "dossier",
      "Lựa chọn, bình xét gửi hồ sơ trưởng khối thi đua tổng hợp đề nghị khen thưởng lồng ghép vào sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm 2024.",
      { period: "6T", lead: COUNCIL, note: `${COUNCIL_NOTE} (đề nghị cấp trên khen thưởng)` },
    ],
  ]),
  // ── Quý III ──
  // July and August: "Tổ chức hướng dẫn bình xét, lồng ghép hội nghị (sơ kết), trao thưởng cho …" is not
  // split. It is one verb chain over one object (the movement's review: guidance, then the awards folded
  // into a conference); a split would leave "Tổ chức hướng dẫn bình xét" with no movement named.
  ...monthTasks(7, [
    [
      "launch",
      "Tổ chức phát động thi đua đợt 3 lập thành tích chào mừng cách mạng tháng 8 và Quốc khánh 2/9.",
      { round: "D3", lead: COUNCIL, note: COUNCIL_NOTE },
    ],
    [
      "evaluation",
      'Tổ chức hướng dẫn bình xét, lồng ghép hội nghị sơ kết, trao thưởng cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thực hiện công tác thương binh liệt sỹ, người có công và phong trào "Đền ơn đáp nghĩa" năm 2024.',
      { movement: "DODN", lead: COUNCIL, note: COUNCIL_NOTE },
    ],
  ]),
  ...monthTasks(8, [
    [
      "evaluation",
      "Tổ chức hướng dẫn bình xét, lồng ghép hội nghị, trao thưởng cho các tập thể, cá nhân có thành tích xuất sắc trong phong phong trào “Toàn dân BVANTQ”.",
      { movement: "BVANTQ", lead: COUNCIL, note: `${COUNCIL_NOTE} ${asWritten("phong phong trào")}` },
    ],
    [
      "evaluation",
      "Tổng hợp bình xét thi đua khen thưởng khối xã, phường các phong trào thi đua 9 tháng đầu năm 2024.",
      { period: "9T", note: INFERRED_LEAD },
    ],
  ]),
  ...monthTasks(9, [
    [
      "launch",
      `Phát động Phong trào thi đua ${EDUCATION_MOVEMENT_WORDS}`,
      { movement: "GDDT", lead: COUNCIL, note: COUNCIL_NOTE },
    ],
    [
      "implementation",
      "Thực hiện có hiệu quả các phong trào thi đua chuyên đề giai đoạn 2021-2025.",
      { movement: "CD", lead: UNITS, note: "Kế hoạch không giao chủ trì; suy ra: các đơn vị triển khai phong trào (mục III.2)." },
    ],
    ["report", "Sơ kết công tác thi đua khen thưởng 9 tháng đầu năm 2024.", { period: "9T", note: INFERRED_LEAD }],
  ]),
  // ── Quý IV ──
  ...monthTasks(10, [
    [
      "launch",
      "Phát động phong trào thi đua ngày Quốc phòng toàn dân và ngày thành lập Quân đội nhân dân Việt Nam.",
      { movement: "QPTD", lead: COUNCIL, note: COUNCIL_NOTE },
    ],
    [
      "evaluation",
      "Xét khen thưởng các tập thể, cá nhân đề nghị các cấp khen thưởng dịp thi đua đặc biệt chào mừng kỷ niệm 20 năm ngày thành lập phường Nam Cường và thành phố Lào Cai (30/11/2004 - 30/11/2024).",
      { round: "DB", lead: COUNCIL, note: COUNCIL_NOTE },
    ],
    // A paragraph without a leading dash (and without a final full stop) in the plan; still a task.
    [
      "dossier",
      "Hoàn thiện hồ sơ trình cấp tỉnh tặng bằng khen cho các tập thể, cá nhân đợt thi đua đặc biệt lập thành tích chào mừng kỷ niệm 20 năm ngày thành lập phường Nam Cường (30/11/2004 - 30/11/2024)",
      { round: "DB", lead: COUNCIL, note: `${COUNCIL_NOTE} Các đơn vị hoàn thiện hồ sơ của mình (mục III.2).` },
    ],
  ]),
  ...monthTasks(11, [
    ["guidance", "Hướng dẫn bình xét khen thưởng năm 2024.", { round: "NAM", lead: COUNCIL, note: COUNCIL_NOTE }],
    [
      "evaluation",
      "Tổng hợp kết quả bình xét khen thưởng của các tổ dân phố, các đoàn thể, các tổ chức chính trị - xã hội trên địa bàn phường.",
      {
        round: "NAM",
        note: `Kế hoạch không ghi đợt; gắn với bình xét năm vì diễn ra tháng 11, trước hội nghị bình xét năm. ${INFERRED_LEAD}`,
      },
    ],
    // Not split although it names two actions: the appraisal ("thẩm định") is of the files put to this
    // very meeting, so it has no outcome of its own to tick off. Covers three kinds of movement at one
    // meeting; linked to the comprehensive one, and the 06 sectoral and thematic movements list November
    // among their review months.
    [
      "evaluation",
      "Thẩm định, tổ chức hội nghị bình xét phong trào thi đua toàn diện, 06 phong trào thi đua lĩnh vực, phong trào thi đua chuyên đề.",
      {
        round: "NAM",
        movement: ["TD", "LV06", "CD"],
        lead: COUNCIL,
        note: `Kế hoạch không ghi đợt; gắn với bình xét năm và ba loại phong trào nêu trong câu. ${COUNCIL_NOTE}`,
      },
    ],
  ]),
  ...monthTasks(12, [
    [
      "report",
      "Tổ chức hội nghị tổng kết công tác thi đua khen thưởng năm 2024.",
      {
        round: "NAM",
        period: "NAM",
        lead: COUNCIL,
        note: "Chủ trì theo mục III.1: Hội đồng tham mưu cho UBND tổ chức tuyên dương, khen thưởng.",
      },
    ],
    [
      "launch",
      "Phát động thi đua khen thưởng năm 2025.",
      {
        lead: COUNCIL,
        note: `Phát động cho năm sau (2025), không thuộc đợt nào của năm 2024. ${COUNCIL_NOTE}`,
      },
    ],
    // Not split: one preparation producing the drafts of the 2025 resolution and plan together.
    [
      "plan",
      "Chuẩn bị các nội dung xây dựng Nghị quyết lãnh đạo công tác TĐKT, kế hoạch công tác thi đua khen thưởng năm 2025.",
      { lead: COUNCIL, note: COUNCIL_NOTE },
    ],
  ]),
];

const COUNCIL_DUTIES = [
  "Xây dựng và triển khai kế hoạch; Tổ chức phát động các đợt thi đua tới các ban ngành, đoàn thể, cơ quan, đơn vị trường học, các chi bộ, tổ dân phố và toàn thể nhân dân trên địa bàn phường.",
  "Theo dõi, kiểm tra, đôn đốc các thành viên Hội đồng TĐKT phụ trách các tổ dân phố.",
  "Hướng dẫn bình xét thi đua và thẩm định thành tích của các đơn vị, tập thể, cá nhân; đề nghị Hội đồng TĐKT phường họp xét; trình Chủ tịch UBND phường khen thưởng và đề nghị cấp trên khen thưởng theo quy định.",
  "Tham mưu cho UBND phường tổ chức tuyên dương khen thưởng tập thể, cá nhân tiêu biểu xuất sắc trong triển khai thực hiện các phong trào thi đua do các cấp phát động.",
  "Các thành viên Hội đồng TĐKT phụ trách các khu dân cư, các tổ dân phố có trách nhiệm thường xuyên đôn đốc và nắm bắt việc triển khai các nội dung thi đua ở các khu dân cư, các tổ dân phố.",
];
const UNIT_DUTIES = [
  "Tổ chức phát động nội dung thi đua đến các đối tượng tham gia phong trào thi đua và đăng ký thi đua gửi Thường trực Hội đồng TĐKT phường theo đúng quy định các đợt phát động thi đua.",
  "Triển khai họp bình xét và hoàn thiện hồ sơ đề nghị các cấp khen thưởng cho tập thể, cá nhân theo hướng dẫn của Thường trực Hội đồng TĐKT phường.",
];

export const PLAN_2024: Plan = {
  issuer: "Ủy ban nhân dân phường Nam Cường",
  issuerShort: "UBND phường Nam Cường",
  year: 2024,
  title: "Kế hoạch công tác thi đua - khen thưởng năm 2024",
  cited: [
    {
      number: "03/KH-UBND",
      kind: "Kế hoạch",
      date: "08/01/2024",
      issuer: "UBND thành phố Lào Cai",
      title: "về triển khai công tác thi đua - khen thưởng trên địa bàn thành phố Lào Cai năm 2024",
      role: "basis",
    },
    {
      number: "47-NQ/ĐU",
      kind: "Nghị quyết",
      date: "08/01/2024",
      issuer: "Đảng ủy phường Nam Cường",
      title: "về lãnh đạo công tác TĐKT năm 2024",
      role: "basis",
    },
    {
      // The plan gives no number; the catalogue knows the 2013 amending law as 39/2013/QH13 ([M]).
      number: "",
      kind: "Luật",
      issuer: "Quốc hội",
      title: "Luật sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởng năm 2013",
      role: "dissemination",
      catalogRef: "39/2013/QH13",
    },
    {
      number: "91/2017/NĐ-CP",
      kind: "Nghị định",
      date: "31/07/2017",
      issuer: "Chính phủ",
      title: "quy định chi tiết thi hành một số điều của Luật thi đua khen thưởng",
      role: "dissemination",
    },
    {
      number: "08/2017/TT-BNV",
      kind: "Thông tư",
      issuer: "Bộ Nội vụ",
      title: "quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính Phủ",
      role: "dissemination",
    },
    {
      number: "50/2017/QĐ-UBND",
      kind: "Quyết định",
      date: "29/12/2017",
      issuer: "UBND tỉnh Lào Cai",
      title: "ban hành quy định một số nội dung về công tác thi đua, khen thưởng trên địa bàn tỉnh Lào Cai",
      role: "dissemination",
    },
    {
      // The plan names it without a subject line.
      number: "42/2019/QĐ-UBND",
      kind: "Quyết định",
      date: "20/09/2019",
      issuer: "UBND tỉnh Lào Cai",
      title: "",
      role: "dissemination",
    },
    {
      number: "336/KH-UBND",
      kind: "Kế hoạch",
      date: "26/08/2021",
      issuer: "UBND tỉnh Lào Cai",
      title: "về xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2021-2025",
      role: "dissemination",
    },
  ],
  purposes: [
    "Tiếp tục đẩy mạnh các phong trào thi đua yêu nước quyết tâm thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội, thiết thực lập thành tích chào mừng kỷ niệm 20 năm Ngày thành lập phường Nam Cường và thành phố Lào Cai (30/11/2004 - 30/11/2024); 70 năm thành lập xã Nam Cường (nay là phường Nam Cường).",
    "Triển khai các hoạt động về thi đua, khen thưởng phải đảm bảo thiết thực, chất lượng, hiệu quả. Nâng cao chất lượng công tác khen thưởng, kịp thời phát hiện, biểu dương, tuyên truyền các điển hình tiên tiến, gương người tốt, việc tốt trên các phương tiện thông tin đại chúng. Chú trọng khen thưởng thành tích đột xuất, khen thưởng các tập thể, cá nhân và người lao động trực tiếp.",
    "Đối với phong trào thi đua toàn diện phấn đấu hoàn thành vượt mức các chỉ tiêu phát triển kinh tế - xã hội về đích trước ngày 30/9/2024. Xác định được những mục tiêu, phần việc cụ thể nhằm hoàn thành thắng lợi phong trào thi đua theo từng giai đoạn đúng tiến độ, đảm bảo kế hoạch đề ra.",
  ],
  tasks: TASKS,
  rounds: [
    {
      code: "D1",
      name: "Đợt 1",
      occasions: [
        "Kỷ niệm 20 năm ngày thành lập phường Nam Cường và thành phố Lào Cai (30/11/2004 - 30/11/2024)",
        "94 năm ngày thành lập Đảng Cộng sản Việt Nam",
        "Mừng Xuân Giáp Thìn 2024",
      ],
      launchMonth: 1,
      evaluationMonths: [4],
      period: "Q1",
      note: "Phát động tháng 1, hướng dẫn bình xét tháng 3, bình xét tháng 4 (sau báo cáo quý I).",
    },
    {
      code: "D2",
      name: "Đợt 2",
      occasions: ["Giải phóng Miền Nam thống nhất Đất nước", "Ngày Quốc tế lao động 1/5", "Ngày sinh của Chủ tịch Hồ Chí Minh"],
      launchMonth: 4,
      evaluationMonths: [6],
      period: "6T",
    },
    {
      code: "D3",
      name: "Đợt 3",
      occasions: ["Cách mạng tháng 8", "Quốc khánh 2/9"],
      launchMonth: 7,
      evaluationMonths: [],
      period: "9T",
      note: "Kế hoạch không ghi tháng bình xét Đợt 3; kết quả thuộc kỳ 9 tháng (tổng hợp khối xã, phường tháng 8, sơ kết 9 tháng tháng 9).",
    },
    {
      code: "DB",
      name: "Đợt đặc biệt",
      occasions: ["Kỷ niệm 20 năm ngày thành lập phường Nam Cường và thành phố Lào Cai (30/11/2004 - 30/11/2024)"],
      launchMonth: 1,
      evaluationMonths: [10],
      period: "NAM",
      inferred: ["launchMonth"],
      note: "Kế hoạch không có mục phát động riêng cho đợt đặc biệt; coi như phát động cùng Đợt 1 (tháng 1), vì Đợt 1 đã lấy dịp kỷ niệm 20 năm làm mục tiêu. Xét khen và hoàn thiện hồ sơ trình tỉnh tặng bằng khen vào tháng 10.",
    },
    {
      code: "NAM",
      name: "Năm",
      occasions: [],
      evaluationMonths: [11],
      period: "NAM",
      note: "Thi đua năm bắt đầu với kế hoạch và ký giao ước thi đua toàn diện (tháng 1); kế hoạch không có mục phát động riêng. Bình xét tháng 11, tổng kết tháng 12.",
    },
  ],
  periods: [
    { code: "Q1", name: "Quý I", endMonth: 3, reportMonth: 3 },
    { code: "6T", name: "6 tháng", endMonth: 6, reportMonth: 6 },
    {
      code: "9T",
      name: "9 tháng",
      endMonth: 9,
      reportMonth: 9,
      note: "Tổng hợp bình xét khối xã, phường 9 tháng vào tháng 8; sơ kết 9 tháng vào tháng 9.",
    },
    {
      code: "NAM",
      name: "Năm",
      endMonth: 12,
      reportMonth: 12,
      note: "Bình xét tháng 11; hội nghị tổng kết tháng 12.",
    },
  ],
  movements: [
    {
      code: "TD",
      name: "Phong trào thi đua toàn diện",
      kind: "comprehensive",
      launchMonth: 1,
      reviewMonths: [11],
      note: "Ký giao ước thi đua tháng 1; phấn đấu về đích trước ngày 30/9/2024 (mục đích 3).",
    },
    {
      code: "CCHC",
      name: "Cải cách hành chính trên địa bàn phường",
      kind: "sectoral",
      launchMonth: 2,
      reviewMonths: [],
      note: "Kế hoạch không ghi tháng bình xét riêng; bình xét chung các phong trào vào tháng 11.",
    },
    {
      code: "GDDT",
      name: "Đổi mới, phát triển nâng cao chất lượng giáo dục và đào tạo nguồn nhân lực, phổ cập giáo dục tiểu học đúng độ tuổi và phổ cập giáo dục Trung học cơ sở, xây dựng xã hội học tập",
      kind: "sectoral",
      launchMonth: 9,
      reviewMonths: [5],
      note: "Hướng dẫn bình xét tháng 5, phát động tháng 9.",
    },
    {
      code: "DODN",
      name: "Thực hiện công tác thương binh liệt sỹ, người có công và phong trào “Đền ơn đáp nghĩa”",
      kind: "sectoral",
      reviewMonths: [7],
      note: "Kế hoạch không ghi tháng phát động.",
    },
    {
      code: "BVANTQ",
      name: "Toàn dân bảo vệ an ninh Tổ quốc (BVANTQ)",
      kind: "sectoral",
      reviewMonths: [8],
      note: "Kế hoạch không ghi tháng phát động.",
    },
    {
      code: "QPTD",
      name: "Ngày Quốc phòng toàn dân và ngày thành lập Quân đội nhân dân Việt Nam",
      kind: "sectoral",
      launchMonth: 10,
      reviewMonths: [],
      note: "Kế hoạch không ghi tháng bình xét riêng.",
    },
    {
      code: "LV06",
      name: "06 phong trào thi đua lĩnh vực",
      kind: "sectoral",
      reviewMonths: [11],
      note: "Kế hoạch không nêu tên 06 phong trào lĩnh vực; các phong trào có tên ở trên được xếp loại “lĩnh vực” theo nội dung, kế hoạch không nói chúng có thuộc 06 phong trào này hay không.",
    },
    {
      code: "CD",
      name: "Các phong trào thi đua chuyên đề giai đoạn 2021-2025",
      kind: "thematic",
      reviewMonths: [11],
      note: "Thực hiện (tháng 9) và bình xét (tháng 11); kế hoạch không nêu tên từng phong trào.",
    },
    {
      code: "HH",
      name: "Tuyên dương gia đình hiếu học tiêu biểu, học sinh có thành tích xuất sắc năm 2024",
      kind: "event",
      reviewMonths: [6],
      note: "Hội nghị tuyên dương tháng 6.",
    },
  ],
  councilDuties: COUNCIL_DUTIES,
  unitDuties: UNIT_DUTIES,
  // Part III's headings as the plan writes them ("TĐ- KT" included).
  organisation: [
    { heading: "Hội đồng TĐ- KT phường", duties: COUNCIL_DUTIES },
    { heading: "Các cơ quan, đơn vị, trường học, các đoàn thể, các chi bộ, tổ dân phố", duties: UNIT_DUTIES },
  ],
  closing:
    "Trên đây là kế hoạch công tác TĐ-KT năm 2024 của UBND phường Nam Cường, đề nghị các ban ngành đoàn thể, các tổ chức chính trị - xã hội, các cơ quan, đơn vị, trường học, các CBCC phường, các chi bộ, tổ dân phố nghiêm túc triển khai thực hiện./.",
  recipients: [
    "HĐ TĐKT TP",
    "Đảng ủy, HĐND phường",
    "UBMTTQ, các đoàn thể",
    "Các tổ chức hội",
    "Bí thư chi bộ, tổ trưởng dân phố",
    "Lưu VP, HSKT",
  ],
  signer: {
    on_behalf: "TM. ỦY BAN NHÂN DÂN",
    title: "CHỦ TỊCH",
    name: "Lê Minh Huy",
  },
};
