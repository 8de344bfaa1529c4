/**
 * The collective titles a unit's members and results decide: "Tập thể lao động tiên tiến" (Luật TĐKT 2022
 * Điều 28, research §9.3: the share of members LĐTT and nobody disciplined at cảnh cáo or above [M]) and
 * "Tổ dân phố văn hóa" (NĐ 86/2023, whose standards could not be verified: the share of households
 * Gia đình văn hóa and the tổ's result in the year's bình xét stand in for them, as settings [P]). Each
 * condition answers met, unmet (with the reason in words a clerk can repeat) or pending (data missing).
 */
import type { MessageCode } from "../../i18n";
import { PERFORMANCE_RANK, type Person } from "../awards/model";
import { numberSetting, textSetting, type Settings } from "../settings";
import { TIER_ORDER } from "../summary/round";
import { defaultTitles } from "../titles";
import type { Unit } from "../types";

export type CollectiveTitle = "TTLDTT" | "TDPVH";
export const COLLECTIVE_TITLE_NAMES: Readonly<Record<CollectiveTitle, string>> = {
  TTLDTT: "Tập thể lao động tiên tiến",
  TDPVH: "Tổ dân phố văn hóa",
};

export type CollectiveConditionCode =
  | "TTLDTT_TIER"
  | "TTLDTT_MEMBERS"
  | "TTLDTT_LDTT_SHARE"
  | "TTLDTT_NO_DISCIPLINE"
  | "TTLDTT_ALL_COMPLETE"
  | "TDPVH_TIER"
  | "TDPVH_GDVH_SHARE";

export interface CollectiveAnswer {
  code: CollectiveConditionCode;
  kind: "met" | "unmet" | "pending" | "off";
  /** A catalog code and its parameters: the reason, on "unmet" and "pending". */
  reason?: { code: MessageCode; params: Record<string, string | number> };
}

export interface CollectiveInput {
  unit: Unit;
  members: readonly Person[];
  /** Whether a member meets every condition of Lao động tiên tiến (the awards' own rule). */
  meetsLdtt(person: Person): boolean;
  /** The unit's tier in the year's bình xét; undefined when the round has no results yet, null when the unit has none. */
  tier: string | null | undefined;
  /** For a tổ dân phố: its households on the register. */
  households?: { total: number; passed: number };
}

export interface CollectiveResult {
  unit: Unit;
  title: CollectiveTitle;
  outcome: "eligible" | "not-eligible" | "pending";
  members: number;
  ldtt: number;
  answers: CollectiveAnswer[];
}

const HEAVY = new Set(["CANH_CAO", "CACH_CHUC", "BUOC_THOI_VIEC"]);

function tierAnswer(code: CollectiveConditionCode, tier: string | null | undefined, min: string): CollectiveAnswer {
  if (tier === undefined) return { code, kind: "pending", reason: { code: "COLL_WHY_NO_ROUND", params: {} } };
  const at = TIER_ORDER.indexOf(tier ?? "");
  const need = TIER_ORDER.indexOf(min);
  if (tier === null || at < 0) return { code, kind: "unmet", reason: { code: "COLL_WHY_NOT_RANKED", params: {} } };
  if (need >= 0 && at > need) return { code, kind: "unmet", reason: { code: "COLL_WHY_TIER", params: { tier, min } } };
  return { code, kind: "met" };
}

function outcomeOf(answers: readonly CollectiveAnswer[]): CollectiveResult["outcome"] {
  if (answers.some((a) => a.kind === "unmet")) return "not-eligible";
  if (answers.some((a) => a.kind === "pending")) return "pending";
  return "eligible";
}

