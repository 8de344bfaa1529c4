/** Registration rules (`Đăng ký`): research §3.3 — no registration, no title; the rest are clerical slips. */
import { fold, ROUND_NAMES } from "../codes";
import { dateSetting } from "../settings";
import { CYCLE_LABELS, findTitle, SUBJECT_LABELS, titleMismatch, type Title } from "../titles";
import type { Registration, RoundCode, Unit } from "../types";
import type { RuleContext } from "./context";
import { unitCodeKey } from "./unitCode";
import { formatDate } from "../../shared/dates";

const KIND_EN = { unit: "units", person: "individuals", household: "households" } as const;

/** Title lookups by the text as typed: a round repeats a handful of titles thousands of times. */
const titleCache = new WeakMap<RuleContext, Map<string, Title | undefined>>();
function titleOf(ctx: RuleContext, typed: string): Title | undefined {
  let cache = titleCache.get(ctx);
  if (!cache) titleCache.set(ctx, (cache = new Map()));
  if (!cache.has(typed)) cache.set(typed, findTitle(ctx.input.titles, typed));
  return cache.get(typed);
}

function cell(ctx: RuleContext, col: keyof RuleContext["input"]["layout"]["registrations"], r: Registration): string {
  return r.row ? `${ctx.input.layout.registrations[col]}${r.row}` : "";
}

/**
 * Rows of this round only: the clerical checks (unknown unit, title, duplicate, date, covenant) look at the
 * rows registered for the round being validated; a year (NAM) row is checked when the year is. Whether a
 * unit counts as registered for the round is registeredUnitCodes, where a year row does count.
 */
function ofRound(ctx: RuleContext): Registration[] {
  return ctx.input.registrations.filter((r) => r.round === ctx.input.round);
}

const sheet = (ctx: RuleContext) => ctx.input.layout.registrations.sheet;

export function regSheetMissing(ctx: RuleContext): void {
  if (ctx.input.present && !ctx.input.present.registrations)
    ctx.out.emit("REG_SHEET_MISSING", sheet(ctx), "", { sheet: sheet(ctx) });
}

/**
 * A row whose unit is not in `Đơn vị`, for a unit's registration and for a person's alike (a person
 * registers with their unit, and an unknown or blank unit there is as wrong). Codes are matched as judge
 * sheets match them (unitCodeKey); one written differently from the list is accepted and worth a warning.
 */
export function regUnknownUnit(ctx: RuleContext): void {
  for (const r of ofRound(ctx)) {
    const u = ctx.unitOf(r.unitCode);
    if (u === undefined) ctx.out.emit("REG_UNKNOWN_UNIT", sheet(ctx), cell(ctx, "unit", r), { unit: r.unitCode });
    else if (r.unitCode !== ctx.input.units[u].code)
      ctx.out.emit("REG_UNIT_CODE_FORM", sheet(ctx), cell(ctx, "unit", r), { value: r.unitCode, unit: ctx.input.units[u].code });
  }
}

/**
 * A person's registration without a name. The workbook keeps no list of people (`Hội đồng` lists only
 * council members), so a name cannot be checked against anything; the person's unit is (regUnknownUnit).
 */
export function regUnknownPerson(ctx: RuleContext): void {
  for (const r of ofRound(ctx)) {
    if (r.subjectKind === "person" && !(r.personName ?? "").trim())
      ctx.out.emit("REG_UNKNOWN_PERSON", sheet(ctx), cell(ctx, "person", r));
  }
}

