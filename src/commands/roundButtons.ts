/**
 * The ribbon's "Kiểm tra" and "Xếp hạng" buttons: validate or rank, in one click, the round the plan
 * calls for today (currentRound). Ranking is never provisional from the ribbon: a provisional ranking is
 * a deliberate choice made in the pane; when validation has errors the rank command refuses and returns
 * them, and the pane lists them as findings.
 */
import { AppError } from "../shared/errors";
import type { RoundCode } from "../domain/types";
import { msg } from "../i18n";
import type { AppCommands } from "../app/types";
import { planOfToday, runButton, taskTitle, type ButtonDeps, type CompletableEvent } from "./button";

export type RoundButtonDeps = ButtonDeps<RoundCode>;

export type RoundButtonKind = "validate" | "rank";

/**
 * The round the workbook's plan calls for on `today` (currentRound over the rounds of `Đợt thi đua` as the
 * clerk left them); the query code loads on the first click.
 */
export async function planCurrentRound(today: Date, commands: AppCommands): Promise<RoundCode> {
  const [{ currentRound }, plan] = await Promise.all([import("../domain/plan/queries"), planOfToday(commands, today)]);
  const round = currentRound(plan, today);
  if (!round) throw new AppError("RIBBON_NO_ROUND");
  return round.code;
}

export function runRoundButton(kind: RoundButtonKind, event: CompletableEvent, deps: RoundButtonDeps): Promise<void> {
  const roundName = (r: RoundCode) => msg(`PANE_ROUND_${r}`);
  return runButton(
    event,
    deps,
    kind === "validate"
      ? {
          noHost: () => new AppError("RIBBON_VALIDATE_NO_HOST"),
          title: (r) => taskTitle("PANE_VALIDATE", roundName(r)),
          run: (commands, r) => commands.validateRound(r),
        }
      : {
          noHost: () => new AppError("RIBBON_RANK_NO_HOST"),
          title: (r) => taskTitle("PANE_RANK", roundName(r)),
          run: (commands, r) => commands.rankRound(r, { provisional: false }),
        },
  );
}
