/** The Excel host: engineer G's office-js adapter behind the app commands. The only pane file that names Excel. */
import { createAppCommands } from "../../app/commands";
import { OfficeWorkbook } from "../../workbook/office/workbook";
import type { Progress } from "../../workbook/port";
import type { HostBinding } from "./binding";

export function createOfficeBinding(progress: Progress): HostBinding {
  const wb = new OfficeWorkbook(Excel.run.bind(Excel), (name: string, version: string) =>
    Office.context.requirements.isSetSupported(name, version),
  );
  return { host: "excel", commands: createAppCommands(wb, { progress }), dark: readDarkTheme() };
}

/** Excel has no theme-changed event for add-ins, so the theme is read once at start. */
function readDarkTheme(): boolean {
  try {
    return Office.context.officeTheme?.isDarkTheme === true;
  } catch {
    return false;
  }
}
