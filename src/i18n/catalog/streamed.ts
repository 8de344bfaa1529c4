import type { Catalog } from "../types";

/**
 * Large workbooks on the command line: read by streaming, generated sheets written to a separate workbook.
 * Listed in the main catalog like every area.
 */
export const streamed = {
  STREAM_OUTPUT_SEPARATE: {
    vi: "Sổ tính {file} lớn ({size} MB): đã đọc theo luồng và ghi các trang kết quả vào sổ tính riêng {out}; tệp gốc không bị thay đổi.",
    en: "{file} is large ({size} MB): it was read as a stream and the generated sheets were written to a separate workbook, {out}; the original file was not changed.",
  },
  STREAM_OUTPUT_FORCED: {
    vi: "Chế độ --stream: đã đọc {file} theo luồng và ghi các trang kết quả vào sổ tính riêng {out}; tệp gốc không bị thay đổi.",
    en: "--stream mode: {file} was read as a stream and the generated sheets were written to a separate workbook, {out}; the original file was not changed.",
  },
  STREAM_NOTHING_WRITTEN: {
    vi: "Không có trang nào để ghi; không tạo sổ tính {out}.",
    en: "No sheet to write; {out} was not created.",
  },
  STREAM_OUTPUT_EXISTS: {
    vi: "Tệp {out} đã có nên không bị ghi đè (có thể đã có người sửa trong đó); kết quả được ghi vào tệp mới {saved}.",
    en: "{out} already exists, so it was not overwritten (someone may have edited it); the results were written to a new file, {saved}.",
  },
  STREAM_NO_FREE_NAME: {
    vi: "Không ghi được kết quả: tệp {out} và mọi tên đánh số đến {last} đều đã có. Hãy xóa hoặc chuyển bớt các tệp cũ, hoặc chọn tên khác bằng --out.",
    en: "The results were not written: {out} and every numbered name up to {last} already exist. Remove or move old files, or choose another name with --out.",
  },
  STREAM_OUT_IS_INPUT: {
    vi: "Tệp kết quả {out} trùng với tệp đầu vào: khi đọc theo luồng, kết quả luôn ghi vào một sổ tính riêng.",
    en: "The output file {out} is the input file: in streaming mode the results always go to a separate workbook.",
  },
  CLI_OPT_STREAM: {
    vi: "Đọc theo luồng và ghi kết quả vào sổ tính riêng (tự bật khi tệp lớn hơn 5 MB)",
    en: "Read as a stream and write the results to a separate workbook (on by itself for files over 5 MB)",
  },
  CLI_OPT_OUT: {
    vi: "Tệp kết quả khi đọc theo luồng (mặc định: <tên>.<lệnh>-<đợt>.xlsx cạnh tệp đầu vào)",
    en: "Output file in streaming mode (default: <name>.<command>-<round>.xlsx beside the input)",
  },
} satisfies Catalog;
