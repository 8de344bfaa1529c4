/**
 * Ranks a round: judge totals → aggregate → tier with gates and veto → competition rank within khối
 * → proposals under quota → judge quality flags. Pure: data in, data out.
 *
 * Decisions (stated on the `Xếp hạng` sheet too):
 * - A judge who left a unit entirely blank is not counted for it; blanks among a judge's base lines
 *   count as 0 and the unit is flagged (validation reports them as errors before a final ranking).
 * - Judge totals are rounded to PRECISION first, so the sheet's judge totals average to its aggregate.
 * - A group's score for the gate is the same aggregation (AGGREGATION) of the counted judges' group sums.
 * - A veto line is hit when more than half of the counted judges mark it (a value above 0).
 * - Bonus and deduction columns are the means of the counted judges' capped bonus and deductions;
 *   the final score aggregates the judges' totals, which already include them.
 * - Quotas count every unit of the khối in the round; DB and NAM propose first to the higher level,
 *   then Giấy khen to the next units, one form per unit (Luật 2022 Điều 5: one achievement, one award).
 */
import { aggregateInto, aggregateOne, roundHalfAway } from "./numbers";
import { readMethod } from "./method";
import { orderBlock, type OrderKey } from "./order";
import { pickWithinQuota } from "./proposals";
import { judgeQuality } from "./judgeQuality";
import { cappedTier, scoreTier, tierIndex } from "./tiers";
import { computeJudgeTotals, planTotals, type TotalsPlan, type UnitTotals } from "./totals";
import {
  CellStatus,
  TIER_NAMES,
  type Aggregation,
  type BlockSummary,
  type RankingInput,
  type RankingMethod,
  type RankingResult,
  type Reason,
  type UnitResult,
} from "./types";

/** Index of the chosen aggregate in aggregateInto's output [sum, mean, trimmed, median]. */
function slot(how: Aggregation): 1 | 2 | 3 {
  return how === "trimmed" ? 2 : how === "median" ? 3 : 1;
}

/**
 * Mean over the counted judges of a per-judge side value (bonus, deductions), rounded. Summed in judge
 * order without sorting: the rounding (with its slack) gives the same published value in any order.
 */
