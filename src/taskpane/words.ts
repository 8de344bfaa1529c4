/**
 * The command messages are shared with the command line, where a control is a command ("tdkt layout",
 * "Chuẩn bị đợt"). In the pane a message names the control by the label the clerk sees. Words that are wrong
 * everywhere are fixed in the catalog itself, not here; numbers are written per language by the catalog (i18n).
 */
import type { Bilingual, Lang } from "../i18n";

type Rewrite = readonly [RegExp, string];

const VI: readonly Rewrite[] = [
  [/\s*\(tdkt [a-z-]+\)/g, ""],
  [/“Chuẩn bị đợt”/g, "“Chuẩn bị trang”"],
  [/chọn “Xếp hạng tạm tính”/g, "đánh dấu ô “Tạm tính (chưa đủ phiếu chấm)” rồi bấm “Xếp hạng”"],
  [/“Xếp hạng tạm tính”/g, "“Tạm tính (chưa đủ phiếu chấm)”"],
  [/(Chạy|chạy) (lại )?“Lập kế hoạch”/g, "$1 $2“Tạo các trang kế hoạch”"],
];

const EN: readonly Rewrite[] = [
  [/\s*\(tdkt [a-z-]+\)/g, ""],
  [/“Prepare round”/g, "“Chuẩn bị trang” (Prepare sheets)"],
  [/“lay out the plan”/gi, "“Tạo các trang kế hoạch” (Lay out the plan)"],
  [/choose a provisional ranking/g, "tick “Tạm tính (chưa đủ phiếu chấm)” (Provisional) and click “Xếp hạng” (Rank)"],
];

export function paneWords(text: string, lang: Lang): string {
  return (lang === "vi" ? VI : EN).reduce((t, [from, to]) => t.replace(from, to), text);
}

export function paneBilingual(b: Bilingual): Bilingual {
  return { vi: paneWords(b.vi, "vi"), en: paneWords(b.en, "en") };
}
