import type { Catalog } from "../types";

/** The demo (`npm run demo`) and its sample round: what it did, step by step. */
export const demo = {
  SAMPLE_NOT_PREPARED: {
    vi: "{round} chưa được chuẩn bị (thiếu trang chấm điểm của thành viên Hội đồng hoặc trang Đăng ký): chạy “Chuẩn bị đợt” trước.",
    en: "{round} is not prepared (no judge scoring sheets or no Đăng ký sheet): run “Prepare round” first.",
  },
  SAMPLE_HAS_REGISTRATIONS: {
    vi: "Trang “{sheet}” đã có dòng đăng ký: dữ liệu mẫu chỉ điền vào sổ tính minh họa mới, không ghi đè những gì đã nhập. Không ghi gì.",
    en: "Sheet “{sheet}” already has registrations: sample data only goes into a new demo workbook, never over what was typed. Nothing written.",
  },
  SAMPLE_HAS_SCORES: {
    vi: "Trang “{sheet}” đã có điểm ({count} ô): dữ liệu mẫu chỉ điền vào sổ tính minh họa mới, không ghi đè điểm đã chấm. Không ghi gì.",
    en: "Sheet “{sheet}” already holds scores ({count} cells): sample data only goes into a new demo workbook, never over scores typed. Nothing written.",
  },
  SAMPLE_FILLED: {
    vi: "Đã điền dữ liệu mẫu {round}: {registered}/{units} đơn vị đăng ký và ký giao ước; {judges} thành viên Hội đồng chấm ({scores} ô điểm).",
    en: "Sample data for {round}: {registered} of {units} units registered with signed covenants; {judges} judges scored ({scores} score cells).",
  },
  SAMPLE_MISTAKES_HEAD: {
    vi: "Cố ý để lại {count} sai sót thường gặp, để bước Kiểm tra có việc:",
    en: "{count} common slips planted on purpose, for the check to find:",
  },
  SAMPLE_MISTAKE_NOT_REGISTERED: {
    vi: "{cell}: đơn vị {unit} không đăng ký thi đua {round}",
    en: "{cell}: unit {unit} did not register for {round}",
  },
  SAMPLE_MISTAKE_LATE: { vi: "{cell}: {unit} đăng ký sau hạn", en: "{cell}: {unit} registered after the deadline" },
  SAMPLE_MISTAKE_TEXT: {
    vi: "{cell}: thành viên {judge} gõ điểm {criterion} của {unit} thành chữ “{typed}”",
    en: "{cell}: judge {judge} typed the {criterion} score of {unit} as text “{typed}”",
  },
  SAMPLE_MISTAKE_BLANK: {
    vi: "{cell}: thành viên {judge} bỏ trống điểm {criterion} của {unit}",
    en: "{cell}: judge {judge} left the {criterion} score of {unit} blank",
  },
  SAMPLE_MISTAKE_COMMA: {
    vi: "{cell}: thành viên {judge} gõ điểm {criterion} của {unit} là {typed} thay vì {intended} (quên dấu phẩy), vượt điểm tối đa",
    en: "{cell}: judge {judge} typed the {criterion} score of {unit} as {typed} instead of {intended} (the decimal comma forgotten), above the maximum",
  },
  SAMPLE_CORRECTED: {
    vi: "{cell}: thư ký hỏi lại thành viên {judge} và sửa {typed} thành {intended}.",
    en: "{cell}: the clerk asked judge {judge} and corrected {typed} to {intended}.",
  },
  SAMPLE_CORRECTION_STALE: {
    vi: "Ô {cell} không còn giá trị {typed} nên không sửa. Không ghi gì.",
    en: "Cell {cell} no longer holds {typed}, so it is not corrected. Nothing written.",
  },
  DEMO_STEP: { vi: "Bước {n}/{total}: {title}", en: "Step {n}/{total}: {title}" },
  DEMO_STEP_LAYOUT: {
    vi: "Lập kế hoạch 2024 và danh sách mẫu của phường",
    en: "Lay out the 2024 plan and the sample ward's lists",
  },
  DEMO_STEP_PREPARE: {
    vi: "Chuẩn bị Đợt 1: trang chấm điểm cho từng thành viên Hội đồng",
    en: "Prepare round 1: a scoring sheet for each judge",
  },
  DEMO_STEP_FILL: {
    vi: "Đăng ký và chấm điểm mẫu, có vài sai sót như thật",
    en: "Sample registrations and scores, with a few realistic slips",
  },
  DEMO_STEP_VALIDATE: { vi: "Kiểm tra Đợt 1", en: "Check round 1" },
  DEMO_STEP_CORRECT: { vi: "Thư ký sửa lỗi (không sửa cảnh báo)", en: "The clerk corrects the error (warnings stay)" },
  DEMO_STEP_REVALIDATE: { vi: "Kiểm tra lại Đợt 1", en: "Check round 1 again" },
  DEMO_STEP_RANK: { vi: "Xếp hạng Đợt 1", en: "Rank round 1" },
  DEMO_STEP_SUMMARY: { vi: "Tổng hợp mọi kỳ báo cáo và đợt đã chấm", en: "Summaries of every period and of the scored round" },
  DEMO_SHEETS: { vi: "Trang: {list}", en: "Sheets: {list}" },
  DEMO_FINDINGS_FIRST: { vi: "{shown} trong {total} mục, lỗi trước:", en: "{shown} of {total} findings, errors first:" },
  DEMO_FINDINGS_MORE: { vi: "… và {n} mục nữa: xem trang “{sheet}”.", en: "… and {n} more: see sheet “{sheet}”." },
  DEMO_ACTION_CREATED: { vi: "tạo", en: "created" },
  DEMO_ACTION_REPLACED: { vi: "ghi lại", en: "rewritten" },
  DEMO_ACTION_KEPT: { vi: "giữ", en: "kept" },
  DEMO_ACTION_RENAMED: { vi: "tạo dưới tên mới", en: "created under a new name" },
  DEMO_ACTION_COPIED: { vi: "bản sao giữ chỗ sửa", en: "copy keeping an edit" },
} satisfies Catalog;
