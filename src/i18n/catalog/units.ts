import type { Catalog } from "../types";

/** The khối's report, the unit forms and their collection, collective titles and the family register. */
export const units = {
  // The khối's report (sheets/khoi.ts): printed in Vietnamese.
  KHOI_SHEET: { vi: "Tổng hợp khối {period}", en: "Khối summary {period}" },
  KHOI_TITLE_Q1: {
    vi: "Tổng hợp bình xét thi đua, khen thưởng khối xã, phường quý I năm {year}",
    en: "Emulation and commendation results of the khối of communes and wards, quarter I {year}",
  },
  KHOI_TITLE_6T: {
    vi: "Tổng hợp bình xét thi đua, khen thưởng khối xã, phường 6 tháng đầu năm {year}",
    en: "Emulation and commendation results of the khối of communes and wards, first six months of {year}",
  },
  KHOI_TITLE_9T: {
    vi: "Tổng hợp bình xét thi đua, khen thưởng khối xã, phường 9 tháng đầu năm {year}",
    en: "Emulation and commendation results of the khối of communes and wards, first nine months of {year}",
  },
  KHOI_TITLE_NAM: {
    vi: "Tổng hợp bình xét thi đua, khen thưởng khối xã, phường năm {year}",
    en: "Emulation and commendation results of the khối of communes and wards, year {year}",
  },
  KHOI_INTRO: {
    vi: "(Tổng hợp từ báo cáo của {n} phường; số liệu của mỗi phường tính đến ngày ghi tại mục I)",
    en: "(Merged from the reports of {n} wards; each ward's figures stand at the date in section I)",
  },
  KHOI_SEC_WARDS: { vi: "I. CÁC PHƯỜNG TRONG KHỐI", en: "I. THE WARDS OF THE KHỐI" },
  KHOI_SEC_TASKS: { vi: "II. THỰC HIỆN KẾ HOẠCH CÔNG TÁC THI ĐUA, KHEN THƯỞNG", en: "II. THE PLAN'S TASKS" },
  KHOI_SEC_ROUNDS: { vi: "III. KẾT QUẢ CÁC ĐỢT THI ĐUA", en: "III. RESULTS OF THE ROUNDS" },
  KHOI_SEC_PROPOSED: { vi: "IV. DANH SÁCH ĐƠN VỊ ĐỀ NGHỊ KHEN THƯỞNG", en: "IV. UNITS PROPOSED FOR COMMENDATION" },
  KHOI_COL_WARD: { vi: "Phường", en: "Ward" },
  KHOI_COL_FILE: { vi: "Tệp của phường", en: "The ward's file" },
  KHOI_COL_AS_OF: { vi: "Số liệu đến ngày", en: "Figures as of" },
  KHOI_COL_TASKS_DUE: { vi: "Nhiệm vụ đến hạn", en: "Tasks due" },
  KHOI_COL_TASKS_DONE: { vi: "Đã hoàn thành", en: "Done" },
  KHOI_COL_UNITS: { vi: "Đơn vị", en: "Units" },
  KHOI_COL_REGISTERED: { vi: "Đơn vị đăng ký", en: "Units registered" },
  KHOI_COL_PERSONS: { vi: "Cá nhân đăng ký", en: "Persons registered" },
  KHOI_COL_RANKED: { vi: "Được xếp hạng", en: "Ranked" },
  KHOI_COL_GIAY_KHEN: { vi: "Đề nghị Giấy khen", en: "Proposed for Giấy khen" },
  KHOI_COL_HIGHER: { vi: "Đề nghị cấp trên", en: "Proposed to the level above" },
  KHOI_COL_ROUND: { vi: "Đợt", en: "Round" },
  KHOI_COUNTS_HEAD: { vi: "a) Đăng ký và đề nghị khen thưởng theo phường", en: "a) Registrations and proposals by ward" },
  KHOI_TIERS_HEAD: { vi: "b) Xếp loại theo phường", en: "b) Tiers by ward" },
  KHOI_NOT_SCORED: {
    vi: "Chưa có kết quả {round} trong kỳ: {wards}.",
    en: "No results of {round} in the period yet: {wards}.",
  },

  // The consolidate command's messages.
  KHOI_NO_WARDS: { vi: "Chưa chọn tệp nào của các phường để tổng hợp.", en: "No ward's file was given to consolidate." },
  KHOI_WARD_NOT_TDKT: {
    vi: 'Tệp {file} không có trang "{sheet}": không phải sổ thi đua của một phường, không tổng hợp được.',
    en: 'The file {file} has no sheet "{sheet}": it is not a ward\'s TĐKT workbook and cannot be consolidated.',
  },
  KHOI_WARD_OTHER_YEAR: {
    vi: "Không tổng hợp: tệp {file} ({ward}) là sổ thi đua năm {year}, khối đang tổng hợp năm {khoiYear}. Hãy bỏ tệp này hoặc chọn đúng tệp năm {khoiYear} của phường.",
    en: "Not consolidated: the file {file} ({ward}) is the workbook of {year}; the khối is consolidating {khoiYear}. Leave it out or pick the ward's {khoiYear} file.",
  },
  KHOI_WARD_OTHER_PERIOD: {
    vi: "Không tổng hợp: số liệu trong tệp {file} ({ward}) chỉ đến ngày {asOf}, trước kỳ {period} (từ {from}); có lẽ đây là báo cáo kỳ trước. Hãy đề nghị phường gửi tệp đã xếp hạng, tổng hợp kỳ {period}.",
    en: "Not consolidated: the figures in {file} ({ward}) stop at {asOf}, before the {period} period ({from} on); it is probably an earlier report. Ask the ward for its file ranked and summarised for {period}.",
  },
  KHOI_WARD_TWICE: {
    vi: "Không tổng hợp: tệp {file} cũng là của {ward}, đã có trong tệp {first}. Mỗi phường chỉ chọn một tệp.",
    en: "Not consolidated: the file {file} is also {ward}'s, already counted from {first}. One file per ward.",
  },
  KHOI_WARD_READ: { vi: "Đã đọc {file}: {ward}, số liệu đến ngày {asOf}.", en: "Read {file}: {ward}, figures as of {asOf}." },
  KHOI_WRITTEN: { vi: 'Đã lập trang "{sheet}" tổng hợp {n} phường.', en: 'Wrote the sheet "{sheet}" merging {n} wards.' },
  CLI_CMD_CONSOLIDATE: {
    vi: "Tổng hợp khối thi đua: gộp sổ thi đua của các phường thành báo cáo của khối theo kỳ",
    en: "Khối report: merge the wards' workbooks into the khối's report of a period",
  },
  CLI_OPT_KHOI_PERIOD: { vi: "Kỳ tổng hợp: 6T, 9T hoặc NAM (cả Q1)", en: "The period: 6T, 9T or NAM (Q1 too)" },
  CLI_OPT_KHOI_YEAR: { vi: "Năm của khối (mặc định: năm của tệp đầu tiên)", en: "The khối's year (default: the first file's)" },
  CLI_KHOI_PERIOD_REQUIRED: { vi: "Cần --period 6T, 9T hoặc NAM.", en: "--period 6T, 9T or NAM is required." },
  CLI_KHOI_BAD_YEAR: { vi: "Năm không hợp lệ: {value}.", en: "Not a year: {value}." },
} satisfies Catalog;

