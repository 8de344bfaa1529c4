/**
 * Next year's plan from this year's, when the ward has no new plan document yet: the same tasks, rounds,
 * movements and basis in the same months, with the year written in their texts moved on ("năm 2024" →
 * "năm 2025", "quý I/2024" → "quý I/2025", and a mention of the year after moved on as well). Occasions
 * and dates of cited documents stay as written: they name past events, which the clerk reviews.
 */
import type { Plan } from "./model";

/** The plan's years inside a text, each moved by `by` years: "năm 2024", "/2024", "năm 2025" (the next year). */
export function shiftYears(text: string, from: number, by: number): string {
  return text.replace(/(năm |\/)(\d{4})\b/giu, (whole, lead: string, y: string) => {
    const n = Number(y);
    return n === from || n === from + 1 ? `${lead}${n + by}` : whole;
  });
}

export function redatePlan(plan: Plan, toYear: number): Plan {
  const by = toYear - plan.year;
  const s = (t: string) => shiftYears(t, plan.year, by);
  return {
    ...plan,
    year: toYear,
    title: s(plan.title),
    tasks: plan.tasks.map((t) => {
      const out = { ...t, text: s(t.text) };
      if (t.note) out.note = s(t.note);
      return out;
    }),
    rounds: plan.rounds.map((r) => ({ ...r })),
    movements: plan.movements.map((m) => ({ ...m, name: s(m.name) })),
    periods: plan.periods.map((p) => ({ ...p })),
    purposes: plan.purposes.map(s),
    councilDuties: plan.councilDuties.map(s),
    unitDuties: plan.unitDuties.map(s),
    ...(plan.organisation
      ? { organisation: plan.organisation.map((g) => ({ heading: s(g.heading), duties: g.duties.map(s) })) }
      : {}),
    ...(plan.closing ? { closing: s(plan.closing) } : {}),
    cited: plan.cited.map((c) => ({ ...c })),
  };
}
