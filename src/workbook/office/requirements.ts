/**
 * Requirement sets of the Excel JavaScript API that the office adapter uses, and the run-time checks for
 * the ones above the manifest floor.
 *
 * Floor: ExcelApi 1.8. Data validation (Range.dataValidation) and Runtime.enableEvents are 1.8 and have
 * no substitute; 1.8 also covers 1.7 (freeze panes, getRangeByIndexes, Worksheet.copy, tabColor) and
 * 1.6 (conditional formats, calculation suspension), 1.4 (*OrNullObject getters) and 1.2 (protection).
 * Above the floor, each feature is checked at run time and has a fallback:
 *   1.9  screen-updating suspension (skipped), page layout for printing (skipped: the sheet prints with
 *        Excel's defaults), RangeAreas for grouped styles (one range per style block instead);
 *   1.12 worksheet custom properties (the registry sheet alone carries the markers).
 * Table resize (1.13) is not used: tables are always created over ranges already written.
 * 1.8 and 1.9 reach the same Office builds in practice (Office 2021, Microsoft 365 from 2018/2019), so
 * the manifest could declare 1.9 without losing users; 1.8 is declared because it is what is required.
 */

export const MANIFEST_SET = { name: "ExcelApi", version: "1.8" } as const;

export type IsSetSupported = (name: string, version: string) => boolean;

export interface Feature {
  id: string;
  set: "ExcelApi";
  version: string;
  /** What the adapter calls. */
  apis: string;
  /** What happens when the set is missing; absent for features at or below the floor. */
  fallback?: string;
}

export const FEATURES: readonly Feature[] = [
  { id: "nullObjects", set: "ExcelApi", version: "1.4", apis: "getItemOrNullObject, getUsedRangeOrNullObject" },
  { id: "conditionalFormats", set: "ExcelApi", version: "1.6", apis: "Range.conditionalFormats (custom, dataBar)" },
  { id: "calculationSuspend", set: "ExcelApi", version: "1.6", apis: "Application.suspendApiCalculationUntilNextSync" },
  { id: "sheetCopyFreezeTab", set: "ExcelApi", version: "1.7", apis: "Worksheet.copy, freezePanes, tabColor, getRangeByIndexes" },
  { id: "dataValidation", set: "ExcelApi", version: "1.8", apis: "Range.dataValidation" },
  { id: "events", set: "ExcelApi", version: "1.8", apis: "Runtime.enableEvents" },
  {
    id: "screenUpdating",
    set: "ExcelApi",
    version: "1.9",
    apis: "Application.suspendScreenUpdatingUntilNextSync",
    fallback: "not suspended",
  },
  {
    id: "pageLayout",
    set: "ExcelApi",
    version: "1.9",
    apis: "Worksheet.pageLayout (A4, zoom fit-to-width, print titles, headers)",
    fallback: "print settings left to Excel",
  },
  {
    id: "rangeAreas",
    set: "ExcelApi",
    version: "1.9",
    apis: "Worksheet.getRanges (one format call for identical style blocks)",
    fallback: "one range per style block",
  },
  {
    id: "customProperties",
    set: "ExcelApi",
    version: "1.12",
    apis: "Worksheet.customProperties (marker that survives a rename)",
    fallback: "registry sheet only",
  },
];

export interface Capabilities {
  floor: boolean;
  screenUpdating: boolean;
  pageLayout: boolean;
  rangeAreas: boolean;
  customProperties: boolean;
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
  const v19 = has("1.9");
  return {
    floor: has(MANIFEST_SET.version),
    screenUpdating: v19,
    pageLayout: v19,
    rangeAreas: v19,
    customProperties: has("1.12"),
  };
}
