import type { Catalog } from "../types";

/** Ranking a round (`Xếp hạng`, `Tiến độ chấm`, the rank command): reasons, method lines, headers. */
const reasons = {
  // Reasons on a unit's row
  RANK_NOT_SCORED: {
    vi: "Chưa có thành viên Hội đồng nào được tính điểm (chưa chấm hoặc chỉ thành viên có xung đột lợi ích): không xếp loại, không xếp hạng.",
    en: "No judge counts for this unit (none scored it, or only judges with a conflict of interest): no tier, no rank.",
  },
  RANK_CONFLICT_EXCLUDED: {
    vi: "Không tính điểm của thành viên Hội đồng có xung đột lợi ích: {judges}.",
    en: "Scores of judges with a conflict of interest not counted: {judges}.",
  },
  RANK_JUDGE_EMPTY: {
    vi: "Thành viên Hội đồng chưa chấm đơn vị này, không tính: {judges}.",
    en: "Judges who left this unit blank, not counted: {judges}.",
  },
  RANK_JUDGE_PARTIAL: {
    vi: "Thành viên Hội đồng chấm thiếu tiêu chí (ô trống tính 0 điểm): {judges}.",
    en: "Judges with blank criteria (blanks counted as 0): {judges}.",
  },
  RANK_SPREAD: {
    vi: "Điểm các thành viên Hội đồng chênh lệch {spread} điểm (quá {limit}): đề nghị rà soát trước khi công bố.",
    en: "Judges' totals differ by {spread} points (over {limit}): re-check before publishing.",
  },
  RANK_GATE: {
    vi: "Nhóm tiêu chí {groups} chưa đạt mức tối thiểu: xếp loại hạ xuống {tier}.",
    en: "Criteria group {groups} below its minimum: tier lowered to {tier}.",
  },
  RANK_VETO: { vi: "Vi phạm điểm liệt {items}: xếp loại tối đa {tier}.", en: "Veto item {items} hit: tier capped at {tier}." },
  RANK_VETO_NO_EFFECT: {
    vi: "Vi phạm điểm liệt {items} (xếp loại vốn không cao hơn {tier}).",
    en: "Veto item {items} hit (the tier was already no higher than {tier}).",
  },
  RANK_NOT_REGISTERED: {
    vi: "Chưa đăng ký thi đua: vẫn xếp hạng nhưng không đủ điều kiện xét danh hiệu, đề nghị khen.",
    en: "Not registered: ranked, but not eligible for titles or proposals.",
  },
  RANK_TIE_BROKEN: {
    vi: "Bằng điểm với đơn vị cùng khối; phân định theo: {keys}.",
    en: "Same score as another unit of the khối; separated by: {keys}.",
  },
  RANK_TIE_SHARED: {
    vi: "Bằng điểm và bằng mọi tiêu chí phân định: đồng hạng.",
    en: "Equal on the score and every tie-break: shared rank.",
  },
  RANK_PROPOSED_GIAY_KHEN: {
    vi: "Đề nghị tặng Giấy khen của Chủ tịch UBND phường.",
    en: "Proposed for the ward chair's Giấy khen.",
  },
  RANK_PROPOSED_HIGHER: { vi: "Đề nghị {level} khen thưởng.", en: "Proposed to {level} for commendation." },
  RANK_QUOTA_TIE_GIAY_KHEN: {
    vi: "Đồng hạng tại ngưỡng chỉ tiêu Giấy khen: đã chọn {taken}/{quota}, đề nghị cả {tied} đơn vị đồng hạng sẽ vượt chỉ tiêu nên chưa đề nghị đơn vị nào trong nhóm; Hội đồng xem xét, biểu quyết.",
    en: "Tied at the Giấy khen quota: {taken} of {quota} taken; proposing all {tied} tied units would exceed the quota, so none of them is proposed; for the council to decide by vote.",
  },
  RANK_QUOTA_FULL_GIAY_KHEN: {
    vi: "Đạt mức đề nghị nhưng ngoài chỉ tiêu Giấy khen của khối ({quota} đơn vị).",
    en: "Reaches the proposal tier but is outside the khối's Giấy khen quota ({quota} units).",
  },
  RANK_QUOTA_TIE_HIGHER: {
    vi: "Đồng hạng tại ngưỡng chỉ tiêu đề nghị cấp trên: đã chọn {taken}/{quota}, đề nghị cả {tied} đơn vị sẽ vượt chỉ tiêu nên chưa đề nghị đơn vị nào trong nhóm lên cấp trên.",
    en: "Tied at the higher-level quota: {taken} of {quota} taken; proposing all {tied} tied units would exceed it, so none of them goes to the higher level.",
  },
  RANK_QUOTA_FULL_HIGHER: {
    vi: "Ngoài chỉ tiêu đề nghị cấp trên ({quota} đơn vị).",
    en: "Outside the higher-level quota ({quota} units).",
  },
  // Tie-break keys
  TIEKEY_FINAL: { vi: "điểm cuối cùng", en: "final score" },
  TIEKEY_TRIMMED: { vi: "trung bình bỏ điểm cao nhất, thấp nhất", en: "trimmed mean" },
  TIEKEY_MEDIAN: { vi: "trung vị", en: "median" },
  TIEKEY_MEAN: { vi: "trung bình cộng", en: "mean" },
  TIEKEY_DEDUCTIONS: { vi: "ít điểm trừ hơn", en: "fewer deductions" },
  TIEKEY_BONUS: { vi: "nhiều điểm thưởng hơn", en: "more bonus" },
  TIEKEY_GROUP: { vi: "điểm nhóm {group}", en: "group {group} score" },
} satisfies Catalog;

