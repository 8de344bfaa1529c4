/**
 * The ranking module's result, seen the way a summary reports it: each unit's tier, rank and proposal,
 * each judge's progress, each khối's quotas. Kept apart so the summary does not depend on typed arrays.
 */
import { CellStatus, TIER_NAMES, type RankingResult } from "../ranking/types";
import type { JudgeProgress, RankedUnitView } from "./types";

/**
 * complete / partial / empty per judge over the units they are expected to score; conflicts of
 * interest and units not assigned to them are not counted either way.
 */
export function judgeProgress(result: RankingResult, judges: readonly { code: string; name: string }[]): JudgeProgress[] {
  const units = result.units.length;
  return judges.map((j, ji) => {
    const p: JudgeProgress = { code: j.code, name: j.name, complete: 0, partial: 0, empty: 0 };
    for (let u = 0; u < units; u++) {
      const s = result.progress[ji * units + u];
      if (s === CellStatus.Complete) p.complete++;
      else if (s === CellStatus.Partial) p.partial++;
      else if (s === CellStatus.Empty) p.empty++;
    }
    return p;
  });
}

/** True when at least one judge has typed at least one score: before that there is nothing to rank. */
export function anyScore(result: RankingResult): boolean {
  return result.progress.some((s) => s === CellStatus.Complete || s === CellStatus.Partial);
}

export function rankedUnits(result: RankingResult): RankedUnitView[] {
  return result.units.map((u) => ({
    unitCode: u.code,
    unitName: u.name,
    block: u.block,
    score: Number.isFinite(u.final) ? u.final : null,
    tier: u.tier ? TIER_NAMES[u.tier] : null,
    rank: u.rank ?? null,
    eligible: u.eligible,
    proposal: u.proposal === "GIAY_KHEN" ? "giay-khen" : u.proposal === "HIGHER" ? "higher" : null,
  }));
}

/** The quotas the ranking applied, per khối, so the summary shows the very caps it enforced. */
export function blockQuotas(result: RankingResult): Map<string, { giayKhen: number; higher: number }> {
  return new Map(result.blocks.map((b) => [b.block, { giayKhen: b.quotaGiayKhen, higher: b.quotaHigher }]));
}
