/** Loaded lazily: the exceljs adapter (and exceljs itself) behind the app commands, for the browser host. */
import { createAppCommands } from "../../app/commands";
import type { AppCommands } from "../../app/types";
import { ExcelJsWorkbook } from "../../workbook/exceljs/workbook";
import type { Progress } from "../../workbook/port";

export function createStandaloneCommands(progress: Progress): AppCommands {
  return createAppCommands(ExcelJsWorkbook.create(), { progress });
}
