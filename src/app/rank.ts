/**
 * "Rank round" (Xếp hạng): one read of the round (loadRoundInputs), validation, the pure ranking, one
 * safe write of `Xếp hạng Đ1` and `Tiến độ chấm Đ1`. With validation errors it stops and returns them,
 * unless a provisional ranking is asked for, which is marked TẠM TÍNH on the sheet. Only the add-in's
 * own sheets are written; every sheet a person typed in is left as it was.
 */
import { ROUND_NAMES } from "../domain/codes";
import { rankRound, rankingInputOfRound, type RankingResult } from "../domain/ranking";
import type { RoundCode } from "../domain/types";
import { hasErrors, validateRound } from "../domain/validation";
import { msg, type Bilingual } from "../i18n";
import { buildProgressSheet, buildRankingSheet } from "../sheets/ranking";
import { loadRoundInputs } from "./roundInputs";
import { writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult } from "./types";
import { isRankOutputOf } from "../sheets/markers";

function anyScore(r: RankingResult): boolean {
  return r.units.some((u) => u.counted > 0);
}

export async function rankRoundCommand(
  ctx: CommandContext,
  round: RoundCode,
  options: { provisional: boolean },
): Promise<CommandResult> {
  const inputs = await loadRoundInputs(ctx, round, (m) => isRankOutputOf(round, m));
  const findings = validateRound(inputs.input);
  const errors = findings.filter((f) => f.severity === "error").length;
  if (hasErrors(findings) && !options.provisional) {
    return { ok: false, sheets: [], messages: [msg("RANK_BLOCKED", { round: ROUND_NAMES[round], errors })], findings };
  }
  const input = rankingInputOfRound(inputs.input);
  const result = rankRound(input);
  if (!anyScore(result))
    return { ok: false, sheets: [], messages: [msg("RANK_NO_JUDGES", { round: ROUND_NAMES[round] })], findings };

  const judges = inputs.masters.members.filter((m) => m.scores).map((m) => ({ code: m.code, shortName: m.shortName || m.code }));
  const opts = { round, judges, settings: inputs.masters.settings, provisional: options.provisional };
  const rankingSheet = buildRankingSheet(result, opts);
  const written = await writeSafely(ctx, [rankingSheet, buildProgressSheet(result, opts)], { snapshot: inputs.snapshot });

  const messages: Bilingual[] = [];
  const gk = result.blocks.reduce((a, b) => a + b.proposedGiayKhen, 0);
  const hi = result.blocks.reduce((a, b) => a + b.proposedHigher, 0);
  const higher = result.method.higherRound ? msg("RANK_DONE_HIGHER", { n: hi }) : { vi: "", en: "" };
  const done = (lang: "vi" | "en") =>
    msg("RANK_DONE", {
      round: ROUND_NAMES[round],
      units: result.units.length,
      blocks: result.blocks.length,
      gk,
      higher: higher[lang],
    })[lang];
  messages.push({ vi: done("vi"), en: done("en") });
  if (options.provisional) messages.push(msg("RANK_DONE_PROVISIONAL", { errors }));
  const flags = result.judges.filter((q) => q.biasFlag || q.correlationFlag).length;
  const sheetName = written.names.get(rankingSheet.name) ?? rankingSheet.name;
  if (flags) messages.push(msg("RANK_JUDGE_FLAGS", { n: flags, sheet: sheetName }));
  messages.push(...written.messages);
  return { ok: true, sheets: written.outcomes, messages, findings };
}
