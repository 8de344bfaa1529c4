/** The units' forms as one file, and the pane's "Từ đơn vị" section (forms, collect, khối). */
import type { Catalog } from "../types";

export const unitsPane = {
  FORMS_ZIPPED: {
    vi: "Đã gói {n} phiếu vào tệp {file}: giải nén rồi gửi mỗi đơn vị tệp của mình.",
    en: "Packed {n} forms into {file}: unzip it and send each unit its own file.",
  },
  FORMS_ZIP_SAVED: {
    vi: "Đã tải về {file}: xem thư mục Tải về (Downloads) của trình duyệt.",
    en: "Downloaded {file}: see the browser's Downloads folder.",
  },
  KHOI_OPENED_IN_EXCEL: {
    vi: "Báo cáo khối đã mở trong một cửa sổ Excel mới: hãy lưu với tên {file}.",
    en: "The khối report opened in a new Excel window: save it as {file}.",
  },
  KHOI_SAVED: {
    vi: "Đã tải về báo cáo khối {file}: xem thư mục Tải về (Downloads) của trình duyệt.",
    en: "Downloaded the khối report {file}: see the browser's Downloads folder.",
  },
  PANE_SECTION_UNITS: { vi: "Từ đơn vị", en: "From the units" },
  PANE_UNITS_HINT: {
    vi: "Gửi mỗi đơn vị (tổ dân phố, đoàn thể) một phiếu để điền thành viên và hộ gia đình, rồi thu phiếu đã điền về trang Cá nhân và Gia đình văn hóa.",
    en: "Send each unit (tổ dân phố, mass organisation) a form for its members and households, then collect the filled forms into Cá nhân and Gia đình văn hóa.",
  },
  PANE_UNITS_FORMS: { vi: "Tạo phiếu cho đơn vị", en: "Make the units' forms" },
  PANE_UNITS_FORMS_LABEL: {
    vi: "Tạo phiếu cho từng đơn vị, tải về một tệp nén .zip",
    en: "Make a form for each unit, downloaded as one .zip file",
  },
  PANE_UNITS_COLLECT: { vi: "Thu phiếu…", en: "Collect forms…" },
  PANE_UNITS_COLLECT_LABEL: {
    vi: "Chọn các phiếu đơn vị đã điền (.xlsx) để kiểm tra và gộp vào sổ",
    en: "Pick the units' filled forms (.xlsx) to check and merge into the workbook",
  },
  PANE_UNITS_COLLECT_RUN: { vi: "Thu phiếu đơn vị", en: "Collecting the units' forms" },
  PANE_UNITS_KHOI: { vi: "Tổng hợp khối…", en: "Khối summary…" },
  PANE_UNITS_KHOI_LABEL: {
    vi: "Chọn sổ của các phường trong khối (.xlsx) để tổng hợp báo cáo khối của kỳ đã chọn",
    en: "Pick the khối's ward workbooks (.xlsx) to merge into the khối's report of the chosen period",
  },
  PANE_UNITS_KHOI_RUN: { vi: "Tổng hợp khối thi đua", en: "Khối summary" },
  PANE_UNITS_PERIOD: { vi: "Kỳ báo cáo khối", en: "Khối report period" },
  PANE_UNITS_ROUND: { vi: "Phiếu cho đợt", en: "Forms for the round" },
} satisfies Catalog;
