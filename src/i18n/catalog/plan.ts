import type { Catalog } from "../types";

/** The plan as data and the currency of its legal basis (`Căn cứ`). */
export const plan: Catalog = {
  // Status labels (column "Hiệu lực" of `Căn cứ`)
  LEGAL_STATUS_IN_FORCE: { vi: "Còn hiệu lực", en: "In force" },
  LEGAL_STATUS_REPLACED: { vi: "Đã bị thay thế", en: "Replaced" },
  LEGAL_STATUS_AMENDED: { vi: "Đã được sửa đổi", en: "Amended" },
  LEGAL_STATUS_EXPIRED: { vi: "Hết hiệu lực", en: "No longer in force" },
  LEGAL_STATUS_NOT_YET_IN_FORCE: {
    vi: "Chưa có hiệu lực",
    en: "Not yet in force",
  },
  LEGAL_STATUS_NOT_LISTED: {
    vi: "Chưa có trong danh mục",
    en: "Not in the catalogue",
  },
  // Notes per cited text
  BASIS_IN_FORCE: {
    vi: "Còn hiệu lực tại ngày {date}.",
    en: "In force on {date}.",
  },
  BASIS_TO_BE_REPLACED: {
    vi: "Còn hiệu lực tại ngày {date}, nhưng đã có văn bản thay thế ({by}) có hiệu lực từ ngày {from}.",
    en: "In force on {date}, but already superseded by {by}, in force from {from}.",
  },
  BASIS_NOT_YET_IN_FORCE: {
    vi: "Chưa có hiệu lực tại ngày {date} (có hiệu lực từ ngày {from}).",
    en: "Not yet in force on {date} (in force from {from}).",
  },
  BASIS_REPLACED_BY: {
    vi: "Đã bị thay thế từ ngày {from} bởi {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Replaced from {from} by {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_REPLACED: {
    vi: "Đã bị thay thế từ ngày {from}; cần kiểm tra văn bản thay thế. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Replaced from {from}; check what replaced it. Update the basis before the plan is re-issued.",
  },
  BASIS_REPLACED_NODATE_BY: {
    vi: "Đã bị thay thế bởi {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Replaced by {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_REPLACED_NODATE: {
    vi: "Đã bị thay thế; cần kiểm tra văn bản thay thế. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Replaced; check what replaced it. Update the basis before the plan is re-issued.",
  },
  BASIS_AMENDED_BY: {
    vi: "Đã được sửa đổi từ ngày {from} bởi {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Amended from {from} by {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_AMENDED: {
    vi: "Đã được sửa đổi từ ngày {from}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Amended from {from}. Update the basis before the plan is re-issued.",
  },
  BASIS_AMENDED_NODATE_BY: {
    vi: "Đã được sửa đổi bởi {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Amended by {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_AMENDED_NODATE: {
    vi: "Đã được sửa đổi. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "Amended. Update the basis before the plan is re-issued.",
  },
  BASIS_EXPIRED_BY: {
    vi: "Hết hiệu lực từ ngày {from}; văn bản hiện hành: {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "No longer in force from {from}; now in force: {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_EXPIRED: {
    vi: "Hết hiệu lực từ ngày {from}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "No longer in force from {from}. Update the basis before the plan is re-issued.",
  },
  BASIS_EXPIRED_NODATE_BY: {
    vi: "Hết hiệu lực; văn bản hiện hành: {by}. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "No longer in force; now in force: {by}. Update the basis before the plan is re-issued.",
  },
  BASIS_EXPIRED_NODATE: {
    vi: "Hết hiệu lực. Cập nhật căn cứ trước khi ban hành lại kế hoạch.",
    en: "No longer in force. Update the basis before the plan is re-issued.",
  },
  BASIS_NOT_LISTED: {
    vi: "Văn bản chưa có trong danh mục của add-in: cần tự kiểm tra hiệu lực.",
    en: "This text is not in the add-in's catalogue: check its status by hand.",
  },
  // Reading the plan back from the workbook's own sheets
  PLAN_SHEET_UNREADABLE: {
    vi: "Sheet '{sheet}' không có dòng tiêu đề nhận ra được (cần các cột: {columns}).",
    en: "Sheet '{sheet}' has no recognisable header row (columns needed: {columns}).",
  },
  PLAN_ROUND_UNKNOWN: {
    vi: "'{sheet}'!{cell}: không nhận ra đợt thi đua \"{value}\" (dùng D1, D2, D3, DB hoặc NAM).",
    en: "'{sheet}'!{cell}: round \"{value}\" not recognised (use D1, D2, D3, DB or NAM).",
  },
  PLAN_ROUND_TWICE: {
    vi: "'{sheet}'!{cell}: đợt \"{value}\" đã có ở một dòng trên; dòng này không được dùng.",
    en: "'{sheet}'!{cell}: round \"{value}\" already appears above; this row is not used.",
  },
  PLAN_DATE_OUTSIDE_YEAR: {
    vi: "'{sheet}'!{cell}: ngày {date} nằm ngoài năm kế hoạch {year}; không được dùng.",
    en: "'{sheet}'!{cell}: {date} is outside the plan's year {year}; not used.",
  },
  PLAN_MONTH_UNREADABLE: {
    vi: "'{sheet}'!{cell}: không đọc được tháng \"{value}\" (ghi số tháng 1-12, \"Tháng 5, 9\" hoặc ngày dd/mm/yyyy).",
    en: "'{sheet}'!{cell}: month \"{value}\" cannot be read (write 1-12, \"Tháng 5, 9\" or a dd/mm/yyyy date).",
  },
  PLAN_PERIOD_UNKNOWN: {
    vi: "'{sheet}'!{cell}: không nhận ra kỳ báo cáo \"{value}\"; lấy theo tháng bình xét.",
    en: "'{sheet}'!{cell}: report period \"{value}\" not recognised; taken from the evaluation month.",
  },
  PLAN_SHEETS_MISSING: {
    vi: "Sổ chưa có kế hoạch (thiếu sheet {sheets}). Hãy chạy \"Lập kế hoạch\" trước.",
    en: "The workbook has no plan yet (missing sheet {sheets}). Run \"Lay out the plan\" first.",
  },
  PLAN_TODAY_OUTSIDE_YEAR: {
    vi: "Ngày {date} nằm ngoài năm kế hoạch {year} của sổ này; hãy chọn đợt hoặc kỳ trong ngăn TĐKT.",
    en: "{date} is outside this workbook's plan year {year}; choose the round or period in the TĐKT pane.",
  },
  PLAN_ROWS_UNPLACED: {
    vi: "'{sheet}': không đọc được tháng của nhiệm vụ ở dòng {rows}; các nhiệm vụ này không được tính.",
    en: "'{sheet}': the month of the task on row {rows} cannot be read; these tasks are not counted.",
  },
  SUMMARY_TODAY_OUTSIDE_YEAR: {
    vi: "Ngày lập ({date}) nằm ngoài năm kế hoạch {year}: hạn và việc quá hạn được tính theo ngày này.",
    en: "The date of the summary ({date}) is outside the plan's year {year}: deadlines and overdue marks are judged on that date.",
  },
};
