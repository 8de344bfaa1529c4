/** What every rule sees: the input, the emitter, and facts derived once (indexes, grids, per-judge sums). */
import { appliesToUnit } from "../criteria";
import { ROUND_NAMES } from "../codes";
import { publishedTotal, totalsRule, type TotalsRule } from "../ranking/publishedTotal";
import { listSetting } from "../settings";
import type { Member } from "../types";
import { conflictCodes, judgeUnitIndices } from "./assignment";
import type { Emitter } from "./emitter";
import type { RoundInput } from "./input";
import { unitCodeKey } from "./unitCode";
import { CELL_BLANK, CELL_INVALID, CELL_NUMBER, CELL_TEXT_NUMBER, type JudgeSheet } from "./judgeSheet";

export const K_BASE = 0;
export const K_BONUS = 1;
export const K_DEDUCTION = 2;
export const K_VETO = 3;
export const K_GROUP = 255;

/** Per judge sheet: one pass over its inputs, shared by the blank, cap and spread rules. */
export interface SheetScan {
  blanks: Int32Array;
  firstBlank: Int32Array;
  base: Float64Array;
  bonus: Float64Array;
  deduction: Float64Array;
  /** 1 when every base input of the unit holds a number (typed as text or not). */
  complete: Uint8Array;
  totalBlanks: number;
  unitsWithBlanks: number;
}

export class RuleContext {
  readonly roundName: string;
  /** By unitCodeKey; look up with unitOf, which applies the same key. */
  readonly unitIndex = new Map<string, number>();
  readonly criterionIndex = new Map<string, number>();
  /** Kind per criterion index (K_*). */
  readonly kinds: Uint8Array;
  readonly maxima: Float64Array;
  /** Scored criteria indices per grid; gridOfUnit points into it. */
  readonly grids: Int32Array[] = [];
  readonly gridOfUnit: Int32Array;
  readonly rule: TotalsRule;
  readonly baseTotal: number;
  /** NaN when no cap is set. */
  readonly bonusCap: number;
  private scans = new Map<JudgeSheet, SheetScan>();

  constructor(
    readonly input: RoundInput,
    readonly out: Emitter,
  ) {
    this.roundName = ROUND_NAMES[input.round];
    input.units.forEach((u, i) => {
      const key = unitCodeKey(u.code);
      if (!this.unitIndex.has(key)) this.unitIndex.set(key, i);
    });
    const C = input.criteria.length;
    this.kinds = new Uint8Array(C);
    this.maxima = new Float64Array(C);
    input.criteria.forEach((c, i) => {
      if (!this.criterionIndex.has(c.code)) this.criterionIndex.set(c.code, i);
      this.kinds[i] = c.isGroup
        ? K_GROUP
        : c.kind === "bonus"
          ? K_BONUS
          : c.kind === "deduction"
            ? K_DEDUCTION
            : c.kind === "veto"
              ? K_VETO
              : K_BASE;
      this.maxima[i] = c.max;
    });
    this.gridOfUnit = new Int32Array(input.units.length);
    const gridKeys = new Map<string, number>();
    input.units.forEach((u, i) => {
      const list: number[] = [];
      input.criteria.forEach((c, ci) => {
        if (!c.isGroup && this.criterionIndex.get(c.code) === ci && appliesToUnit(c, u)) list.push(ci);
      });
      const key = list.join(",");
      let g = gridKeys.get(key);
      if (g === undefined) {
        g = this.grids.length;
        gridKeys.set(key, g);
        this.grids.push(Int32Array.from(list));
      }
      this.gridOfUnit[i] = g;
    });
    this.rule = totalsRule(input.settings);
    this.baseTotal = this.rule.baseTotal;
    this.bonusCap = this.rule.bonusCap;
  }

  /** Index of the unit a typed code names (first row of a duplicated code), or undefined. */
  unitOf(code: string): number | undefined {
    return this.unitIndex.get(unitCodeKey(code));
  }

  member(code: string): Member | undefined {
    const f = code.trim().toUpperCase();
    return this.input.members.find((m) => m.code.trim().toUpperCase() === f);
  }

  /** Units a member must not score (those they lead or belong to, or head on `Đơn vị`), by unitCodeKey. */
  conflicts(m: Member | undefined): Set<string> {
    return m ? new Set([...m.memberOf, ...conflictCodes(m, this.input.units)].map(unitCodeKey)) : new Set();
  }

  /** Unit indices a judge is expected to score: by the SCORING_ASSIGNMENT setting, minus conflicts. */
  expectedUnits(m: Member | undefined): number[] {
    return judgeUnitIndices(m, this.input.units, this.input.settings).scored;
  }

  coveredRounds(): Set<string> {
    return new Set(listSetting(this.input.settings, "COVENANT_REQUIRED").map((s) => s.toUpperCase()));
  }

  scan(js: JudgeSheet): SheetScan {
    let s = this.scans.get(js);
    if (s) return s;
    const U = js.unitCount;
    const C = js.criterionCount;
    s = {
      blanks: new Int32Array(U),
      firstBlank: new Int32Array(U).fill(-1),
      base: new Float64Array(U),
      bonus: new Float64Array(U),
      deduction: new Float64Array(U),
      complete: new Uint8Array(U),
      totalBlanks: 0,
      unitsWithBlanks: 0,
    };
    const { states, values, rowOfUnit } = js;
    const kinds = this.kinds;
    for (let u = 0; u < U; u++) {
      if (rowOfUnit[u] < 0) continue;
      const grid = this.grids[this.gridOfUnit[u]];
      let blanks = 0;
      let bad = 0;
      let base = 0;
      let bonus = 0;
      let ded = 0;
      const off = u * C;
      for (let k = 0; k < grid.length; k++) {
        const c = grid[k];
        const st = states[off + c];
        const kind = kinds[c];
        if (st === CELL_NUMBER || st === CELL_TEXT_NUMBER) {
          const v = values[off + c];
          if (kind === K_BASE) base += v;
          else if (kind === K_BONUS) bonus += v;
          else if (kind === K_DEDUCTION) ded += v;
        } else if (kind === K_BASE) {
          if (st === CELL_BLANK) {
            if (blanks === 0) s.firstBlank[u] = c;
            blanks++;
          } else if (st === CELL_INVALID) bad++;
          else bad++; // column missing: the unit cannot be complete
        }
      }
      s.blanks[u] = blanks;
      s.base[u] = base;
      s.bonus[u] = bonus;
      s.deduction[u] = ded;
      s.complete[u] = blanks === 0 && bad === 0 ? 1 : 0;
      s.totalBlanks += blanks;
      if (blanks > 0) s.unitsWithBlanks++;
    }
    this.scans.set(js, s);
    return s;
  }

  /** A complete unit's total as the sheet formula computes it. */
  total(s: SheetScan, u: number): number {
    return publishedTotal(s.base[u], s.bonus[u], s.deduction[u], this.rule);
  }
}
