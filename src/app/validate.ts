/**
 * "Validate" (Kiểm tra): one read of everything the round uses, the pure rule table, one write of the
 * generated `Kiểm tra` sheet. No other sheet is touched: a finding points at a cell, it never fixes it.
 */
import { ROUND_NAMES } from "../domain/codes";
import type { RoundCode } from "../domain/types";
import { hasErrors, roundStateOf, validateRound } from "../domain/validation";
import { msg } from "../i18n";
import { buildFindingsSheet } from "../sheets/findings";
import { loadRoundInputs } from "./roundInputs";
import { writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult } from "./types";
import { findingsMarker, isMarker } from "../sheets/markers";

export async function validateRoundCommand(ctx: CommandContext, round: RoundCode): Promise<CommandResult> {
  const inputs = await loadRoundInputs(ctx, round, (m) => isMarker(m, findingsMarker(round)));
  const findings = validateRound(inputs.input);
  const written = await writeSafely(ctx, [buildFindingsSheet(round, findings)], { snapshot: inputs.snapshot });
  const errors = findings.filter((f) => f.severity === "error").length;
  const summary = findings.length
    ? msg("VALIDATE_DONE", { round: ROUND_NAMES[round], errors, warnings: findings.length - errors })
    : msg("VALIDATE_CLEAN", { round: ROUND_NAMES[round] });
  return {
    ok: !hasErrors(findings),
    sheets: written.outcomes,
    messages: [summary, ...written.messages],
    findings,
    round: roundStateOf(inputs.input),
  };
}
