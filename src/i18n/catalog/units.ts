import type { Catalog } from "../types";

/** The khối's report, the unit forms and their collection, collective titles and the family register. */
export const units: Catalog = {
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
};
