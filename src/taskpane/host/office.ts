/** The Excel host. The only pane file that names Excel; the adapter and the commands load on first use. */
/* global Excel, Office */
import type { Progress } from "../../workbook/port";
import type { HostBinding } from "./binding";
import { lazyCommands } from "./lazyCommands";

export function createOfficeBinding(progress: Progress): HostBinding {
  const run = Excel.run.bind(Excel);
  const isSetSupported = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
  const commands = lazyCommands(async () => {
    const { createOfficeCommands } = await import(/* webpackChunkName: "commands", webpackPrefetch: true */ "./officeCommands");
    return createOfficeCommands(run, isSetSupported, progress, (base64) => Excel.createWorkbook(base64));
  });
  return { host: "excel", commands, dark: readDarkTheme() };
}

/** Excel has no theme-changed event for add-ins, so the theme is read once at start. */
function readDarkTheme(): boolean {
  try {
    return Office.context.officeTheme?.isDarkTheme === true;
  } catch {
    return false;
  }
}
