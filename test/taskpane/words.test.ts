/** The pane's words: a message names the control the clerk sees, in Vietnamese without "add-in" or a decimal point. */
import { msg } from "../../src/i18n";
import { common } from "../../src/i18n/catalog/common";
import { demo } from "../../src/i18n/catalog/demo";
import { layout } from "../../src/i18n/catalog/layout";
import { office } from "../../src/i18n/catalog/office";
import { pane } from "../../src/i18n/catalog/pane";
import { ranking } from "../../src/i18n/catalog/ranking";
import { validation } from "../../src/i18n/catalog/validation";
import { paneBilingual, paneWords } from "../../src/taskpane/words";

describe("paneWords", () => {
  it("names the pane's button “Chuẩn bị trang”, not the command “Chuẩn bị đợt”, and a council member, not a judge", () => {
    expect(paneBilingual(msg("SAMPLE_NOT_PREPARED", { round: "Đợt 1" }))).toEqual({
      vi: "Đợt 1 chưa được chuẩn bị (thiếu trang chấm điểm của thành viên Hội đồng hoặc trang Đăng ký): chạy “Chuẩn bị trang” trước.",
      en: "Đợt 1 is not prepared (no judge scoring sheets or no Đăng ký sheet): run “Chuẩn bị trang” (Prepare sheets) first.",
    });
  });

  it("names the provisional box by its label, and drops the command line's “tdkt layout”", () => {
    expect(paneWords(msg("RANK_BLOCKED", { round: "Đợt 1", errors: 2 }).vi, "vi")).toBe(
      "Chưa xếp hạng Đợt 1: dữ liệu còn 2 lỗi (xem danh sách). Sửa lỗi rồi chạy lại, hoặc đánh dấu ô “Tạm tính (chưa đủ phiếu chấm)” rồi bấm “Xếp hạng”.",
    );
    expect(paneWords(msg("MASTER_SHEET_MISSING", { sheet: "Đơn vị" }).vi, "vi")).toBe(
      "Chưa có trang “Đơn vị”. Chạy “Tạo các trang kế hoạch” để tạo danh sách này.",
    );
  });

  it("writes the number a check read with a decimal comma, and leaves what the clerk typed as typed", () => {
    expect(paneWords(msg("SCORE_TEXT_NUMBER", { value: "5.75", number: 5.75 }).vi, "vi")).toBe(
      "Điểm “5.75” được nhập dạng chữ; đã đọc là 5,75. Nên nhập lại dạng số.",
    );
  });

  it("the pane's own texts say “tiện ích”, not “add-in”, in Vietnamese", () => {
    const bad = Object.entries(pane).filter(([, text]) => /add-in/.test(text.vi));
    expect(bad).toEqual([]);
  });

  it("leaves no “add-in”, “giám khảo”, command name or “tdkt” in a Vietnamese message the pane can show", () => {
    const shown = { ...common, ...layout, ...validation, ...ranking, ...office, ...pane, ...demo };
    const bad: string[] = [];
    for (const [code, text] of Object.entries(shown)) {
      if (typeof text !== "object" || !("vi" in text)) continue;
      // the command line's own usage lines are not shown in the pane
      if (/--[a-z]/.test(text.vi)) continue;
      const vi = paneWords(text.vi, "vi");
      if (/add-in|giám khảo|“Chuẩn bị đợt”|“Xếp hạng tạm tính”|tdkt [a-z]/.test(vi)) bad.push(`${code}: ${vi}`);
    }
    expect(bad).toEqual([]);
  });
});
