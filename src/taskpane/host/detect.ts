/** Whether the page runs inside Excel: office.js loaded from the CDN and Office.onReady names the Excel host. */
/* global Office */

/** How long Office.onReady may take before the pane says that it is still waiting for Excel. */
export const SLOW_OFFICE_MS = 10_000;

/**
 * Outside Office, onReady resolves at once with no host, so a browser never waits. Inside Office it can take
 * long (a slow machine, a cold start of Excel on the web); giving up then would bind the pane to the browser
 * host inside Excel and leave the ribbon's buttons without handlers, doing nothing. So it keeps waiting, and
 * after `slowMs` calls `onSlow` once so the pane can say what it is waiting for.
 */
export async function runsInExcel(onSlow: () => void = () => undefined, slowMs = SLOW_OFFICE_MS): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return false;
  const timer = setTimeout(onSlow, slowMs);
  try {
    const info = await Office.onReady();
    return info.host === Office.HostType.Excel;
  } finally {
    clearTimeout(timer);
  }
}
