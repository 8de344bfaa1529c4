/**
 * The seam between the pane and a host: the pane needs only the app commands and to know where it runs.
 * Excel (office-js) and the browser (exceljs) each provide one.
 */
import type { AppCommands } from "../../app/types";
import type { Bilingual } from "../../i18n";

export type HostName = "excel" | "browser";

export interface HostBinding {
  host: HostName;
  commands: AppCommands;
  /** Shown above the sections, e.g. that the pane runs outside Excel. */
  notice?: Bilingual;
  /** Office's theme when the pane runs in Office. */
  dark?: boolean;
}
