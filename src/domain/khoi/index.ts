/**
 * The khối thi đua's report: several wards' period summaries merged into one, ward by ward and in total.
 * Data in, data out: each ward's figures come from the SummaryModel its own summary would show, so a
 * ward's line in the khối's report says what that ward's own report says.
 */
import { PERIOD_END_MONTH } from "../codes";
import type { RoundSummary, SummaryModel } from "../summary/types";
import type { PeriodCode, RoundCode } from "../types";

/** One ward's figures of one round of the period. */
export interface WardRoundFigures {
  round: RoundCode;
  /** False when the round has no results in the period (not scored, or evaluated after it). */
  scored: boolean;
  unitsTotal: number;
  unitsRegistered: number;
  personsRegistered: number;
  ranked: number;
  /** Ranked units per tier name, in the ward's tier order. */
  tiers: ReadonlyMap<string, number>;
  giayKhen: number;
  higher: number;
  proposed: readonly { unitName: string; score: number | null; tier: string | null; proposal: "giay-khen" | "higher" }[];
}

/** One ward as the khối's report names it. */
export interface WardFigures {
  /** The file the ward sent, as the khối's clerk gave it (its name, not its folder). */
  file: string;
  /** WARD_NAME of the ward's `Cấu hình`. */
  ward: string;
  year: number;
  /** The day the ward's figures stand at (see app/consolidate.ts for where it is read from). */
  asOf: Date;
  tasksDue: number;
  tasksDone: number;
  rounds: readonly WardRoundFigures[];
}

function roundFigures(r: RoundSummary): WardRoundFigures {
  const results = r.scored && r.evaluatedAfter === undefined;
  const tiers = new Map<string, number>();
  if (results)
    for (const b of r.blocks) for (const t of b.tiers) if (t.tier) tiers.set(t.tier, (tiers.get(t.tier) ?? 0) + t.count);
  return {
    round: r.round,
    scored: results,
    unitsTotal: r.unitsTotal,
    unitsRegistered: r.unitsRegistered,
    personsRegistered: r.personsRegistered,
    ranked: results ? (r.totals?.ranked ?? 0) : 0,
    tiers,
    giayKhen: results ? (r.totals?.giayKhen ?? 0) : 0,
    higher: results ? (r.totals?.higher ?? 0) : 0,
    proposed: results ? r.blocks.flatMap((b) => b.proposed.map((p) => ({ ...p }))) : [],
  };
}

/** A ward's figures from the model of its own period summary. */
export function wardFigures(model: SummaryModel, ward: { file: string; ward: string; asOf: Date }): WardFigures {
  return {
    ...ward,
    year: model.year,
    tasksDue: model.tasks.due,
    tasksDone: model.tasks.done,
    rounds: model.rounds.map(roundFigures),
  };
}

/** Why a ward's workbook cannot go into the khối's report of a period; undefined when it can. */
export type WardRefusal =
  | { code: "KHOI_WARD_OTHER_YEAR"; year: number }
  | { code: "KHOI_WARD_OTHER_PERIOD"; from: Date }
  | { code: "KHOI_WARD_TWICE"; first: string };

/** The first day of the period's last quarter: the figures of a ward whose data stop before it belong to an earlier report. */
export function periodLastQuarterStart(year: number, period: PeriodCode): Date {
  return new Date(Date.UTC(year, PERIOD_END_MONTH[period] - 3, 1));
}

/**
 * Whether a ward belongs in the khối's report: the khối's year, figures that reach the period's last
 * quarter (a ward that sent its Quý I file to the 6-month report would be counted as of March), and a
 * ward not already counted under another file.
 */
export function wardRefusal(
  ward: Pick<WardFigures, "ward" | "year" | "asOf">,
  khoi: { year: number; period: PeriodCode; counted: readonly Pick<WardFigures, "ward" | "file">[] },
): WardRefusal | undefined {
  if (ward.year !== khoi.year) return { code: "KHOI_WARD_OTHER_YEAR", year: ward.year };
  const from = periodLastQuarterStart(khoi.year, khoi.period);
  if (ward.asOf.getTime() < from.getTime()) return { code: "KHOI_WARD_OTHER_PERIOD", from };
  const same = khoi.counted.find(
    (c) => c.ward.normalize("NFC").trim().toLocaleLowerCase("vi") === ward.ward.normalize("NFC").trim().toLocaleLowerCase("vi"),
  );
  if (same) return { code: "KHOI_WARD_TWICE", first: same.file };
  return undefined;
}

/** The khối's figures of one round: each ward's line, and their sum. */
export interface KhoiRound {
  round: RoundCode;
  /** The wards in the order given, each with its figures of this round (null when its plan has no such round in the period). */
  wards: readonly { ward: WardFigures; figures: WardRoundFigures | null }[];
  total: Omit<WardRoundFigures, "round" | "proposed" | "scored"> & { scoredWards: number };
}

export interface KhoiReport {
  year: number;
  period: PeriodCode;
  wards: readonly WardFigures[];
  tasksDue: number;
  tasksDone: number;
  rounds: readonly KhoiRound[];
  /** Tier names in the order the columns show them: the usual order, then any a ward's settings added. */
  tierOrder: readonly string[];
}

export function consolidate(
  year: number,
  period: PeriodCode,
  wards: readonly WardFigures[],
  tierOrder: readonly string[],
): KhoiReport {
  const roundCodes: RoundCode[] = [];
  for (const w of wards) for (const r of w.rounds) if (!roundCodes.includes(r.round)) roundCodes.push(r.round);
  const tiers = [...tierOrder];
  for (const w of wards) for (const r of w.rounds) for (const t of r.tiers.keys()) if (!tiers.includes(t)) tiers.push(t);
  const rounds = roundCodes.map((round): KhoiRound => {
    const lines = wards.map((ward) => ({ ward, figures: ward.rounds.find((r) => r.round === round) ?? null }));
    const sum = (f: (r: WardRoundFigures) => number) => lines.reduce((s, l) => s + (l.figures ? f(l.figures) : 0), 0);
    const tierTotals = new Map(tiers.map((t) => [t, sum((r) => r.tiers.get(t) ?? 0)]));
    return {
      round,
      wards: lines,
      total: {
        unitsTotal: sum((r) => r.unitsTotal),
        unitsRegistered: sum((r) => r.unitsRegistered),
        personsRegistered: sum((r) => r.personsRegistered),
        ranked: sum((r) => r.ranked),
        tiers: tierTotals,
        giayKhen: sum((r) => r.giayKhen),
        higher: sum((r) => r.higher),
        scoredWards: lines.filter((l) => l.figures?.scored).length,
      },
    };
  });
  return {
    year,
    period,
    wards,
    tasksDue: wards.reduce((s, w) => s + w.tasksDue, 0),
    tasksDone: wards.reduce((s, w) => s + w.tasksDone, 0),
    rounds,
    tierOrder: tiers,
  };
}
