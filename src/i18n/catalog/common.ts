import type { Catalog } from "../types";

/** Messages shared by every command: file errors, what was created, kept or replaced. */
export const common = {
  FILE_MISSING: { vi: "Không tìm thấy tệp {file}.", en: "File not found: {file}." },
  FILE_NOT_XLSX: {
    vi: "Tệp {file} không phải sổ tính Excel (.xlsx) hoặc đã hỏng.",
    en: "{file} is not an Excel workbook (.xlsx) or is corrupt.",
  },
  FILE_LOCKED: {
    vi: "Không ghi được tệp {file}: tệp đang mở ở chương trình khác hoặc không có quyền ghi.",
    en: "Cannot write {file}: it is open in another program or not writable.",
  },
  FILE_UNREADABLE: {
    vi: "Không đọc được tệp {file}: không có quyền đọc hoặc tệp đang bị chương trình khác khóa.",
    en: "Cannot read {file}: no permission to read it, or another program holds it locked.",
  },
  FILE_IN_USE: {
    vi: "Không ghi vào tệp {file}: tệp đang mở trong {program} (có tệp khóa {lock}). Đóng tệp trong {program} rồi chạy lại lệnh; nếu tệp không còn mở ở đâu, xóa tệp khóa đó.",
    en: "Not writing to {file}: it is open in {program} (lock file {lock}). Close it in {program} and run the command again; if it is not open anywhere, delete that lock file.",
  },
  FILE_UNMODELLED_PARTS: {
    vi: "Không ghi vào tệp {file}: tệp có {parts}, mà tdkt (chạy ngoài Excel) không giữ lại được khi ghi lại sổ tính, nên ghi vào sẽ làm mất chúng. Hãy chạy lệnh này trong Excel với tiện ích (ngăn TĐKT), hoặc với lệnh có tùy chọn --out (rank, validate, summary) thì ghi kết quả ra tệp riêng: --out <tệp-kết-quả.xlsx>.",
    en: "Not writing to {file}: it holds {partsEn}, which tdkt (running outside Excel) cannot keep when it rewrites a workbook, so saving would lose them. Run this command inside Excel with the add-in (the TĐKT pane), or, for a command with the --out option (rank, validate, summary), write the results to a separate file: --out <results.xlsx>.",
  },
  // What a rewrite outside Excel would lose (FILE_UNMODELLED_PARTS)
  PART_CHARTS: { vi: "biểu đồ", en: "charts" },
  PART_PIVOTS: { vi: "bảng tổng hợp (PivotTable)", en: "pivot tables" },
  PART_SLICERS: { vi: "bộ lọc slicer hoặc timeline", en: "slicers or timelines" },
  PART_CONTROLS: { vi: "điều khiển biểu mẫu (nút bấm, hộp chọn)", en: "form controls (buttons, check boxes)" },
  PART_EMBEDDINGS: { vi: "đối tượng nhúng", en: "embedded objects" },
  PART_SMARTART: { vi: "sơ đồ SmartArt", en: "SmartArt diagrams" },
  PART_THREADED_COMMENTS: { vi: "bình luận dạng hội thoại", en: "threaded comments" },
  PART_EXTERNAL_LINKS: { vi: "liên kết tới sổ tính khác", en: "links to other workbooks" },
  PART_CONNECTIONS: { vi: "kết nối dữ liệu, truy vấn", en: "data connections and queries" },
  PART_MACROS: { vi: "macro VBA", en: "VBA macros" },
  PART_NOTES: { vi: "ghi chú (comment)", en: "notes (comments)" },
  PART_DRAWINGS: { vi: "hình vẽ, hộp văn bản hoặc ảnh", en: "shapes, text boxes or pictures" },
  PART_OTHER: { vi: "nội dung khác do người dùng thêm", en: "other content a person added" },
  SAVE_WOULD_LOSE_PARTS: {
    vi: "Không ghi vào tệp {file}: trang “{sheet}” do tiện ích tạo có {parts} do người dùng thêm vào, và lệnh này tạo lại trang đó nên sẽ làm mất chúng. Hãy chuyển chúng sang một trang khác của anh/chị rồi chạy lại lệnh; tệp chưa bị thay đổi.",
    en: "Not writing to {file}: the add-in's sheet “{sheet}” holds {partsEn} that a person added, and this command makes that sheet anew, so they would be lost. Move them to a sheet of your own and run the command again; the file has not been changed.",
  },
  FILE_WRITTEN: { vi: "Đã ghi sổ tính: {file}", en: "Workbook written: {file}" },
  SHEET_CREATED: { vi: "Đã tạo trang “{sheet}”.", en: "Created sheet “{sheet}”." },
  SHEET_REPLACED: {
    vi: "Đã cập nhật trang “{sheet}” do tiện ích tạo trước đây.",
    en: "Replaced sheet “{sheet}”, which the add-in made earlier.",
  },
  SHEET_KEPT: {
    vi: "Giữ nguyên trang “{sheet}” (dữ liệu do người dùng nhập).",
    en: "Kept sheet “{sheet}” (data typed by a person).",
  },
  SHEET_RENAMED: {
    vi: "Trang “{wanted}” đã có sẵn và không do tiện ích tạo, nên tiện ích ghi vào trang mới “{sheet}”.",
    en: "A sheet “{wanted}” already exists and was not made by the add-in, so the add-in wrote “{sheet}” instead.",
  },
  SHEET_EDIT_COPIED: {
    vi: "Trang “{sheet}” đã được sửa tay sau khi tạo; bản sửa được giữ ở trang “{copy}”.",
    en: "Sheet “{sheet}” was edited by hand since it was made; the edited version is kept as “{copy}”.",
  },
  UNKNOWN_ROUND: {
    vi: "Không rõ đợt thi đua “{value}”. Dùng một trong: D1, D2, D3, DB, NAM (hoặc “Đợt 1”…).",
    en: "Unknown round “{value}”. Use one of D1, D2, D3, DB, NAM (or “Đợt 1”…).",
  },
  UNKNOWN_PERIOD: {
    vi: "Không rõ kỳ báo cáo “{value}”. Dùng một trong: Q1, 6T, 9T, NAM (hoặc “Quý I”…).",
    en: "Unknown period “{value}”. Use one of Q1, 6T, 9T, NAM (or “Quý I”…).",
  },
  UNEXPECTED: { vi: "Lỗi không mong đợi: {detail}", en: "Unexpected error: {detail}" },
} satisfies Catalog;
