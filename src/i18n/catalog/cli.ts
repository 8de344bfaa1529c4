import type { Catalog } from "../types";

/** The command line (`npx tdkt …`). */
export const cli = {
  CLI_USAGE: { vi: "Cách dùng: tdkt <lệnh> [tham số] [tùy chọn]", en: "Usage: tdkt <command> [arguments] [options]" },
  CLI_COMMANDS: { vi: "Các lệnh:", en: "Commands:" },
  CLI_OPTIONS: { vi: "Tùy chọn:", en: "Options:" },
  CLI_EXAMPLES: { vi: "Ví dụ:", en: "Examples:" },
  CLI_HELP_FOOTER: {
    vi: "Mỗi lệnh đọc sổ tính một lần, tính toán, rồi ghi một lần; khi có lỗi, tệp không bị thay đổi.",
    en: "Each command reads the workbook once, computes, then writes once; on an error the file is left unchanged.",
  },
  CLI_OPT_HELP: { vi: "In hướng dẫn này", en: "Print this help" },
  CLI_OPT_TODAY: {
    vi: "Ngày dùng làm “hôm nay” (dd/mm/yyyy), mặc định là ngày hiện tại",
    en: "Date used as “today” (dd/mm/yyyy); the current date by default",
  },
  CLI_OPT_SAMPLE: {
    vi: "Điền dữ liệu mẫu (một phường giả định) vào Đơn vị và Hội đồng khi tạo mới",
    en: "Fill Đơn vị and Hội đồng with sample data (a made-up ward) when they are created",
  },
  CLI_CMD_LAYOUT: {
    vi: "Lập kế hoạch: tạo các trang Kế hoạch, Phong trào, Đợt thi đua, Căn cứ và danh sách Đơn vị, Hội đồng, Cấu hình",
    en: "Lay out the plan: the Kế hoạch, Phong trào, Đợt thi đua, Căn cứ sheets and the Đơn vị, Hội đồng, Cấu hình lists",
  },
  CLI_CMD_DEMO: {
    vi: "Tạo sổ tính minh họa (mặc định out/tdkt-demo.xlsx) và in đường dẫn",
    en: "Write a demo workbook (out/tdkt-demo.xlsx by default) and print its path",
  },
  CLI_UNKNOWN_COMMAND: { vi: "Không có lệnh “{command}”. Xem: tdkt --help", en: "Unknown command “{command}”. See: tdkt --help" },
  CLI_NO_COMMAND: { vi: "Chưa nhập lệnh. Xem: tdkt --help", en: "No command given. See: tdkt --help" },
  CLI_UNKNOWN_OPTION: {
    vi: "Lệnh “{command}” không có tùy chọn “{option}”. Xem: tdkt {command} --help",
    en: "Command “{command}” has no option “{option}”. See: tdkt {command} --help",
  },
  CLI_OPTION_NEEDS_VALUE: { vi: "Tùy chọn “{option}” cần một giá trị.", en: "Option “{option}” needs a value." },
  CLI_OPTION_NO_VALUE: { vi: "Tùy chọn “{option}” không nhận giá trị.", en: "Option “{option}” takes no value." },
  CLI_MISSING_ARG: {
    vi: "Lệnh “{command}” cần tham số {arg}. Cách dùng: {usage}",
    en: "Command “{command}” needs the argument {arg}. Usage: {usage}",
  },
  CLI_EXTRA_ARG: { vi: "Thừa tham số “{arg}”. Cách dùng: {usage}", en: "Unexpected argument “{arg}”. Usage: {usage}" },
  CLI_BAD_TODAY: { vi: "Ngày “{value}” không đúng dạng dd/mm/yyyy.", en: "Date “{value}” is not dd/mm/yyyy." },
  CLI_NOT_XLSX_NAME: {
    vi: "Tệp {file} phải có đuôi .xlsx (sổ tính Excel).",
    en: "{file} must end in .xlsx (an Excel workbook).",
  },
  CLI_DIR_MISSING: { vi: "Không có thư mục {dir} để tạo tệp {file}.", en: "There is no folder {dir} to create {file} in." },
  CLI_NEW_WORKBOOK: { vi: "Tệp {file} chưa có: tạo sổ tính mới.", en: "{file} does not exist: a new workbook is created." },
  CLI_OPENED: {
    vi: "Mở sổ tính có sẵn {file}: chỉ thêm, không xóa trang nào.",
    en: "Opened the existing workbook {file}: sheets are added, none removed.",
  },
  CLI_NOTHING_WRITTEN: { vi: "Không ghi gì vào tệp.", en: "Nothing was written." },
  CLI_DEMO_WRITTEN: { vi: "Sổ tính minh họa: {file}", en: "Demo workbook: {file}" },
  CLI_FINDINGS: { vi: "Kết quả kiểm tra ({count}):", en: "Findings ({count}):" },
  CLI_SEVERITY_ERROR: { vi: "Lỗi", en: "Error" },
  CLI_SEVERITY_WARNING: { vi: "Cảnh báo", en: "Warning" },
} satisfies Catalog;