/** The family register and the decision (NĐ 86/2023). */
export const households = {
  GDVH_REGISTER_TITLE: { vi: "Sổ theo dõi bình xét Gia đình văn hóa", en: "Register of the Gia đình văn hóa evaluation" },
  GDVH_TDP_PICK: { vi: "Chọn mã một tổ dân phố có trong trang Đơn vị.", en: "Pick the code of a tổ dân phố on Đơn vị." },
  GDVH_RESULT_PICK: {
    vi: "Chọn Đạt hoặc Không đạt; để trống nếu tổ chưa bình xét.",
    en: "Pick Đạt or Không đạt; blank when not evaluated yet.",
  },
  GDVH_NO_HEADER: {
    vi: "Trang {sheet} thiếu dòng tiêu đề có các cột {headers}.",
    en: "The sheet {sheet} has no header row with the columns {headers}.",
  },
  GDVH_CODE_MISSING: {
    vi: "{sheet} ô {cell}: hộ {head} chưa có mã hộ.",
    en: "{sheet} cell {cell}: the household of {head} has no code.",
  },
  GDVH_DUPLICATE: {
    vi: "{sheet} ô {cell}: mã hộ {code} trùng với dòng {first}; dòng này không được tính.",
    en: "{sheet} cell {cell}: household code {code} repeats row {first}; this row is left out.",
  },
  GDVH_TDP_UNKNOWN: {
    vi: '{sheet} ô {cell}: hộ {code} thuộc "{tdp}", không phải mã tổ dân phố nào trong trang Đơn vị.',
    en: '{sheet} cell {cell}: household {code} is in "{tdp}", which is no tổ dân phố code on Đơn vị.',
  },
  GDVH_RESULT_UNKNOWN: {
    vi: '{sheet} ô {cell}: kết quả "{value}" của hộ {code} không phải Đạt hay Không đạt.',
    en: '{sheet} cell {cell}: the result "{value}" of household {code} is neither Đạt nor Không đạt.',
  },
  GDVH_DATE_UNREADABLE: {
    vi: '{sheet} ô {cell}: "{value}" (hộ {code}) không đọc được là ngày dd/mm/yyyy.',
    en: '{sheet} cell {cell}: "{value}" (household {code}) is not a dd/mm/yyyy date.',
  },
  GDVH_EVAL_LATE: {
    vi: "{sheet} ô {cell}: tổ {tdp} họp bình xét sau hạn; Nghị định 86/2023 yêu cầu hoàn thành trước ngày {deadline}.",
    en: "{sheet} cell {cell}: tổ {tdp} met after the deadline; NĐ 86/2023 requires the evaluation before {deadline}.",
  },
  GDVH_POSTING_MISSING: {
    vi: "{sheet} ô {cell}: tổ {tdp} đã bình xét nhưng chưa ghi ngày niêm yết công khai danh sách.",
    en: "{sheet} cell {cell}: tổ {tdp} evaluated but the posting dates are not written.",
  },
  GDVH_POSTED_BEFORE_EVAL: {
    vi: "{sheet} ô {cell}: tổ {tdp} niêm yết trước ngày họp bình xét.",
    en: "{sheet} cell {cell}: tổ {tdp} posted the list before its meeting.",
  },
  GDVH_POSTING_SHORT: {
    vi: "{sheet} ô {cell}: tổ {tdp} niêm yết {days} ngày, cần đủ {required} ngày.",
    en: "{sheet} cell {cell}: tổ {tdp} posted the list for {days} days; {required} are required.",
  },
  GDVH_DATES_DIFFER: {
    vi: "{sheet} ô {cell}: ngày của tổ {tdp} khác với dòng {first}; mỗi tổ chỉ có một lần họp và một lần niêm yết, lấy theo dòng {first}.",
    en: "{sheet} cell {cell}: tổ {tdp}'s date differs from row {first}; one meeting and one posting per tổ, row {first} is used.",
  },
  GDVH_DECIDED_BEFORE_POSTING_END: {
    vi: "{sheet} ô {cell}: quyết định ngày {date} nhưng tổ {tdp} niêm yết đến hết ngày {postedTo}; các hộ của tổ chưa được đưa vào quyết định.",
    en: "{sheet} cell {cell}: the decision is dated {date} but tổ {tdp} posts until {postedTo}; its households are held back.",
  },
  GDVH_DECISION_LATE: {
    vi: "{sheet} ô {cell}: quyết định ngày {date}, quá hạn {by} (trong 10 ngày sau khi tổ {tdp} hết niêm yết).",
    en: "{sheet} cell {cell}: the decision of {date} is past {by} (within the days after tổ {tdp}'s posting).",
  },
  GDVH_EMPTY: { vi: "Trang {sheet} chưa có hộ nào.", en: "The sheet {sheet} has no household yet." },
  GDVH_REGISTER_CREATED: {
    vi: 'Đã lập sổ "{sheet}" ({n} hộ). Nhập kết quả bình xét và ngày niêm yết của các tổ, rồi chạy lại để lập quyết định.',
    en: 'Laid out "{sheet}" ({n} households). Fill in the tổ dân phố\'s results and posting dates, then run again for the decision.',
  },
  GDVH_DECISION_WRITTEN: {
    vi: 'Đã lập "{sheet}" và "{list}": công nhận {n} hộ Gia đình văn hóa của {tdps} tổ dân phố.',
    en: 'Wrote "{sheet}" and "{list}": {n} households recognised, of {tdps} tổ dân phố.',
  },
  GDVH_TDPS_HELD: {
    vi: "Chưa đưa vào quyết định (lịch bình xét, niêm yết chưa đúng hoặc chưa họp): {tdps}.",
    en: "Held back from the decision (timetable not in order or no meeting yet): {tdps}.",
  },
  GDVH_DECISION_KIND: { vi: "QUYẾT ĐỊNH", en: "DECISION" },
  GDVH_DECISION_SUBJECT: {
    vi: 'Về việc công nhận danh hiệu "Gia đình văn hóa" năm {year}',
    en: 'On recognising the title "Gia đình văn hóa" for {year}',
  },
  GDVH_DECISION_BASIS: {
    vi: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Nghị định số 86/2023/NĐ-CP ngày 07 tháng 12 năm 2023 của Chính phủ quy định khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "Gia đình văn hóa"; "Thôn, tổ dân phố văn hóa"; "Xã, phường, thị trấn tiêu biểu"; theo đề nghị của các tổ dân phố.',
    en: "Under the Law on Emulation and Commendation of 15/6/2022 and Decree 86/2023/NĐ-CP of 07/12/2023, on the proposal of the tổ dân phố.",
  },
  GDVH_DECISION_ARTICLE1: {
    vi: 'Điều 1. Công nhận danh hiệu "Gia đình văn hóa" năm {year} cho {n} hộ gia đình (có danh sách kèm theo).',
    en: 'Article 1. The title "Gia đình văn hóa" {year} is recognised for {n} households (list attached).',
  },
  GDVH_DECISION_ARTICLE2: {
    vi: "Điều 2. Quyết định có hiệu lực kể từ ngày ký. Văn phòng HĐND và UBND phường, Tổ trưởng các tổ dân phố và các hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
    en: "Article 2. In force from signature; the ward office, the heads of the tổ dân phố and the households in Article 1 carry it out.",
  },
  GDVH_RECIPIENT_TDP: { vi: "Như Điều 2", en: "As in Article 2" },
  GDVH_LIST_TITLE: {
    vi: 'DANH SÁCH HỘ GIA ĐÌNH ĐƯỢC CÔNG NHẬN DANH HIỆU "GIA ĐÌNH VĂN HÓA"',
    en: 'HOUSEHOLDS RECOGNISED AS "GIA ĐÌNH VĂN HÓA"',
  },
  GDVH_LIST_SUBTITLE: {
    vi: "(Kèm theo Quyết định năm {year} ngày {date} của Chủ tịch UBND phường)",
    en: "(Attached to the ward chair's decision of {date}, year {year})",
  },
  GDVH_COL_TDP: { vi: "Tổ dân phố", en: "Tổ dân phố" },
  GDVH_COL_HOUSEHOLDS: { vi: "Số hộ bình xét", en: "Households evaluated" },
  GDVH_COL_RECOGNISED: { vi: "Số hộ đạt", en: "Households passed" },
  GDVH_COL_HEAD: { vi: "Họ và tên chủ hộ", en: "Head of household" },
  GDVH_COL_ADDRESS: { vi: "Địa chỉ", en: "Address" },
  CLI_CMD_HOUSEHOLDS: {
    vi: "Gia đình văn hóa: lập sổ theo dõi, kiểm tra lịch bình xét, niêm yết và lập quyết định kèm danh sách",
    en: "Gia đình văn hóa: the register, the timetable check, and the decision with its list",
  },
  CLI_OPT_HOUSEHOLDS_SAMPLE: {
    vi: "Lập sổ với các hộ mẫu (khi chưa có sổ)",
    en: "Lay out the register with sample households (when there is none)",
  },
  CLI_OPT_DECISION_DATE: { vi: "Ngày của quyết định (mặc định: hôm nay)", en: "The decision's date (default: today)" },
} satisfies Catalog;