/** Texts of the `Xếp hạng` and `Tiến độ chấm` sheets. */
export const rankingSheet = {
  RS_TITLE: { vi: "KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI, XẾP HẠNG – {round}", en: "Scores, tiers and ranks – {round}" },
  RS_PROVISIONAL: {
    vi: "TẠM TÍNH – dữ liệu chấm điểm còn lỗi chưa sửa, chưa dùng để công bố.",
    en: "PROVISIONAL – the scoring data still has errors; not for publication.",
  },
  RS_METHOD_AGG_mean: {
    vi: "Cách tổng hợp: trung bình cộng tổng điểm của các thành viên Hội đồng được tính (không có xung đột lợi ích, đã chấm); làm tròn {precision} chữ số thập phân (nửa lên) trước khi so sánh.",
    en: "Aggregation: mean of the counted judges' totals (no conflict of interest, scored); rounded to {precision} decimals (half away from zero) before any comparison.",
  },
  RS_METHOD_AGG_trimmed: {
    vi: "Cách tổng hợp: trung bình sau khi bỏ một điểm cao nhất và một điểm thấp nhất khi có từ {trim} thành viên Hội đồng được tính trở lên (ít hơn thì trung bình cộng); làm tròn {precision} chữ số thập phân trước khi so sánh.",
    en: "Aggregation: mean after dropping the single highest and lowest total when at least {trim} judges count (otherwise the mean); rounded to {precision} decimals before any comparison.",
  },
  RS_METHOD_AGG_median: {
    vi: "Cách tổng hợp: trung vị tổng điểm của các thành viên Hội đồng được tính; làm tròn {precision} chữ số thập phân trước khi so sánh.",
    en: "Aggregation: median of the counted judges' totals; rounded to {precision} decimals before any comparison.",
  },
  RS_METHOD_TOTAL: {
    vi: "Tổng điểm của mỗi thành viên Hội đồng: điểm chuẩn (tối đa {base}) + điểm thưởng (tối đa {bonus}) − điểm trừ, thấp nhất {floor}. Ô trống của thành viên đã chấm đơn vị tính 0 điểm.",
    en: "Each judge's total: base points (at most {base}) + bonus (at most {bonus}) − deductions, at least {floor}. Blank lines of a judge who scored the unit count as 0.",
  },
  RS_METHOD_TIERS: {
    vi: "Xếp loại: Xuất sắc từ {xs}; Tốt từ {tot}; Khá từ {kha}; Trung bình từ {tb}; dưới {tb}: Yếu.",
    en: "Tiers: Excellent from {xs}; Good from {tot}; Fair from {kha}; Average from {tb}; below {tb}: Weak.",
  },
  RS_METHOD_GATES: {
    vi: "Điều kiện: {tiers} cần mỗi nhóm tiêu chí đạt từ {share} điểm tối đa của nhóm (điểm nhóm tổng hợp như trên); vi phạm điểm liệt (quá nửa số thành viên chấm đánh dấu): xếp loại tối đa {veto}.",
    en: "Gates: {tiers} need every criteria group at {share} of its maximum or more (group score aggregated as above); a veto item marked by more than half the judges caps the tier at {veto}.",
  },
  RS_METHOD_RANK: {
    vi: "Xếp hạng trong từng khối, không so sánh giữa các khối; bằng điểm thì xét lần lượt: {keys}; vẫn bằng thì đồng hạng (1, 2, 2, 4). Không xếp theo thứ tự dòng hay tên.",
    en: "Ranked within each khối, never across; equal scores are separated by, in order: {keys}; still equal units share the rank (1, 2, 2, 4). Never by row order or name.",
  },
  RS_METHOD_PROPOSAL: {
    vi: "Đề nghị Giấy khen: đơn vị đã đăng ký, xếp loại từ {tier}, theo thứ tự hạng, tối đa {quota} số đơn vị của khối (làm tròn xuống); nếu nhóm đồng hạng tại ngưỡng làm vượt chỉ tiêu thì không đề nghị đơn vị nào trong nhóm.",
    en: "Giấy khen proposals: registered units from tier {tier}, in rank order, at most {quota} of the khối's units (rounded down); when units tied at the cut would exceed the quota, none of them is proposed.",
  },
  RS_METHOD_HIGHER: {
    vi: "Đợt này đề nghị {level} khen trước: tối đa {quota} số đơn vị của khối; mỗi đơn vị chỉ một hình thức khen.",
    en: "This round proposes to {level} first: at most {quota} of the khối's units; one form of award per unit.",
  },
  RS_BLOCK_LINE: {
    vi: "Khối {block}: {units} đơn vị; Giấy khen tối đa {quotaGk}, đề nghị {gk} ({shareGk}){higher}.",
    en: "Khối {block}: {units} units; Giấy khen at most {quotaGk}, proposed {gk} ({shareGk}){higher}.",
  },
  RS_BLOCK_HIGHER: {
    vi: "; đề nghị cấp trên tối đa {quota}, đề nghị {n} ({share})",
    en: "; higher level at most {quota}, proposed {n} ({share})",
  },
  RS_JUDGES_OK: {
    vi: "Kiểm tra cách chấm: không thành viên nào chấm lệch hẳn so với Hội đồng.",
    en: "Judge check: no judge stands far from the panel.",
  },
  RS_JUDGE_BIAS: {
    vi: "Cần xem lại điểm của thành viên {judge}: trung bình lệch {bias} điểm so với các thành viên khác (z bền vững {z}, ngưỡng {limit}; chỉ nêu khi lệch từ {minPoints} điểm).",
    en: "Review judge {judge}: {bias} points from the other judges on average (robust z {z}, threshold {limit}; flagged from {minPoints} points apart).",
  },
  RS_JUDGE_CORR: {
    vi: "Cần xem lại điểm của thành viên {judge}: thứ tự chấm khác Hội đồng (hệ số tương quan {r}, tối thiểu {limit}).",
    en: "Review judge {judge}: orders units unlike the panel (correlation {r}, minimum {limit}).",
  },
  RS_SPREAD_COUNT: {
    vi: "{n} đơn vị có điểm các thành viên Hội đồng chênh lệch quá {share} điểm tối đa: xem cột “Lý do, ghi chú”.",
    en: "{n} units whose judges differ by more than {share} of the maximum: see the notes column.",
  },
  RS_IGNORED_TIEBREAK: {
    vi: "Tiêu chí phân định không dùng được (bỏ qua): {keys}.",
    en: "Tie-break keys that could not be used (skipped): {keys}.",
  },
  RS_LEGEND: {
    vi: "Cột thành viên Hội đồng: ô trống = chưa chấm, không tính; “—” = xung đột lợi ích, không tính.",
    en: "Judge columns: blank = not scored, not counted; “—” = conflict of interest, not counted.",
  },
  RS_H_NO: { vi: "STT", en: "No." },
  RS_H_BLOCK: { vi: "Khối", en: "Khối" },
  RS_H_CODE: { vi: "Mã đơn vị", en: "Unit code" },
  RS_H_NAME: { vi: "Tên đơn vị", en: "Unit" },
  RS_H_COUNTED: { vi: "Số thành viên Hội đồng được tính", en: "Judges counted" },
  RS_H_MEAN: { vi: "Trung bình", en: "Mean" },
  RS_H_TRIMMED: { vi: "TB bỏ cao nhất, thấp nhất", en: "Trimmed mean" },
  RS_H_MEDIAN: { vi: "Trung vị", en: "Median" },
  RS_H_BONUS: { vi: "Điểm thưởng (TB)", en: "Bonus (mean)" },
  RS_H_DEDUCTIONS: { vi: "Điểm trừ (TB)", en: "Deductions (mean)" },
  RS_H_FINAL: { vi: "Điểm cuối cùng", en: "Final score" },
  RS_H_TIER: { vi: "Xếp loại", en: "Tier" },
  RS_H_RANK: { vi: "Hạng trong khối", en: "Rank in khối" },
  RS_H_REGISTERED: { vi: "Đã đăng ký", en: "Registered" },
  RS_H_ELIGIBLE: { vi: "Đủ điều kiện đề nghị", en: "Eligible" },
  RS_H_PROPOSAL: { vi: "Đề nghị khen", en: "Proposal" },
  RS_H_REASON: { vi: "Lý do, ghi chú", en: "Reasons, notes" },
  RS_YES: { vi: "Có", en: "Yes" },
  RS_NO: { vi: "Không", en: "No" },
  RS_PROPOSAL_GIAY_KHEN: { vi: "Giấy khen Chủ tịch UBND phường", en: "Ward chair's Giấy khen" },
  RS_PROPOSAL_HIGHER: { vi: "Đề nghị {level} khen", en: "Proposed to {level}" },
  PS_TITLE: { vi: "TIẾN ĐỘ CHẤM ĐIỂM – {round}", en: "Scoring progress – {round}" },
  PS_LEGEND: {
    vi: "Đủ = chấm đủ mọi tiêu chí; Thiếu = còn ô trống; Chưa chấm = chưa nhập gì; Xung đột = thành viên có xung đột lợi ích, không chấm; Không phân công = không được giao chấm.",
    en: "Complete; Partial = blanks left; Empty = nothing typed; Conflict = conflict of interest, not scored; Not assigned.",
  },
  PS_JUDGE_LINE: {
    vi: "{judge}: đủ {complete}, thiếu {partial}, chưa chấm {empty} / {expected} đơn vị phải chấm.",
    en: "{judge}: complete {complete}, partial {partial}, empty {empty} of {expected} units to score.",
  },
  PS_COMPLETE: { vi: "Đủ", en: "Complete" },
  PS_PARTIAL: { vi: "Thiếu", en: "Partial" },
  PS_EMPTY: { vi: "Chưa chấm", en: "Empty" },
  PS_CONFLICT: { vi: "Xung đột", en: "Conflict" },
  PS_NOT_ASSIGNED: { vi: "Không phân công", en: "Not assigned" },
} satisfies Catalog;

