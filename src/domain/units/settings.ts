/**
 * Settings of the units' and households' rules. Where the research left a reading unverified ([M]/[P]),
 * the reading is the default and is stated beside it on `Cấu hình`.
 */
import type { SettingDef } from "../settings";

export const UNIT_SETTING_DEFS: readonly SettingDef[] = [
  {
    code: "GDVH_EVAL_DEADLINE",
    type: "date",
    default: "25/11/2024",
    label_vi: "Hạn tổ dân phố hoàn thành bình xét Gia đình văn hóa",
    label_en: "Deadline for the tổ dân phố's Gia đình văn hóa evaluation",
    source: "[V] NĐ 86/2023/NĐ-CP: bình xét hoàn thành trước ngày 25/11 hằng năm",
  },
  {
    code: "GDVH_POSTING_DAYS",
    type: "number",
    default: 10,
    label_vi: "Số ngày niêm yết công khai danh sách Gia đình văn hóa",
    label_en: "Days the Gia đình văn hóa list is posted publicly",
    source: "[V] NĐ 86/2023/NĐ-CP: niêm yết công khai 10 ngày",
  },
  {
    code: "GDVH_DECISION_DAYS",
    type: "number",
    default: 10,
    label_vi: "Số ngày Chủ tịch UBND phường ra quyết định sau khi hết niêm yết",
    label_en: "Days the ward chair has to decide after the posting ends",
    source: "[V] NĐ 86/2023/NĐ-CP: Chủ tịch UBND cấp xã quyết định trong 10 ngày (tính từ khi hết niêm yết: cách đọc [M])",
  },
  {
    code: "TTLDTT_MIN_LDTT_SHARE",
    type: "share",
    default: 0.5,
    label_vi: "Tỷ lệ tối thiểu thành viên đạt LĐTT để là Tập thể lao động tiên tiến",
    label_en: "Minimum share of members LĐTT for Tập thể lao động tiên tiến",
    source: "[M] Luật TĐKT 2022 Điều 28: có từ 50% thành viên đạt LĐTT (Bắc Ninh: 70%)",
  },
  {
    code: "TTLDTT_ALL_COMPLETE",
    type: "choice",
    choices: ["yes", "no"],
    choiceLabels: { yes: "Có", no: "Không" },
    default: "no",
    label_vi: "TTLĐTT cần 100% thành viên hoàn thành nhiệm vụ",
    label_en: "TTLĐTT needs every member to complete their tasks",
    source: "[M] Luật 2022 Điều 28 không có điều kiện 100% (nghiên cứu §9.3); quy chế địa phương có thể đặt",
  },
  {
    code: "TTLDTT_MIN_TIER",
    type: "text",
    default: "Tốt",
    label_vi: "Xếp loại tối thiểu của đơn vị trong bình xét năm để là TTLĐTT",
    label_en: "Lowest tier of the unit in the year's round for TTLĐTT",
    source: '[P] "hoàn thành tốt nhiệm vụ" đọc là xếp loại Tốt trở lên',
  },
  {
    code: "TDPVH_MIN_GDVH_SHARE",
    type: "share",
    default: 0.7,
    label_vi: "Tỷ lệ hộ đạt Gia đình văn hóa tối thiểu để là Tổ dân phố văn hóa",
    label_en: "Minimum share of households Gia đình văn hóa for Tổ dân phố văn hóa",
    source: "[P] tiêu chuẩn của NĐ 86/2023 chưa kiểm chứng; 70% theo thực tiễn các tỉnh",
  },
  {
    code: "TDPVH_MIN_TIER",
    type: "text",
    default: "Tốt",
    label_vi: "Xếp loại tối thiểu của tổ dân phố trong bình xét năm để là TDP văn hóa",
    label_en: "Lowest tier of the tổ dân phố in the year's round for Tổ dân phố văn hóa",
    source: "[P] thay cho thang 100 điểm của NĐ 122/2018 (đã hết hiệu lực)",
  },
];
