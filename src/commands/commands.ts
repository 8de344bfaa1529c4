/**
 * Ribbon command registration. With the shared runtime (manifest: Runtime resid = FunctionFile resid =
 * Taskpane.Url) this module runs inside taskpane.html, so the buttons reach the very AppCommands and
 * runner that the pane uses; there is no separate commands.html.
 */
/* global Office */
import type { AppCommands } from "../app/types";
import type { CommandRunner } from "../taskpane/runner";
import { AWARDS_FUNCTION, RANK_FUNCTION, SUMMARY_FUNCTION, VALIDATE_FUNCTION } from "./ids";
import { planCurrentRound, runRoundButton } from "./roundButtons";
import { todayUtc } from "../shared/dates";
import { planSummaryTarget, runSummaryButton } from "./summaryButton";
import { runAwardsButton } from "./awardsButton";

export function registerRibbonCommands(commands: AppCommands | undefined, runner: CommandRunner): void {
  const base = { runner, commands, today: () => todayUtc(), showPane: () => Office.addin.showAsTaskpane() };
  Office.actions.associate(VALIDATE_FUNCTION, (event: Office.AddinCommands.Event) =>
    runRoundButton("validate", event, { ...base, targetOf: planCurrentRound }),
  );
  Office.actions.associate(RANK_FUNCTION, (event: Office.AddinCommands.Event) =>
    runRoundButton("rank", event, { ...base, targetOf: planCurrentRound }),
  );
  Office.actions.associate(SUMMARY_FUNCTION, (event: Office.AddinCommands.Event) =>
    runSummaryButton(event, { ...base, targetOf: planSummaryTarget }),
  );
  Office.actions.associate(AWARDS_FUNCTION, (event: Office.AddinCommands.Event) => runAwardsButton(event, base));
}
