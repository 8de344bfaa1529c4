import type { Catalog } from "../types";

/** The year's awards for people: Cá nhân, Sáng kiến, Kiểm phiếu, Bình xét năm and their papers. */
export const awards = {
  // Reading Cá nhân
  PEOPLE_NO_HEADER: {
    vi: "Trang “{sheet}” không có hàng tiêu đề với các cột: {headers}.",
    en: "Sheet “{sheet}” has no header row with the columns: {headers}.",
  },
  PERSON_CODE_MISSING: {
    vi: "“{sheet}” ô {cell}: người “{name}” chưa có Mã; dòng này không được xét.",
    en: "“{sheet}” cell {cell}: “{name}” has no code; the row is not assessed.",
  },
  PERSON_DUPLICATE: {
    vi: "“{sheet}” ô {cell}: Mã {code} đã có ở dòng {first}; dòng này không được xét.",
    en: "“{sheet}” cell {cell}: code {code} is already on row {first}; this row is not assessed.",
  },
  PERSON_NAME_MISSING: {
    vi: "“{sheet}” ô {cell}: người có Mã {code} chưa có Họ và tên.",
    en: "“{sheet}” cell {cell}: the person with code {code} has no name.",
  },
  PERSON_PERFORMANCE_UNKNOWN: {
    vi: "“{sheet}” ô {cell}: mức hoàn thành nhiệm vụ “{value}” của {code} không có trong danh sách ({values}); coi như chưa đánh giá.",
    en: "“{sheet}” cell {cell}: grade “{value}” of {code} is not in the list ({values}); read as not graded.",
  },
  PERSON_DISCIPLINE_UNKNOWN: {
    vi: "“{sheet}” ô {cell}: hình thức kỷ luật “{value}” của {code} không có trong danh sách ({values}).",
    en: "“{sheet}” cell {cell}: discipline “{value}” of {code} is not in the list ({values}).",
  },
  PERSON_SANCTION_UNKNOWN: {
    vi: "“{sheet}” ô {cell}: cột Xử phạt hành chính của {code} ghi “{value}”; chỉ ghi “Có” hoặc để trống. Coi như có xử phạt cho đến khi sửa.",
    en: "“{sheet}” cell {cell}: the administrative sanction of {code} reads “{value}”; write “Có” or leave it blank. Read as sanctioned until corrected.",
  },
  PERSON_TITLE_UNKNOWN: {
    vi: "“{sheet}” ô {cell}: danh hiệu đăng ký “{value}” của {code} không phải LĐTT hay CSTĐCS; coi như chưa đăng ký.",
    en: "“{sheet}” cell {cell}: registered title “{value}” of {code} is neither LĐTT nor CSTĐCS; read as not registered.",
  },
  // Reading Sáng kiến
  INITIATIVES_NO_HEADER: {
    vi: "Trang “{sheet}” không có hàng tiêu đề với các cột: {headers}.",
    en: "Sheet “{sheet}” has no header row with the columns: {headers}.",
  },
  INITIATIVE_CODE_MISSING: {
    vi: "“{sheet}” ô {cell}: sáng kiến “{name}” chưa có Mã; dòng này không được tính.",
    en: "“{sheet}” cell {cell}: initiative “{name}” has no code; the row is not counted.",
  },
  INITIATIVE_DUPLICATE: {
    vi: "“{sheet}” ô {cell}: Mã sáng kiến {code} đã có ở dòng {first}; dòng này không được tính.",
    en: "“{sheet}” cell {cell}: initiative code {code} is already on row {first}; this row is not counted.",
  },
  INITIATIVE_NO_AUTHOR: {
    vi: "“{sheet}” ô {cell}: sáng kiến {code} chưa ghi Tác giả (Mã trên trang Cá nhân); dòng này không được tính.",
    en: "“{sheet}” cell {cell}: initiative {code} names no author (a code of Cá nhân); the row is not counted.",
  },
  INITIATIVE_DATE_MISSING: {
    vi: "“{sheet}” ô {cell}: sáng kiến {code} chưa có Ngày công nhận; không được tính cho danh hiệu năm.",
    en: "“{sheet}” cell {cell}: initiative {code} has no recognition date; it does not count for the year's title.",
  },
  INITIATIVE_DATE_INVALID: {
    vi: "“{sheet}” ô {cell}: Ngày công nhận “{value}” của sáng kiến {code} không đọc được (ghi dd/mm/yyyy).",
    en: "“{sheet}” cell {cell}: recognition date “{value}” of initiative {code} cannot be read (write dd/mm/yyyy).",
  },
} satisfies Catalog;