/** Messages of the rank command. */
export const rankCommand = {
  RANK_BLOCKED: {
    vi: "Chưa xếp hạng {round}: dữ liệu còn {errors} lỗi (xem danh sách). Sửa lỗi rồi chạy lại, hoặc chọn “Xếp hạng tạm tính”.",
    en: "{round} not ranked: the data has {errors} errors (see the list). Fix them and run again, or choose a provisional ranking.",
  },
  RANK_DONE: {
    vi: "Đã xếp hạng {round}: {units} đơn vị trong {blocks} khối; đề nghị Giấy khen {gk} đơn vị{higher}.",
    en: "{round} ranked: {units} units in {blocks} khối; {gk} proposed for Giấy khen{higher}.",
  },
  RANK_DONE_HIGHER: { vi: ", đề nghị cấp trên {n} đơn vị", en: ", {n} proposed to the higher level" },
  RANK_DONE_PROVISIONAL: {
    vi: "Kết quả TẠM TÍNH: dữ liệu còn {errors} lỗi chưa sửa.",
    en: "PROVISIONAL result: {errors} errors are still open.",
  },
  RANK_JUDGE_FLAGS: {
    vi: "Có {n} cảnh báo về điểm của thành viên Hội đồng: xem trang “{sheet}” trước khi công bố.",
    en: "{n} judge warnings: see “{sheet}” before publishing.",
  },
  RANK_NO_JUDGES: {
    vi: "Chưa có thành viên Hội đồng nào chấm {round}: chưa thể xếp hạng.",
    en: "No judge has scored {round} yet: nothing to rank.",
  },
} satisfies Catalog;

/** The `tdkt rank` command line. */
export const rankCli = {
  RANK_CLI_SUMMARY: {
    vi: "Xếp loại, xếp hạng một đợt thi đua theo khối; ghi trang “Xếp hạng” và “Tiến độ chấm”.",
    en: "Tier and rank a round within each khối; writes the ranking and progress sheets.",
  },
  RANK_CLI_OPT_PROVISIONAL: {
    vi: "Vẫn xếp hạng khi dữ liệu còn lỗi; trang kết quả ghi “TẠM TÍNH”.",
    en: "Rank even when validation finds errors; the sheet is marked provisional.",
  },
} satisfies Catalog;

export const ranking = { ...reasons, ...rankingSheet, ...rankCommand, ...rankCli };
