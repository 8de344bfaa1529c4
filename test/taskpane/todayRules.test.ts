/** "Hôm nay" as data: the round's state lines and the next step, without rendering. */
import { msg } from "../../src/i18n";
import { roundStateLines, type RoundProgress } from "../../src/taskpane/today";

const vi = (p: RoundProgress | undefined) => roundStateLines(p).map((l) => msg(l.code, l.params).vi);

describe("the round's state", () => {
  it("counts nothing before a check in this session", () => {
    expect(vi(undefined)).toEqual(["Chưa kiểm tra trong phiên này."]);
    expect(vi({ prepared: true })).toEqual(["Chưa kiểm tra trong phiên này."]);
  });

  it("after a check: registrations of units expected, judge sheets scored, what the check left", () => {
    const p: RoundProgress = {
      prepared: true,
      check: { errors: 2, warnings: 7 },
      state: { units: 46, registered: 12, judgeSheets: 5, scored: 3 },
    };
    expect(vi(p)).toEqual([
      "Đăng ký: 12/46 đơn vị đã đăng ký.",
      "Phiếu chấm: 3/5 thành viên Hội đồng đã chấm.",
      "Lần kiểm tra gần nhất: 2 lỗi, 7 cảnh báo.",
    ]);
  });

  it("says the round has no score sheet rather than 0/0", () => {
    const p: RoundProgress = { check: { errors: 0, warnings: 46 }, state: { units: 46, registered: 0, judgeSheets: 0, scored: 0 } };
    expect(vi(p)).toEqual([
      "Đăng ký: 0/46 đơn vị đã đăng ký.",
      "Phiếu chấm: đợt chưa có trang Chấm điểm nào.",
      "Lần kiểm tra gần nhất: 0 lỗi, 46 cảnh báo.",
    ]);
  });
});
