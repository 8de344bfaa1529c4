/**
 * Requirement sets of the Excel JavaScript API that the office adapter uses, and the run-time checks for
 * the ones above the manifest floor.
 *
 * The real floor is set by the shared runtime, not by the Excel API: the manifest requires SharedRuntime
 * 1.1 (the ribbon and the pane share one page), which Excel has only in Microsoft 365 / Office 2021 and
 * later: Windows from Version 2002 (build 12527.20092), Mac from 16.35, and Excel on the web (Microsoft's
 * "Shared runtime requirement sets" page). Every one of those has ExcelApi 1.9 (which came with Office
 * 2019), so the manifest declares ExcelApi 1.9 and nothing at or below it is checked or has a fallback:
 *   1.9  screen-updating suspension, page layout for printing (A4, fit to width, print titles, headers);
 *   1.8  data validation, Runtime.enableEvents; 1.7 freeze panes, getRangeByIndexes, Worksheet.copy,
 *        tabColor, unprotect(password); 1.6 conditional formats, calculation suspension; 1.4 *OrNullObject;
 *   1.3  TableCollection.add on a Range.
 * Above the floor one feature is checked at run time and has a fallback, kept for a reason:
 *   1.12 worksheet custom properties. Windows builds from Version 2002 may have the shared runtime without
 *        ExcelApi 1.12; there the registry sheet alone carries the markers (as on the exceljs host).
 *   1.18 notes (Worksheet.notes): without them a command that rewrites a sheet a person works in cannot read
 *        her notes to write them back, and says so (Range.clear("All") removes notes, as Clear All does).
 * Not used: Worksheet.getRanges (1.9), whose list separator follows the Windows locale (office-js#1167),
 * and table resize (1.13): tables are created over ranges already written.
 */

export const MANIFEST_SET = { name: "ExcelApi", version: "1.9" } as const;

export type IsSetSupported = (name: string, version: string) => boolean;

export interface Capabilities {
  floor: boolean;
  customProperties: boolean;
  notes: boolean;
}

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const has = (v: string) => {
    try {
      return isSetSupported("ExcelApi", v);
    } catch {
      // Office.context not ready or an old host without requirement-set support: assume the lower path.
      return false;
    }
  };
  return { floor: has(MANIFEST_SET.version), customProperties: has("1.12"), notes: has("1.18") };
}
