import type { Catalog } from "../types";

/** Registration, criteria, scoring and master-list findings, and the prepare/validate commands. Codes = rule codes. */
export const validation = {
  // Registration
  REG_UNKNOWN_UNIT: {
    vi: "Mã đơn vị “{unit}” không có trong danh sách Đơn vị.",
    en: "Unit code “{unit}” is not in the unit list.",
  },
  REG_UNIT_CODE_FORM: {
    vi: "Mã đơn vị “{value}” viết khác danh sách Đơn vị: đã hiểu là {unit}; nên sửa lại thành {unit} cho thống nhất.",
    en: "Unit code “{value}” is written differently from the unit list: read as {unit}; better corrected to {unit}.",
  },
  REG_UNKNOWN_PERSON: {
    vi: "Đăng ký cá nhân nhưng chưa ghi họ và tên.",
    en: "A personal registration without the person's name.",
  },
  REG_UNKNOWN_TITLE: {
    vi: "Danh hiệu “{title}” không có trong danh mục Danh hiệu.",
    en: "Title “{title}” is not in the title catalogue.",
  },
  REG_TITLE_KIND: {
    vi: "Danh hiệu “{title}” dành cho {allowed}, không dùng được cho {kind}.",
    en: "Title “{title}” is for {allowed_en}, not for {kind_en}.",
  },
  REG_TITLE_YEAR_ONLY: {
    vi: "“{title}” là danh hiệu xét {cycle}: đăng ký ở dòng của đợt Năm, không ở {round} (đợt thi đua chỉ xét Giấy khen, danh hiệu này sẽ không được bình xét).",
    en: "“{title}” is awarded once a year: register it on a row of the year (Năm), not of {round}; a round is only ranked for a Giấy khen.",
  },
  REG_TITLE_UNIT_TYPE: {
    vi: "{unit} không thuộc loại đơn vị được xét danh hiệu “{title}”. {note}",
    en: "{unit} is not a kind of unit that may hold “{title}”. {note}",
  },
  REG_DUPLICATE: {
    vi: "{subject} đã đăng ký danh hiệu “{title}” cho {round} ở dòng {first}.",
    en: "{subject} already registered for “{title}” in {round} on row {first}.",
  },
  REG_LATE: {
    vi: "Ngày đăng ký {date} sau hạn đăng ký {deadline} của {round}.",
    en: "Registered on {date}, after the {round} deadline {deadline}.",
  },
  REG_COVENANT_MISSING: {
    vi: "{round} bắt buộc ký giao ước thi đua, nhưng đơn vị {unit} chưa ký (cột Ký giao ước).",
    en: "{round} requires a signed covenant, but unit {unit} has not signed (column Ký giao ước).",
  },
  REG_MISSING: {
    vi: "Đơn vị {unit} ({name}) chưa đăng ký thi đua {round}: vẫn được chấm và xếp hạng, nhưng không được đề nghị khen thưởng.",
    en: "Unit {unit} ({name}) has no registration for {round}: it can be scored and ranked, but not proposed for an award.",
  },
  REG_BAD_ROUND: { vi: "Không rõ đợt thi đua “{value}”.", en: "Unknown round “{value}”." },
  REG_BAD_KIND: {
    vi: "Loại đối tượng “{value}” không hợp lệ: chọn Tập thể hoặc Cá nhân.",
    en: "Subject kind “{value}” is not valid: choose Tập thể or Cá nhân.",
  },
  REG_BAD_DATE: {
    vi: "Ngày đăng ký “{value}” không đọc được (dd/mm/yyyy).",
    en: "Registration date “{value}” cannot be read (dd/mm/yyyy).",
  },
  REG_SHEET_MISSING: {
    vi: "Chưa có trang “{sheet}”: chạy “Chuẩn bị đợt” để tạo.",
    en: "There is no “{sheet}” sheet: run “Prepare round” to create it.",
  },
  // Criteria
  CRIT_SHEET_MISSING: {
    vi: "Chưa có trang “{sheet}”: chạy “Chuẩn bị đợt” để tạo bảng tiêu chí mặc định.",
    en: "There is no “{sheet}” sheet: run “Prepare round” to create the default grid.",
  },
  CRIT_DUPLICATE_CODE: {
    vi: "Mã tiêu chí “{code}” bị trùng (đã có ở dòng {first}).",
    en: "Criterion code “{code}” is used twice (first on row {first}).",
  },
  CRIT_GROUP_SUM: {
    vi: "Nhóm {group}: tổng điểm các tiêu chí là {sum}, khác điểm tối đa của nhóm {max}.",
    en: "Group {group}: its items add up to {sum}, not the group maximum {max}.",
  },
  CRIT_BASE_TOTAL: {
    vi: "Bảng tiêu chí cho {who}: tổng điểm chuẩn là {sum}, khác {total} (Cấu hình BASE_TOTAL).",
    en: "Grid for {who}: base points add up to {sum}, not {total} (setting BASE_TOTAL).",
  },
  CRIT_NO_BONUS_CAP: {
    vi: "Có tiêu chí điểm thưởng nhưng chưa đặt điểm thưởng tối đa (Cấu hình BONUS_CAP).",
    en: "There are bonus lines but no bonus cap (setting BONUS_CAP).",
  },
  CRIT_ORPHAN_ITEM: {
    vi: "Tiêu chí {code} thuộc nhóm “{group}” nhưng không có dòng nhóm này.",
    en: "Criterion {code} belongs to group “{group}”, which has no group row.",
  },
  CRIT_BAD_MAX: {
    vi: "Điểm tối đa “{value}” của tiêu chí {code} không phải số không âm.",
    en: "Maximum “{value}” of criterion {code} is not a non-negative number.",
  },
  CRIT_BAD_KIND: {
    vi: "Loại tiêu chí “{value}” không hợp lệ: chọn Cơ bản, Điểm thưởng, Điểm trừ hoặc Điểm liệt.",
    en: "Criterion kind “{value}” is not valid: choose Cơ bản, Điểm thưởng, Điểm trừ or Điểm liệt.",
  },
  // Scoring
  SCORE_NO_SHEETS: {
    vi: "{round} chưa có trang chấm điểm nào: chạy “Chuẩn bị đợt” trước.",
    en: "{round} has no scoring sheet yet: run “Prepare round” first.",
  },
  SCORE_SHEET_MISSING: {
    vi: "Thành viên {judge} chấm điểm nhưng chưa có trang “{sheet}”.",
    en: "Member {judge} scores but has no sheet “{sheet}”.",
  },
  SCORE_UNKNOWN_JUDGE: {
    vi: "Không nhận ra thành viên Hội đồng chấm trang này (mã “{value}” không có trong Hội đồng hoặc không chấm điểm).",
    en: "The judge of this sheet is not recognised (code “{value}” is not a scoring member of the council).",
  },
  SCORE_BLANK_JUDGE: {
    vi: "Còn {blanks} ô điểm chưa nhập cho {units} đơn vị.",
    en: "{blanks} score cells are still blank, for {units} units.",
  },
  SCORE_BLANK_UNIT: {
    vi: "Đơn vị {unit}: còn {blanks} ô điểm chưa nhập.",
    en: "Unit {unit}: {blanks} score cells are still blank.",
  },
  SCORE_NOT_NUMBER: {
    vi: "“{value}” không phải là số (đơn vị {unit}, tiêu chí {criterion}).",
    en: "“{value}” is not a number (unit {unit}, criterion {criterion}).",
  },
  SCORE_NOT_FINITE: {
    vi: "Ô có “{value}”: số vô hạn, quá lớn hoặc không xác định, không dùng làm điểm được (đơn vị {unit}, tiêu chí {criterion}). Excel chỉ giữ được số nhỏ hơn 1E+308; hãy nhập lại điểm.",
    en: "The cell holds “{value}”: infinite, too large or no number at all, so it cannot be a score (unit {unit}, criterion {criterion}). Excel only keeps numbers below 1E+308; type the score again.",
  },
  SCORE_HIDDEN_CHARS: {
    vi: "Điểm “{value}” có ký tự ẩn không nhìn thấy ({chars}), thường do dán từ web hoặc Word; đã đọc là {number}. Nên gõ lại điểm để xóa ký tự đó.",
    en: "Score “{value}” carries a character that does not show ({chars}), usually pasted from the web or Word; read as {number}. Retype the score to remove it.",
  },
  SCORE_TEXT_NUMBER: {
    vi: "Điểm “{value}” được nhập dạng chữ; đã đọc là {number}. Nên nhập lại dạng số.",
    en: "Score “{value}” was typed as text; read as {number}. Retype it as a number.",
  },
  SCORE_OUT_OF_RANGE: {
    vi: "Điểm {value} của tiêu chí {criterion} (đơn vị {unit}) ngoài khoảng 0 – {max}.",
    en: "Score {value} for criterion {criterion} (unit {unit}) is outside 0 – {max}.",
  },
  SCORE_BONUS_OVER_CAP: {
    vi: "Đơn vị {unit}: tổng điểm thưởng {sum} vượt mức tối đa {cap}; chỉ tính {cap}.",
    en: "Unit {unit}: bonus total {sum} is over the cap {cap}; only {cap} counts.",
  },
  SCORE_UNKNOWN_UNIT: {
    vi: "Đơn vị “{unit}” không thuộc {round} (không có trong danh sách Đơn vị).",
    en: "Unit “{unit}” is not in {round} (not in the unit list).",
  },
  SCORE_UNIT_MISSING: {
    vi: "Thiếu đơn vị {unit} ({name}) trên trang chấm điểm này.",
    en: "Unit {unit} ({name}) is missing from this scoring sheet.",
  },
  SCORE_UNIT_CODE_CHANGED: {
    vi: "Mã đơn vị ở ô này là “{value}” nhưng tên là của đơn vị {unit}: mã đã bị sửa tay.",
    en: "The unit code here reads “{value}” but the name is that of unit {unit}: the code was changed by hand.",
  },
  SCORE_DUPLICATE_UNIT: {
    vi: "Đơn vị {unit} xuất hiện hai lần trên trang (đã có ở dòng {first}).",
    en: "Unit {unit} appears twice on the sheet (first on row {first}).",
  },
  SCORE_CRITERION_CHANGED: {
    vi: "Tiêu đề cột “{value}” không phải mã tiêu chí nào: tiêu đề đã bị sửa tay.",
    en: "Column header “{value}” is not a criterion code: the header was changed by hand.",
  },
  SCORE_CRITERION_MISSING: {
    vi: "Thiếu cột tiêu chí {criterion} trong bảng chấm này.",
    en: "The column for criterion {criterion} is missing from this block.",
  },
  SCORE_CONFLICT: {
    vi: "Thành viên Hội đồng {judge} chấm đơn vị {unit} mà mình lãnh đạo hoặc là thành viên: điểm này không được tính.",
    en: "Judge {judge} scores unit {unit}, which they lead or belong to: these scores must not count.",
  },
  SCORE_VETO_ONLY: {
    vi: "{judge} chỉ điền cột điểm liệt cho {unit}, chưa chấm điểm tiêu chí nào: đơn vị này coi như chưa được chấm; hãy chấm từ ô {cell}.",
    en: "{judge} filled only the veto column for {unit} and scored no criterion: the unit counts as not scored; start scoring at cell {cell}.",
  },
  SCORE_SPREAD: {
    vi: "Đơn vị {unit}: điểm các thành viên Hội đồng chênh nhau {spread} điểm (từ {low} của {lowJudge} đến {high} của {highJudge}), quá {limit}.",
    en: "Unit {unit}: judge totals differ by {spread} points ({low} from {lowJudge} to {high} from {highJudge}), over {limit}.",
  },
  // Master lists
  UNIT_DUPLICATE_CODE: {
    vi: "Mã đơn vị “{unit}” bị trùng (đã có ở dòng {first}).",
    en: "Unit code “{unit}” is used twice (first on row {first}).",
  },
  UNIT_SIMILAR_NAME: {
    vi: "Tên đơn vị “{name}” gần như trùng với “{other}” (dòng {first}): chỉ khác chữ hoa, khoảng trắng hoặc cách gõ dấu.",
    en: "Unit name “{name}” is almost the same as “{other}” (row {first}): only case, spacing or Unicode form differ.",
  },
  UNIT_UNKNOWN_BLOCK: {
    vi: "Đơn vị {unit} thuộc khối “{block}” không có trong danh sách khối thi đua.",
    en: "Unit {unit} is in khối “{block}”, which is not a known khối.",
  },
  COUNCIL_HEAD_NOT_LINKED: {
    vi: "{judge} là người đứng đầu {unit} trên trang “{units}” nhưng trang “{council}” không ghi đơn vị này ở cột “Thuộc đơn vị”: vẫn tính là xung đột lợi ích, {code} không chấm {unit}.",
    en: "{judge} is the head of {unit} on sheet “{units}” but sheet “{council}” does not list it under “Thuộc đơn vị”: it is still a conflict of interest; {code} does not score {unit}.",
  },
  MEMBER_NO_UNIT: {
    vi: "Thành viên {judge} chấm điểm nhưng không phụ trách và không thuộc đơn vị nào.",
    en: "Member {judge} scores but follows and belongs to no unit.",
  },
  // Caps
  FINDINGS_TRUNCATED: {
    vi: "Còn {count} lỗi loại {code} khác trên trang này (chỉ liệt kê {cap} lỗi đầu).",
    en: "{count} more findings of type {code} on this sheet (only the first {cap} are listed).",
  },
  // Commands and generated sheets
  VALIDATE_DONE: {
    vi: "Kiểm tra {round}: {errors} lỗi, {warnings} cảnh báo.",
    en: "Checked {round}: {errors} errors, {warnings} warnings.",
  },
  VALIDATE_CLEAN: { vi: "Kiểm tra {round}: không phát hiện vấn đề nào.", en: "Checked {round}: no problems found." },
  PREPARE_DONE: {
    vi: "Đã chuẩn bị {round}: {sheets} trang chấm điểm cho {units} đơn vị.",
    en: "Prepared {round}: {sheets} scoring sheets for {units} units.",
  },
  PREPARE_NO_JUDGES: {
    vi: "Hội đồng chưa có thành viên nào chấm điểm (cột Chấm điểm = Có).",
    en: "No council member scores (column Chấm điểm = Có).",
  },
  PREPARE_NO_UNITS: { vi: "Danh sách Đơn vị đang trống.", en: "The unit list is empty." },
  PREPARE_SCORES_KEPT: {
    vi: "Trang “{sheet}”: giữ lại {count} điểm đã nhập.",
    en: "Sheet “{sheet}”: kept {count} scores already typed.",
  },
  PREPARE_TYPED_MOVED: {
    vi: "Trang “{sheet}”: {scores} điểm và {notes} ghi chú đã nhập không còn chỗ trên trang mới (đơn vị, tiêu chí hoặc phân công đã đổi); cả trang cũ được giữ nguyên ở trang “{copy}”.",
    en: "Sheet “{sheet}”: {scores} typed scores and {notes} notes have no place on the new sheet (a unit, criterion or assignment changed); the whole old sheet is kept as “{copy}”.",
  },
  PREPARE_JUDGE_GONE: {
    vi: "Trang “{sheet}”: thành viên {judge} không còn chấm điểm trong Hội đồng; trang được giữ nguyên cùng {count} giá trị đã nhập (xóa trang khi không cần nữa).",
    en: "Sheet “{sheet}”: judge {judge} no longer scores on the council; the sheet is left as it is, with its {count} typed values (delete it when no longer needed).",
  },
  PREPARE_CONFLICTS: {
    vi: "Thành viên Hội đồng {judge} không chấm {units} (lãnh đạo hoặc là thành viên).",
    en: "Judge {judge} does not score {units} (leads or belongs to them).",
  },
  // Command line
  CLI_CMD_PREPARE: {
    vi: "Chuẩn bị đợt: mỗi thành viên Hội đồng chấm điểm một trang (giữ điểm đã nhập)",
    en: "Prepare a round: one scoring sheet per judge (typed scores kept)",
  },
  CLI_CMD_VALIDATE: {
    vi: "Kiểm tra đợt: đăng ký, tiêu chí, trang chấm điểm, danh sách; ghi trang Kiểm tra",
    en: "Validate a round: registrations, criteria, scoring sheets, lists; writes the Kiểm tra sheet",
  },
  CLI_OPT_ROUND_PREPARE: {
    vi: "Đợt thi đua: D1, D2, D3, DB, NAM (hoặc “Đợt 1”…)",
    en: "Round: D1, D2, D3, DB, NAM (or “Đợt 1”…)",
  },
  CLI_OPT_JSON: { vi: "Chỉ in danh sách lỗi dạng JSON", en: "Print only the findings, as JSON" },
  CLI_ROUND_REQUIRED: {
    vi: "Cần chọn đợt: --round D1 (D1, D2, D3, DB, NAM).",
    en: "Choose a round: --round D1 (D1, D2, D3, DB, NAM).",
  },
  // Sheet texts
  SCORING_TITLE: { vi: "BẢNG CHẤM ĐIỂM THI ĐUA – {round}", en: "SCORING SHEET – {round}" },
  SCORING_SIGN_LINE: {
    vi: "Người chấm (ký, ghi rõ họ tên): ................................................",
    en: "Scored by (signature, full name): ................................................",
  },
  SCORING_JUDGE: { vi: "Thành viên Hội đồng:", en: "Council member:" },
  SCORING_JUDGE_CODE: { vi: "Mã thành viên:", en: "Member code:" },
  SCORING_DEADLINE: { vi: "Hạn nộp:", en: "Deadline:" },
  SCORING_DEADLINE_UNSET: { vi: "theo thông báo của Thường trực Hội đồng", en: "as announced by the council office" },
  SCORING_HELP: {
    vi: "Nhập điểm vào các ô trắng (số, dấu phẩy hoặc chấm thập phân). Điểm trừ nhập số DƯƠNG trong các cột “Điểm trừ”. Điểm liệt chọn Có/Không. Cột Tổng điểm tự tính: min(điểm chuẩn, {base}) + min(điểm thưởng, {cap}) − điểm trừ, không dưới {floor}.",
    en: "Type scores in the white cells. Deductions are typed as POSITIVE numbers in the “Điểm trừ” columns. Veto items: choose Có/Không. Total is computed: min(base, {base}) + min(bonus, {cap}) − deductions, not below {floor}.",
  },
  SCORING_EXCLUDED: { vi: "Không chấm (lãnh đạo hoặc là thành viên): {units}", en: "Not scored (leads or belongs to): {units}" },
  SCORING_BLOCK: { vi: "Bảng {n}: {who}", en: "Block {n}: {who}" },
  SCORING_UNIT_NAME: { vi: "Tên đơn vị", en: "Unit name" },
  SCORING_MAX_ROW: { vi: "Điểm tối đa", en: "Maximum" },
  SCORING_SUM_BASE: { vi: "Cộng điểm chuẩn", en: "Base sum" },
  SCORING_SUM_BONUS: { vi: "Cộng điểm thưởng", en: "Bonus sum" },
  SCORING_SUM_DEDUCTION: { vi: "Cộng điểm trừ", en: "Deductions" },
  SCORING_TOTAL: { vi: "Tổng điểm", en: "Total" },
  SCORING_INPUT_ERROR_TITLE: { vi: "Điểm không hợp lệ", en: "Invalid score" },
  SCORING_INPUT_ERROR: { vi: "Nhập số từ 0 đến {max}.", en: "Type a number from 0 to {max}." },
  SCORING_VETO_ERROR: { vi: "Chọn Có hoặc Không.", en: "Choose Có or Không." },
  FINDINGS_TITLE: { vi: "KẾT QUẢ KIỂM TRA – {round}", en: "CHECK RESULTS – {round}" },
  FINDINGS_SUMMARY: {
    vi: "{errors} lỗi, {warnings} cảnh báo. Bấm vào ô ở cột “Ô” để đến chỗ cần sửa.",
    en: "{errors} errors, {warnings} warnings. Click a cell in column “Ô” to go to it.",
  },
  FINDINGS_NONE: { vi: "Không phát hiện vấn đề nào.", en: "No problems found." },
  SEVERITY_ERROR: { vi: "Lỗi", en: "Error" },
  SEVERITY_WARNING: { vi: "Cảnh báo", en: "Warning" },
} satisfies Catalog;