/** Why a person is not put forward: words a clerk can repeat to them. */
export const awardReasons = {
  AWARD_WHY_NOT_REGISTERED: {
    vi: "Chưa đăng ký thi đua năm {year}.",
    en: "Did not register for the {year} emulation.",
  },
  AWARD_WHY_NOT_REGISTERED_CSTDCS: {
    vi: "Chưa đăng ký danh hiệu Chiến sĩ thi đua cơ sở năm {year}.",
    en: "Did not register for Chiến sĩ thi đua cơ sở in {year}.",
  },
  AWARD_WHY_PERFORMANCE: {
    vi: "Năm {year} được đánh giá “{value}”, chưa đạt “Hoàn thành tốt nhiệm vụ” trở lên.",
    en: "Graded “{value}” in {year}, below “Hoàn thành tốt nhiệm vụ”.",
  },
  AWARD_WHY_NOT_GRADED: {
    vi: "Chưa có kết quả đánh giá mức hoàn thành nhiệm vụ năm {year}.",
    en: "No {year} grade of task completion yet.",
  },
  AWARD_WHY_DISCIPLINE: {
    vi: "Bị kỷ luật {value} trong năm {year}.",
    en: "Disciplined ({value}) in {year}.",
  },
  AWARD_WHY_SANCTION: {
    vi: "Bị xử phạt vi phạm hành chính trong năm {year}.",
    en: "Given an administrative sanction in {year}.",
  },
  AWARD_WHY_NO_LDTT: {
    vi: "Chưa đủ điều kiện Lao động tiên tiến năm {year}, nên chưa xét Chiến sĩ thi đua cơ sở.",
    en: "Not qualified for Lao động tiên tiến in {year}, so Chiến sĩ thi đua cơ sở is not assessed.",
  },
  AWARD_WHY_NEITHER: {
    vi: "Năm {year} không hoàn thành xuất sắc nhiệm vụ và không có sáng kiến được công nhận trong năm.",
    en: "In {year} neither an excellent grade nor an initiative recognised in the year.",
  },
  AWARD_WHY_NEITHER_BOTH: {
    vi: "Năm {year} cần hoàn thành xuất sắc nhiệm vụ và có sáng kiến được công nhận; chưa có cả hai.",
    en: "{year} needs both an excellent grade and a recognised initiative; has neither.",
  },
  AWARD_WHY_NO_INITIATIVE: {
    vi: "Chưa có sáng kiến được công nhận trong năm {year}.",
    en: "No initiative recognised in {year}.",
  },
  AWARD_WHY_NOT_EXCELLENT: {
    vi: "Năm {year} chưa hoàn thành xuất sắc nhiệm vụ.",
    en: "Not graded excellent in {year}.",
  },
  AWARD_WHY_NOT_VOTED: {
    vi: "Hội đồng chưa bỏ phiếu danh hiệu {title} (trang Kiểm phiếu chưa ghi số phiếu đồng ý).",
    en: "The council has not voted on {title} yet (Kiểm phiếu has no count of votes in favour).",
  },
  AWARD_WHY_LDTT_NOT_VOTED: {
    vi: "Hội đồng chưa bỏ phiếu Lao động tiên tiến của người này.",
    en: "The council has not voted on this person's Lao động tiên tiến yet.",
  },
  AWARD_WHY_LDTT_VOTE_SHORT: {
    vi: "Không đạt Lao động tiên tiến do không đạt tỷ lệ phiếu.",
    en: "Not Lao động tiên tiến: too few votes.",
  },
  AWARD_WHY_VOTE_MEMBERS: {
    vi: "Được {yes}/{of} thành viên Hội đồng đồng ý ({share}), cần từ {threshold} trở lên.",
    en: "{yes} of {of} council members in favour ({share}); {threshold} or more needed.",
  },
  AWARD_WHY_VOTE_PRESENT: {
    vi: "Được {yes}/{of} thành viên có mặt đồng ý ({share}), cần từ {threshold} trở lên.",
    en: "{yes} of {of} members present in favour ({share}); {threshold} or more needed.",
  },
  AWARD_WHY_OVER_QUOTA: {
    vi: "Đủ điều kiện nhưng đứng thứ {place}, ngoài chỉ tiêu {cap} người ({share} của {base} người đạt Lao động tiên tiến, làm tròn xuống).",
    en: "Qualified but placed {place}, beyond the cap of {cap} ({share} of {base} LĐTT, rounded down).",
  },
  AWARD_WHY_OVER_QUOTA_TIE: {
    vi: "Đủ điều kiện, bằng nhau với {tied} người ở vị trí thứ {place}, vượt chỉ tiêu {cap} người ({share} của {base} người đạt Lao động tiên tiến, làm tròn xuống): Hội đồng xét lại.",
    en: "Qualified, tied with {tied} at place {place}, beyond the cap of {cap} ({share} of {base} LĐTT, rounded down): the council decides.",
  },
} satisfies Catalog;

