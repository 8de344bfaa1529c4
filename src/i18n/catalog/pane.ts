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
  PANE_WAITING_OFFICE: {
    vi: "Đang chờ Excel sẵn sàng… Excel khởi động chậm hơn thường lệ; ngăn sẽ mở khi Excel trả lời.",
    en: "Waiting for Excel to be ready… Excel is starting more slowly than usual; the pane opens once it answers.",
  },

  // "Hôm nay": what the plan asks for this month and the one next step.
  PANE_TODAY_TITLE: { vi: "Hôm nay", en: "Today" },
  PANE_TODAY_DATE: { vi: "Tháng {month}/{year}", en: "Month {month}/{year}" },
  PANE_TODAY_LOADING: { vi: "Đang đọc kế hoạch trong sổ tính…", en: "Reading the plan in the workbook…" },
  PANE_TODAY_EMPTY: {
    vi: "Sổ tính chưa có kế hoạch. Bước đầu tiên: tạo các trang kế hoạch (Kế hoạch, Đợt thi đua, Đơn vị, Hội đồng, Tiêu chí…).",
    en: "The workbook has no plan yet. First step: lay out the plan sheets (plan, rounds, units, council, criteria…).",
  },
  PANE_TODAY_UNREADABLE: {
    vi: "Chưa đọc được kế hoạch trong sổ tính; các lệnh bên dưới vẫn dùng được.",
    en: "The plan in the workbook could not be read; the commands below still work.",
  },
  PANE_TODAY_NEEDS_PLAN: {
    vi: "Cần tạo các trang kế hoạch trước (nút “Tạo các trang kế hoạch”).",
    en: "Lay out the plan first (the “Lay out the plan” button).",
  },
  PANE_TODAY_PLAN_PAST: {
    vi: "Kế hoạch trong sổ tính là của năm {year}, đã qua: không còn việc theo tháng.",
    en: "The workbook's plan is for {year}, which is over: no tasks by month are left.",
  },
  PANE_TODAY_PLAN_FUTURE: {
    vi: "Kế hoạch trong sổ tính là của năm {year}, chưa bắt đầu.",
    en: "The workbook's plan is for {year}, which has not begun.",
  },
  PANE_TODAY_THIS_MONTH: { vi: "Việc tháng này ({count})", en: "This month's tasks ({count})" },
  PANE_TODAY_NO_TASKS: { vi: "Tháng này kế hoạch không có việc nào.", en: "The plan has no task this month." },
  PANE_TODAY_OVERDUE: { vi: "Quá hạn, chưa hoàn thành ({count})", en: "Overdue, not done ({count})" },
  PANE_TODAY_TASK_MONTH: { vi: "tháng {month}", en: "month {month}" },
  PANE_TODAY_ROUND: { vi: "Đợt hiện tại: {round}", en: "Current round: {round}" },
  PANE_TODAY_ROUND_EVAL: { vi: "bình xét tháng {month}", en: "reviewed in month {month}" },
  PANE_TODAY_ROUND_CHECK: {
    vi: "Lần kiểm tra gần nhất: {errors} lỗi, {warnings} cảnh báo.",
    en: "Last check: {errors} errors, {warnings} warnings.",
  },
  PANE_TODAY_ROUND_UNCHECKED: { vi: "Chưa kiểm tra trong phiên này.", en: "Not checked in this session." },
  PANE_TODAY_NEXT: { vi: "Bước tiếp theo: {step}", en: "Next step: {step}" },
  PANE_TODAY_WHY_LAYOUT: {
    vi: "Tạo các trang kế hoạch của năm; các trang sẵn có trong sổ tính được giữ nguyên.",
    en: "Lays out the year's plan sheets; the sheets already in the workbook are kept.",
  },
  PANE_TODAY_WHY_NO_ROUNDS: {
    vi: "Trang “Đợt thi đua” chưa có đợt nào: tạo lại các trang kế hoạch hoặc thêm đợt vào trang đó.",
    en: "The “Đợt thi đua” sheet has no round: lay out the plan again or add rounds to it.",
  },
  PANE_TODAY_WHY_PREPARE: {
    vi: "Tạo trang Đăng ký và trang chấm điểm cho từng thành viên Hội đồng của đợt.",
    en: "Makes the registration sheet and a score sheet for each council member for the round.",
  },
  PANE_TODAY_WHY_EVALUATING: {
    vi: "Đợt đang đến kỳ bình xét: kiểm tra các phiếu chấm trước khi xếp hạng.",
    en: "The round is due for review: check the score sheets before ranking.",
  },
  PANE_TODAY_WHY_VALIDATE: {
    vi: "Khi các thành viên Hội đồng đã chấm xong, kiểm tra các phiếu chấm.",
    en: "Once the council members have scored, check the score sheets.",
  },
  PANE_TODAY_WHY_FIX: {
    vi: "Sửa các lỗi trong “Kết quả kiểm tra” rồi kiểm tra lại.",
    en: "Fix the errors under “Findings”, then check again.",
  },
  PANE_TODAY_WHY_RANK: { vi: "Phiếu chấm không còn lỗi: xếp hạng đợt.", en: "No errors are left: rank the round." },
  PANE_TODAY_WHY_SUMMARIZE: {
    vi: "Đã xếp hạng: đưa kết quả vào trang tổng hợp của đợt.",
    en: "Ranked: put the results into the round's summary.",
  },
  PANE_TODAY_MORE: { vi: "Các lệnh khác", en: "Other commands" },
  PANE_TODAY_BROWSER_STEPS_TITLE: {
    vi: "Để các thành viên Hội đồng chấm điểm",
    en: "To have the council members score",
  },
  PANE_TODAY_BROWSER_STEP_1: {
    vi: "Bấm “Tải về” để lưu sổ tính vào máy.",
    en: "Click “Tải về” (Download) to save the workbook to this computer.",
  },
  PANE_TODAY_BROWSER_STEP_2: {
    vi: "Mở tệp trong Excel hoặc LibreOffice, điền các trang Đăng ký và Chấm điểm, rồi lưu lại.",
    en: "Open the file in Excel or LibreOffice, fill in the registration and score sheets, and save it.",
  },
  PANE_TODAY_BROWSER_STEP_3: {
    vi: "Quay lại đây, bấm “Mở tệp .xlsx” và chọn tệp đã điền, rồi bấm “Kiểm tra”.",
    en: "Come back here, click “Mở tệp .xlsx” (Open .xlsx file), choose the filled file, then click “Kiểm tra” (Validate).",
  },

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
  PANE_ROUND_NAM: { vi: "Đợt cả năm", en: "Year-end round" },
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
  PANE_PERIOD_NAM: { vi: "Cả năm", en: "Whole year" },
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
  PANE_PROGRESS_STEP: { vi: "{percent}% — {step}", en: "{percent}% — {step}" },
  PANE_PROGRESS_PERCENT: { vi: "{percent}%", en: "{percent}%" },
  PANE_RESULT_OK: { vi: "Đã xong", en: "Done" },
  PANE_RESULT_NOT_OK: { vi: "Chưa xong: xem các phát hiện", en: "Not done: see the findings" },
  PANE_RESULT_CLOSE: { vi: "Đóng thông báo", en: "Dismiss" },
  PANE_ERROR_TITLE: { vi: "Lỗi", en: "Error" },
  PANE_OPEN_SHEET: { vi: "Mở trang “{sheet}”", en: "Open sheet “{sheet}”" },
  PANE_SHEET_CREATED: { vi: "Tạo mới", en: "Created" },
  PANE_SHEET_REPLACED: { vi: "Cập nhật", en: "Updated" },
  PANE_SHEET_KEPT: { vi: "Giữ nguyên", en: "Kept" },
  PANE_SHEET_RENAMED: { vi: "Tên mới (thay cho “{from}”)", en: "New name (instead of “{from}”)" },
  PANE_SHEET_COPIED: { vi: "Bản sửa tay của “{from}”", en: "Hand-edited copy of “{from}”" },
  PANE_SHEETS_LIST: { vi: "Các trang", en: "Sheets" },
  PANE_RESULT_MORE: { vi: "Xem thêm {count} dòng", en: "Show {count} more" },
  PANE_RESULT_LESS: { vi: "Thu gọn", en: "Show less" },

  RIBBON_SUMMARY_DONE: { vi: "Đã tạo tổng hợp kỳ {name}.", en: "Summary for {name} made." },
  RIBBON_NO_HOST: {
    vi: "Nút “Tạo tổng hợp” chỉ chạy khi add-in đã khởi động trong Excel.",
    en: "The “Make summary” button runs only once the add-in has started in Excel.",
  },

  // Browser host: the file bar and the sheet preview.
  PANE_STANDALONE_FILES_NOTICE: {
    vi: "Đang chạy ngoài Excel, trong trình duyệt. Mở một tệp .xlsx hoặc dùng sổ tính mới; mọi lệnh chạy ngay trên máy này, không gửi dữ liệu đi đâu. Nhớ tải sổ tính về để lưu.",
    en: "Running outside Excel, in a browser. Open an .xlsx file or use a new workbook; every command runs on this computer and sends nothing anywhere. Download the workbook to keep it.",
  },
  PANE_FILE_LABEL: { vi: "Sổ tính", en: "Workbook" },
  PANE_FILE_CURRENT_NEW: { vi: "Sổ tính mới (chưa lưu)", en: "New workbook (not saved)" },
  PANE_FILE_SHEET_COUNT: { vi: "{count} trang", en: "{count} sheets" },
  PANE_FILE_OPEN: { vi: "Mở tệp .xlsx", en: "Open .xlsx file" },
  PANE_FILE_OPEN_LABEL: { vi: "Mở một tệp Excel (.xlsx) từ máy", en: "Open an Excel file (.xlsx) from this computer" },
  PANE_FILE_NEW: { vi: "Sổ tính mới", en: "New workbook" },
  PANE_FILE_NEW_LABEL: { vi: "Bỏ sổ tính đang mở và bắt đầu sổ tính mới", en: "Close this workbook and start a new one" },
  PANE_FILE_DOWNLOAD: { vi: "Tải về", en: "Download" },
  PANE_FILE_DOWNLOAD_LABEL: { vi: "Tải sổ tính về máy thành tệp {file}", en: "Download the workbook as {file}" },
  PANE_FILE_OPEN_TASK: { vi: "Mở tệp {file}", en: "Open {file}" },
  PANE_FILE_NEW_TASK: { vi: "Tạo sổ tính mới", en: "Start a new workbook" },
  PANE_FILE_DOWNLOAD_TASK: { vi: "Tải về {file}", en: "Download {file}" },
  PANE_FILE_OPENED: { vi: "Đã mở {file}: {count} trang.", en: "Opened {file}: {count} sheets." },
  PANE_FILE_NEW_DONE: { vi: "Đã bắt đầu một sổ tính mới, chưa có trang nào.", en: "Started a new workbook with no sheets yet." },
  PANE_FILE_DOWNLOADED: { vi: "Đã tải về {file}.", en: "Downloaded {file}." },
  PANE_FILE_NO_ADDIN_SHEETS: {
    vi: "Sổ tính này chưa có trang nào của add-in. Bấm “Tạo các trang kế hoạch” trong mục “Lập kế hoạch” để bắt đầu; các trang sẵn có được giữ nguyên.",
    en: "This workbook has none of the add-in's sheets yet. Click “Lay out the plan” under “Plan” to start; the sheets already in it are kept.",
  },
  PANE_FILE_NOT_WORKBOOK: {
    vi: "Tệp {file} không phải sổ tính Excel (.xlsx) hoặc đã hỏng. Sổ tính đang mở vẫn giữ nguyên.",
    en: "{file} is not an Excel workbook (.xlsx) or is corrupt. The workbook already open is kept.",
  },
  PANE_PREVIEW_TITLE: { vi: "Xem trước", en: "Preview" },
  PANE_PREVIEW_SHEET: { vi: "Trang", en: "Sheet" },
  PANE_PREVIEW_NO_SHEETS: { vi: "Sổ tính chưa có trang nào.", en: "The workbook has no sheets yet." },
  PANE_PREVIEW_EMPTY_SHEET: { vi: "Trang này trống.", en: "This sheet is empty." },
  PANE_PREVIEW_GRID_LABEL: { vi: "Nội dung trang “{sheet}” (chỉ xem)", en: "Contents of sheet “{sheet}” (read-only)" },
  PANE_PREVIEW_RANGE: {
    vi: "Dòng {r1}–{r2} trong {rows} dòng, cột {c1}–{c2} (trang đến cột {cols}). Chỉ để xem; sửa trong Excel.",
    en: "Rows {r1}–{r2} of {rows}, columns {c1}–{c2} (the sheet goes to column {cols}). Read-only; edit in Excel.",
  },
  PANE_PREVIEW_SELECTED: { vi: "Ô {cell} đang chọn", en: "Selected cell {cell}" },
  PANE_FILE_NEW_CONFIRM_TITLE: { vi: "Bắt đầu sổ tính mới?", en: "Start a new workbook?" },
  PANE_FILE_NEW_CONFIRM_BODY: {
    vi: "Sổ tính đang mở ({file}) sẽ bị đóng. Những gì chưa tải về sẽ mất.",
    en: "The open workbook ({file}) will be closed. Anything not downloaded will be lost.",
  },
  PANE_FILE_NEW_CONFIRM_OK: { vi: "Bắt đầu sổ tính mới", en: "Start a new workbook" },
  PANE_FILE_CANCEL: { vi: "Hủy", en: "Cancel" },
};
