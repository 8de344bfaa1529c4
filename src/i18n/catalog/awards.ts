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
