/** Section II of a summary, for one round: registrations, scoring progress, tiers, leaders, proposals, open errors. */
import { quotaOf } from "../ranking/numbers";
import { registeredUnitCodes } from "../validation/registration";
import { listSetting, numberSetting, type Settings } from "../settings";
import type { Finding } from "../types";
import type {
  BlockSummary,
  FindingsSummary,
  LeadingUnit,
  ProposalCount,
  RankedUnitView,
  RoundFacts,
  RoundSummary,
  TierCount,
} from "./types";

/** The tiers in the order the settings define them (best first); the ranking writes these names. */
export const TIER_ORDER: readonly string[] = ["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"];

/** How many leading units of each khối the summary names; rank ties past it are included. */
export const LEADERS_PER_BLOCK = 3;

/** How many open errors are listed one by one; the rest are counted by rule. */
export const FIRST_ERRORS = 5;

export interface RoundSummaryOptions {
  leaders?: number;
  firstErrors?: number;
}

function proposalCount(proposed: number, ranked: number, quota: number): ProposalCount {
  return { proposed, quota, share: ranked > 0 ? proposed / ranked : 0 };
}

function leadersOf(units: readonly RankedUnitView[], n: number): LeadingUnit[] {
  const ranked = units.filter((u) => u.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  if (ranked.length === 0) return [];
  // Competition ranks: everyone whose rank is within the first n places is a leader, ties included.
  const cut = ranked[Math.min(n, ranked.length) - 1]!.rank ?? 0;
  return ranked
    .filter((u) => (u.rank ?? 0) <= cut)
    .map((u) => ({ rank: u.rank ?? 0, unitName: u.unitName, score: u.score, tier: u.tier }));
}

function summarizeBlock(
  block: string,
  units: readonly RankedUnitView[],
  settings: Settings,
  leaders: number,
  quotas: { giayKhen: number; higher: number } | undefined,
): BlockSummary {
  const ranked = units.length;
  const tierNames = [...TIER_ORDER];
  for (const u of units) if (u.tier && !tierNames.includes(u.tier)) tierNames.push(u.tier);
  const tiers: TierCount[] = tierNames.map((tier) => {
    const count = units.filter((u) => u.tier === tier).length;
    return { tier, count, share: ranked > 0 ? count / ranked : 0 };
  });
  const noTier = units.filter((u) => !u.tier).length;
  if (noTier > 0) tiers.push({ tier: "", count: noTier, share: noTier / ranked });
  return {
    block,
    ranked,
    tiers,
    leaders: leadersOf(units, leaders),
    giayKhen: proposalCount(
      units.filter((u) => u.proposal === "giay-khen").length,
      ranked,
      quotas?.giayKhen ?? quotaOf(ranked, numberSetting(settings, "QUOTA_GIAY_KHEN")),
    ),
    higher: proposalCount(
      units.filter((u) => u.proposal === "higher").length,
      ranked,
      quotas?.higher ?? quotaOf(ranked, numberSetting(settings, "QUOTA_HIGHER")),
    ),
    proposed: units
      .filter((u) => u.proposal !== null)
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
      .map((u) => ({ unitName: u.unitName, score: u.score, tier: u.tier, proposal: u.proposal! })),
  };
}

function where(f: Finding): string {
  if (!f.sheet) return f.cell;
  const quoted = /[^\p{L}\p{N}_]/u.test(f.sheet) ? `'${f.sheet.replace(/'/g, "''")}'` : f.sheet;
  return f.cell ? `${quoted}!${f.cell}` : quoted;
}

export function summarizeFindings(findings: readonly Finding[], firstErrors = FIRST_ERRORS): FindingsSummary {
  const errors = findings.filter((f) => f.severity === "error");
  const byCode = new Map<string, { code: string; count: number; example: string }>();
  for (const f of errors) {
    const e = byCode.get(f.code) ?? { code: f.code, count: 0, example: f.message_vi };
    e.count++;
    byCode.set(f.code, e);
  }
  return {
    errors: errors.length,
    warnings: findings.length - errors.length,
    byCode: [...byCode.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    first: errors.slice(0, firstErrors).map((f) => ({ where: where(f), message: f.message_vi })),
  };
}

export function summarizeRound(facts: RoundFacts, settings: Settings, options: RoundSummaryOptions = {}): RoundSummary {
  // Registered as validation and ranking decide it (the round's own row or the year's, codes matched
  // tolerantly), so the summary's "đã đăng ký" never disagrees with REG_MISSING or Xếp hạng.
  const registered = registeredUnitCodes(facts.registrations, facts.round, facts.units);
  const covenanted = registeredUnitCodes(
    facts.registrations.filter((r) => r.covenant === true),
    facts.round,
    facts.units,
  );
  const persons = facts.registrations.filter((r) => r.round === facts.round && r.subjectKind === "person").length;
  const judges = facts.judges.map((j) => ({ ...j }));
  const judgesComplete = judges.filter((j) => j.complete > 0 && j.partial === 0 && j.empty === 0).length;

  let blocks: BlockSummary[] = [];
  let totals: RoundSummary["totals"] = null;
  if (facts.ranking) {
    const byBlock = new Map<string, RankedUnitView[]>();
    // Khối in the order of the unit list, so the summary follows the order the clerk keeps.
    for (const u of facts.units) if (!byBlock.has(u.block)) byBlock.set(u.block, []);
    for (const r of facts.ranking) {
      const list = byBlock.get(r.block) ?? [];
      list.push(r);
      byBlock.set(r.block, list);
    }
    blocks = [...byBlock.entries()]
      .filter(([, units]) => units.length > 0)
      .map(([block, units]) =>
        summarizeBlock(block, units, settings, options.leaders ?? LEADERS_PER_BLOCK, facts.quotas?.get(block)),
      );
    totals = {
      ranked: facts.ranking.length,
      giayKhen: facts.ranking.filter((u) => u.proposal === "giay-khen").length,
      higher: facts.ranking.filter((u) => u.proposal === "higher").length,
    };
  }

  return {
    round: facts.round,
    scored: facts.ranking !== null,
    provisional: facts.provisional === true,
    unitsTotal: facts.units.length,
    unitsRegistered: registered.size,
    personsRegistered: persons,
    covenants: covenanted.size,
    covenantRequired: listSetting(settings, "COVENANT_REQUIRED").includes(facts.round),
    judges,
    judgesComplete,
    blocks,
    totals,
    findings: summarizeFindings(facts.findings, options.firstErrors ?? FIRST_ERRORS),
  };
}
