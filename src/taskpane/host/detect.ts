/** Whether the page runs inside Excel: office.js loaded from the CDN and Office.onReady names the Excel host. */
/* global Office */

/** Outside Office, onReady resolves at once with no host; the timeout only guards a CDN script that never settles. */
export async function runsInExcel(timeoutMs = 10000): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ready = Office.onReady().then((info) => info.host === Office.HostType.Excel);
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
