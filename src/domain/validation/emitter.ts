/** Builds findings from rule codes, capping each rule per sheet so one bad column does not bury everything else. */
import { roundHalfAway } from "../ranking/numbers";
import { msg, type Params } from "../../i18n";
import type { Finding } from "../types";
import { severityOf, type FindingCode } from "../findingCodes";

export const DEFAULT_FINDING_CAP = 100;

export class Emitter {
  readonly findings: Finding[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly cap = DEFAULT_FINDING_CAP) {}

  emit(code: FindingCode, sheet: string, cell: string, params: Params = {}): void {
    const key = `${code}\u0000${sheet}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n > this.cap) return;
    const m = msg(code, params);
    this.findings.push({ code, severity: severityOf(code), sheet, cell, message_vi: m.vi, message_en: m.en });
  }

  /** Whether emitting `code` on `sheet` would still be listed; lets hot loops skip building params. */
  listed(code: FindingCode, sheet: string): boolean {
    return (this.counts.get(`${code}\u0000${sheet}`) ?? 0) < this.cap;
  }

  /** Counts a finding past the cap without building it. */
  countOnly(code: FindingCode, sheet: string): void {
    const key = `${code}\u0000${sheet}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** One summary finding per rule and sheet that went over the cap. */
  finish(): Finding[] {
    for (const [key, n] of this.counts) {
      if (n <= this.cap) continue;
      const [code, sheet] = key.split("\u0000") as [FindingCode, string];
      const m = msg("FINDINGS_TRUNCATED", { count: n - this.cap, code, cap: this.cap });
      this.findings.push({
        code: "FINDINGS_TRUNCATED",
        severity: severityOf(code),
        sheet,
        cell: "",
        message_vi: m.vi,
        message_en: m.en,
      });
    }
    return this.findings;
  }
}

/**
 * A number for a message: at most 2 decimals. It stays a number, so that each language writes it its own way
 * (i18n: 5,75 in Vietnamese, 5.75 in English).
 */
export function shown(n: number): number {
  const rounded = roundHalfAway(n, 2);
  // a huge number (9E+307 typed into a score) overflows the rounding; it is shown as it is
  return Number.isFinite(rounded) ? rounded : n;
}