/** The units' forms and their collection. */
export const unitForms = {
  FORM_TITLE: {
    vi: "PHIẾU ĐỀ NGHỊ BÌNH XÉT THI ĐUA, KHEN THƯỞNG NĂM {year}",
    en: "EMULATION AND COMMENDATION PROPOSAL FORM {year}",
  },
  FORM_HOWTO_MEMBERS: {
    vi: 'Trang "{sheet}": ghi đủ các thành viên của đơn vị, mức hoàn thành nhiệm vụ, kỷ luật (nếu có) và danh hiệu đăng ký; chọn trong danh sách thả xuống.',
    en: 'Sheet "{sheet}": every member of the unit, their task completion, any discipline and the title they register for; pick from the drop-downs.',
  },
  FORM_HOWTO_HOUSEHOLDS: {
    vi: 'Trang "{sheet}": các hộ của tổ, kết quả bình xét Gia đình văn hóa, ngày họp và ngày niêm yết công khai.',
    en: 'Sheet "{sheet}": the tổ\'s households, their Gia đình văn hóa result, the meeting day and the posting dates.',
  },
  FORM_HOWTO_RETURN: {
    vi: "Không đổi tên trang, không chép sang tệp khác: gửi lại chính tệp này cho Thường trực Hội đồng TĐKT phường.",
    en: "Do not rename the sheets or copy them to another file: send this very file back to the ward's council office.",
  },
  FORM_MEMBERS_TITLE: { vi: "Danh sách thành viên - {unit}", en: "Members - {unit}" },
  FORM_HOUSEHOLDS_TITLE: { vi: "Bình xét Gia đình văn hóa - {unit}", en: "Gia đình văn hóa evaluation - {unit}" },
  FORM_UNIT_ONLY: { vi: "Phiếu này chỉ của đơn vị {unit}.", en: "This form is for {unit} only." },
  FORMS_NO_UNITS: {
    vi: 'Chưa có trang "{units}" hoặc "{settings}": hãy lập kế hoạch (layout) trước khi làm phiếu cho các đơn vị.',
    en: 'No "{units}" or "{settings}" sheet: lay out the plan before making the units\' forms.',
  },
  FORMS_MADE: {
    vi: "Đã lập {n} phiếu đơn vị ({tdps} tổ dân phố có thêm trang Gia đình văn hóa), năm {year}, {round}.",
    en: "Made {n} unit forms ({tdps} tổ dân phố with a Gia đình văn hóa sheet), {year}, {round}.",
  },
  FORMS_WRITTEN: { vi: "Đã ghi {n} phiếu vào thư mục {dir}.", en: "Wrote {n} forms into {dir}." },
  FORMS_FILE_EXISTS: {
    vi: "Đã có tệp {wanted}: không ghi đè (có thể đơn vị đã điền), phiếu mới ghi thành {saved}.",
    en: "{wanted} exists: not overwritten (a unit may have filled it); the new form is {saved}.",
  },
  CLI_CMD_FORMS: {
    vi: "Phiếu đơn vị: mỗi đơn vị một tệp để điền thành viên, hộ gia đình và gửi lại",
    en: "Unit forms: one small workbook per unit to fill and send back",
  },
  CLI_OPT_FORMS_OUT: {
    vi: "Thư mục ghi phiếu (mặc định: phieu-don-vi-<năm> cạnh tệp)",
    en: "Folder for the forms (default: phieu-don-vi-<year> beside the file)",
  },
} satisfies Catalog;

