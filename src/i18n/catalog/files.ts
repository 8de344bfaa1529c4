import type { Catalog } from "../types";

/** Saving a workbook file in place: one writer at a time, the file's own attributes, a full disk. */
export const files = {
  FILE_TDKT_BUSY: {
    vi: "Không ghi vào tệp {file}: một lệnh tdkt khác đang làm việc trên tệp này (tiến trình {pid} trên máy {host}, từ {time}) và chưa xong sau vài giây chờ. Đợi lệnh đó xong rồi chạy lại; nếu không còn lệnh tdkt nào chạy, xóa tệp khóa {lock}.",
    en: "Not writing to {file}: another tdkt command is working on it (process {pid} on host {host}, since {time}) and did not finish within a few seconds. Wait for it to finish and run the command again; if no tdkt command is running, delete the lock file {lock}.",
  },
  FILE_READ_ONLY: {
    vi: "Không ghi vào tệp {file}: tệp được đặt chỉ đọc (read-only) hoặc bạn không có quyền ghi vào nó, nên tdkt để nguyên. Muốn ghi thì bỏ thuộc tính chỉ đọc (Windows: Properties → bỏ chọn Read-only; Linux/macOS: chmod u+w) rồi chạy lại; các lệnh rank, validate, summary cũng có thể ghi kết quả ra tệp riêng bằng --out <tệp-kết-quả.xlsx>.",
    en: "Not writing to {file}: it is marked read-only or you may not write to it, so tdkt leaves it as it is. To write, clear the read-only attribute (Windows: Properties → untick Read-only; Linux/macOS: chmod u+w) and run the command again; rank, validate and summary can also write their results to a separate file with --out <results.xlsx>.",
  },
  FILE_DISK_FULL: {
    vi: "Ổ đĩa chứa tệp {file} đã đầy (hoặc hết hạn mức), nên không ghi được. Tệp vẫn như trước, không có gì thay đổi. Giải phóng chỗ trống rồi chạy lại lệnh.",
    en: "The disk holding {file} is full (or over its quota), so nothing could be written. The file is as it was; nothing changed. Free some space and run the command again.",
  },
} satisfies Catalog;
