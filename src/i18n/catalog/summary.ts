import type { Catalog } from "../types";

/** The summary document (printed in Vietnamese) and the summarize command's messages. */
export const summary = {
  // Document parts every signed paper shares (sheets/document.ts, Nghị định 30/2020/NĐ-CP).
  DOC_NATION: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIETNAM" },
  DOC_MOTTO: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  DOC_DATELINE: { vi: "{place}, ngày {day} tháng {month} năm {year}", en: "{place}, {day}/{month}/{year}" },
  DOC_NUMBER: { vi: "Số: {number}/{symbol}", en: "No. {number}/{symbol}" },
  DOC_RECIPIENTS: { vi: "Nơi nhận:", en: "Recipients:" },

  // Header and signature of the summary.
  SUM_ORG: { vi: "ỦY BAN NHÂN DÂN", en: "PEOPLE'S COMMITTEE" },
  SUM_SIGN_ON_BEHALF: { vi: "TM. ỦY BAN NHÂN DÂN", en: "ON BEHALF OF THE PEOPLE'S COMMITTEE" },
  SUM_SIGN_CHAIR: { vi: "CHỦ TỊCH", en: "CHAIR" },
  SUM_RECIPIENT_FILE: { vi: "Lưu: VT", en: "File: records office" },
  SUM_KIND: { vi: "BÁO CÁO", en: "REPORT" },

  // Trích yếu (the line under "BÁO CÁO").
  SUM_TITLE_Q1: {
    vi: "Công tác thi đua, khen thưởng quý I năm {year}",
    en: "Emulation and commendation work, quarter I {year}",
  },
  SUM_TITLE_6T: {
    vi: "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {year}",
    en: "Six-month review of emulation and commendation work {year}",
  },
  SUM_TITLE_9T: {
    vi: "Sơ kết công tác thi đua, khen thưởng 9 tháng đầu năm {year}",
    en: "Nine-month review of emulation and commendation work {year}",
  },
  SUM_TITLE_NAM: {
    vi: "Tổng kết công tác thi đua, khen thưởng năm {year}",
    en: "Year-end review of emulation and commendation work {year}",
  },
  SUM_TITLE_ROUND: {
    vi: "Kết quả bình xét thi đua {round} năm {year}",
    en: "Results of the evaluation of {round}, {year}",
  },
  SUM_TITLE_ROUND_NAM: {
    vi: "Kết quả bình xét thi đua năm {year}",
    en: "Results of the year's evaluation, {year}",
  },
  SUM_AS_OF_END: { vi: "(Số liệu tính đến hết ngày {date})", en: "(Figures up to the end of {date})" },
  SUM_AS_OF: { vi: "(Số liệu tính đến ngày {date})", en: "(Figures as of {date})" },

  // Section I: the plan.
  SUM_SEC_TASKS_PERIOD: { vi: "I. THỰC HIỆN KẾ HOẠCH CÔNG TÁC THI ĐUA - KHEN THƯỞNG", en: "I. CARRYING OUT THE PLAN" },
  SUM_SEC_TASKS_ROUND: { vi: "I. NHIỆM VỤ CỦA ĐỢT THEO KẾ HOẠCH", en: "I. THE ROUND'S TASKS IN THE PLAN" },
  SUM_TASKS_DUE_PERIOD: {
    vi: "Nhiệm vụ đến hạn đến hết {period}: {due}; đã hoàn thành: {done}; chưa hoàn thành: {open} (quá hạn: {overdue}).",
    en: "Tasks due by the end of {period}: {due}; done: {done}; not done: {open} (overdue: {overdue}).",
  },
  SUM_TASKS_DUE_ROUND: {
    vi: "Nhiệm vụ của đợt: {due}; đã hoàn thành: {done}; chưa hoàn thành: {open} (quá hạn: {overdue}).",
    en: "The round's tasks: {due}; done: {done}; not done: {open} (overdue: {overdue}).",
  },
  SUM_COL_NO: { vi: "STT", en: "No." },
  SUM_COL_STATUS: { vi: "Trạng thái", en: "Status" },
  SUM_COL_TASKS: { vi: "Số nhiệm vụ", en: "Tasks" },
  SUM_COL_SHARE: { vi: "Tỷ lệ", en: "Share" },
  SUM_COL_TASK: { vi: "Nhiệm vụ", en: "Task" },
  SUM_COL_MONTH: { vi: "Tháng", en: "Month" },
  SUM_COL_REMARK: { vi: "Ghi chú", en: "Remark" },
  SUM_STATUS_BLANK: { vi: "(Chưa cập nhật)", en: "(Not updated)" },
  SUM_STATUS_FULFILLED: { vi: "Thực hiện tại báo cáo này", en: "Carried out by this report" },
  SUM_STATUS_BY_RESULTS: { vi: "Đã thực hiện (có kết quả bình xét)", en: "Carried out (evaluation results exist)" },
  SUM_STATUS_BY_REGISTRATIONS: { vi: "Đã thực hiện (có đơn vị đăng ký)", en: "Carried out (units have registered)" },
  SUM_UNFINISHED: { vi: "Nhiệm vụ chưa hoàn thành:", en: "Tasks not done:" },
  SUM_OVERDUE: { vi: "Quá hạn", en: "Overdue" },
  SUM_NO_TASKS: { vi: "Không có nhiệm vụ đến hạn.", en: "No tasks are due." },
  SUM_ALL_DONE: { vi: "Các nhiệm vụ đến hạn đều đã hoàn thành.", en: "Every task due is done." },

  // Section II: rounds.
  SUM_SEC_ROUNDS: { vi: "II. KẾT QUẢ CÁC ĐỢT THI ĐUA", en: "II. RESULTS OF THE ROUNDS" },
  SUM_SEC_ROUND: { vi: "II. KẾT QUẢ ĐỢT THI ĐUA", en: "II. RESULTS OF THE ROUND" },
  SUM_NO_ROUNDS: { vi: "Trong kỳ chưa có đợt thi đua nào đến kỳ bình xét.", en: "No round falls in this period yet." },
  SUM_ROUND_HEAD: { vi: "{no}. {round}", en: "{no}. {round}" },
  SUM_NOT_SCORED: { vi: "{round}: chưa bình xét.", en: "{round}: not evaluated yet." },
  SUM_EVALUATED_LATER: {
    vi: "{round} bình xét vào tháng {month}/{year}, sau kỳ báo cáo; kết quả được báo cáo ở kỳ sau.",
    en: "{round} is evaluated in {month}/{year}, after this period; its results go in the next report.",
  },
  SUM_PROVISIONAL: {
    vi: "Kết quả tạm thời, Hội đồng Thi đua - Khen thưởng còn rà soát số liệu chấm điểm.",
    en: "Provisional results: the council is still checking the scores.",
  },
  SUM_REG_HEAD: { vi: "a) Đăng ký, giao ước thi đua", en: "a) Registration and covenants" },
  SUM_COL_ITEM: { vi: "Nội dung", en: "Item" },
  SUM_COL_COUNT: { vi: "Số lượng", en: "Count" },
  SUM_COL_TOTAL: { vi: "Tổng số", en: "Total" },
  SUM_REG_UNITS: { vi: "Đơn vị đăng ký thi đua", en: "Units registered" },
  SUM_REG_COVENANTS: { vi: "Đơn vị ký giao ước thi đua", en: "Units that signed the covenant" },
  SUM_REG_COVENANTS_REQUIRED: { vi: "Đơn vị ký giao ước thi đua (bắt buộc)", en: "Units that signed the covenant (required)" },
  SUM_REG_PERSONS: { vi: "Cá nhân đăng ký thi đua", en: "Individuals registered" },
  SUM_JUDGES_HEAD: { vi: "{round}", en: "{round}" },
  SUM_JUDGES_DONE: {
    vi: "Thành viên Hội đồng đã chấm đủ mọi đơn vị được giao: {complete} trên {total} người.",
    en: "Council members who scored every unit given to them: {complete} of {total}.",
  },
  SUM_NO_JUDGES: { vi: "Chưa có trang chấm điểm nào của đợt.", en: "The round has no scoring sheets yet." },
  SUM_COL_JUDGE: { vi: "Thành viên Hội đồng", en: "Council member" },
  SUM_COL_COMPLETE: { vi: "Đã chấm đủ", en: "Complete" },
  SUM_COL_PARTIAL: { vi: "Chấm chưa đủ", en: "Partial" },
  SUM_COL_EMPTY: { vi: "Chưa chấm", en: "Empty" },
  SUM_COL_DONE_SHARE: { vi: "Hoàn thành", en: "Done" },
  SUM_TIERS_HEAD: { vi: "b) Kết quả xếp loại theo khối thi đua", en: "c) Tiers by khối" },
  SUM_COL_BLOCK: { vi: "Khối thi đua", en: "Khối" },
  SUM_COL_UNITS: { vi: "Số đơn vị", en: "Units" },
  SUM_NO_TIER_COUNT: { vi: "Chưa xếp loại (chưa có điểm): {n} đơn vị.", en: "No tier (no score): {n} units." },
  SUM_SHARE_ROW: { vi: "Tỷ lệ", en: "Share" },
  SUM_TOTAL_ROW: { vi: "Cộng", en: "Total" },
  SUM_LEADERS_HEAD: { vi: "c) Đơn vị dẫn đầu các khối", en: "d) Leading units of each khối" },
  SUM_COL_RANK: { vi: "Hạng", en: "Rank" },
  SUM_COL_UNIT: { vi: "Đơn vị", en: "Unit" },
  SUM_COL_SCORE: { vi: "Điểm", en: "Score" },
  SUM_COL_TIER: { vi: "Xếp loại", en: "Tier" },
  SUM_PROPOSALS_HEAD: { vi: "d) Đề nghị khen thưởng", en: "d) Proposals for commendation" },
  SUM_PROPOSALS_COUNT: {
    vi: "Đề nghị tặng Giấy khen: {giayKhen} đơn vị (chỉ tiêu {giayKhenQuota}); đề nghị cấp trên khen thưởng: {higher} đơn vị (chỉ tiêu {higherQuota}).",
    en: "Proposed for a Giấy khen: {giayKhen} units (quota {giayKhenQuota}); proposed to the higher level: {higher} units (quota {higherQuota}).",
  },
  SUM_NO_PROPOSALS: { vi: "Không có đơn vị nào được đề nghị khen thưởng.", en: "No unit is proposed for commendation." },
  SUM_COL_FORM: { vi: "Hình thức đề nghị", en: "Proposed award" },
  SUM_FORM_GIAY_KHEN: { vi: "Giấy khen", en: "Giấy khen" },
  SUM_FORM_HIGHER: { vi: "Đề nghị cấp trên", en: "To the higher level" },

  // The internal annex: scoring progress and open findings, never on the signed report.
  SUM_ANNEX_SHEET: { vi: "{sheet} (nội bộ)", en: "{sheet} (internal)" },
  SUM_ANNEX_TITLE: { vi: "TÀI LIỆU NỘI BỘ CỦA THƯỜNG TRỰC HỘI ĐỒNG", en: "INTERNAL WORKING PAPER OF THE COUNCIL'S OFFICE" },
  SUM_ANNEX_NOTE: {
    vi: "(Kèm trang “{sheet}”; không gửi kèm báo cáo. Số liệu ngày {today})",
    en: "(Beside “{sheet}”; not sent with the report. Figures of {today})",
  },
  SUM_SEC_PROGRESS: { vi: "I. TIẾN ĐỘ CHẤM ĐIỂM CỦA THÀNH VIÊN HỘI ĐỒNG", en: "I. SCORING PROGRESS OF THE COUNCIL MEMBERS" },
  SUM_SEC_ERRORS: { vi: "II. LỖI KIỂM TRA CHƯA SỬA", en: "II. OPEN VALIDATION ERRORS" },
  SUM_NO_ERRORS: { vi: "Không còn lỗi kiểm tra.", en: "No open validation errors." },
  SUM_ROUND_ERRORS: { vi: "{round}: {errors} lỗi, {warnings} cảnh báo.", en: "{round}: {errors} errors, {warnings} warnings." },
  SUM_COL_RULE: { vi: "Mã lỗi", en: "Rule" },
  SUM_COL_EXAMPLE: { vi: "Ví dụ", en: "Example" },
  SUM_COL_WHERE: { vi: "Vị trí", en: "Where" },
  SUM_COL_MESSAGE: { vi: "Nội dung", en: "Message" },

  // The command. Progress step labels: the pane shows the text of a label that is a catalog code.
  PROGRESS_READ: { vi: "Đọc dữ liệu", en: "Reading the data" },
  PROGRESS_COMPUTE: { vi: "Tính toán", en: "Computing" },
  PROGRESS_WRITE: { vi: "Ghi trang tính", en: "Writing the sheets" },
  PROGRESS_DONE: { vi: "Xong", en: "Done" },
  SUMMARY_WRITTEN: { vi: "Đã lập trang tổng hợp “{sheet}”.", en: "Summary sheet “{sheet}” written." },
  SUMMARY_ROUND_NOT_SCORED: {
    vi: "{round} chưa chấm điểm: trang tổng hợp ghi “chưa chấm điểm”.",
    en: "{round} is not scored yet: the summary says so.",
  },
  SUMMARY_ROUND_ERRORS: {
    vi: "{round} còn {errors} lỗi kiểm tra: kết quả xếp hạng trong trang tổng hợp là tạm thời.",
    en: "{round} has {errors} validation errors: its ranking in the summary is provisional.",
  },
  SUMMARY_NO_PLAN_SHEET: {
    vi: "Chưa có trang “{sheet}”: phần thực hiện kế hoạch lấy theo kế hoạch mẫu, trạng thái để trống.",
    en: "No “{sheet}” sheet: the plan section uses the built-in plan with blank statuses.",
  },
  SUMMARY_ROUNDS_SKIPPED: {
    vi: "Không lập trang tổng hợp riêng cho {rounds}: chưa chuẩn bị (chưa có trang chấm điểm). Các kỳ báo cáo vẫn ghi tình hình đăng ký của các đợt này.",
    en: "No summary sheet of its own for {rounds}: not prepared yet (no scoring sheets). The period summaries still show these rounds' registrations.",
  },
  SUMMARY_TASK_UNPLACED: {
    vi: "Dòng {rows} của trang “{sheet}” có nhiệm vụ tự thêm nhưng không ghi Tháng, Hạn hay Quý, nên chưa được đưa vào tổng hợp.",
    en: "Row(s) {rows} of “{sheet}” hold a task added by hand with no Tháng, Hạn or Quý, so they are not in the summary.",
  },

  // Command line.
  CLI_CMD_SUMMARY: {
    vi: "Lập trang tổng hợp của một kỳ báo cáo (--period), một đợt thi đua (--round) hoặc tất cả (--all)",
    en: "Write the summary sheet of a period (--period), a round (--round) or all of them (--all)",
  },
  CLI_OPT_PERIOD: {
    vi: "Kỳ báo cáo: Quý I, 6 tháng, 9 tháng, Năm (hoặc Q1, 6T, 9T, NAM)",
    en: "Report period: Q1, 6T, 9T, NAM (or “Quý I”…)",
  },
  CLI_OPT_ROUND_SUMMARY: {
    vi: "Đợt thi đua: D1, D2, D3, DB, NAM (hoặc “Đợt 1”…)",
    en: "Round: D1, D2, D3, DB, NAM (or “Đợt 1”…)",
  },
  CLI_OPT_ALL_SUMMARIES: {
    vi: "Cả bốn kỳ báo cáo và mọi đợt đã có trang chấm điểm",
    en: "All four periods and every round that has scoring sheets",
  },
  CLI_SUMMARY_ONE_TARGET: {
    vi: 'Chọn đúng một trong --period, --round, --all. Ví dụ: tdkt summary so.xlsx --period "Quý I"',
    en: 'Give exactly one of --period, --round, --all. E.g. tdkt summary book.xlsx --period "Quý I"',
  },
} satisfies Catalog;