/** Collecting the units' forms. */
export const collect = {
  FORM_NOT_A_FORM: {
    vi: "Tệp {file} không phải phiếu đơn vị do phường lập (không có dấu nhận dạng của phiếu); có thể đã chép sang tệp khác.",
    en: "{file} is not a unit form made by the ward (it carries no form identity); it may have been copied into another file.",
  },
  FORM_OLD_VERSION: {
    vi: "“{sheet}” ô {cell}: phiếu {file} theo mẫu phiên bản {version}, mẫu hiện hành là {current}; hãy gửi đơn vị phiếu mới.",
    en: "“{sheet}” cell {cell}: {file} is form version {version}; the current one is {current}; send the unit a new form.",
  },
  FORM_OTHER_WARD: {
    vi: "“{sheet}” ô {cell}: phiếu {file} là của {formWard}, không phải {ward}.",
    en: "“{sheet}” cell {cell}: {file} belongs to {formWard}, not {ward}.",
  },
  FORM_OTHER_YEAR: {
    vi: "“{sheet}” ô {cell}: phiếu {file} là của năm {formYear}, sổ đang xét năm {year}.",
    en: "“{sheet}” cell {cell}: {file} is for {formYear}; the workbook is for {year}.",
  },
  FORM_UNKNOWN_UNIT: {
    vi: "“{sheet}” ô {cell}: phiếu {file} của đơn vị {unit}, không có trong trang Đơn vị.",
    en: "“{sheet}” cell {cell}: {file} is for unit {unit}, which is not on Đơn vị.",
  },
  FORM_UNIT_TWICE: {
    vi: "Phiếu {file} cũng của đơn vị {unit}, đã thu từ {first}: mỗi lần chỉ thu một phiếu của một đơn vị; tệp này không được gộp.",
    en: "{file} is also unit {unit}'s, already collected from {first}: one form per unit per run; this file is not merged.",
  },
  FORM_OLDER_THAN_COLLECTED: {
    vi: "Phiếu {file} của {unit} lập ngày {issued}, cũ hơn phiếu đã thu (lập ngày {collected}); không gộp để khỏi ghi đè số liệu mới hơn.",
    en: "{file} of {unit} was made on {issued}, older than the form collected (made {collected}); not merged, so newer figures stay.",
  },
  FORM_MEMBER_OTHER_UNIT: {
    vi: "“{sheet}” ô {cell}: {code} ghi đơn vị {unit}, nhưng phiếu là của {formUnit}.",
    en: "“{sheet}” cell {cell}: {code} says unit {unit}, but the form is {formUnit}'s.",
  },
  FORM_DATE_OUTSIDE_YEAR: {
    vi: "“{sheet}” ô {cell}: ngày {date} (hộ {code}) không thuộc năm {year}.",
    en: "“{sheet}” cell {cell}: {date} (household {code}) is not in {year}.",
  },
  FORM_ROW_TYPED_BY_HAND: {
    vi: "“{sheet}” ô {cell}: mã {code} đã có trên trang {sheet} của phường do người nhập ({owner}); giữ dòng của phường, không lấy dòng của phiếu (muốn lấy số liệu của phiếu thì xóa dòng đó trên trang của phường rồi thu lại).",
    en: "“{sheet}” cell {cell}: code {code} is already on the ward's sheet, typed by hand ({owner}); the ward's row is kept, the form's is left out.",
  },
  FORM_ROW_OTHER_UNIT: {
    vi: "“{sheet}” ô {cell}: mã {code} đã được thu từ phiếu khác ({owner}); dòng này không được gộp.",
    en: "“{sheet}” cell {cell}: code {code} was collected from another form ({owner}); this row is not merged.",
  },
  FORM_NOT_MERGED: {
    vi: "Không gộp phiếu {file}: có {n} lỗi, xem danh sách kiểm tra.",
    en: "{file} not merged: {n} errors, see the findings.",
  },
  FORM_UNCHANGED: {
    vi: "{file}: trang {sheet} đã có đúng các dòng này, không thay đổi.",
    en: "{file}: {sheet} already holds these rows; nothing changed.",
  },
  FORM_REPLACED: {
    vi: "{file}: thay {old} dòng của {unit} trên trang {sheet} (từ {from}) bằng {n} dòng của phiếu mới.",
    en: "{file}: replaced {old} rows of {unit} on {sheet} (from {from}) with {n} rows of the newer form.",
  },
  FORM_ADDED: { vi: "{file}: thêm {n} dòng của {unit} vào trang {sheet}.", en: "{file}: added {n} rows of {unit} to {sheet}." },
  COLLECT_NOTES_MOVED: {
    vi: "{n} ghi chú (note) trên trang {sheet} không còn dòng nào để đi theo (ô trống, hoặc dòng mà phiếu mới của đơn vị đã bỏ): đã gom vào ghi chú ở ô {cell}, mỗi dòng ghi nơi nó đã nằm.",
    en: "{n} note(s) on {sheet} had no row left to go with (a blank row, or a row the unit's newer form dropped): they are gathered in the note on {cell}, each line saying where it was.",
  },
  COLLECT_NOTES_UNREAD: {
    vi: "Không đọc được hết ghi chú (note) trên trang {sheet} (ghi chú ở một ô trống, hoặc phiên bản Excel này chưa đọc được ghi chú), nên ghi chú không đi theo dòng của nó: ghi chú nào còn thì ở lại ô cũ, có thể không còn đúng người. Nếu sổ tính không lưu được vì sẽ mất ghi chú, hãy chép ghi chú ra chỗ khác rồi thu phiếu lại.",
    en: "Not every note on {sheet} could be read (a note on a blank cell, or this version of Excel cannot read notes), so the notes do not follow their rows: those kept stay on their old cells, maybe no longer beside the same person. If the workbook cannot be saved because notes would be lost, copy them elsewhere and collect again.",
  },
  COLLECT_NOTHING_CHANGED: {
    vi: "Không có gì thay đổi: sổ tính giữ nguyên.",
    en: "Nothing changed: the workbook is left as it was.",
  },
  CLI_CMD_COLLECT: {
    vi: "Thu phiếu: kiểm tra phiếu các đơn vị gửi lại và gộp vào Cá nhân, Gia đình văn hóa",
    en: "Collect: check the units' returned forms and merge them into Cá nhân and the family register",
  },
} satisfies Catalog;

