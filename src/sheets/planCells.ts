/**
 * Months as a clerk leaves them on the plan's sheets (`Đợt thi đua`, `Phong trào`, `Kế hoạch`): a number,
 * "Tháng 5, 9", "T6", or a date. A date outside the plan's year is reported as outside it, never folded
 * into a month of the plan's year.
 */
import { fold } from "../domain/codes";
import type { CellValue } from "../workbook/port";
import { isBlank, readDate, readNumber, text } from "./cells";

export interface MonthsRead {
  months: number[];
  /** Dates typed in the cell that fall outside the plan's year. */
  outside: Date[];
  /** Text that is neither a month nor a date. */
  unreadable: boolean;
}

export function readMonths(v: CellValue | undefined, year: number): MonthsRead {
  const out: MonthsRead = { months: [], outside: [], unreadable: false };
  if (isBlank(v)) return out;
  const add = (m: number) => {
    if (!out.months.includes(m)) out.months.push(m);
  };
  if (v instanceof Date) {
    const d = readDate(v)!;
    if (d.getUTCFullYear() === year) add(d.getUTCMonth() + 1);
    else out.outside.push(d);
    return out;
  }
  const n = readNumber(v);
  if (n.kind === "number" || n.kind === "text-number") {
    if (Number.isInteger(n.value) && n.value >= 1 && n.value <= 12) add(n.value);
    else if (n.kind === "number" && n.value > 12) {
      // An Excel date serial in a month cell.
      const d = readDate(n.value);
      if (d && d.getUTCFullYear() === year) add(d.getUTCMonth() + 1);
      else if (d) out.outside.push(d);
      else out.unreadable = true;
    } else out.unreadable = true;
    return out;
  }
  for (const part of text(v).split(/[,;\n]|\bvà\b/)) {
    const p = part.trim();
    if (!p) continue;
    const date = readDate(p);
    if (date) {
      if (date.getUTCFullYear() === year) add(date.getUTCMonth() + 1);
      else out.outside.push(date);
      continue;
    }
    // "Tháng 5", "T5", "5", "5/2025" (month/year)
    const m = /^(?:thang|t)?\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?$/.exec(fold(p));
    const month = m ? Number(m[1]) : NaN;
    if (!m || month < 1 || month > 12) {
      out.unreadable = true;
      continue;
    }
    if (m[2] && Number(m[2]) !== year) out.outside.push(new Date(Date.UTC(Number(m[2]), month - 1, 1)));
    else add(month);
  }
  return out;
}
