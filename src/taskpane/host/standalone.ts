/**
 * The browser host (issue 6): the same pane on the exceljs adapter, for a clerk who cannot sideload the
 * add-in and for end-to-end tests. exceljs is loaded only here, lazily, so it never reaches the bundle
 * that Excel loads. For now it starts on a new workbook in memory; opening and downloading files comes
 * with issue 6 (which may make this binding async: index.tsx already awaits it).
 */
import { msg } from "../../i18n";
import type { Progress } from "../../workbook/port";
import type { HostBinding } from "./binding";
import { lazyCommands } from "./lazyCommands";

export async function createStandaloneBinding(progress: Progress): Promise<HostBinding> {
  const commands = lazyCommands(async () => {
    const { createStandaloneCommands } = await import(/* webpackChunkName: "standalone" */ "./standaloneCommands");
    return createStandaloneCommands(progress);
  });
  return { host: "browser", commands, notice: msg("PANE_STANDALONE_NOTICE") };
}
