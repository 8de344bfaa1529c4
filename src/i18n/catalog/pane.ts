import type { Catalog } from "../types";

/** Task pane and ribbon texts. Round and period names repeat domain/codes.ts so the pane can show them in English too. */
export const pane: Catalog = {
  PANE_TITLE: { vi: "Thi đua - Khen thưởng", en: "Emulation and commendation" },
  PANE_LANG_SWITCH: { vi: "English", en: "Tiếng Việt" },
  PANE_LANG_SWITCH_LABEL: { vi: "Chuyển sang tiếng Anh", en: "Switch to Vietnamese" },
  PANE_STANDALONE_NOTICE: {
    vi: "Đang chạy ngoài Excel (trình duyệt): các lệnh làm việc trên một sổ tính trong bộ nhớ.",
    en: "Running outside Excel (in a browser): commands work on a workbook in memory.",
  },
  PANE_STANDALONE_UNAVAILABLE: {
    vi: "Đang chạy ngoài Excel và chưa mở được sổ tính: {detail}",
    en: "Running outside Excel and no workbook could be opened: {detail}",
  },
  PANE_LOADING: { vi: "Đang khởi động…", en: "Starting…" },

  PANE_SECTION_PLAN: { vi: "Lập kế hoạch", en: "Plan" },
  PANE_PLAN_HINT: {
    vi: "Tạo các trang kế hoạch, đơn vị, hội đồng, tiêu chí… trong sổ tính này.",
    en: "Lays out the plan, units, council, criteria… sheets in this workbook.",
  },
  PANE_PLAN_SAMPLE: { vi: "Dữ liệu mẫu", en: "Sample data" },
  PANE_PLAN_RUN: { vi: "Tạo các trang kế hoạch", en: "Lay out the plan" },

  PANE_SECTION_ROUND: { vi: "Đợt thi đua", en: "Round" },
  PANE_ROUND_LABEL: { vi: "Chọn đợt", en: "Choose a round" },
  PANE_ROUND_D1: { vi: "Đợt 1", en: "Round 1" },
  PANE_ROUND_D2: { vi: "Đợt 2", en: "Round 2" },
  PANE_ROUND_D3: { vi: "Đợt 3", en: "Round 3" },
  PANE_ROUND_DB: { vi: "Đợt đặc biệt", en: "Special round" },
  PANE_ROUND_NAM: { vi: "Năm", en: "Year" },
  PANE_PREPARE: { vi: "Chuẩn bị trang", en: "Prepare sheets" },
  PANE_VALIDATE: { vi: "Kiểm tra", en: "Validate" },
  PANE_RANK: { vi: "Xếp hạng", en: "Rank" },
  PANE_PROVISIONAL: { vi: "Tạm tính (chưa đủ phiếu chấm)", en: "Provisional (not every score sheet is in)" },

  PANE_SECTION_SUMMARY: { vi: "Tổng hợp", en: "Summaries" },
  PANE_SUMMARY_BY_ROUND: { vi: "Theo đợt", en: "By round" },
  PANE_SUMMARY_BY_PERIOD: { vi: "Theo kỳ báo cáo", en: "By report period" },
  PANE_PERIOD_Q1: { vi: "Quý I", en: "Quarter I" },
  PANE_PERIOD_6T: { vi: "6 tháng", en: "6 months" },
  PANE_PERIOD_9T: { vi: "9 tháng", en: "9 months" },
  PANE_PERIOD_NAM: { vi: "Năm", en: "Year" },
  PANE_SUMMARY_ALL: { vi: "Tất cả", en: "All" },
  PANE_SUMMARY_ROUND_LABEL: { vi: "Tổng hợp {name}", en: "Summary of {name}" },
  PANE_SUMMARY_PERIOD_LABEL: { vi: "Tổng hợp kỳ {name}", en: "Summary for {name}" },
  PANE_SUMMARY_ALL_LABEL: { vi: "Tổng hợp tất cả các đợt và kỳ", en: "Summaries of every round and period" },

  PANE_SECTION_FINDINGS: { vi: "Kết quả kiểm tra ({count})", en: "Findings ({count})" },
  PANE_FINDINGS_NONE: { vi: "Chưa có phát hiện nào.", en: "No findings yet." },
  PANE_FINDINGS_LIST: { vi: "Danh sách phát hiện", en: "List of findings" },
  PANE_FINDING_ERROR: { vi: "Lỗi", en: "Error" },
  PANE_FINDING_WARNING: { vi: "Cảnh báo", en: "Warning" },
  PANE_FINDING_GOTO: { vi: "{severity}: {message} — đến ô {place}", en: "{severity}: {message} — go to {place}" },

  PANE_BUSY: { vi: "Đang thực hiện: {step}", en: "Working: {step}" },
  PANE_PROGRESS_LABEL: { vi: "Tiến độ", en: "Progress" },
  PANE_RESULT_OK: { vi: "Đã xong", en: "Done" },
  PANE_RESULT_NOT_OK: { vi: "Chưa xong: xem các phát hiện", en: "Not done: see the findings" },
  PANE_RESULT_CLOSE: { vi: "Đóng thông báo", en: "Dismiss" },
  PANE_ERROR_TITLE: { vi: "Lỗi", en: "Error" },
  PANE_OPEN_SHEET: { vi: "Mở trang “{sheet}”", en: "Open sheet “{sheet}”" },
  PANE_SHEET_CREATED: { vi: "Tạo mới", en: "Created" },
  PANE_SHEET_REPLACED: { vi: "Cập nhật", en: "Replaced" },
  PANE_SHEET_KEPT: { vi: "Giữ nguyên", en: "Kept" },
  PANE_SHEET_RENAMED: { vi: "Tên mới (thay cho “{from}”)", en: "New name (instead of “{from}”)" },
  PANE_SHEET_COPIED: { vi: "Bản sửa tay của “{from}”", en: "Hand-edited copy of “{from}”" },
  PANE_SHEETS_LIST: { vi: "Các trang", en: "Sheets" },

  RIBBON_SUMMARY_DONE: { vi: "Đã tạo tổng hợp kỳ {name}.", en: "Summary for {name} made." },
  RIBBON_NO_HOST: {
    vi: "Nút “Tạo tổng hợp” chỉ chạy khi add-in đã khởi động trong Excel.",
    en: "The “Make summary” button runs only once the add-in has started in Excel.",
  },
};
