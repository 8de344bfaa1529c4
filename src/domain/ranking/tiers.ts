/** Tiers (xếp loại) from the `Cấu hình` thresholds, with the group gate and the veto cap (research §3.6). */
import { fold } from "../codes";
import type { TierCode } from "./types";
import { TIER_CODES, TIER_NAMES } from "./types";

/** Best first: index 0 is Xuất sắc. */
export function tierIndex(t: TierCode): number {
  return TIER_CODES.indexOf(t);
}

/** A tier written by a person ("Xuất sắc", "xuat sac", "XS", "Tốt"…), or undefined. */
export function parseTier(text: string): TierCode | undefined {
  const f = fold(text).replace(/\s/g, "");
  for (const c of TIER_CODES) {
    if (fold(c) === f || fold(TIER_NAMES[c]).replace(/\s/g, "") === f) return c;
  }
  return undefined;
}

/** The tier a rounded score reaches on its own: the best tier whose threshold it meets; Yếu below all. */
export function scoreTier(score: number, thresholds: Readonly<Record<TierCode, number>>): TierCode {
  for (const t of TIER_CODES) {
    if (t === "YEU") return t;
    if (score >= thresholds[t]) return t;
  }
  return "YEU";
}

export interface TierCaps {
  gateTiers: readonly TierCode[];
  gatePassed: boolean;
  vetoHit: boolean;
  vetoMaxTier: TierCode;
}

/**
 * Applies the caps: a gated tier needs every group at its minimum share, so a unit failing the gate
 * drops to the best ungated tier below; a veto item caps at VETO_MAX_TIER. Both only ever lower a tier,
 * so a higher score under the same gates never gets a lower tier.
 */
export function cappedTier(tier: TierCode, caps: TierCaps): TierCode {
  let i = tierIndex(tier);
  if (!caps.gatePassed) while (i < TIER_CODES.length - 1 && caps.gateTiers.includes(TIER_CODES[i])) i++;
  if (caps.vetoHit) i = Math.max(i, tierIndex(caps.vetoMaxTier));
  return TIER_CODES[i];
}
