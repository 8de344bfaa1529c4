import type { Catalog } from "../types";

/** Messages shared by every command: file errors, what was created, kept or replaced. */
export const common: Catalog = {
  FILE_MISSING: { vi: "Không tìm thấy tệp {file}.", en: "File not found: {file}." },
  FILE_NOT_XLSX: {
    vi: "Tệp {file} không phải sổ tính Excel (.xlsx) hoặc đã hỏng.",
    en: "{file} is not an Excel workbook (.xlsx) or is corrupt.",
  },
  FILE_LOCKED: {
    vi: "Không ghi được tệp {file}: tệp đang mở ở chương trình khác hoặc không có quyền ghi.",
    en: "Cannot write {file}: it is open in another program or not writable.",
  },
  FILE_WRITTEN: { vi: "Đã ghi sổ tính: {file}", en: "Workbook written: {file}" },
  SHEET_CREATED: { vi: "Đã tạo trang “{sheet}”.", en: "Created sheet “{sheet}”." },
  SHEET_REPLACED: {
    vi: "Đã cập nhật trang “{sheet}” do add-in tạo trước đây.",
    en: "Replaced sheet “{sheet}”, which the add-in made earlier.",
  },
  SHEET_KEPT: {
    vi: "Giữ nguyên trang “{sheet}” (dữ liệu do người dùng nhập).",
    en: "Kept sheet “{sheet}” (data typed by a person).",
  },
  SHEET_RENAMED: {
    vi: "Trang “{wanted}” đã có sẵn và không do add-in tạo, nên add-in ghi vào trang mới “{sheet}”.",
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
};
