import type { Catalog } from "../types";

/** The year's awards for people: Cá nhân, Sáng kiến, Kiểm phiếu, Bình xét năm and their papers. */
export const awards: Catalog = {
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
};

/** Why a person is not put forward: words a clerk can repeat to them. */
export const awardReasons: Catalog = {
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
};