/** Collective titles: TTLĐTT and Tổ dân phố văn hóa. */
export const collective = {
  COLL_SHEET_TITLE: { vi: "Danh hiệu tập thể: điều kiện và lý do", en: "Collective titles: conditions and reasons" },
  COLL_WHY_NO_ROUND: {
    vi: "Chưa có kết quả bình xét năm của đơn vị (chưa chấm, xếp hạng đợt Năm).",
    en: "No result of the year's evaluation yet (the Năm round is not scored).",
  },
  COLL_WHY_NOT_RANKED: {
    vi: "Đơn vị không có xếp loại trong bình xét năm.",
    en: "The unit has no tier in the year's evaluation.",
  },
  COLL_WHY_TIER: {
    vi: "Bình xét năm xếp loại {tier}, cần từ {min} trở lên.",
    en: "The year's evaluation tiered it {tier}; {min} or better is needed.",
  },
  COLL_WHY_NO_MEMBERS: {
    vi: "Chưa có danh sách thành viên của đơn vị trên trang Cá nhân (thu phiếu của đơn vị).",
    en: "No members of the unit on Cá nhân yet (collect the unit's form).",
  },
  COLL_WHY_LDTT_SHARE: {
    vi: "Chỉ {ldtt}/{members} thành viên đạt Lao động tiên tiến; cần ít nhất {need} ({share}%).",
    en: "Only {ldtt} of {members} members are LĐTT; at least {need} ({share}%) are needed.",
  },
  COLL_WHY_DISCIPLINE: {
    vi: "Có thành viên bị kỷ luật từ cảnh cáo trở lên: {names}.",
    en: "Members disciplined at cảnh cáo or above: {names}.",
  },
  COLL_WHY_NOT_COMPLETE: {
    vi: "Có thành viên chưa hoàn thành nhiệm vụ hoặc chưa được đánh giá: {names}.",
    en: "Members who did not complete their tasks or are not graded: {names}.",
  },
  COLL_WHY_NO_HOUSEHOLDS: {
    vi: "Chưa có kết quả bình xét Gia đình văn hóa của tổ trên sổ.",
    en: "No Gia đình văn hóa results of the tổ on the register yet.",
  },
  COLL_WHY_GDVH_SHARE: {
    vi: "Chỉ {passed}/{total} hộ đạt Gia đình văn hóa; cần từ {share}% trở lên.",
    en: "Only {passed} of {total} households are Gia đình văn hóa; {share}% or more is needed.",
  },
  COLL_WRITTEN: {
    vi: 'Đã lập "{sheet}": {eligible} đơn vị đủ điều kiện, {not} không đủ, {pending} chưa đủ dữ liệu.',
    en: 'Wrote "{sheet}": {eligible} units eligible, {not} not, {pending} without enough data.',
  },
  COLL_NO_ROUND: {
    vi: 'Đợt Năm chưa có điểm: các điều kiện về xếp loại năm để "chưa đủ dữ liệu".',
    en: "The Năm round has no scores: the conditions on the year's tier are left pending.",
  },
  CLI_CMD_COLLECTIVE: {
    vi: "Danh hiệu tập thể: xét Tập thể lao động tiên tiến và Tổ dân phố văn hóa, kèm lý do",
    en: "Collective titles: TTLĐTT and Tổ dân phố văn hóa, with reasons",
  },
} satisfies Catalog;
