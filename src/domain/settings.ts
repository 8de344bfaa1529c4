/**
 * Settings on the `Cấu hình` sheet. Every rule the law does not fix, or that could not be verified
 * (tagged [M] or [P] in the domain research), is a setting with a default and the source of that default.
 * Code reads settings only through `Settings`, never a literal.
 */
import { UNIT_SETTING_DEFS } from "./units/settings";

export type SettingType = "number" | "share" | "text" | "choice" | "date" | "list";

export interface SettingDef {
  code: string;
  type: SettingType;
  /** For "choice": the allowed values, as stored and read by the rules. */
  choices?: readonly string[];
  /**
   * For "choice": what `Cấu hình` shows for each stored value, in Vietnamese. The drop-down offers these;
   * reading maps a label (or the stored value typed as such) back to the stored value.
   */
  choiceLabels?: Readonly<Record<string, string>>;
  default: number | string;
  label_vi: string;
  label_en: string;
  /** Where the default comes from, and how sure it is ([V] verified law, [M] from memory, [P] practice). */
  source: string;
  /** Blank is a value of its own (e.g. a document number the văn thư has not given yet), not a slip. */
  optional?: boolean;
}

/** The summaries a document number is kept for, one setting each (DOC_NO_<code>). */
const NUMBERED_REPORTS: readonly { code: string; label: string }[] = [
  { code: "Q1", label: "báo cáo quý I" },
  { code: "6T", label: "báo cáo sơ kết 6 tháng" },
  { code: "9T", label: "báo cáo sơ kết 9 tháng" },
  { code: "NAM", label: "báo cáo tổng kết năm" },
  { code: "D1", label: "báo cáo kết quả Đợt 1" },
  { code: "D2", label: "báo cáo kết quả Đợt 2" },
  { code: "D3", label: "báo cáo kết quả Đợt 3" },
  { code: "DB", label: "báo cáo kết quả đợt đặc biệt" },
  { code: "RNAM", label: "báo cáo kết quả bình xét năm" },
];

/** The setting holding the number of a summary's báo cáo: a period code, or "R" + "NAM" for the year's round. */
export function documentNumberSetting(key: string): string {
  return `DOC_NO_${key}`;
}

const DOCUMENT_SETTINGS: readonly SettingDef[] = [
  {
    code: "ISSUER_PARENT",
    type: "text",
    default: "",
    optional: true,
    label_vi: "Tên cơ quan chủ quản trực tiếp (in hoa; để trống nếu không có)",
    label_en: "Name of the parent body (blank when none)",
    source: "[V] NĐ 30/2020/NĐ-CP Phụ lục I: chỉ ghi khi cơ quan ban hành có cơ quan chủ quản trực tiếp",
  },
  {
    code: "ISSUER_NAME",
    type: "text",
    default: "ỦY BAN NHÂN DÂN",
    label_vi: "Tên cơ quan ban hành, dòng trên (dòng dưới là Tên đơn vị)",
    label_en: "Issuing body, first line (the second is the unit name)",
    source: "[V] NĐ 30/2020/NĐ-CP Điều 8 khoản 2",
  },
  {
    code: "DOC_SYMBOL_REPORT",
    type: "text",
    default: "BC-UBND",
    label_vi: "Ký hiệu báo cáo (sau số: “Số: 15/BC-UBND”)",
    label_en: "Symbol of a report (after its number)",
    source: "[V] NĐ 30/2020/NĐ-CP Phụ lục I, III (BC = báo cáo)",
  },
  ...NUMBERED_REPORTS.map((r): SettingDef => ({
    code: documentNumberSetting(r.code),
    type: "text",
    default: "",
    optional: true,
    label_vi: `Số của ${r.label} (văn thư cấp; để trống thì để chỗ ghi tay)`,
    label_en: `Number of the ${r.code} report (blank: left to write by hand)`,
    source: "[V] NĐ 30/2020/NĐ-CP Điều 15: số theo sổ văn bản đi, từ 01 mỗi năm",
  })),
  {
    code: "DOC_RECIPIENTS",
    type: "text",
    default: "Phòng Nội vụ thành phố (b/c); Thường trực Đảng ủy, HĐND phường; Thành viên Hội đồng TĐKT phường; Lưu: VT",
    label_vi: "Nơi nhận báo cáo (cách nhau bằng dấu chấm phẩy)",
    label_en: "Recipients of a report (separated by semicolons)",
    source: "[P] thông lệ; [V] NĐ 30/2020/NĐ-CP Điều 8 khoản 2 (thành phần nơi nhận)",
  },
  {
    code: "SIGN_AUTHORITY",
    type: "text",
    default: "TM. ỦY BAN NHÂN DÂN",
    label_vi: "Quyền hạn người ký (TM., KT., TL. …)",
    label_en: "Signing authority (TM., KT., TL. …)",
    source: "[V] NĐ 30/2020/NĐ-CP Điều 13",
  },
  {
    code: "SIGN_POSITION",
    type: "text",
    default: "CHỦ TỊCH",
    label_vi: "Chức vụ người ký",
    label_en: "Signer's position",
    source: "[V] NĐ 30/2020/NĐ-CP Điều 13",
  },
];

