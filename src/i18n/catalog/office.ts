import type { Catalog } from "../types";

/** Messages of the Excel (office-js) host: what Excel refused and what the user can do about it. */
export const office = {
  OFFICE_CELL_EDIT_MODE: {
    vi: "Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.",
    en: "A cell is being edited in Excel: press Enter or Esc to leave the cell, then try again.",
  },
  OFFICE_SHEET_PROTECTED: {
    vi: "Trang tính đang được bảo vệ nên tiện ích không ghi được. Bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang) rồi thử lại. Chi tiết: {detail}",
    en: "The sheet is protected, so the add-in cannot write to it. Unprotect it (Review › Unprotect Sheet) and try again. Details: {detail}",
  },
  OFFICE_SHEET_PASSWORD: {
    vi: "Trang tính “{sheet}” được khóa bằng mật khẩu nên tiện ích không ghi lại được; chưa có gì trong sổ tính bị thay đổi. Người đặt mật khẩu hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang) rồi chạy lại lệnh.",
    en: "Sheet “{sheet}” is protected with a password, so the add-in cannot rewrite it; nothing in the workbook has been changed. Whoever set the password should unprotect it (Review › Unprotect Sheet), then run the command again.",
  },
  OFFICE_NAME_EXISTS: {
    vi: "Tên đã có trong sổ tính (trang tính hoặc bảng trùng tên). Đổi tên trang hoặc bảng đó rồi thử lại. Chi tiết: {detail}",
    en: "The name already exists in the workbook (a sheet or table with the same name). Rename it and try again. Details: {detail}",
  },
  OFFICE_NOT_FOUND: {
    vi: "Không tìm thấy trang hoặc đối tượng cần dùng (có thể đã bị xóa hoặc đổi tên). Chi tiết: {detail}",
    en: "A sheet or object the add-in needs was not found (it may have been deleted or renamed). Details: {detail}",
  },
  OFFICE_PAYLOAD_LIMIT: {
    vi: "Dữ liệu gửi tới hoặc nhận từ Excel vượt giới hạn kích thước ({code}). Hãy chia nhỏ dữ liệu (ít đơn vị hơn mỗi lần) hoặc dùng Excel trên máy tính. Chi tiết: {detail}",
    en: "The data sent to or received from Excel is over its size limit ({code}). Split the work (fewer units at a time) or use desktop Excel. Details: {detail}",
  },
  OFFICE_API_UNSUPPORTED: {
    vi: "Phiên bản Excel này quá cũ cho tiện ích (cần ExcelApi {version} trở lên: Office 2021 hoặc Microsoft 365).",
    en: "This version of Excel is too old for the add-in (it needs ExcelApi {version} or later: Office 2021 or Microsoft 365).",
  },
  OFFICE_ERROR: {
    vi: "Excel báo lỗi {code}: {detail}",
    en: "Excel reported {code}: {detail}",
  },

  // Ribbon buttons (src/commands): what the pane shows when a button cannot run.
  RIBBON_VALIDATE_NO_HOST: {
    vi: "Nút “Kiểm tra” chỉ chạy khi tiện ích đã khởi động trong Excel.",
    en: "The “Validate” button runs only once the add-in has started in Excel.",
  },
  RIBBON_RANK_NO_HOST: {
    vi: "Nút “Xếp hạng” chỉ chạy khi tiện ích đã khởi động trong Excel.",
    en: "The “Rank” button runs only once the add-in has started in Excel.",
  },
  RIBBON_AWARDS_NO_HOST: {
    vi: "Nút “Bình xét năm” chỉ chạy khi tiện ích đã khởi động trong Excel.",
    en: "The “Year's review” button runs only once the add-in has started in Excel.",
  },
  RIBBON_NO_ROUND: {
    vi: "Kế hoạch không có đợt thi đua nào để kiểm tra hoặc xếp hạng. Hãy chọn đợt trong ngăn TĐKT.",
    en: "The plan has no round to validate or rank. Choose a round in the TĐKT pane.",
  },
} satisfies Catalog;
