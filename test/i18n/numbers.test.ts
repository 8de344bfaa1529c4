/**
 * A number in a message is written as each language writes it: Vietnamese with a decimal comma, English with
 * a point. The command line and the pane show the same Vietnamese, so a score read from text reads "5,75" in
 * both.
 */
import { msg } from "../../src/i18n";
import { shown } from "../../src/domain/validation/emitter";

test("a score read from text: 5,75 in Vietnamese, 5.75 in English", () => {
  const m = msg("SCORE_TEXT_NUMBER", { value: "5.75", number: 5.75 });
  expect(m.vi).toBe("Điểm “5.75” được nhập dạng chữ; đã đọc là 5,75. Nên nhập lại dạng số.");
  expect(m.en).toContain("read as 5.75");
});

test("whole numbers and text parameters are written as given", () => {
  const m = msg("SCORE_TEXT_NUMBER", { value: "7", number: 7 });
  expect(m.vi).toBe("Điểm “7” được nhập dạng chữ; đã đọc là 7. Nên nhập lại dạng số.");
});

test("a validation number keeps at most two decimals, rounded half away from zero", () => {
  expect(shown(81.665)).toBe(81.67);
  expect(shown(-2.345)).toBe(-2.35);
  expect(msg("SCORE_TEXT_NUMBER", { value: "x", number: shown(2 / 3) }).vi).toContain("đã đọc là 0,67.");
});