export const SETTING_DEFS: readonly SettingDef[] = [
  // Document and organisation
  {
    code: "WARD_NAME",
    type: "text",
    default: "PHƯỜNG NAM CƯỜNG",
    label_vi: "Tên đơn vị (in hoa, trên tiêu đề)",
    label_en: "Issuer name (upper case, document header)",
    source: "Kế hoạch TĐKT 2024",
  },
  {
    code: "PLACE",
    type: "text",
    default: "Nam Cường",
    label_vi: "Địa danh ghi ngày tháng",
    label_en: "Place in the dateline",
    source: "Kế hoạch TĐKT 2024",
  },
  {
    code: "CHAIR_NAME",
    type: "text",
    default: "Lê Minh Huy",
    label_vi: "Chủ tịch UBND (người ký)",
    label_en: "Chair of the People's Committee (signer)",
    source: "Kế hoạch TĐKT 2024",
  },
  ...DOCUMENT_SETTINGS,
  { code: "YEAR", type: "number", default: 2024, label_vi: "Năm kế hoạch", label_en: "Plan year", source: "Kế hoạch TĐKT 2024" },
  {
    code: "HIGHER_LEVEL",
    type: "text",
    default: "Chủ tịch UBND thành phố Lào Cai",
    label_vi: "Người có thẩm quyền cấp trên nhận đề nghị khen (ghi chức danh: khen thưởng là của Chủ tịch UBND)",
    label_en: "Higher authority that receives proposals (a title: awards are the Chair's)",
    source:
      "[V] Luật TĐKT 2022 Điều 80: thẩm quyền của Chủ tịch UBND; năm 2024 cấp trên là cấp huyện; từ 01/7/2025 không còn cấp huyện (NĐ 129/2025), ghi Chủ tịch UBND tỉnh",
  },
  // Scoring grid
  {
    code: "BASE_TOTAL",
    type: "number",
    default: 100,
    label_vi: "Tổng điểm chuẩn",
    label_en: "Base points total",
    source: "[P] nghiên cứu §4.3 (NĐ 122/2018: thang 100)",
  },
  {
    code: "BONUS_CAP",
    type: "number",
    default: 10,
    label_vi: "Điểm thưởng tối đa",
    label_en: "Bonus cap",
    source: "[P] nghiên cứu §4.3",
  },
  {
    code: "SCORE_FLOOR",
    type: "number",
    default: 0,
    label_vi: "Điểm thấp nhất sau trừ",
    label_en: "Floor after deductions",
    source: "[P] nghiên cứu §4.3",
  },
  {
    code: "PRECISION",
    type: "number",
    default: 2,
    label_vi: "Số chữ số thập phân công bố",
    label_en: "Published decimals",
    source: "[P] nghiên cứu xếp hạng A1",
  },
  // Tiers
  {
    code: "TIER_XS_MIN",
    type: "number",
    default: 90,
    label_vi: "Xuất sắc: từ điểm",
    label_en: "Excellent: from",
    source: "[P] nghiên cứu §3.6",
  },
  {
    code: "TIER_TOT_MIN",
    type: "number",
    default: 80,
    label_vi: "Tốt: từ điểm",
    label_en: "Good: from",
    source: "[P] nghiên cứu §3.6",
  },
  {
    code: "TIER_KHA_MIN",
    type: "number",
    default: 70,
    label_vi: "Khá: từ điểm",
    label_en: "Fair: from",
    source: "[P] nghiên cứu §3.6",
  },
  {
    code: "TIER_TB_MIN",
    type: "number",
    default: 50,
    label_vi: "Trung bình: từ điểm",
    label_en: "Average: from",
    source: "[P] nghiên cứu §3.6",
  },
  {
    code: "GATE_GROUP_MIN_SHARE",
    type: "share",
    default: 0.5,
    label_vi: "Mỗi nhóm tiêu chí đạt tối thiểu (tỷ lệ điểm tối đa của nhóm)",
    label_en: "Minimum share of each group's maximum",
    source: "[V] NĐ 122/2018 (đã hết hiệu lực), dùng làm mẫu [P]",
  },
  {
    code: "GATE_TIERS",
    type: "list",
    default: "Xuất sắc, Tốt",
    label_vi: "Các mức xếp loại cần đạt điều kiện nhóm",
    label_en: "Tiers gated by the group minimum",
    source: "[P] nghiên cứu §3.6",
  },
  {
    code: "VETO_MAX_TIER",
    type: "choice",
    choices: ["Tốt", "Khá", "Trung bình", "Yếu"],
    default: "Tốt",
    label_vi: "Mức cao nhất khi vi phạm điểm liệt",
    label_en: "Highest tier after a veto item",
    source: "[P] nghiên cứu §4.3: không được Xuất sắc",
  },
  // Aggregation and ranking
  {
    code: "AGGREGATION",
    type: "choice",
    choices: ["mean", "trimmed", "median"],
    choiceLabels: {
      mean: "Trung bình cộng",
      trimmed: "Bỏ điểm cao nhất và thấp nhất",
      median: "Trung vị",
    },
    default: "mean",
    label_vi: "Cách tổng hợp điểm của các thành viên Hội đồng",
    label_en: "Judge aggregation (mean, trimmed, median)",
    source: "[P] nghiên cứu §4.4",
  },
  {
    code: "TRIM_MIN_JUDGES",
    type: "number",
    default: 5,
    label_vi: "Số thành viên Hội đồng chấm tối thiểu để bỏ điểm cao nhất, thấp nhất",
    label_en: "Judges needed before trimming",
    source: "[P] nghiên cứu xếp hạng A2",
  },
  {
    code: "TIE_BREAK",
    type: "list",
    default: "TRIMMED, MEDIAN, GROUP:V, DEDUCTIONS",
    label_vi: "Thứ tự phân định khi bằng điểm (TRIMMED, MEDIAN, GROUP:<mã nhóm>, DEDUCTIONS)",
    label_en: "Tie-break order",
    source: "[P] nghiên cứu §4.3, xếp hạng A1",
  },
  {
    code: "SCORING_ASSIGNMENT",
    type: "choice",
    choices: ["all", "assigned"],
    choiceLabels: { all: "Mọi đơn vị của đợt", assigned: "Đơn vị được phân công theo dõi" },
    default: "all",
    label_vi: "Thành viên Hội đồng chấm những đơn vị nào",
    label_en: "Judges score all units or their assigned units",
    source: "[P] nghiên cứu §4.4",
  },
  // Proposals and quotas
  {
    code: "PROPOSAL_MIN_TIER",
    type: "choice",
    choices: ["Xuất sắc", "Tốt"],
    default: "Xuất sắc",
    label_vi: "Mức xếp loại tối thiểu để đề nghị khen",
    label_en: "Lowest tier proposed for commendation",
    source: "[P]",
  },
  {
    code: "QUOTA_GIAY_KHEN",
    type: "share",
    default: 0.3,
    label_vi: "Tỷ lệ tối đa đề nghị Giấy khen trong mỗi khối",
    label_en: "Max share of a khối proposed for Giấy khen",
    source: "[P] tỷ lệ khống chế, làm tròn xuống",
  },
  {
    code: "QUOTA_ROUNDING",
    type: "choice",
    choices: ["floor", "at-least-one"],
    choiceLabels: {
      floor: "Làm tròn xuống",
      "at-least-one": "Ít nhất 1 đơn vị nếu khối có đơn vị đạt mức",
    },
    default: "floor",
    label_vi:
      "Làm tròn chỉ tiêu đề nghị khen của mỗi khối (mặc định làm tròn xuống: khối 3 đơn vị × 30% = 0, không đơn vị nào được đề nghị)",
    label_en: "Quota rounding per khối (default floor: 3 units × 30 % = 0 proposed)",
    source: "[P] tỷ lệ khống chế là quy định của địa phương; làm tròn xuống là cách chặt nhất",
  },
  {
    code: "QUOTA_HIGHER",
    type: "share",
    default: 0.1,
    label_vi: "Tỷ lệ tối đa đề nghị cấp trên khen (đợt đặc biệt, năm)",
    label_en: "Max share proposed to the higher level",
    source: "[P] tỷ lệ khống chế, làm tròn xuống",
  },
  // Registration
  {
    code: "REG_DEADLINE_D1",
    type: "date",
    default: "31/01/2024",
    label_vi: "Hạn đăng ký Đợt 1",
    label_en: "Registration deadline round 1",
    source: "[P] tháng phát động",
  },
  {
    code: "REG_DEADLINE_D2",
    type: "date",
    default: "30/04/2024",
    label_vi: "Hạn đăng ký Đợt 2",
    label_en: "Registration deadline round 2",
    source: "[P] tháng phát động",
  },
  {
    code: "REG_DEADLINE_D3",
    type: "date",
    default: "31/07/2024",
    label_vi: "Hạn đăng ký Đợt 3",
    label_en: "Registration deadline round 3",
    source: "[P] tháng phát động",
  },
  {
    code: "REG_DEADLINE_DB",
    type: "date",
    default: "31/01/2024",
    label_vi: "Hạn đăng ký đợt đặc biệt",
    label_en: "Registration deadline special round",
    source: "[P] phát động cùng Đợt 1",
  },
  {
    code: "REG_DEADLINE_NAM",
    type: "date",
    default: "31/01/2024",
    label_vi: "Hạn đăng ký thi đua năm",
    label_en: "Registration deadline for the year",
    source: "Kế hoạch: tổng hợp đăng ký tháng 1",
  },
  {
    code: "SCORING_DEADLINE_D1",
    type: "date",
    default: "15/04/2024",
    label_vi: "Hạn chấm điểm Đợt 1",
    label_en: "Scoring deadline round 1",
    source: "[P] trước bình xét tháng 4",
  },
  {
    code: "SCORING_DEADLINE_D2",
    type: "date",
    default: "15/06/2024",
    label_vi: "Hạn chấm điểm Đợt 2",
    label_en: "Scoring deadline round 2",
    source: "[P] trước bình xét tháng 6",
  },
  {
    code: "SCORING_DEADLINE_D3",
    type: "date",
    default: "31/08/2024",
    label_vi: "Hạn chấm điểm Đợt 3",
    label_en: "Scoring deadline round 3",
    source: "[P] kế hoạch không nêu tháng bình xét đợt 3",
  },
  {
    code: "SCORING_DEADLINE_DB",
    type: "date",
    default: "15/10/2024",
    label_vi: "Hạn chấm điểm đợt đặc biệt",
    label_en: "Scoring deadline special round",
    source: "[P] xét khen tháng 10",
  },
  {
    code: "SCORING_DEADLINE_NAM",
    type: "date",
    default: "15/11/2024",
    label_vi: "Hạn chấm điểm thi đua năm",
    label_en: "Scoring deadline for the year",
    source: "[P] trước hội nghị bình xét tháng 11 của kế hoạch (không phải hạn của Gia đình văn hóa)",
  },
  {
    code: "COVENANT_REQUIRED",
    type: "list",
    default: "NAM",
    label_vi: "Các đợt bắt buộc ký giao ước (mã đợt)",
    label_en: "Rounds that require a signed covenant",
    source: "Kế hoạch: ký giao ước thi đua toàn diện tháng 1",
  },
  // The year's awards for people (research §3.5, §9.3, §9.4)
  {
    code: "AWARD_DECISION_DATE",
    type: "date",
    default: "",
    optional: true,
    label_vi:
      "Ngày quyết định khen thưởng năm (dd/mm/yyyy; để trống: ngày chạy lệnh): ngày ghi trên dự thảo Quyết định; điều kiện và thẩm quyền xét theo luật có hiệu lực ngày này",
    label_en:
      "Date of the year's award decision (dd/mm/yyyy; blank: the day the command runs): the draft decision's date; conditions and powers as the law stood that day",
    source: "[V] Luật TĐKT 2022 Điều 80; NĐ 129/2025/NĐ-CP Điều 59 (từ 01/7/2025 Chủ tịch UBND cấp xã quyết định CSTĐCS)",
  },
  {
    code: "AWARD_REQUIRE_REGISTRATION",
    type: "choice",
    choices: ["yes", "no"],
    choiceLabels: { yes: "Có", no: "Không" },
    default: "yes",
    label_vi: "Chỉ xét danh hiệu cho người đã đăng ký thi đua năm",
    label_en: "Only people who registered for the year are assessed",
    source:
      "[P] “không đăng ký thi đua thì không được xét tặng danh hiệu” (nghiên cứu §3.3; điều khoản Luật 2022 chưa đối chiếu)",
  },
  {
    code: "LDTT_NO_DISCIPLINE",
    type: "choice",
    choices: ["yes", "no"],
    choiceLabels: { yes: "Có", no: "Không" },
    default: "yes",
    label_vi: "Lao động tiên tiến: không bị kỷ luật từ khiển trách trở lên trong năm",
    label_en: "LĐTT: no discipline from a reprimand up in the year",
    source:
      "[V] QĐ 14/2024/QĐ-UBND tỉnh Lào Cai Điều 9 khoản 1 (không bị xử lý kỷ luật, xử phạt hành chính); [P] quy định chung của nhiều tỉnh; Luật 2022 Điều 24 không nêu",
  },
  {
    code: "LDTT_NO_SANCTION",
    type: "choice",
    choices: ["yes", "no"],
    choiceLabels: { yes: "Có", no: "Không" },
    default: "yes",
    label_vi: "Lao động tiên tiến: không bị xử phạt vi phạm hành chính trong năm (cột “Xử phạt hành chính” của trang Cá nhân)",
    label_en: "LĐTT: no administrative sanction in the year (the “Xử phạt hành chính” column of Cá nhân)",
    source:
      "[V] QĐ 14/2024/QĐ-UBND tỉnh Lào Cai Điều 9 khoản 1 (không bị xử lý kỷ luật, xử phạt hành chính); [P] quy định chung của nhiều tỉnh; Luật 2022 Điều 24 không nêu",
  },
  {
    code: "CSTDCS_RULE",
    type: "choice",
    choices: ["or", "and"],
    choiceLabels: {
      or: "LĐTT và (hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến)",
      and: "LĐTT và hoàn thành xuất sắc nhiệm vụ và có sáng kiến",
    },
    default: "or",
    label_vi: "Điều kiện Chiến sĩ thi đua cơ sở",
    label_en: "Condition of CSTĐCS",
    source:
      "[V] Luật TĐKT 2022 Điều 23: LĐTT và một trong: hoàn thành xuất sắc nhiệm vụ, sáng kiến được công nhận, đề tài được nghiệm thu; [P] Luật 06/2026/QH16 (từ 01/10/2026) được cho là đòi cả hai, chưa đọc được văn bản (nghiên cứu §9.8)",
  },
  {
    code: "QUOTA_CSTDCS",
    type: "share",
    default: "",
    optional: true,
    label_vi: "Tỷ lệ tối đa Chiến sĩ thi đua cơ sở trên số đạt Lao động tiên tiến (để trống: không giới hạn; làm tròn xuống)",
    label_en: "Cap on CSTĐCS as a share of LĐTT (blank: none; rounded down)",
    source:
      "[V] không còn tỷ lệ toàn quốc từ 2024 (15 % chỉ có ở NĐ 91/2017 Điều 9 khoản 3, đã hết hiệu lực); [P] quy chế của phường có thể đặt, ví dụ 15 %",
  },
  {
    code: "VOTE_TITLES",
    type: "list",
    default: "CSTĐCS",
    label_vi: "Danh hiệu Hội đồng bỏ phiếu (LĐTT, CSTĐCS, cách nhau bằng dấu phẩy)",
    label_en: "Titles the council votes on",
    source: "[V] NĐ 98/2023/NĐ-CP Điều 30 khoản 7: CSTĐCS phải bỏ phiếu; [P] LĐTT theo quy chế Hội đồng",
  },
  {
    code: "VOTE_THRESHOLD_CSTDCS",
    type: "share",
    default: 0.8,
    label_vi: "Chiến sĩ thi đua cơ sở: tỷ lệ phiếu đồng ý từ … trở lên",
    label_en: "CSTĐCS: share of votes in favour, at least",
    source:
      "[V] NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (đến 30/6/2025: từ 80 % tổng số thành viên); [M] NĐ 152/2025 giữ như vậy, chưa đối chiếu",
  },
  {
    code: "VOTE_THRESHOLD_LDTT",
    type: "share",
    default: 0.5,
    label_vi: "Lao động tiên tiến (nếu bỏ phiếu): tỷ lệ phiếu đồng ý từ … trở lên",
    label_en: "LĐTT (when voted): share of votes in favour, at least",
    source: "[P] không có nghị định quy định; quy chế Hội đồng, thường “theo đa số” (nghiên cứu §9.4)",
  },
  {
    code: "VOTE_DENOMINATOR",
    type: "choice",
    choices: ["members", "present"],
    choiceLabels: { members: "Tổng số thành viên Hội đồng", present: "Số thành viên có mặt" },
    default: "members",
    label_vi: "Tỷ lệ phiếu tính trên",
    label_en: "Vote share out of",
    source: "[V] NĐ 98/2023/NĐ-CP Điều 30 khoản 7: “trên tổng số thành viên Hội đồng”",
  },
  {
    code: "VOTE_ABSENT_WRITTEN",
    type: "choice",
    choices: ["yes", "no"],
    choiceLabels: { yes: "Có", no: "Không" },
    default: "yes",
    label_vi: "Tính phiếu bằng văn bản của thành viên vắng mặt",
    label_en: "Written votes of absent members count",
    source: "[V] NĐ 98/2023/NĐ-CP Điều 30 khoản 7: thành viên vắng mặt lấy ý kiến bằng văn bản",
  },
  // Judge quality
  {
    code: "SPREAD_ALERT_SHARE",
    type: "share",
    default: 0.15,
    label_vi: "Cảnh báo chênh lệch điểm giữa các thành viên Hội đồng (tỷ lệ điểm tối đa)",
    label_en: "Judge spread alert (share of maximum)",
    source: "[P] nghiên cứu §4.4",
  },
  {
    code: "JUDGE_ROBUST_Z",
    type: "number",
    default: 3.5,
    label_vi: "Ngưỡng z bền vững (MAD) để nêu thành viên Hội đồng chấm lệch",
    label_en: "Robust z threshold for outlying judges",
    source: "[P] nghiên cứu xếp hạng A2",
  },
  {
    code: "JUDGE_MIN_BIAS_SHARE",
    type: "share",
    default: 0.03,
    label_vi: "Độ lệch tối thiểu để cảnh báo thành viên Hội đồng chấm lệch (tỷ lệ tổng điểm chuẩn)",
    label_en: "Smallest judge bias worth flagging (share of the base total)",
    source: "[P] nghiên cứu xếp hạng A2: z lớn mà lệch vài phần điểm thì không đáng nêu",
  },
  {
    code: "JUDGE_MIN_CORRELATION",
    type: "number",
    default: 0.7,
    label_vi: "Tương quan tối thiểu với hội đồng",
    label_en: "Minimum correlation with the panel",
    source: "[P] nghiên cứu xếp hạng A2",
  },
  // The units' and households' rules (units/settings.ts).
  ...UNIT_SETTING_DEFS,
];

