/**
 * Which units go forward, per khối, under a quota rounded down (tỷ lệ khống chế). Units are taken in
 * rank order by whole rank groups: when the units sharing a rank would together pass the quota, none
 * of them is proposed (taking some would decide a tie by row order or name, which the council never
 * does), and the council may settle it by vote. Each unit left out says why.
 */
import { quotaOf, type QuotaRounding } from "./numbers";
import type { ProposalKind, Reason } from "./types";

export interface ProposalPick {
  proposed: number[];
  /** Unit → why it was not proposed although it was a candidate. */
  left: Map<number, Reason>;
  quota: number;
}

/**
 * `candidates` in rank order with their ranks; `blockSize` counts every unit of the khối in the round
 * (the quota's base, whether or not a unit qualifies).
 */
export function pickWithinQuota(
  candidates: readonly number[],
  rankOf: (u: number) => number,
  blockSize: number,
  share: number,
  kind: ProposalKind,
  rounding: QuotaRounding = "floor",
): ProposalPick {
  const quota = quotaOf(blockSize, share, rounding, candidates.length > 0);
  const proposed: number[] = [];
  const left = new Map<number, Reason>();
  let i = 0;
  let closed = false;
  while (i < candidates.length) {
    let e = i + 1;
    while (e < candidates.length && rankOf(candidates[e]) === rankOf(candidates[i])) e++;
    const size = e - i;
    if (!closed && proposed.length + size <= quota) {
      for (let k = i; k < e; k++) proposed.push(candidates[k]);
    } else {
      const tieAtCut = !closed && proposed.length < quota;
      for (let k = i; k < e; k++)
        left.set(
          candidates[k],
          tieAtCut
            ? { code: `RANK_QUOTA_TIE_${kind}`, params: { quota, taken: proposed.length, tied: size } }
            : { code: `RANK_QUOTA_FULL_${kind}`, params: { quota } },
        );
      closed = true;
    }
    i = e;
  }
  return { proposed, left, quota };
}
