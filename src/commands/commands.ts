/**
 * Ribbon command registration. With the shared runtime (manifest: Runtime resid = FunctionFile resid =
 * Taskpane.Url) this module runs inside taskpane.html, so the button reaches the very AppCommands and
 * runner that the pane uses; there is no separate commands.html.
 */
/* global Office */
import type { AppCommands } from "../app/types";
import type { CommandRunner } from "../taskpane/runner";
import { SUMMARY_FUNCTION } from "./ids";
import { planSummaryTarget, runSummaryButton, todayUtc } from "./summaryButton";

export function registerRibbonCommands(commands: AppCommands | undefined, runner: CommandRunner): void {
  Office.actions.associate(SUMMARY_FUNCTION, (event: Office.AddinCommands.Event) =>
    runSummaryButton(event, {
      runner,
      commands,
      today: () => todayUtc(),
      targetOf: planSummaryTarget,
      showPane: () => Office.addin.showAsTaskpane(),
    }),
  );
}