function countedMean(J: number, total: Float64Array, side: Float64Array, P: number): number {
  let k = 0;
  let sum = 0;
  for (let j = 0; j < J; j++)
    if (total[j] === total[j]) {
      sum += side[j];
      k++;
    }
  return k > 0 ? roundHalfAway(sum / k, P) : NaN;
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Builds the tie-break keys; unknown keys and groups are reported in method.ignoredTieBreak and skipped. */
function tieBreakKeys(m: RankingMethod, units: readonly UnitResult[], groups: readonly string[]): OrderKey[] {
  const U = units.length;
  const col = (f: (r: UnitResult) => number): Float64Array => {
    const a = new Float64Array(U);
    for (let u = 0; u < U; u++) a[u] = f(units[u]);
    return a;
  };
  const keys: OrderKey[] = [{ name: "FINAL", values: col((r) => r.final), higherIsBetter: true }];
  for (const k of m.tieBreak) {
    if (k === "TRIMMED") keys.push({ name: k, values: col((r) => r.trimmed), higherIsBetter: true });
    else if (k === "MEDIAN") keys.push({ name: k, values: col((r) => r.median), higherIsBetter: true });
    else if (k === "MEAN") keys.push({ name: k, values: col((r) => r.mean), higherIsBetter: true });
    else if (k === "DEDUCTIONS") keys.push({ name: k, values: col((r) => r.deductions), higherIsBetter: false });
    else if (k === "BONUS") keys.push({ name: k, values: col((r) => r.bonus), higherIsBetter: true });
    else if (k.startsWith("GROUP:") && groups.includes(k.slice(6))) {
      const g = groups.indexOf(k.slice(6));
      keys.push({ name: k, values: col((r) => r.groupScores[g]), higherIsBetter: true });
    } else m.ignoredTieBreak.push(k);
  }
  return keys;
}

/** Scratch buffers and shared tables for the per-unit step, allocated once per round. */
interface UnitStep {
  input: RankingInput;
  m: RankingMethod;
  plan: TotalsPlan;
  groupInfo: RankingResult["groups"];
  buf: Float64Array;
  agg: Float64Array;
  chosen: 1 | 2 | 3;
  unitSum: Float64Array;
  unitCount: Int32Array;
}

/** One unit: aggregate its counted judges, group scores, veto, spread, tier and reasons. */
function unitResult(u: number, st: UnitStep, jt: UnitTotals): UnitResult {
  const { input, m, plan, groupInfo, buf, agg, chosen, unitSum, unitCount } = st;
  const { units, judges } = input;
  const J = judges.length;
  const P = m.precision;
  const G = plan.groups.length;
  const V = plan.vetoColumns.length;
  const unit = units[u];
  const mask = plan.masks[plan.maskOf[u]];
  const reasons: Reason[] = [];
  // Judges by state, made only when one is in it: most units have none, and 10,000 units × 3 empty lists
  // are work for the garbage collector.
  let conflicted: string[] | undefined;
  let empty: string[] | undefined;
  let partial: string[] | undefined;
  let n = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < J; j++) {
    const st = jt.status[j];
    if (st === CellStatus.Conflict) (conflicted ??= []).push(judges[j].code);
    else if (st === CellStatus.Empty) (empty ??= []).push(judges[j].code);
    else if (st === CellStatus.Partial) (partial ??= []).push(judges[j].code);
    const t = jt.total[j];
    if (t === t) {
      buf[n++] = t;
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
  }
  aggregateInto(buf, n, m.trimMinJudges, agg);
  unitSum[u] = agg[0];
  unitCount[u] = n;
  const mean = roundHalfAway(agg[1], P);
  const trimmed = roundHalfAway(agg[2], P);
  const median = roundHalfAway(agg[3], P);
  const final = chosen === 2 ? trimmed : chosen === 3 ? median : mean;
  const bonus = n > 0 ? countedMean(J, jt.total, jt.bonus, P) : NaN;
  const deductions = n > 0 ? countedMean(J, jt.total, jt.deduction, P) : NaN;

  // Sized once: pushing would give each unit's five scores room for seventeen.
  const groupScores: number[] = new Array<number>(G).fill(NaN);
  const groupsBelowMin: string[] = [];
  for (let g = 0; g < G; g++) {
    if (mask.groupMax[g] <= 0 || n === 0) {
      continue;
    }
    let k = 0;
    for (let j = 0; j < J; j++) if (jt.total[j] === jt.total[j]) buf[k++] = jt.groupSum[j * G + g];
    const gScore = roundHalfAway(aggregateOne(buf, k, m.trimMinJudges, chosen), P);
    groupScores[g] = gScore;
    if (gScore < roundHalfAway(groupInfo[g].minShare * mask.groupMax[g], P)) groupsBelowMin.push(plan.groups[g]);
  }

  let vetoItems: string[] | undefined;
  for (let v = 0; v < V; v++)
    if (n > 0 && jt.vetoMarks[v] * 2 > n) (vetoItems ??= []).push(input.criteria[plan.vetoColumns[v]].code);

  const spread = n > 0 ? roundHalfAway(hi - lo, P) : NaN;
  const spreadLimit = roundHalfAway(m.spreadShare * mask.baseCap, P);
  const spreadAlert = n > 1 && spread > spreadLimit;

  if (n === 0) reasons.push({ code: "RANK_NOT_SCORED" });
  if (conflicted) reasons.push({ code: "RANK_CONFLICT_EXCLUDED", params: { judges: conflicted.join(", ") } });
  if (empty && n > 0) reasons.push({ code: "RANK_JUDGE_EMPTY", params: { judges: empty.join(", ") } });
  if (partial) reasons.push({ code: "RANK_JUDGE_PARTIAL", params: { judges: partial.join(", ") } });
  if (spreadAlert) reasons.push({ code: "RANK_SPREAD", params: { spread, limit: spreadLimit } });

  let sTier: UnitResult["scoreTier"];
  let tier: UnitResult["tier"];
  if (n > 0) {
    sTier = scoreTier(final, m.thresholds);
    const gated = cappedTier(sTier, {
      gateTiers: m.gateTiers,
      gatePassed: groupsBelowMin.length === 0,
      vetoHit: false,
      vetoMaxTier: m.vetoMaxTier,
    });
    if (gated !== sTier)
      reasons.push({ code: "RANK_GATE", params: { groups: groupsBelowMin.join(", "), tier: TIER_NAMES[gated] } });
    tier = cappedTier(gated, { gateTiers: [], gatePassed: true, vetoHit: vetoItems !== undefined, vetoMaxTier: m.vetoMaxTier });
    if (vetoItems)
      reasons.push({
        code: tier !== gated ? "RANK_VETO" : "RANK_VETO_NO_EFFECT",
        params: { items: vetoItems.join(", "), tier: TIER_NAMES[m.vetoMaxTier] },
      });
  }
  if (!unit.registered) reasons.push({ code: "RANK_NOT_REGISTERED" });
  if (unit.ineligibleCode) reasons.push({ code: unit.ineligibleCode });

  return {
    index: u,
    code: unit.code,
    name: unit.name,
    block: unit.block,
    registered: unit.registered,
    counted: n,
    mean,
    trimmed,
    median,
    final,
    bonus,
    deductions,
    groupScores,
    spread,
    spreadAlert,
    vetoHit: vetoItems !== undefined,
    groupsBelowMin,
    scoreTier: sTier,
    tier,
    sharedRank: false,
    eligible: unit.registered && !unit.ineligibleCode && n > 0,
    reasons,
  };
}

export function rankRound(input: RankingInput): RankingResult {
  const m = readMethod(input.settings, input.round);
  const { units, judges } = input;
  const U = units.length;
  const J = judges.length;
  const plan = planTotals(input, m);

  const groupInfo = plan.groups.map((code) => {
    const g = input.groups?.find((x) => x.code === code);
    const max = plan.masks.reduce((a, k) => Math.max(a, k.groupMax[plan.groups.indexOf(code)]), 0);
    return { code, name: g?.name ?? code, max, minShare: g?.minShare ?? m.gateShare };
  });

  const step: UnitStep = {
    input,
    m,
    plan,
    groupInfo,
    buf: new Float64Array(Math.max(J, 1)),
    agg: new Float64Array(4),
    chosen: slot(m.aggregation),
    unitSum: new Float64Array(U),
    unitCount: new Int32Array(U),
  };
  const { unitSum, unitCount } = step;
  const results: UnitResult[] = new Array(U);

  // Each unit's step runs as soon as the pass has read its scores, from the pass's scratch.
  const jt = computeJudgeTotals(input, m, plan, (u, t) => {
    results[u] = unitResult(u, step, t);
  });

  const keys = tieBreakKeys(m, results, plan.groups);
  const codes = units.map((x) => x.code);
  const blockMembers = new Map<string, number[]>();
  for (let u = 0; u < U; u++) {
    const list = blockMembers.get(units[u].block) ?? [];
    list.push(u);
    blockMembers.set(units[u].block, list);
  }
  const blocks: BlockSummary[] = [];
  // orderBlock shares one list of key names among the units it explains: one text for each.
  const texts = new Map<readonly string[], string>();
  const joined = (names: readonly string[]): string => {
    let t = texts.get(names);
    if (t === undefined) texts.set(names, (t = names.join(", ")));
    return t;
  };
  for (const block of [...blockMembers.keys()].sort(byCode)) {
    const members = blockMembers.get(block) ?? [];
    const scored = members.filter((u) => results[u].counted > 0);
    const order = orderBlock(scored, keys, codes);
    order.sorted.forEach((u, i) => {
      const r = results[u];
      r.rank = order.rank[i];
      r.sharedRank = order.shared[i] === 1;
      r.decidedBy = order.decidedBy[i];
      if (r.decidedBy) r.reasons.push({ code: "RANK_TIE_BROKEN", params: { keys: joined(r.decidedBy) } });
      if (r.sharedRank) r.reasons.push({ code: "RANK_TIE_SHARED" });
    });
    const rankOf = (u: number): number => results[u].rank ?? Infinity;
    let candidates = order.sorted.filter((u) => {
      const r = results[u];
      return r.eligible && r.tier !== undefined && tierIndex(r.tier) <= tierIndex(m.proposalMinTier);
    });
    let higher = { proposed: [] as number[], left: new Map<number, Reason>(), quota: 0 };
    if (m.higherRound) {
      higher = pickWithinQuota(candidates, rankOf, members.length, m.quotaHigher, "HIGHER", m.quotaRounding);
      for (const u of higher.proposed) {
        results[u].proposal = "HIGHER";
        results[u].reasons.push({ code: "RANK_PROPOSED_HIGHER", params: { level: m.higherLevel } });
      }
      // Only a tie at the cut is worth saying here; the others simply compete for Giấy khen next.
      for (const [u, why] of higher.left) if (why.code.startsWith("RANK_QUOTA_TIE")) results[u].reasons.push(why);
      candidates = candidates.filter((u) => results[u].proposal === undefined);
    }
    const gk = pickWithinQuota(candidates, rankOf, members.length, m.quotaGiayKhen, "GIAY_KHEN", m.quotaRounding);
    for (const u of gk.proposed) {
      results[u].proposal = "GIAY_KHEN";
      results[u].reasons.push({ code: "RANK_PROPOSED_GIAY_KHEN" });
    }
    for (const [u, why] of gk.left) results[u].reasons.push(why);
    blocks.push({
      block,
      units: members.length,
      quotaGiayKhen: gk.quota,
      proposedGiayKhen: gk.proposed.length,
      shareGiayKhen: members.length ? gk.proposed.length / members.length : 0,
      quotaHigher: higher.quota,
      proposedHigher: higher.proposed.length,
      shareHigher: members.length ? higher.proposed.length / members.length : 0,
    });
  }

  const unitOrder = units.map((_, i) => i).sort((a, b) => byCode(codes[a], codes[b]));
  const quality = judgeQuality(
    judges.map((j) => j.code),
    unitOrder,
    jt.total,
    unitSum,
    unitCount,
    jt.progress,
    m,
  );

  return { method: m, groups: groupInfo, units: results, judgeTotals: jt.total, progress: jt.progress, judges: quality, blocks };
}