function ttldtt(input: CollectiveInput, settings: Settings): CollectiveResult {
  const members = input.members;
  const ldtt = members.filter((m) => input.meetsLdtt(m)).length;
  const answers: CollectiveAnswer[] = [tierAnswer("TTLDTT_TIER", input.tier, textSetting(settings, "TTLDTT_MIN_TIER"))];
  if (members.length === 0) {
    answers.push({ code: "TTLDTT_MEMBERS", kind: "pending", reason: { code: "COLL_WHY_NO_MEMBERS", params: {} } });
  } else {
    answers.push({ code: "TTLDTT_MEMBERS", kind: "met" });
    const share = numberSetting(settings, "TTLDTT_MIN_LDTT_SHARE");
    const need = Math.ceil(share * members.length - 1e-9);
    answers.push(
      ldtt >= need
        ? { code: "TTLDTT_LDTT_SHARE", kind: "met" }
        : {
            code: "TTLDTT_LDTT_SHARE",
            kind: "unmet",
            reason: {
              code: "COLL_WHY_LDTT_SHARE",
              params: { ldtt, members: members.length, need, share: Math.round(share * 100) },
            },
          },
    );
    const heavy = members.filter((m) => m.discipline && HEAVY.has(m.discipline));
    answers.push(
      heavy.length === 0
        ? { code: "TTLDTT_NO_DISCIPLINE", kind: "met" }
        : {
            code: "TTLDTT_NO_DISCIPLINE",
            kind: "unmet",
            reason: { code: "COLL_WHY_DISCIPLINE", params: { names: heavy.map((m) => m.name).join(", ") } },
          },
    );
    if (textSetting(settings, "TTLDTT_ALL_COMPLETE") !== "yes") answers.push({ code: "TTLDTT_ALL_COMPLETE", kind: "off" });
    else {
      const short = members.filter((m) => !m.performance || PERFORMANCE_RANK[m.performance] < PERFORMANCE_RANK.HT);
      answers.push(
        short.length === 0
          ? { code: "TTLDTT_ALL_COMPLETE", kind: "met" }
          : {
              code: "TTLDTT_ALL_COMPLETE",
              kind: "unmet",
              reason: { code: "COLL_WHY_NOT_COMPLETE", params: { names: short.map((m) => m.name).join(", ") } },
            },
      );
    }
  }
  return { unit: input.unit, title: "TTLDTT", outcome: outcomeOf(answers), members: members.length, ldtt, answers };
}

function tdpvh(input: CollectiveInput, settings: Settings): CollectiveResult {
  const answers: CollectiveAnswer[] = [tierAnswer("TDPVH_TIER", input.tier, textSetting(settings, "TDPVH_MIN_TIER"))];
  const h = input.households;
  if (!h || h.total === 0)
    answers.push({ code: "TDPVH_GDVH_SHARE", kind: "pending", reason: { code: "COLL_WHY_NO_HOUSEHOLDS", params: {} } });
  else {
    const share = numberSetting(settings, "TDPVH_MIN_GDVH_SHARE");
    answers.push(
      h.passed >= share * h.total - 1e-9
        ? { code: "TDPVH_GDVH_SHARE", kind: "met" }
        : {
            code: "TDPVH_GDVH_SHARE",
            kind: "unmet",
            reason: { code: "COLL_WHY_GDVH_SHARE", params: { passed: h.passed, total: h.total, share: Math.round(share * 100) } },
          },
    );
  }
  return { unit: input.unit, title: "TDPVH", outcome: outcomeOf(answers), members: input.members.length, ldtt: 0, answers };
}

/**
 * The collective title a unit is considered for: a tổ dân phố for Tổ dân phố văn hóa, another unit for
 * Tập thể lao động tiên tiến when the title catalogue lets its kind hold it (not a chi bộ or a đoàn thể,
 * whose titles come from their own system); undefined when none.
 */
export function collectiveTitleOf(unit: Pick<Unit, "type">): CollectiveTitle | undefined {
  const code: CollectiveTitle = unit.type === "TDP" ? "TDPVH" : "TTLDTT";
  const title = defaultTitles().find((t) => t.code === code);
  return !title?.eligible || title.eligible.includes(unit.type) ? code : undefined;
}

/** A tổ dân phố is considered for Tổ dân phố văn hóa; every other unit for Tập thể lao động tiên tiến. */
export function collectiveTitle(input: CollectiveInput, settings: Settings): CollectiveResult {
  return input.unit.type === "TDP" ? tdpvh(input, settings) : ttldtt(input, settings);
}
