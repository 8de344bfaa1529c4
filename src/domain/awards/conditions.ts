/**
 * The conditions of the year's individual titles, as data: each a rule with a code, the words a clerk can
 * repeat to the person, its legal basis, and the setting that switches it or picks its reading where the law
 * could not be verified (research §9.3, §9.8). The decider of each title comes from the title catalogue
 * (titles.ts), not from here.
 */
import { msg, type Bilingual } from "../../i18n";
import { textSetting, type Settings } from "../settings";
import { DISCIPLINE_LABELS, PERFORMANCE_LABELS, PERFORMANCE_RANK, type Initiative, type Person, type PersonTitle } from "./model";

export type ConditionCode =
  | "LDTT_REGISTERED"
  | "LDTT_PERFORMANCE"
  | "LDTT_DISCIPLINE"
  | "LDTT_SANCTION"
  | "CSTDCS_REGISTERED"
  | "CSTDCS_LDTT"
  | "CSTDCS_MERIT";

/** "met", "unmet", or "off" when a setting turns the condition off. */
export type AnswerKind = "met" | "unmet" | "off";

export interface ConditionAnswer {
  code: ConditionCode;
  kind: AnswerKind;
  /** Why it is not met, in words a clerk can repeat; only on "unmet". */
  reason?: Bilingual;
}

export interface ConditionContext {
  year: number;
  settings: Settings;
  /** Sáng kiến of the person recognised within the year. */
  initiativesOf(code: string): readonly Initiative[];
  /** Whether the person meets every LĐTT condition (CSTĐCS asks for it). */
  meetsLdtt(person: Person): boolean;
}

export interface AwardCondition {
  code: ConditionCode;
  title: PersonTitle;
  /** Short column header on `Bình xét năm`. */
  header: string;
  /** What the rule asks, as the law or the setting reads it on the given settings. */
  words(settings: Settings): string;
  basis: string;
  /** The setting that turns it off or picks its reading, when there is one. */
  setting?: string;
  check(person: Person, ctx: ConditionContext): ConditionAnswer;
}

const yes = (s: Settings, code: string) => textSetting(s, code) !== "no";

const answer = (code: ConditionCode, ok: boolean, reason: () => Bilingual): ConditionAnswer =>
  ok ? { code, kind: "met" } : { code, kind: "unmet", reason: reason() };

function registered(code: ConditionCode, title: PersonTitle): AwardCondition {
  return {
    code,
    title,
    header: "Đã đăng ký",
    words: () => (title === "LDTT" ? "Đã đăng ký thi đua năm" : "Đã đăng ký danh hiệu Chiến sĩ thi đua cơ sở"),
    basis: "Đăng ký thi đua là căn cứ xét danh hiệu (nghiên cứu §3.3) [P]",
    setting: "AWARD_REQUIRE_REGISTRATION",
    check: (p, ctx) => {
      if (!yes(ctx.settings, "AWARD_REQUIRE_REGISTRATION")) return { code, kind: "off" };
      const ok = title === "LDTT" ? p.registered !== undefined : p.registered === "CSTDCS";
      return answer(code, ok, () =>
        msg(title === "LDTT" ? "AWARD_WHY_NOT_REGISTERED" : "AWARD_WHY_NOT_REGISTERED_CSTDCS", { year: ctx.year }),
      );
    },
  };
}