export type SettingValue = number | string | Date;

/** Settings as read from `Cấu hình` (or the defaults), keyed by code. */
export type Settings = Readonly<Record<string, SettingValue>>;

export function defaultSettings(): Settings {
  const s: Record<string, SettingValue> = {};
  for (const d of SETTING_DEFS) s[d.code] = d.default;
  return s;
}

export function settingDef(code: string): SettingDef | undefined {
  return SETTING_DEFS.find((d) => d.code === code);
}

/**
 * A number setting. `readSettings` has already parsed `Cấu hình` (a value it could not read is reported at
 * its cell and replaced by the default), so this only falls back for settings built in code: to the default,
 * else NaN, which every rule treats as "not set".
 */
export function numberSetting(s: Settings, code: string): number {
  const asNumber = (v: SettingValue | undefined): number =>
    typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v.replace(",", ".")) : NaN;
  const n = asNumber(s[code]);
  return Number.isFinite(n) ? n : asNumber(settingDef(code)?.default);
}

/** The Vietnamese shown for a choice setting's stored value (the value itself when it has no label). */
export function choiceLabel(def: SettingDef, value: string): string {
  return def.choiceLabels?.[value] ?? value;
}

export function textSetting(s: Settings, code: string): string {
  return String(s[code] ?? settingDef(code)?.default ?? "").trim();
}

/** Comma-separated list settings, trimmed, blanks dropped. */
export function listSetting(s: Settings, code: string): string[] {
  return textSetting(s, code)
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** A date setting written "dd/mm/yyyy" (or a Date read from the sheet). */
export function dateSetting(s: Settings, code: string): Date | undefined {
  const v = s[code] ?? settingDef(code)?.default;
  if (v instanceof Date) return v;
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(String(v ?? ""));
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
}
