import type { Catalog } from "../types";

/** "Hôm nay": marking a plan task done from the pane, the round's state, and the next step's reasons. */
export const todayMessages = {
  TASK_DONE: {
    vi: "Đã ghi “Hoàn thành” cho việc “{task}” (trang {sheet}, ô {cell}).",
    en: "Marked “{task}” as done (sheet {sheet}, cell {cell}).",
  },
  TASK_NOT_FOUND: {
    vi: "Không thấy việc có Mã {id} trên trang {sheet}: có thể dòng đã bị xóa hoặc đổi Mã.",
    en: "No task with Mã {id} on sheet {sheet}: the row may have been deleted or its Mã changed.",
  },
  TASK_SHEET_UNREADABLE: {
    vi: "Trang {sheet} không có dòng tiêu đề với các cột Mã và Trạng thái.",
    en: "Sheet {sheet} has no header row with the columns Mã and Trạng thái.",
  },
  TASK_DONE_UNSUPPORTED: {
    vi: "Ở đây không ghi được từng ô: hãy chọn “Hoàn thành” ở cột Trạng thái của trang {sheet}.",
    en: "Single cells cannot be written here: choose “Hoàn thành” in the Trạng thái column of sheet {sheet}.",
  },
  PANE_TASK_DONE_BUTTON: { vi: "Đánh dấu xong", en: "Mark done" },
  PANE_TASK_DONE_LABEL: { vi: "Đánh dấu xong: {task}", en: "Mark done: {task}" },
  PANE_TASK_DONE_RUN: { vi: "Đánh dấu việc đã xong", en: "Mark a task done" },
  PANE_TASK_IS_DONE: { vi: "Đã xong", en: "Done" },
  PANE_TODAY_STATE_TITLE: { vi: "Tình hình {round}", en: "State of {round}" },
  PANE_TODAY_STATE_REGISTERED: {
    vi: "Đăng ký: {registered}/{units} đơn vị đã đăng ký.",
    en: "Registrations: {registered} of {units} units registered.",
  },
  PANE_TODAY_STATE_SCORED: {
    vi: "Phiếu chấm: {scored}/{sheets} thành viên Hội đồng đã chấm.",
    en: "Score sheets: {scored} of {sheets} council members have scored.",
  },
  PANE_TODAY_STATE_NO_SHEETS: {
    vi: "Phiếu chấm: đợt chưa có trang Chấm điểm nào.",
    en: "Score sheets: the round has no Chấm điểm sheet yet.",
  },
  PANE_TODAY_WHY_NO_SHEETS: {
    vi: "Đợt chưa có trang Chấm điểm nào: chuẩn bị trang cho các thành viên Hội đồng.",
    en: "The round has no Chấm điểm sheet: prepare the council members' sheets.",
  },
  PANE_TODAY_WHY_FILL: {
    vi: "Chưa thành viên Hội đồng nào chấm: chưa xếp hạng được. Các thành viên Hội đồng điền trang Chấm điểm của mình, rồi kiểm tra lại.",
    en: "No council member has scored yet, so the round cannot be ranked. The council members fill in their Chấm điểm sheets, then check again.",
  },
  PANE_TODAY_WHY_FILL_BROWSER: {
    vi: "Chưa thành viên Hội đồng nào chấm nên chưa xếp hạng được. Bấm “Tải về”, điền các trang Chấm điểm trong Excel hoặc LibreOffice, rồi mở lại tệp tại đây và kiểm tra lại.",
    en: "No council member has scored yet, so the round cannot be ranked. Press “Tải về” (Download), fill in the Chấm điểm sheets in Excel or LibreOffice, then open the file here again and check again.",
  },
} satisfies Catalog;
