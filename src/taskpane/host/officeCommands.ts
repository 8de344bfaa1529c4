/** Loaded lazily (see lazyCommands.ts): the office-js adapter behind the app commands. */
import { createAppCommands } from "../../app/commands";
import type { AppCommands } from "../../app/types";
import { OfficeWorkbook, type ExcelRun } from "../../workbook/office/workbook";
import type { IsSetSupported } from "../../workbook/office/requirements";
import type { Progress } from "../../workbook/port";
import { msg } from "../../i18n";
import { toBase64 } from "../../shared/base64";

/**
 * `createWorkbook` is Excel.createWorkbook (ExcelApi 1.8): next year's workbook opens in a new window, and
 * the clerk saves it there under a name of their choice.
 */
export function createOfficeCommands(
  run: ExcelRun,
  isSetSupported: IsSetSupported,
  progress: Progress,
  createWorkbook: (base64: string) => Promise<void>,
): AppCommands {
  return createAppCommands(new OfficeWorkbook(run, isSetSupported), {
    progress,
    openWorkbook: async (bytes, fileName) => {
      await createWorkbook(toBase64(bytes));
      return msg("NEW_YEAR_OPENED_IN_EXCEL", { file: fileName });
    },
  });
}
