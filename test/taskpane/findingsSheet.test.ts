/** The `Kiểm tra` sheet names each finding's kind in words; the rule code stays in a narrow last column. */
import { buildFindingsSheet, findingKind } from "../../src/sheets/findings";

describe("Kiểm tra sheet", () => {
  it("shows the kind in words second and the code last and narrow", () => {
    const spec = buildFindingsSheet("D1", [
      {
        code: "REG_MISSING",
        severity: "warning",
        sheet: "Đăng ký",
        cell: "B7",
        message_vi: "Đơn vị TDP01 chưa đăng ký.",
        message_en: "x",
      },
      {
        code: "SCORE_OUT_OF_RANGE",
        severity: "error",
        sheet: "Chấm điểm Đ1 - Lan",
        cell: "F12",
        message_vi: "Điểm 7 ngoài khoảng.",
        message_en: "y",
      },
    ]);
    expect(spec.cells[2]).toEqual(["STT", "Loại", "Mức độ", "Trang", "Ô", "Nội dung", "Message (English)", "Mã"]);
    expect(spec.cells[3][1]).toBe("Điểm ngoài khoảng cho phép");
    expect(spec.cells[3][7]).toBe("SCORE_OUT_OF_RANGE");
    expect(spec.cells[4][1]).toBe("Đơn vị chưa đăng ký");
    expect(spec.cells[4][7]).toBe("REG_MISSING");
    expect(spec.columnWidths?.[7]).toBe(10);
  });

  it("names a rule without words of its own by its family, never by its code", () => {
    expect(findingKind("SCORE_SOMETHING_NEW")).toBe("Điểm chấm");
    expect(findingKind("XYZ_UNHEARD_OF")).toBe("Khác");
  });
});
