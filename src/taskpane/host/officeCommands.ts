/** Loaded lazily (see lazyCommands.ts): the office-js adapter behind the app commands. */
import { createAppCommands } from "../../app/commands";
import type { AppCommands } from "../../app/types";
import { OfficeWorkbook, type ExcelRun } from "../../workbook/office/workbook";
import type { IsSetSupported } from "../../workbook/office/requirements";
import type { Progress } from "../../workbook/port";

export function createOfficeCommands(run: ExcelRun, isSetSupported: IsSetSupported, progress: Progress): AppCommands {
  return createAppCommands(new OfficeWorkbook(run, isSetSupported), { progress });
}
