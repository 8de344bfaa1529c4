/** Criteria rules (`Tiêu chí`): the grid must add up, or every total computed from it is wrong. */
import { UNIT_TYPES, type Criterion } from "../types";
import { textSetting } from "../settings";
import type { RuleContext } from "./context";
import { shown } from "./emitter";

const EPS = 1e-9;

function cell(ctx: RuleContext, col: "code" | "group" | "max" | "kind", c: Criterion): string {
  return c.row ? `${ctx.input.layout.criteria[col]}${c.row}` : "";
}
const sheet = (ctx: RuleContext) => ctx.input.layout.criteria.sheet;

export function critSheetMissing(ctx: RuleContext): void {
  if (ctx.input.present && !ctx.input.present.criteria) ctx.out.emit("CRIT_SHEET_MISSING", sheet(ctx), "", { sheet: sheet(ctx) });
}

export function critDuplicate(ctx: RuleContext): void {
  const seen = new Map<string, Criterion>();
  for (const c of ctx.input.criteria) {
    const key = c.code.trim().toUpperCase();
    const first = seen.get(key);
    if (first) ctx.out.emit("CRIT_DUPLICATE_CODE", sheet(ctx), cell(ctx, "code", c), { code: c.code, first: first.row ?? "?" });
    else seen.set(key, c);
  }
}

export function critGroupSum(ctx: RuleContext): void {
  const sums = new Map<string, number>();
  for (const c of ctx.input.criteria) {
    if (!c.isGroup && c.kind === "base") sums.set(c.group, (sums.get(c.group) ?? 0) + c.max);
  }
  for (const g of ctx.input.criteria) {
    if (!g.isGroup) continue;
    const sum = sums.get(g.code) ?? 0;
    if (Math.abs(sum - g.max) > EPS)
      ctx.out.emit("CRIT_GROUP_SUM", sheet(ctx), cell(ctx, "max", g), { group: g.code, sum: shown(sum), max: shown(g.max) });
  }
}

export function critOrphan(ctx: RuleContext): void {
  const groups = new Set(ctx.input.criteria.filter((c) => c.isGroup).map((c) => c.code));
  for (const c of ctx.input.criteria) {
    if (!c.isGroup && c.kind === "base" && !groups.has(c.group))
      ctx.out.emit("CRIT_ORPHAN_ITEM", sheet(ctx), cell(ctx, "group", c), { code: c.code, group: c.group });
  }
}

/** Each grid that some unit gets (or, with no units yet, each unit type's grid) must total BASE_TOTAL. */
export function critBaseTotal(ctx: RuleContext): void {
  const seen = new Set<number>();
  const check = (grid: Int32Array, who: string) => {
    let sum = 0;
    for (const c of grid) if (ctx.kinds[c] === 0) sum += ctx.maxima[c];
    if (Math.abs(sum - ctx.baseTotal) > EPS) {
      const first = ctx.input.criteria[grid.find((c) => ctx.kinds[c] === 0) ?? -1];
      ctx.out.emit("CRIT_BASE_TOTAL", sheet(ctx), first ? cell(ctx, "max", first) : "", {
        who,
        sum: shown(sum),
        total: shown(ctx.baseTotal),
      });
    }
  };
  if (ctx.input.units.length > 0) {
    ctx.input.units.forEach((u, i) => {
      const g = ctx.gridOfUnit[i];
      if (seen.has(g)) return;
      seen.add(g);
      check(ctx.grids[g], u.type);
    });
    return;
  }
  for (const type of UNIT_TYPES) {
    const grid = ctx.input.criteria.flatMap((c, i) =>
      !c.isGroup && (c.appliesTo.length === 0 || c.appliesTo.includes(type)) ? [i] : [],
    );
    check(Int32Array.from(grid), type);
  }
}

export function critBonusCap(ctx: RuleContext): void {
  const hasBonus = ctx.input.criteria.some((c) => c.kind === "bonus" && !c.isGroup);
  if (hasBonus && !Number.isFinite(ctx.bonusCap)) {
    ctx.out.emit("CRIT_NO_BONUS_CAP", ctx.input.layout.settingsSheet, ctx.input.layout.settingCells?.BONUS_CAP ?? "", {
      value: textSetting(ctx.input.settings, "BONUS_CAP"),
    });
  }
}
