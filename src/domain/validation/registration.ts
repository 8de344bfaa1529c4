/** Registration rules (`Đăng ký`): research §3.3 — no registration, no title; the rest are clerical slips. */
import { fold, ROUND_NAMES } from "../codes";
import { dateSetting } from "../settings";
import { findTitle, SUBJECT_LABELS, type Title } from "../titles";
import type { Registration } from "../types";
import type { RuleContext } from "./context";

const KIND_EN = { unit: "units", person: "individuals" } as const;

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

/** Rows of this round; a year registration (NAM) also stands for each round of the year. */
function ofRound(ctx: RuleContext): Registration[] {
  return ctx.input.registrations.filter((r) => r.round === ctx.input.round);
}

const sheet = (ctx: RuleContext) => ctx.input.layout.registrations.sheet;

export function regSheetMissing(ctx: RuleContext): void {
  if (ctx.input.present && !ctx.input.present.registrations)
    ctx.out.emit("REG_SHEET_MISSING", sheet(ctx), "", { sheet: sheet(ctx) });
}

export function regUnknownUnit(ctx: RuleContext): void {
  for (const r of ofRound(ctx)) {
    if (!ctx.unitIndex.has(r.unitCode)) ctx.out.emit("REG_UNKNOWN_UNIT", sheet(ctx), cell(ctx, "unit", r), { unit: r.unitCode });
  }
}

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
    }
  }
}

export function regDuplicate(ctx: RuleContext): void {
  const seen = new Map<string, Registration>();
  for (const r of ofRound(ctx)) {
    const title = titleOf(ctx, r.title)?.code ?? fold(r.title);
    const subject = r.subjectKind === "person" ? `${r.unitCode}/${fold(r.personName ?? "")}` : r.unitCode;
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
        date: ddmmyyyy(r.date),
        deadline: ddmmyyyy(deadline),
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

export function regMissing(ctx: RuleContext): void {
  const registered = new Set<string>();
  for (const r of ctx.input.registrations) {
    if (r.subjectKind === "unit" && (r.round === ctx.input.round || r.round === "NAM")) registered.add(r.unitCode);
  }
  const l = ctx.input.layout.units;
  ctx.input.units.forEach((u, i) => {
    if (ctx.unitIndex.get(u.code) !== i || registered.has(u.code)) return;
    ctx.out.emit("REG_MISSING", l.sheet, u.row ? `${l.code}${u.row}` : "", {
      unit: u.code,
      name: u.name,
      round: ROUND_NAMES[ctx.input.round],
    });
  });
}

function ddmmyyyy(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
}