export const AWARD_CONDITIONS: readonly AwardCondition[] = [
  registered("LDTT_REGISTERED", "LDTT"),
  {
    code: "LDTT_PERFORMANCE",
    title: "LDTT",
    header: "Hoàn thành tốt nhiệm vụ trở lên",
    words: () => "Hoàn thành tốt nhiệm vụ trở lên",
    basis: "Luật TĐKT 06/2022/QH15 Điều 24 khoản 1 điểm a [V]",
    check: (p, ctx) =>
      answer("LDTT_PERFORMANCE", p.performance !== undefined && PERFORMANCE_RANK[p.performance] >= PERFORMANCE_RANK.HTT, () =>
        p.performance
          ? msg("AWARD_WHY_PERFORMANCE", { year: ctx.year, value: PERFORMANCE_LABELS[p.performance] })
          : msg("AWARD_WHY_NOT_GRADED", { year: ctx.year }),
      ),
  },
  {
    code: "LDTT_DISCIPLINE",
    title: "LDTT",
    header: "Không bị kỷ luật",
    words: () => "Không bị kỷ luật từ khiển trách trở lên trong năm",
    basis: "QĐ 14/2024/QĐ-UBND tỉnh Lào Cai Điều 9 khoản 1 [V]; quy định của nhiều tỉnh [P]",
    setting: "LDTT_NO_DISCIPLINE",
    check: (p, ctx) => {
      if (!yes(ctx.settings, "LDTT_NO_DISCIPLINE")) return { code: "LDTT_DISCIPLINE", kind: "off" };
      return answer("LDTT_DISCIPLINE", !p.discipline, () =>
        msg("AWARD_WHY_DISCIPLINE", { year: ctx.year, value: DISCIPLINE_LABELS[p.discipline!].toLocaleLowerCase("vi") }),
      );
    },
  },
  {
    code: "LDTT_SANCTION",
    title: "LDTT",
    header: "Không bị xử phạt hành chính",
    words: () => "Không bị xử phạt vi phạm hành chính trong năm",
    basis: "QĐ 14/2024/QĐ-UBND tỉnh Lào Cai Điều 9 khoản 1 [V]; quy định của nhiều tỉnh [P]",
    setting: "LDTT_NO_SANCTION",
    check: (p, ctx) => {
      if (!yes(ctx.settings, "LDTT_NO_SANCTION")) return { code: "LDTT_SANCTION", kind: "off" };
      return answer("LDTT_SANCTION", p.sanctioned !== true, () => msg("AWARD_WHY_SANCTION", { year: ctx.year }));
    },
  },
  registered("CSTDCS_REGISTERED", "CSTDCS"),
  {
    code: "CSTDCS_LDTT",
    title: "CSTDCS",
    header: "Đạt Lao động tiên tiến",
    words: () => "Đạt danh hiệu Lao động tiên tiến",
    basis: "Luật TĐKT 06/2022/QH15 Điều 23 [V]",
    check: (p, ctx) => answer("CSTDCS_LDTT", ctx.meetsLdtt(p), () => msg("AWARD_WHY_NO_LDTT", { year: ctx.year })),
  },
  {
    code: "CSTDCS_MERIT",
    title: "CSTDCS",
    header: "Xuất sắc / sáng kiến",
    words: (s) =>
      textSetting(s, "CSTDCS_RULE") === "and"
        ? "Hoàn thành xuất sắc nhiệm vụ và có sáng kiến được công nhận trong năm"
        : "Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được công nhận trong năm",
    basis: "Luật TĐKT 06/2022/QH15 Điều 23 [V]; cách đọc theo Luật 06/2026/QH16 là cài đặt [P]",
    setting: "CSTDCS_RULE",
    check: (p, ctx) => {
      const excellent = p.performance === "HTXS";
      const initiative = ctx.initiativesOf(p.code).length > 0;
      const both = textSetting(ctx.settings, "CSTDCS_RULE") === "and";
      const ok = both ? excellent && initiative : excellent || initiative;
      return answer("CSTDCS_MERIT", ok, () => {
        if (both && excellent) return msg("AWARD_WHY_NO_INITIATIVE", { year: ctx.year });
        if (both && initiative) return msg("AWARD_WHY_NOT_EXCELLENT", { year: ctx.year });
        return msg(both ? "AWARD_WHY_NEITHER_BOTH" : "AWARD_WHY_NEITHER", { year: ctx.year });
      });
    },
  },
];

export function conditionsOf(title: PersonTitle): AwardCondition[] {
  return AWARD_CONDITIONS.filter((c) => c.title === title);
}

/**
 * Whether a person meets every condition of Lao động tiên tiến: the one rule the year's review and the
 * collective titles (a share of members LĐTT) both apply.
 */
export function meetsLdtt(person: Person, year: number, settings: Settings): boolean {
  const ctx: ConditionContext = { year, settings, initiativesOf: () => [], meetsLdtt: () => false };
  return conditionsOf("LDTT").every((c) => c.check(person, ctx).kind !== "unmet");
}
