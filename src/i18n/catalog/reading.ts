import type { Catalog } from "../types";

/** Reading a workbook file: what is wrong with one that cannot be read, or read whole. */
export const reading = {
  FILE_ENCRYPTED: {
    vi: "Tệp {file} được đặt mật khẩu để mở (đã mã hóa), nên không đọc được. Mở tệp trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu), lưu lại rồi chạy lại lệnh.",
    en: "{file} is protected with a password to open (encrypted), so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save it and run the command again.",
  },
  FILE_LEGACY_XLS: {
    vi: "Tệp {file} là sổ tính Excel 97-2003 (.xls), không phải .xlsx. Mở tệp trong Excel hoặc LibreOffice, lưu thành Sổ làm việc Excel (.xlsx) rồi chạy lại lệnh với tệp mới.",
    en: "{file} is an Excel 97-2003 workbook (.xls), not an .xlsx. Open it in Excel or LibreOffice, save it as an Excel Workbook (.xlsx) and run the command again on the new file.",
  },
  FILE_ZIP_BOMB: {
    vi: "Tệp {file} khai báo nội dung giải nén tới {size} GB (phần {part}), quá lớn đối với một sổ tính thật: tệp hỏng hoặc là tệp nén độc hại (zip bomb). Không đọc tệp này.",
    en: "{file} declares {size} GB of uncompressed content (part {part}), far too large for a real workbook: the file is corrupt or a zip bomb. It was not read.",
  },
  SHEET_NOT_READ: {
    vi: "Trang “{sheet}” có trong sổ tính {file} nhưng không đọc được (phần {part} của tệp). Bỏ qua trang này thì kết quả sẽ sai, nên lệnh dừng lại. Hãy mở tệp trong Excel hoặc LibreOffice, lưu lại thành .xlsx rồi chạy lại lệnh.",
    en: "Sheet “{sheet}” is in the workbook {file} but could not be read (part {part} of the file). Results without it would be wrong, so the command stopped. Open the file in Excel or LibreOffice, save it again as .xlsx and run the command again.",
  },
} satisfies Catalog;
