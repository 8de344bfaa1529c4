/** Master-list rules (`Đơn vị`, `Hội đồng`): a duplicate or a stray khối silently splits a ranking. */
import type { Unit } from "../types";
import { headsUnit } from "./assignment";
import type { RuleContext } from "./context";
import { unitCodeKey } from "./unitCode";
import { nameKey } from "../codes";

function unitCell(ctx: RuleContext, col: "code" | "name" | "block", u: Unit): string {
  return u.row ? `${ctx.input.layout.units[col]}${u.row}` : "";
}

export function unitDuplicateCode(ctx: RuleContext): void {
  const seen = new Map<string, Unit>();
  for (const u of ctx.input.units) {
    const key = unitCodeKey(u.code);
    const first = seen.get(key);
    if (first)
      ctx.out.emit("UNIT_DUPLICATE_CODE", ctx.input.layout.units.sheet, unitCell(ctx, "code", u), {
        unit: u.code,
        first: first.row ?? "?",
      });
    else seen.set(key, u);
  }
}

export function unitSimilarName(ctx: RuleContext): void {
  const seen = new Map<string, Unit>();
  for (const u of ctx.input.units) {
    const key = nameKey(u.name);
    if (!key) continue;
    const first = seen.get(key);
    if (first) {
      if (unitCodeKey(first.code) === unitCodeKey(u.code)) continue; // the duplicate code rule already says it
      ctx.out.emit("UNIT_SIMILAR_NAME", ctx.input.layout.units.sheet, unitCell(ctx, "name", u), {
        name: u.name,
        other: first.name,
        first: first.row ?? "?",
      });
    } else seen.set(key, u);
  }
}

export function unitUnknownBlock(ctx: RuleContext): void {
  const known = new Set((ctx.input.blocks ?? []).map((b) => b.trim().toUpperCase()));
  for (const u of ctx.input.units) {
    const b = u.block.trim().toUpperCase();
    // A blank khối is the reader's finding (UNIT_BLOCK_MISSING); this rule is about a khối no table defines.
    if (b !== "" && known.size > 0 && !known.has(b)) {
      ctx.out.emit("UNIT_UNKNOWN_BLOCK", ctx.input.layout.units.sheet, unitCell(ctx, "block", u), {
        unit: u.code,
        block: u.block,
      });
    }
  }
}

/** A scoring member tied to no unit: their sheet is empty when judges score assigned units, and conflicts cannot be checked. */
export function memberNoUnit(ctx: RuleContext): void {
  const followed = new Set(ctx.input.units.map((u) => u.follower ?? "").filter((f) => f));
  const l = ctx.input.layout.council;
  for (const m of ctx.input.members) {
    if (!m.scores) continue;
    if (m.follows.length > 0 || m.memberOf.length > 0 || followed.has(m.code)) continue;
    ctx.out.emit("MEMBER_NO_UNIT", l.sheet, m.row ? `${l.units}${m.row}` : "", { judge: `${m.name} (${m.code})` });
  }
}

/**
 * A scoring member who is a unit's "Người đứng đầu" on `Đơn vị` while `Hội đồng` does not link them to it:
 * still a conflict of interest (prepare leaves the unit off their sheet, ranking ignores their scores
 * there), but the two sheets disagree, so the clerk is told, at the head's cell.
 */
export function councilHeadNotLinked(ctx: RuleContext): void {
  const l = ctx.input.layout;
  for (const m of ctx.input.members) {
    if (!m.scores) continue;
    const linked = new Set(m.memberOf.map(unitCodeKey));
    ctx.input.units.forEach((u, i) => {
      if (ctx.unitOf(u.code) !== i || linked.has(unitCodeKey(u.code)) || !headsUnit(m, u)) return;
      ctx.out.emit("COUNCIL_HEAD_NOT_LINKED", l.units.sheet, u.row ? `${l.units.head ?? "E"}${u.row}` : "", {
        judge: `${m.name} (${m.code})`,
        code: m.code,
        unit: u.code,
        units: l.units.sheet,
        council: l.council.sheet,
      });
    });
  }
}
