/**
 * The browser host (issue 6): the same pane on the exceljs adapter, for a clerk who cannot sideload the
 * add-in and for end-to-end tests. exceljs is loaded here only, lazily, so it stays out of the bundle
 * that Excel loads. For now it starts on a new workbook in memory; opening and downloading files comes
 * with issue 6.
 */
import { createAppCommands } from "../../app/commands";
import { msg } from "../../i18n";
import type { Progress } from "../../workbook/port";
import type { HostBinding } from "./binding";

export async function createStandaloneBinding(progress: Progress): Promise<HostBinding> {
  const { ExcelJsWorkbook } = await import(/* webpackChunkName: "exceljs-host" */ "../../workbook/exceljs/workbook");
  return {
    host: "browser",
    commands: createAppCommands(ExcelJsWorkbook.create(), { progress }),
    notice: msg("PANE_STANDALONE_NOTICE"),
  };
}