export function regTitle(ctx: RuleContext): void {
  for (const r of ofRound(ctx)) {
    const t = titleOf(ctx, r.title);
    if (!t) {
      ctx.out.emit("REG_UNKNOWN_TITLE", sheet(ctx), cell(ctx, "title", r), { title: r.title });
    } else if (t.kind !== r.subjectKind) {
      ctx.out.emit("REG_TITLE_KIND", sheet(ctx), cell(ctx, "title", r), {
        title: t.name,
        allowed: SUBJECT_LABELS[t.kind].toLowerCase(),
        allowed_en: KIND_EN[t.kind],
        kind: SUBJECT_LABELS[r.subjectKind].toLowerCase(),
        kind_en: KIND_EN[r.subjectKind],
      });
    } else {
      const u = ctx.unitOf(r.unitCode);
      const unit = u === undefined ? undefined : ctx.input.units[u];
      const why = titleMismatch(t, r.round, r.subjectKind === "unit" ? unit : undefined);
      if (why === "year-only")
        ctx.out.emit("REG_TITLE_YEAR_ONLY", sheet(ctx), cell(ctx, "title", r), {
          title: t.name,
          cycle: CYCLE_LABELS.year.toLowerCase(),
          round: ctx.roundName,
        });
      else if (why === "unit-type" && unit)
        ctx.out.emit("REG_TITLE_UNIT_TYPE", sheet(ctx), cell(ctx, "title", r), {
          title: t.name,
          unit: unit.name || unit.code,
          note: t.note ?? "",
        });
    }
  }
}

export function regDuplicate(ctx: RuleContext): void {
  const seen = new Map<string, Registration>();
  for (const r of ofRound(ctx)) {
    const title = titleOf(ctx, r.title)?.code ?? fold(r.title);
    const unit = unitCodeKey(r.unitCode);
    const subject = r.subjectKind === "person" ? `${unit}/${fold(r.personName ?? "")}` : unit;
    const key = `${r.subjectKind}|${subject}|${title}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, r);
      continue;
    }
    ctx.out.emit("REG_DUPLICATE", sheet(ctx), cell(ctx, "title", r), {
      subject: r.subjectKind === "person" ? `${r.personName} (${r.unitCode})` : r.unitCode,
      title: r.title,
      round: ctx.roundName,
      first: first.row ?? "?",
    });
  }
}

export function regLate(ctx: RuleContext): void {
  const deadline = dateSetting(ctx.input.settings, `REG_DEADLINE_${ctx.input.round}`);
  if (!deadline) return;
  for (const r of ofRound(ctx)) {
    if (r.date && r.date.getTime() > deadline.getTime()) {
      ctx.out.emit("REG_LATE", sheet(ctx), cell(ctx, "date", r), {
        date: formatDate(r.date),
        deadline: formatDate(deadline),
        round: ctx.roundName,
      });
    }
  }
}

export function regCovenant(ctx: RuleContext): void {
  if (!ctx.coveredRounds().has(ctx.input.round)) return;
  for (const r of ofRound(ctx)) {
    if (r.subjectKind === "unit" && r.covenant !== true) {
      ctx.out.emit("REG_COVENANT_MISSING", sheet(ctx), cell(ctx, "covenant", r), { round: ctx.roundName, unit: r.unitCode });
    }
  }
}

/**
 * The units (their codes as `Đơn vị` writes them) registered for a round: a unit row of the round itself,
 * or of the year (NAM), which stands for every round of the year. Validation (REG_MISSING) and ranking
 * (who may be proposed) both ask this one function, so a unit that gets no warning is never left out.
 */
export function registeredUnitCodes(
  registrations: readonly Registration[],
  round: RoundCode,
  units: readonly Unit[],
): Set<string> {
  const keys = new Set<string>();
  for (const r of registrations) {
    if (r.subjectKind === "unit" && (r.round === round || r.round === "NAM")) keys.add(unitCodeKey(r.unitCode));
  }
  const out = new Set<string>();
  for (const u of units) if (keys.has(unitCodeKey(u.code))) out.add(u.code);
  return out;
}

export function regMissing(ctx: RuleContext): void {
  const registered = registeredUnitCodes(ctx.input.registrations, ctx.input.round, ctx.input.units);
  const l = ctx.input.layout.units;
  ctx.input.units.forEach((u, i) => {
    if (ctx.unitOf(u.code) !== i || registered.has(u.code)) return;
    ctx.out.emit("REG_MISSING", l.sheet, u.row ? `${l.code}${u.row}` : "", {
      unit: u.code,
      name: u.name,
      round: ROUND_NAMES[ctx.input.round],
    });
  });
}