/** Kiểm phiếu and Phiếu bầu. */
export const awardBallots = {
  TALLY_NO_HEADER: {
    vi: "Trang “{sheet}” không có hàng tiêu đề với các cột: {headers}.",
    en: "Sheet “{sheet}” has no header row with the columns: {headers}.",
  },
  TALLY_TITLE_UNKNOWN: {
    vi: "“{sheet}” ô {cell}: danh hiệu “{value}” của {code} không phải LĐTT hay CSTĐCS; dòng này không được tính.",
    en: "“{sheet}” cell {cell}: title “{value}” of {code} is neither LĐTT nor CSTĐCS; the row is not counted.",
  },
  TALLY_NOT_COUNT: {
    vi: "“{sheet}” ô {cell}: “{value}” của {code} không phải số nguyên; coi như chưa ghi.",
    en: "“{sheet}” cell {cell}: “{value}” of {code} is not a whole number; read as blank.",
  },
  BALLOT_COUNCIL: { vi: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", en: "EMULATION AND COMMENDATION COUNCIL" },
  BALLOT_KIND: { vi: "PHIẾU BẦU", en: "BALLOT" },
  BALLOT_SUBJECT: {
    vi: "Bình xét danh hiệu thi đua cá nhân năm {year}",
    en: "Individual emulation titles of {year}",
  },
  BALLOT_NUMBER: { vi: "Phiếu số {n}/{of}", en: "Ballot {n} of {of}" },
  BALLOT_HOW: {
    vi: "Đánh dấu X vào một trong hai ô “Đồng ý” hoặc “Không đồng ý” ở mỗi dòng. Phiếu đánh dấu cả hai ô, hoặc không đánh dấu ô nào ở một dòng, không tính cho dòng đó.",
    en: "Mark X in either “Đồng ý” or “Không đồng ý” on each line. A line with both or neither marked is not counted.",
  },
  BALLOT_TITLE_HEAD: { vi: "{n}. Danh hiệu “{title}” ({count} người)", en: "{n}. Title “{title}” ({count} people)" },
  BALLOT_NONE: {
    vi: "Chưa có người đủ điều kiện để bỏ phiếu: kiểm tra trang Cá nhân và Sáng kiến.",
    en: "Nobody meets the conditions to be voted on yet: check Cá nhân and Sáng kiến.",
  },
  BALLOT_COL_NO: { vi: "STT", en: "No." },
  BALLOT_COL_NAME: { vi: "Họ và tên", en: "Name" },
  BALLOT_COL_POSITION: { vi: "Chức vụ, đơn vị", en: "Position, unit" },
  BALLOT_COL_YES: { vi: "Đồng ý", en: "In favour" },
  BALLOT_COL_NO_VOTE: { vi: "Không đồng ý", en: "Against" },
} satisfies Catalog;

/** Rules across Cá nhân, Sáng kiến and Kiểm phiếu. */
export const awardChecks = {
  PERSON_UNIT_UNKNOWN: {
    vi: "“{sheet}” ô {cell}: đơn vị “{unit}” của {code} không có trên trang Đơn vị.",
    en: "“{sheet}” cell {cell}: unit “{unit}” of {code} is not on Đơn vị.",
  },
  PERSON_CSTDCS_WITHOUT_LDTT: {
    vi: "“{sheet}” ô {cell}: {name} ({code}) đăng ký Chiến sĩ thi đua cơ sở nhưng chưa đủ điều kiện Lao động tiên tiến.",
    en: "“{sheet}” cell {cell}: {name} ({code}) registered for CSTĐCS but does not meet LĐTT.",
  },
  INITIATIVE_AUTHOR_UNKNOWN: {
    vi: "“{sheet}” ô {cell}: tác giả “{author}” của sáng kiến {code} không có trên trang Cá nhân.",
    en: "“{sheet}” cell {cell}: author “{author}” of initiative {code} is not on Cá nhân.",
  },
  INITIATIVE_OUTSIDE_YEAR: {
    vi: "“{sheet}” ô {cell}: sáng kiến {code} được công nhận ngoài năm {year}; không tính cho danh hiệu năm {year}.",
    en: "“{sheet}” cell {cell}: initiative {code} was recognised outside {year}; it does not count for {year}.",
  },
  TALLY_PERSON_UNKNOWN: {
    vi: "“{sheet}” ô {cell}: Mã {code} không có trên trang Cá nhân; phiếu {title} của dòng này không được tính.",
    en: "“{sheet}” cell {cell}: code {code} is not on Cá nhân; its {title} count is not used.",
  },
  TALLY_DUPLICATE: {
    vi: "“{sheet}” ô {cell}: {code} đã có phiếu {title} ở dòng {first}; dòng này không được tính.",
    en: "“{sheet}” cell {cell}: {code} already has a {title} count on row {first}; this row is not used.",
  },
  TALLY_NOT_CANDIDATE: {
    vi: "“{sheet}” ô {cell}: {code} không phải người được bỏ phiếu danh hiệu {title} (chưa đăng ký, hoặc danh hiệu không bỏ phiếu theo Cấu hình).",
    en: "“{sheet}” cell {cell}: {code} is not a candidate voted on for {title}.",
  },
  TALLY_MEMBERS_DIFFER: {
    vi: "“{sheet}” ô {cell}: số thành viên Hội đồng ghi {members}, trang Hội đồng có {council} người.",
    en: "“{sheet}” cell {cell}: {members} council members written; Hội đồng lists {council}.",
  },
  TALLY_PRESENT_OVER_MEMBERS: {
    vi: "“{sheet}” ô {cell}: số có mặt ({present}) nhiều hơn số thành viên Hội đồng ({members}) ở phiếu {title} của {code}.",
    en: "“{sheet}” cell {cell}: {present} present is more than the {members} members ({title} of {code}).",
  },
  TALLY_PRESENT_MISSING: {
    vi: "“{sheet}” ô {cell}: chưa ghi số có mặt ở phiếu {title} của {code}; coi như đủ thành viên.",
    en: "“{sheet}” cell {cell}: no count of members present for {title} of {code}; read as all present.",
  },
  TALLY_YES_OVER_PRESENT: {
    vi: "“{sheet}” ô {cell}: {yes} phiếu đồng ý nhiều hơn số có mặt ({present}) ở phiếu {title} của {code} (Cấu hình không tính phiếu bằng văn bản của người vắng); phiếu này không được tính.",
    en: "“{sheet}” cell {cell}: {yes} in favour is more than the {present} present ({title} of {code}; written votes of absent members do not count); the count is not used.",
  },
  TALLY_YES_OVER_MEMBERS: {
    vi: "“{sheet}” ô {cell}: {yes} phiếu đồng ý nhiều hơn số thành viên Hội đồng ({members}) ở phiếu {title} của {code}; phiếu này không được tính.",
    en: "“{sheet}” cell {cell}: {yes} in favour is more than the {members} members ({title} of {code}); the count is not used.",
  },
} satisfies Catalog;

/** The awards command. */
export const awardCommand = {
  AWARDS_NO_PEOPLE: {
    vi: "Chưa có trang “{sheet}”: đã tạo trang “{sheet}” và “Sáng kiến” để ghi danh sách cá nhân và sáng kiến, rồi chạy lại.",
    en: "No “{sheet}” sheet yet: created “{sheet}” and “Sáng kiến” to list people and initiatives; then run again.",
  },
  AWARDS_NO_COUNCIL: {
    vi: "Trang “{sheet}” chưa có thành viên nào: chưa in được phiếu bầu cho từng thành viên.",
    en: "“{sheet}” lists no member: no ballot per member could be printed.",
  },
  AWARDS_BALLOTS_DONE: {
    vi: "Đã lập {ballots} phiếu bầu trên trang “{sheet}” ({candidates} người) và trang “{tally}” để ghi kết quả kiểm phiếu.",
    en: "Made {ballots} ballots on “{sheet}” ({candidates} candidates) and “{tally}” for the count.",
  },
  AWARDS_DONE: {
    vi: "Bình xét năm {year}: {ldtt} người đủ điều kiện Lao động tiên tiến, {cstdcs} người đủ điều kiện Chiến sĩ thi đua cơ sở, {waiting} dòng chưa bỏ phiếu; xem trang “{sheet}”.",
    en: "Review of {year}: {ldtt} qualified for LĐTT, {cstdcs} for CSTĐCS, {waiting} lines not yet voted; see “{sheet}”.",
  },
  AWARDS_NO_SANCTION_COLUMN: {
    vi: "Trang “{sheet}” chưa có cột “{header}”: chưa ai được coi là bị xử phạt hành chính. Thêm cột này (ghi “Có” cho người bị xử phạt trong năm) nếu có.",
    en: "“{sheet}” has no “{header}” column: nobody is read as sanctioned. Add the column (“Có” for anyone sanctioned in the year) if needed.",
  },
  AWARDS_PAPERS: {
    vi: "Văn bản để in: {sheets}.",
    en: "Papers to print: {sheets}.",
  },
  SAMPLE_TALLY_NONE: {
    vi: "Chưa có trang “{sheet}”: lập phiếu bầu trước.",
    en: "No “{sheet}” yet: make the ballots first.",
  },
  SAMPLE_TALLY_DONE: {
    vi: "Đã ghi kết quả kiểm phiếu mẫu của {count} dòng vào trang “{sheet}”.",
    en: "Wrote the sample count of {count} lines on “{sheet}”.",
  },
  DEMO_STEP_BALLOTS: {
    vi: "Bình xét cuối năm: phiếu bầu cho từng thành viên Hội đồng và trang kiểm phiếu",
    en: "Year-end review: a ballot per council member and the tally sheet",
  },
  DEMO_STEP_TALLY: {
    vi: "Hội đồng bỏ phiếu; thư ký ghi kết quả kiểm phiếu (mẫu)",
    en: "The council votes; the clerk types the count (sample)",
  },
  DEMO_STEP_AWARDS: {
    vi: "Bình xét cuối năm: kết quả (Bình xét năm) và văn bản để in",
    en: "Year-end review: the result (Bình xét năm) and the papers to print",
  },
  DEMO_STEP_UNITS: {
    vi: "Từ các đơn vị lên: phiếu gửi đơn vị, thu về (có lỗi mẫu), Gia đình văn hóa và danh hiệu tập thể",
    en: "From the units up: forms sent to the units, collected (with sample slips), Gia đình văn hóa and collective titles",
  },
  PANE_SECTION_AWARDS: { vi: "Bình xét cuối năm", en: "Year-end review of people" },
  PANE_AWARDS_HINT: {
    vi: "Ghi danh sách trên trang Cá nhân và Sáng kiến. Lập phiếu bầu trước cuộc họp; ghi kết quả vào trang Kiểm phiếu; rồi bình xét để có trang Bình xét năm và văn bản.",
    en: "List people on Cá nhân and Sáng kiến. Make the ballots before the meeting; type the count on Kiểm phiếu; then run the review for Bình xét năm and the papers.",
  },
  PANE_AWARDS_BALLOTS: { vi: "Lập phiếu bầu", en: "Make ballots" },
  PANE_AWARDS_BALLOTS_LABEL: {
    vi: "Lập phiếu bầu cho từng thành viên Hội đồng và trang Kiểm phiếu",
    en: "Make a ballot per council member and the tally sheet",
  },
  PANE_AWARDS_RUN: { vi: "Bình xét và lập văn bản", en: "Review and write papers" },
  PANE_AWARDS_RUN_LABEL: {
    vi: "Bình xét danh hiệu cá nhân năm, lập Bình xét năm, biên bản, tờ trình và dự thảo quyết định",
    en: "Review the year's individual titles; write Bình xét năm, the minutes, submissions and draft decision",
  },
  AWARDS_CLI_SUMMARY: {
    vi: "Bình xét danh hiệu cá nhân cuối năm (LĐTT, CSTĐCS): phiếu bầu, kiểm phiếu, kết quả và văn bản",
    en: "The year's individual titles (LĐTT, CSTĐCS): ballots, tally, result and papers",
  },
  AWARDS_CLI_OPT_BALLOTS: {
    vi: "lập Phiếu bầu và trang Kiểm phiếu cho cuộc họp Hội đồng",
    en: "write the ballots and the tally sheet for the council's meeting",
  },
} satisfies Catalog;

/** The papers of the year's awards (Nghị định 30/2020/NĐ-CP form), printed in Vietnamese. */
export const awardPapers = {
  PAPER_COUNCIL: { vi: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", en: "EMULATION AND COMMENDATION COUNCIL" },
  PAPER_PEOPLES_COMMITTEE: { vi: "ỦY BAN NHÂN DÂN", en: "PEOPLE'S COMMITTEE" },
  PAPER_DRAFT: { vi: "DỰ THẢO", en: "DRAFT" },
  PAPER_MINUTES_KIND: { vi: "BIÊN BẢN", en: "MINUTES" },
  PAPER_MINUTES_SUBJECT: {
    vi: "Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu thi đua cá nhân năm {year}",
    en: "Meeting of the council on the individual titles of {year}",
  },
  PAPER_MINUTES_SUBJECT_ALL: {
    vi: "Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu thi đua năm {year}",
    en: "Meeting of the council on the titles of {year}",
  },
  PAPER_MINUTES_TIME: {
    vi: "Thời gian: ...... giờ ...... ngày ...... tháng ...... năm {year}. Địa điểm: ................................................",
    en: "Time: … Place: …",
  },
  PAPER_MINUTES_MEMBERS: {
    vi: "Thành phần: Hội đồng Thi đua - Khen thưởng {ward} có {members} thành viên; có mặt {present} thành viên, vắng mặt {absent} thành viên.",
    en: "Present: {present} of the council's {members} members; {absent} absent.",
  },
  PAPER_MINUTES_CHAIR: {
    vi: "Chủ trì: {name}, {role}. Thư ký: {secretary}.",
    en: "Chair: {name}, {role}. Secretary: {secretary}.",
  },
  PAPER_MINUTES_BODY: {
    vi: "Hội đồng xem xét danh sách cá nhân đăng ký thi đua, kết quả đánh giá mức hoàn thành nhiệm vụ và sáng kiến được công nhận năm {year}; bỏ phiếu đối với danh hiệu {titles}. Kết quả kiểm phiếu:",
    en: "The council reviewed the registrations, grades and initiatives of {year} and voted on {titles}. Count:",
  },
  PAPER_MINUTES_NO_VOTE: { vi: "Hội đồng không bỏ phiếu danh hiệu nào.", en: "The council voted on no title." },
  PAPER_MINUTES_RESULT: {
    vi: "Hội đồng thống nhất: {ldtt} cá nhân đủ điều kiện danh hiệu “Lao động tiên tiến”; {cstdcs} cá nhân đủ điều kiện danh hiệu “Chiến sĩ thi đua cơ sở” (danh sách kèm theo Tờ trình).",
    en: "Agreed: {ldtt} qualify for LĐTT, {cstdcs} for CSTĐCS (list attached to the submission).",
  },
  PAPER_MINUTES_CLOSE: {
    vi: "Biên bản được thông qua tại cuộc họp, các thành viên dự họp nhất trí.",
    en: "The minutes were read and agreed at the meeting.",
  },
  PAPER_SECRETARY: { vi: "THƯ KÝ", en: "SECRETARY" },
  PAPER_COUNCIL_CHAIR: { vi: "CHỦ TỊCH HỘI ĐỒNG", en: "CHAIR OF THE COUNCIL" },
  PAPER_COL_NO: { vi: "STT", en: "No." },
  PAPER_COL_NAME: { vi: "Họ và tên", en: "Name" },
  PAPER_COL_TITLE: { vi: "Danh hiệu", en: "Title" },
  PAPER_COL_YES: { vi: "Đồng ý", en: "In favour" },
  PAPER_COL_SHARE: { vi: "Tỷ lệ", en: "Share" },
  PAPER_COL_RESULT: { vi: "Kết quả", en: "Result" },
  PAPER_COL_POSITION: { vi: "Chức vụ, đơn vị công tác", en: "Position, unit" },
  PAPER_SUBMISSION_KIND: { vi: "TỜ TRÌNH", en: "SUBMISSION" },
  PAPER_SUBMISSION_SUBJECT: {
    vi: "Về việc đề nghị công nhận danh hiệu thi đua năm {year}",
    en: "Proposing the emulation titles of {year}",
  },
  PAPER_TO: { vi: "Kính gửi: {to}", en: "To: {to}" },
  PAPER_BASIS_LAW: {
    vi: "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    en: "Under the Law on Emulation and Commendation of 15 June 2022;",
  },
  PAPER_BASIS_MINUTES: {
    vi: "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng {ward} xét danh hiệu thi đua năm {year},",
    en: "Under the minutes of the council's meeting on the titles of {year},",
  },
  PAPER_SUBMISSION_ASK: {
    vi: "{from} kính trình {to} xem xét, công nhận danh hiệu thi đua năm {year} cho {whom}, gồm:",
    en: "{from} asks {to} to award the titles of {year} to {whom}:",
  },
  PAPER_TITLE_COUNT: { vi: "- Danh hiệu “{title}”: {count} cá nhân;", en: "- “{title}”: {count};" },
  PAPER_UNIT_TITLE_COUNT: { vi: "- Danh hiệu “{title}”: {count} {noun};", en: "- “{title}”: {count} units;" },
  PAPER_WHOM_PEOPLE: { vi: "{count} cá nhân", en: "{count} people" },
  PAPER_WHOM_UNITS: { vi: "{count} tập thể", en: "{count} units" },
  PAPER_WHOM_BOTH: { vi: "{people} và {units}", en: "{people} and {units}" },
  PAPER_COL_UNIT: { vi: "Tên tập thể", en: "Unit" },
  PAPER_COL_NOTE: { vi: "Ghi chú", en: "Note" },
  PAPER_UNIT_LDTT: {
    vi: "{ldtt}/{members} thành viên đạt Lao động tiên tiến",
    en: "{ldtt} of {members} members qualified for LĐTT",
  },
  PAPER_LIST_GROUP_UNITS: { vi: "{n}. Danh hiệu “{title}” ({count} {noun})", en: "{n}. “{title}” ({count})" },
  PAPER_ARTICLE_1_PART_UNITS: { vi: "“{title}”: {count} {noun}", en: "“{title}”: {count}" },
  PAPER_ARTICLE_3_UNITS: {
    vi: "Điều 3. Văn phòng HĐND và UBND, bộ phận làm công tác thi đua, khen thưởng, các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
    en: "Article 3. The offices concerned and the units and people named in Article 1 carry out this decision.",
  },
  PAPER_MINUTES_UNITS: {
    vi: "Về danh hiệu tập thể, Hội đồng thống nhất: {parts}.",
    en: "On the collective titles, the council agreed: {parts}.",
  },
  PAPER_MINUTES_UNITS_PART: {
    vi: "{count} {noun} đủ điều kiện danh hiệu “{title}”",
    en: "{count} qualify for “{title}”",
  },
  PAPER_SEE_LIST: {
    vi: "(Có danh sách kèm theo.) Kính trình {to} xem xét, quyết định./.",
    en: "(List attached.) Submitted for decision.",
  },
  PAPER_LIST_KIND: { vi: "DANH SÁCH", en: "LIST" },
  PAPER_LIST_SUBJECT_DECISION: {
    vi: "{who} được công nhận danh hiệu thi đua năm {year}\n(Kèm theo Quyết định số ....../QĐ-UBND ngày ...... của Chủ tịch UBND {ward})",
    en: "People awarded the titles of {year} (attached to the decision)",
  },
  PAPER_LIST_SUBJECT_PROPOSAL: {
    vi: "{who} đề nghị công nhận danh hiệu thi đua năm {year}\n(Kèm theo Tờ trình số ....../TTr-UBND ngày ...... của UBND {ward})",
    en: "People proposed for the titles of {year} (attached to the submission)",
  },
  PAPER_LIST_GROUP: { vi: "{n}. Danh hiệu “{title}” ({count} cá nhân)", en: "{n}. “{title}” ({count})" },
  PAPER_DECISION_KIND: { vi: "QUYẾT ĐỊNH", en: "DECISION" },
  PAPER_DECISION_SUBJECT: {
    vi: "Về việc công nhận danh hiệu thi đua năm {year}",
    en: "Awarding the emulation titles of {year}",
  },
  PAPER_DECISION_AUTHORITY: { vi: "CHỦ TỊCH ỦY BAN NHÂN DÂN {ward}", en: "CHAIR OF THE PEOPLE'S COMMITTEE OF {ward}" },
  PAPER_DECISION_BASIS_POWER: {
    vi: "Căn cứ {power};",
    en: "Under {power};",
  },
  PAPER_DECISION_BASIS_SUBMISSION: {
    vi: "Xét đề nghị của Hội đồng Thi đua - Khen thưởng {ward} tại Tờ trình số ....../TTr-HĐTĐKT ngày ......,",
    en: "On the council's submission,",
  },
  PAPER_DECIDES: { vi: "QUYẾT ĐỊNH:", en: "DECIDES:" },
  PAPER_ARTICLE_1: {
    vi: "Điều 1. Công nhận danh hiệu thi đua năm {year} cho {whom}, gồm: {parts} (có danh sách kèm theo).",
    en: "Article 1. The titles of {year} are awarded to {whom}: {parts} (list attached).",
  },
  PAPER_ARTICLE_1_PART: { vi: "“{title}”: {count} cá nhân", en: "“{title}”: {count}" },
  PAPER_ARTICLE_2: {
    vi: "Điều 2. Tiền thưởng kèm theo danh hiệu thực hiện theo quy định hiện hành về thi đua, khen thưởng.",
    en: "Article 2. Prize money as the rules in force set it.",
  },
  PAPER_ARTICLE_3: {
    vi: "Điều 3. Văn phòng HĐND và UBND, bộ phận làm công tác thi đua, khen thưởng, các đơn vị có liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
    en: "Article 3. The offices concerned and the people named in Article 1 carry out this decision.",
  },
  PAPER_RECIPIENT_AWARDED: { vi: "Như Điều 3", en: "As in Article 3" },
  PAPER_NONE: {
    vi: "Không có cá nhân nào đủ điều kiện ở mục này.",
    en: "Nobody qualifies here.",
  },
  PAPER_PROPOSAL_FROM: { vi: "Ủy ban nhân dân {ward}", en: "The People's Committee of {ward}" },
} satisfies Catalog;
