/** Dates as the domain keeps them. */

/**
 * Today on this computer's calendar, at UTC midnight (the domain's convention for dates). The local getters
 * are on purpose: a clerk in Việt Nam at 06:00 is on today's date, which UTC still calls yesterday.
 */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** A date as a clerk writes it: dd/mm/yyyy. */
export function formatDate(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}
