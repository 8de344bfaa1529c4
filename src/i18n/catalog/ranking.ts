import type { Catalog } from "../types";

/** Ranking a round (`Xếp hạng`, `Tiến độ chấm`, the rank command): reasons, method lines, headers. */
export const ranking: Catalog = {
  // Reasons on a unit's row
  RANK_NOT_SCORED: { vi: "Chưa có giám khảo nào được tính điểm (chưa chấm hoặc chỉ giám khảo có xung đột lợi ích): không xếp loại, không xếp hạng.", en: "No judge counts for this unit (none scored it, or only judges with a conflict of interest): no tier, no rank." },
  RANK_CONFLICT_EXCLUDED: { vi: "Không tính điểm của giám khảo có xung đột lợi ích: {judges}.", en: "Scores of judges with a conflict of interest not counted: {judges}." },
  RANK_JUDGE_EMPTY: { vi: "Giám khảo chưa chấm đơn vị này, không tính: {judges}.", en: "Judges who left this unit blank, not counted: {judges}." },
  RANK_JUDGE_PARTIAL: { vi: "Giám khảo chấm thiếu tiêu chí (ô trống tính 0 điểm): {judges}.", en: "Judges with blank criteria (blanks counted as 0): {judges}." },
  RANK_SPREAD: { vi: "Điểm các giám khảo chênh lệch {spread} điểm (quá {limit}): đề nghị rà soát trước khi công bố.", en: "Judges' totals differ by {spread} points (over {limit}): re-check before publishing." },
  RANK_GATE: { vi: "Nhóm tiêu chí {groups} chưa đạt mức tối thiểu: xếp loại hạ xuống {tier}.", en: "Criteria group {groups} below its minimum: tier lowered to {tier}." },
  RANK_VETO: { vi: "Vi phạm điểm liệt {items}: xếp loại tối đa {tier}.", en: "Veto item {items} hit: tier capped at {tier}." },
  RANK_VETO_NO_EFFECT: { vi: "Vi phạm điểm liệt {items} (xếp loại vốn không cao hơn {tier}).", en: "Veto item {items} hit (the tier was already no higher than {tier})." },
  RANK_NOT_REGISTERED: { vi: "Chưa đăng ký thi đua: vẫn xếp hạng nhưng không đủ điều kiện xét danh hiệu, đề nghị khen.", en: "Not registered: ranked, but not eligible for titles or proposals." },
  RANK_TIE_BROKEN: { vi: "Bằng điểm với đơn vị cùng khối; phân định theo: {keys}.", en: "Same score as another unit of the khối; separated by: {keys}." },
  RANK_TIE_SHARED: { vi: "Bằng điểm và bằng mọi tiêu chí phân định: đồng hạng.", en: "Equal on the score and every tie-break: shared rank." },
  RANK_PROPOSED_GIAY_KHEN: { vi: "Đề nghị tặng Giấy khen của Chủ tịch UBND phường.", en: "Proposed for the ward chair's Giấy khen." },
  RANK_PROPOSED_HIGHER: { vi: "Đề nghị {level} khen thưởng.", en: "Proposed to {level} for commendation." },
  RANK_QUOTA_TIE_GIAY_KHEN: { vi: "Đồng hạng tại ngưỡng chỉ tiêu Giấy khen: đã chọn {taken}/{quota}, đề nghị cả {tied} đơn vị đồng hạng sẽ vượt chỉ tiêu nên chưa đề nghị đơn vị nào trong nhóm; Hội đồng xem xét, biểu quyết.", en: "Tied at the Giấy khen quota: {taken} of {quota} taken; proposing all {tied} tied units would exceed the quota, so none of them is proposed; for the council to decide by vote." },
  RANK_QUOTA_FULL_GIAY_KHEN: { vi: "Đạt mức đề nghị nhưng ngoài chỉ tiêu Giấy khen của khối ({quota} đơn vị).", en: "Reaches the proposal tier but is outside the khối's Giấy khen quota ({quota} units)." },
  RANK_QUOTA_TIE_HIGHER: { vi: "Đồng hạng tại ngưỡng chỉ tiêu đề nghị cấp trên: đã chọn {taken}/{quota}, đề nghị cả {tied} đơn vị sẽ vượt chỉ tiêu nên chưa đề nghị đơn vị nào trong nhóm lên cấp trên.", en: "Tied at the higher-level quota: {taken} of {quota} taken; proposing all {tied} tied units would exceed it, so none of them goes to the higher level." },
  RANK_QUOTA_FULL_HIGHER: { vi: "Ngoài chỉ tiêu đề nghị cấp trên ({quota} đơn vị).", en: "Outside the higher-level quota ({quota} units)." },
  RANK_INELIGIBLE: { vi: "Không đủ điều kiện đề nghị khen (theo Hội đồng).", en: "Not eligible for proposals (council decision)." },
  // Tie-break keys
  TIEKEY_FINAL: { vi: "điểm cuối cùng", en: "final score" },
  TIEKEY_TRIMMED: { vi: "trung bình bỏ điểm cao nhất, thấp nhất", en: "trimmed mean" },
  TIEKEY_MEDIAN: { vi: "trung vị", en: "median" },
  TIEKEY_MEAN: { vi: "trung bình cộng", en: "mean" },
  TIEKEY_DEDUCTIONS: { vi: "ít điểm trừ hơn", en: "fewer deductions" },
  TIEKEY_BONUS: { vi: "nhiều điểm thưởng hơn", en: "more bonus" },
  TIEKEY_GROUP: { vi: "điểm nhóm {group}", en: "group {group} score" },
};
