import type { Catalog } from "../types";

/** "Lay out the plan" and the master lists it creates and later commands read (`Đơn vị`, `Hội đồng`, `Cấu hình`). */
export const layout = {
  // Reading `Đơn vị`
  UNITS_NO_HEADER: {
    vi: "Trang “{sheet}” không có dòng tiêu đề nhận ra được (cần các cột: {headers}).",
    en: "Sheet “{sheet}” has no recognisable header row (columns needed: {headers}).",
  },
  UNITS_COLUMN_MISSING: { vi: "Trang “{sheet}” thiếu cột “{column}”.", en: "Sheet “{sheet}” has no “{column}” column." },
  UNIT_CODE_MISSING: {
    vi: "{cell}: đơn vị “{name}” chưa có mã; dòng này bị bỏ qua.",
    en: "{cell}: unit “{name}” has no code; the row is skipped.",
  },
  UNIT_TYPE_UNKNOWN: {
    vi: "{cell}: loại “{value}” của đơn vị {code} không có trong danh sách ({types}); đơn vị bị bỏ qua.",
    en: "{cell}: type “{value}” of unit {code} is not in the list ({types}); the unit is skipped.",
  },
  UNIT_TYPE_MISSING: {
    vi: "{cell}: đơn vị {code} chưa có loại ({types}); đơn vị bị bỏ qua.",
    en: "{cell}: unit {code} has no type ({types}); the unit is skipped.",
  },
  UNIT_NAME_MISSING: { vi: "{cell}: đơn vị {code} chưa có tên.", en: "{cell}: unit {code} has no name." },
  UNIT_BLOCK_MISSING: {
    vi: "{cell}: đơn vị {code} chưa có khối thi đua.",
    en: "{cell}: unit {code} has no khối thi đua (block).",
  },
  // Reading `Hội đồng`
  MEMBERS_NO_HEADER: {
    vi: "Trang “{sheet}” không có dòng tiêu đề nhận ra được (cần các cột: {headers}).",
    en: "Sheet “{sheet}” has no recognisable header row (columns needed: {headers}).",
  },
  MEMBER_CODE_MISSING: {
    vi: "{cell}: thành viên “{name}” chưa có mã; dòng này bị bỏ qua.",
    en: "{cell}: member “{name}” has no code; the row is skipped.",
  },
  MEMBER_ROLE_UNKNOWN: {
    vi: "{cell}: chức danh “{value}” của thành viên {code} không có trong danh sách ({roles}); tạm coi là Ủy viên.",
    en: "{cell}: role “{value}” of member {code} is not in the list ({roles}); read as Ủy viên (member).",
  },
  MEMBER_ROLE_MISSING: {
    vi: "{cell}: thành viên {code} chưa có chức danh trong Hội đồng ({roles}); tạm coi là Ủy viên.",
    en: "{cell}: member {code} has no council role ({roles}); read as Ủy viên (member).",
  },
  MEMBER_SCORES_UNKNOWN: {
    vi: "{cell}: “{value}” ở cột Chấm điểm của thành viên {code} không phải Có/Không; tạm coi là Có.",
    en: "{cell}: “{value}” in the Chấm điểm column of member {code} is not Có/Không (yes/no); read as yes.",
  },
  MEMBER_SHORT_NAME_LONG: {
    vi: "{cell}: tên ngắn của thành viên {code} dài quá {max} ký tự (dùng trong tên trang chấm điểm); đã cắt bớt.",
    en: "{cell}: the short name of member {code} is longer than {max} characters (it goes into scoring sheet names); it was cut.",
  },
  // Reading `Cấu hình`
  SETTINGS_NO_HEADER: {
    vi: "Trang “{sheet}” không có dòng tiêu đề nhận ra được (cần các cột: {headers}); dùng giá trị mặc định.",
    en: "Sheet “{sheet}” has no recognisable header row (columns needed: {headers}); defaults are used.",
  },
  SETTING_UNKNOWN: {
    vi: "{cell}: mã cấu hình “{code}” không được tiện ích sử dụng.",
    en: "{cell}: setting code “{code}” is not used by the add-in.",
  },
  SETTING_DUPLICATE: {
    vi: "{cell}: mã cấu hình {code} lặp lại (đã có ở dòng {first}); dòng này bị bỏ qua.",
    en: "{cell}: setting {code} appears twice (first on row {first}); this row is ignored.",
  },
  SETTING_BLANK: {
    vi: "{cell}: cấu hình {code} để trống; dùng giá trị mặc định {default}.",
    en: "{cell}: setting {code} is blank; the default {default} is used.",
  },
  SETTING_NOT_NUMBER: {
    vi: "{cell}: cấu hình {code} phải là số (đang là “{value}”); dùng mặc định {default}.",
    en: "{cell}: setting {code} must be a number (it is “{value}”); the default {default} is used.",
  },
  SETTING_NOT_SHARE: {
    vi: "{cell}: cấu hình {code} phải là tỷ lệ từ 0% đến 100% (đang là “{value}”); dùng mặc định {default}.",
    en: "{cell}: setting {code} must be a share from 0% to 100% (it is “{value}”); the default {default} is used.",
  },
  SETTING_NOT_DATE: {
    vi: "{cell}: cấu hình {code} phải là ngày dd/mm/yyyy (đang là “{value}”); dùng mặc định {default}.",
    en: "{cell}: setting {code} must be a date dd/mm/yyyy (it is “{value}”); the default {default} is used.",
  },
  SETTING_NOT_CHOICE: {
    vi: "{cell}: cấu hình {code} phải là một trong: {choices} (đang là “{value}”); dùng mặc định {default}.",
    en: "{cell}: setting {code} must be one of {choices} (it is “{value}”); the default {default} is used.",
  },
  SETTING_NUMBER_AS_TEXT: {
    vi: "{cell}: cấu hình {code} được nhập dạng chữ (“{value}”); đã đọc thành số.",
    en: "{cell}: setting {code} was typed as text (“{value}”); it was read as a number.",
  },
  SETTING_SHARE_SCALED: {
    vi: "{cell}: cấu hình {code} là tỷ lệ; “{value}” được hiểu là {value}%.",
    en: "{cell}: setting {code} is a share; “{value}” is read as {value}%.",
  },
  SETTINGS_MISSING_CODES: {
    vi: "Trang “{sheet}” thiếu các cấu hình: {codes}; dùng giá trị mặc định (chạy lại “Lập kế hoạch” để thêm các dòng này).",
    en: "Sheet “{sheet}” lacks the settings {codes}; defaults are used (run “lay out the plan” again to add them).",
  },
  MASTER_SHEET_MISSING: {
    vi: "Chưa có trang “{sheet}”. Chạy “Lập kế hoạch” (tdkt layout) để tạo danh sách này.",
    en: "There is no “{sheet}” sheet. Run “lay out the plan” (tdkt layout) to create it.",
  },
  // What "lay out the plan" did
  LAYOUT_PLAN_KEPT_EDITS: {
    vi: "Trang “{sheet}”: giữ trạng thái, ghi chú đã nhập của {edits} nhiệm vụ và {rows} dòng do người dùng thêm.",
    en: "Sheet “{sheet}”: kept the status and notes typed for {edits} tasks and {rows} rows a person added.",
  },
  LAYOUT_PLAN_REWRITTEN: {
    vi: "Trang “{sheet}”: nội dung của {count} nhiệm vụ đã bị sửa tay ({ids}) được ghi lại theo kế hoạch; bản đã sửa được giữ riêng.",
    en: "Sheet “{sheet}”: {count} tasks whose plan text was edited by hand ({ids}) were rewritten from the plan; the edited version is kept separately.",
  },
  LAYOUT_PLAN_KEPT_VALUES: {
    vi: "Trang “{sheet}”: giữ giá trị người dùng đã nhập thay cho mặc định của kế hoạch ở {count} ô: {details}.",
    en: "Sheet “{sheet}”: kept the values a person typed instead of the plan's defaults in {count} cells: {details}.",
  },
  LAYOUT_PLAN_MATCHED_BY_TEXT: {
    vi: "Trang “{sheet}”: {count} dòng đã mất mã nhiệm vụ (cột “Mã”) được nhận lại theo tháng và nội dung ({ids}); mã được ghi lại.",
    en: "Sheet “{sheet}”: {count} rows that had lost their task id (column “Mã”) were matched by month and Nội dung ({ids}); the ids are written back.",
  },
  LAYOUT_PLAN_EXTRA_CELLS: {
    vi: "Trang “{sheet}” có {count} ô được nhập ngoài các cột của bảng kế hoạch; bản mới không chứa được các ô này nên bản đã sửa được giữ riêng.",
    en: "Sheet “{sheet}” has {count} cells typed outside the plan table's columns; the new version cannot hold them, so the edited version is kept separately.",
  },
  LAYOUT_SETTINGS_ADDED: {
    vi: "Trang “{sheet}”: thêm {count} cấu hình mới với giá trị mặc định ({codes}); các giá trị đã nhập được giữ nguyên.",
    en: "Sheet “{sheet}”: added {count} new settings with their defaults ({codes}); the values already typed are kept.",
  },
  LAYOUT_SETTINGS_NOT_ADDED: {
    vi: "Trang “{sheet}” không do tiện ích tạo nên không được sửa; các cấu hình còn thiếu ({codes}) dùng giá trị mặc định.",
    en: "Sheet “{sheet}” was not made by the add-in, so it is left alone; the missing settings ({codes}) use their defaults.",
  },
  LAYOUT_SAMPLE_WRITTEN: {
    vi: "Trang “{sheet}” có {count} dòng dữ liệu mẫu (ghi chú “Dữ liệu mẫu”): thay bằng danh sách thật trước khi dùng.",
    en: "Sheet “{sheet}” holds {count} rows of sample data (noted “Dữ liệu mẫu”): replace them with the real list before use.",
  },
  LAYOUT_SAMPLE_SKIPPED: {
    vi: "Trang “{sheet}” đã có nên không ghi dữ liệu mẫu vào đó.",
    en: "Sheet “{sheet}” already exists, so no sample data was written to it.",
  },
  LAYOUT_BASIS_WARNINGS: {
    vi: "{count} văn bản căn cứ không còn hiệu lực hoặc đã có văn bản thay thế tại ngày {date}: xem trang “{sheet}”.",
    en: "{count} cited texts are no longer in force or already superseded on {date}: see sheet “{sheet}”.",
  },
  LAYOUT_DONE: {
    vi: "Đã lập kế hoạch năm {year}: {tasks} nhiệm vụ, {rounds} đợt thi đua, {movements} phong trào.",
    en: "Plan for {year} laid out: {tasks} tasks, {rounds} rounds, {movements} movements.",
  },
} satisfies Catalog;
