import type { Catalog } from "../types";

/** The plan as data and the currency of its legal basis (`Căn cứ`). */
export const plan = {
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
    vi: "Văn bản chưa có trong danh mục của tiện ích: cần tự kiểm tra hiệu lực.",
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
  MOVEMENT_SHEET_UNREADABLE: {
    vi: "Sheet '{sheet}' không có dòng tiêu đề nhận ra được (cần các cột: {columns}); các phong trào không được đọc.",
    en: "Sheet '{sheet}' has no recognisable header row (columns needed: {columns}); the movements were not read.",
  },
  MOVEMENT_DATE_OUTSIDE_YEAR: {
    vi: "'{sheet}'!{cell}: ngày {date} nằm ngoài năm kế hoạch {year}; tháng này của phong trào không được dùng.",
    en: "'{sheet}'!{cell}: {date} is outside the plan's year {year}; this month of the movement is not used.",
  },
  PLAN_MONTH_UNREADABLE: {
    vi: '\'{sheet}\'!{cell}: không đọc được tháng "{value}" (ghi số tháng 1-12, "Tháng 5, 9" hoặc ngày dd/mm/yyyy).',
    en: '\'{sheet}\'!{cell}: month "{value}" cannot be read (write 1-12, "Tháng 5, 9" or a dd/mm/yyyy date).',
  },
  PLAN_PERIOD_UNKNOWN: {
    vi: "'{sheet}'!{cell}: không nhận ra kỳ báo cáo \"{value}\"; lấy theo tháng bình xét.",
    en: "'{sheet}'!{cell}: report period \"{value}\" not recognised; taken from the evaluation month.",
  },
  PLAN_SHEETS_MISSING: {
    vi: 'Sổ chưa có kế hoạch (thiếu sheet {sheets}). Hãy chạy "Lập kế hoạch" trước.',
    en: 'The workbook has no plan yet (missing sheet {sheets}). Run "Lay out the plan" first.',
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
  PLAN_DOCUMENT_KIND: {
    vi: 'Không đọc được kế hoạch từ "{file}": chỉ nhận tệp .docx hoặc .txt.',
    en: 'Cannot read a plan from "{file}": only .docx or .txt files are accepted.',
  },
  PLAN_DOCUMENT_UNREADABLE: {
    vi: 'Tệp "{file}" không phải là văn bản Word (.docx) đọc được.',
    en: '"{file}" is not a readable Word document (.docx).',
  },
  PLAN_DOCUMENT_NO_TASKS: {
    vi: 'Không tìm thấy nhiệm vụ nào trong "{file}" (cần mục II với các tiêu đề "Tháng N/YYYY"); sổ không bị thay đổi.',
    en: 'No task found in "{file}" (section II with "Tháng N/YYYY" headings is needed); the workbook is unchanged.',
  },
  LAYOUT_PLAN_UNPLACED: {
    vi: "{count} đoạn trong văn bản kế hoạch không xếp được vào tháng nào, đã ghi ở cuối sheet '{sheet}' để kiểm tra: {lines}",
    en: "{count} passages of the plan document could not be placed in a month; they are listed at the end of sheet '{sheet}' for review: {lines}",
  },
  LAYOUT_PLAN_FROM_DOCUMENT: {
    vi: 'Đọc kế hoạch từ "{file}": năm {year}, {tasks} nhiệm vụ, {rounds} đợt, {movements} phong trào, {cited} văn bản được dẫn.',
    en: 'Read the plan from "{file}": year {year}, {tasks} tasks, {rounds} rounds, {movements} movements, {cited} documents cited.',
  },
  NEW_YEAR_LAST_YEAR: {
    vi: "Trang “{sheet}”: kết quả năm {from} của {units} đơn vị (xếp loại, hạng theo đợt: {rounds}; danh hiệu đã đăng ký; đề nghị khen), để tra khi bình xét năm nay.",
    en: "Sheet “{sheet}”: the {from} results of {units} units (tier and rank per round: {rounds}; titles registered; proposals), to look up during this year's bình xét.",
  },
  LAYOUT_FROM_WORKBOOK: {
    vi: "Lập lại các trang kế hoạch từ kế hoạch năm {year} có trong sổ ({tasks} nhiệm vụ, {rounds} đợt), đúng như đã sửa trên sổ; kế hoạch mẫu năm 2024 chỉ dùng cho sổ chưa có kế hoạch.",
    en: "Laid the plan's sheets out again from the {year} plan the workbook holds ({tasks} tasks, {rounds} rounds), as edited in the workbook; the 2024 template plan is only for a workbook without a plan.",
  },
  LAYOUT_TASKS_FOLLOWED: {
    vi: "{count} nhiệm vụ phát động, bình xét chuyển theo đợt đã dời trên “{sheet}” (tháng và hạn mới): {details}.",
    en: "{count} launch and bình xét tasks moved with the rounds moved on “{sheet}” (new month and deadline): {details}.",
  },
  LAYOUT_TEMPLATE_REDATED: {
    vi: "Sổ chưa có kế hoạch: lập theo kế hoạch mẫu năm {from}, chuyển sang năm {year} theo YEAR trên Cấu hình; hãy rà soát lại nội dung.",
    en: "The workbook had no plan: laid out the {from} template plan moved to {year}, the YEAR on Cấu hình; review its wording.",
  },
  LAYOUT_YEAR_SET: {
    vi: "Năm kế hoạch trên '{sheet}' (YEAR) đổi từ {from} sang {year} theo kế hoạch vừa lập.",
    en: "The plan year on '{sheet}' (YEAR) changed from {from} to {year}, the year of the plan laid out.",
  },
  LAYOUT_YEAR_MISMATCH: {
    vi: "Năm kế hoạch trên '{sheet}' (YEAR = {from}) khác năm của kế hoạch vừa lập ({year}); sheet này do người dùng lập nên không tự sửa: hãy sửa giá trị YEAR.",
    en: "The plan year on '{sheet}' (YEAR = {from}) differs from the plan laid out ({year}); the sheet is a person's, so it was not changed: correct YEAR.",
  },
  CLI_OPT_PLAN: {
    vi: "lập kế hoạch theo văn bản kế hoạch này (.docx hoặc .txt) thay cho kế hoạch mẫu 2024",
    en: "lay out the plan this document states (.docx or .txt) instead of the 2024 template",
  },
  NEW_YEAR_DONE: {
    vi: "Đã lập sổ năm {to} từ sổ năm {from}: mang sang {carried}; căn cứ được kiểm tra hiệu lực tại ngày {date}; trạng thái nhiệm vụ và điểm chấm để trống.",
    en: "The {to} workbook was made from the {from} one: carried {carried}; the basis checked as of {date}; task statuses and scores left empty.",
  },
  NEW_YEAR_REDATED: {
    vi: "Chưa có văn bản kế hoạch năm {to}: nhiệm vụ, đợt và phong trào năm {from} được chuyển sang năm {to} cùng tháng; hãy rà soát dịp thi đua của từng đợt.",
    en: "No {to} plan document given: the {from} tasks, rounds and movements move to {to} in the same months; review each round's occasions.",
  },
  NEW_YEAR_SAME_FILE: {
    vi: "Sổ năm mới phải là một tệp khác sổ năm cũ ({file}); sổ năm cũ không bị thay đổi.",
    en: "The new year's workbook must be another file than last year's ({file}); last year's is left unchanged.",
  },
  CLI_CMD_NEW_YEAR: {
    vi: "Lập sổ năm mới từ sổ năm trước (đơn vị, hội đồng, tiêu chí, cấu hình mang sang; kế hoạch chuyển năm)",
    en: "Start next year's workbook from last year's (units, council, criteria, settings carried; the plan moved on a year)",
  },
  NEW_YEAR_TARGET_EXISTS: {
    vi: "Tệp {file} đã có: sổ năm mới được ghi vào một tệp chưa có, để không ghi đè sổ nào.",
    en: "{file} already exists: the new year's workbook is written to a new file, so no workbook is overwritten.",
  },
  PANE_NEW_YEAR_RUN: { vi: "Lập sổ năm mới…", en: "Start next year's workbook…" },
  PANE_NEW_YEAR_HINT: {
    vi: "Sổ năm sau lập từ sổ đang mở (sổ này giữ nguyên): đơn vị, hội đồng, tiêu chí, cấu hình mang sang; kế hoạch chuyển năm, hoặc theo văn bản kế hoạch đã chọn.",
    en: "Next year's workbook from the open one (which stays as it is): units, council, criteria, settings carried over; the plan moved on a year, or the chosen plan document's.",
  },
  NEW_YEAR_OPENED_IN_EXCEL: {
    vi: "Sổ năm mới đã mở trong cửa sổ Excel mới: hãy lưu với tên như “{file}”. Sổ đang mở không thay đổi.",
    en: "Next year's workbook is open in a new Excel window: save it, e.g. as “{file}”. The open workbook is unchanged.",
  },
  NEW_YEAR_OPENED_IN_BROWSER: {
    vi: "Sổ năm mới “{file}” là sổ đang mở; bấm Tải về để lưu.",
    en: "Next year's workbook “{file}” is now the open one; press Download to save it.",
  },
  NEW_YEAR_OLD_DOWNLOADED: {
    vi: "Sổ năm trước có thay đổi chưa tải về: đã tải về “{file}” trước khi mở sổ năm mới.",
    en: "Last year's workbook had changes not yet downloaded: “{file}” was downloaded before next year's was opened.",
  },
  PANE_PLAN_DOCUMENT_PICK: { vi: "Chọn văn bản kế hoạch (.docx, .txt)…", en: "Choose the plan document (.docx, .txt)…" },
  PANE_PLAN_DOCUMENT_CLEAR: { vi: "Dùng kế hoạch mẫu", en: "Use the template plan" },
  PANE_PLAN_DOCUMENT_CHOSEN: { vi: "Văn bản kế hoạch", en: "Plan document" },
  PANE_PLAN_DOCUMENT_NONE: {
    vi: "Chưa chọn văn bản: lập theo kế hoạch mẫu năm 2024.",
    en: "No document chosen: the 2024 template plan is laid out.",
  },
} satisfies Catalog;
