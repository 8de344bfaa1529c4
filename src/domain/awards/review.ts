/**
 * The year's review of people: each condition answered, the council's vote compared with its threshold,
 * the CSTĐCS cap applied, and an outcome with reasons a clerk can repeat. Pure: people, sáng kiến, tallies
 * and settings in; lines out. Who decides each title comes from the title catalogue on the decision's date.
 */
import { msg, type Bilingual } from "../../i18n";
import { dateSetting, listSetting, numberSetting, textSetting, type Settings } from "../settings";
import { deciderOn, defaultTitles, type Decider, type Title } from "../titles";
import { fold } from "../codes";
import { conditionsOf, type ConditionAnswer, type ConditionContext } from "./conditions";
import { PERSON_TITLE_SHORT, parsePersonTitle, type Initiative, type Person, type PersonTitle, type Tally } from "./model";

export type Outcome = "QUALIFIED" | "NOT_QUALIFIED" | "NOT_VOTED" | "VOTE_SHORT" | "OVER_QUOTA";
export const OUTCOMES: readonly Outcome[] = ["QUALIFIED", "NOT_QUALIFIED", "NOT_VOTED", "VOTE_SHORT", "OVER_QUOTA"];
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  QUALIFIED: "Đủ điều kiện",
  NOT_QUALIFIED: "Không đủ điều kiện",
  NOT_VOTED: "Chưa bỏ phiếu",
  VOTE_SHORT: "Không đạt tỷ lệ phiếu",
  OVER_QUOTA: "Vượt tỷ lệ",
};

export interface VoteResult {
  members: number;
  present: number;
  yes: number;
  /** What the share is out of, per VOTE_DENOMINATOR. */
  denominator: number;
  share: number;
  threshold: number;
  passed: boolean;
  /** Row on `Kiểm phiếu`. */
  row?: number;
}

export interface AwardLine {
  person: Person;
  title: PersonTitle;
  answers: ConditionAnswer[];
  /** Present when the title is voted on and the tally has the votes. */
  vote?: VoteResult;
  outcome: Outcome;
  reasons: Bilingual[];
  decider?: Decider;
  /** Place in the CSTĐCS order the cap is applied by (1 = first), for those who passed the vote. */
  place?: number;
}

export interface Quota {
  /** The share as set on `Cấu hình`; undefined: no cap. */
  share?: number;
  /** People qualified for LĐTT: what the share is taken of. */
  base: number;
  /** floor(share × base); undefined: no cap. */
  cap?: number;
  used: number;
  /** undefined: no cap. */
  left?: number;
}

export interface AwardsInput {
  people: readonly Person[];
  initiatives: readonly Initiative[];
  tallies: readonly Tally[];
  /** Số thành viên Hội đồng on `Hội đồng`, used where a tally row leaves it blank. */
  councilSize: number;
  settings: Settings;
  year: number;
  decisionDate: Date;
  titles?: readonly Title[];
}

export interface AwardsResult {
  lines: AwardLine[];
  quota: Quota;
  year: number;
  decisionDate: Date;
  /** Titles the council votes on, per VOTE_TITLES. */
  voted: PersonTitle[];
}

/** Titles the council votes on (VOTE_TITLES, LĐTT / CSTĐCS typed in any form). */
export function votedTitles(s: Settings): PersonTitle[] {
  const out: PersonTitle[] = [];
  for (const t of listSetting(s, "VOTE_TITLES")) {
    const p = parsePersonTitle(t);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

function thresholdOf(s: Settings, title: PersonTitle): number {
  return numberSetting(s, title === "CSTDCS" ? "VOTE_THRESHOLD_CSTDCS" : "VOTE_THRESHOLD_LDTT");
}

/** A share rounded to 4 decimals, so 4/5 is 0.8 exactly when compared with a threshold of 80 %. */
const round4 = (x: number) => Math.round(x * 10000) / 10000;

export function evaluateVote(t: Tally, councilSize: number, s: Settings): VoteResult | undefined {
  if (t.yes === undefined) return undefined;
  const members = t.members ?? councilSize;
  const present = t.present ?? members;
  const denominator = textSetting(s, "VOTE_DENOMINATOR") === "present" ? present : members;
  const share = denominator > 0 ? round4(t.yes / denominator) : 0;
  const threshold = thresholdOf(s, t.title);
  const v: VoteResult = { members, present, yes: t.yes, denominator, share, threshold, passed: share >= round4(threshold) };
  if (t.row !== undefined) v.row = t.row;
  return v;
}

function inYear(d: Date | undefined, year: number): boolean {
  return d !== undefined && d.getUTCFullYear() === year;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}`.replace(".", ",") + " %";

export function reviewAwards(input: AwardsInput): AwardsResult {
  const { settings, year } = input;
  const titles = input.titles ?? defaultTitles();
  const deciderOf = (t: PersonTitle) => {
    const title = titles.find((x) => x.code === t);
    return title ? deciderOn(title, input.decisionDate) : undefined;
  };
  const byAuthor = new Map<string, Initiative[]>();
  for (const i of input.initiatives) {
    if (!inYear(i.recognizedOn, year)) continue;
    for (const a of i.authors) {
      const k = fold(a);
      byAuthor.set(k, [...(byAuthor.get(k) ?? []), i]);
    }
  }
  const ldttConditions = conditionsOf("LDTT");
  const ctx: ConditionContext = {
    year,
    settings,
    initiativesOf: (code) => byAuthor.get(fold(code)) ?? [],
    meetsLdtt: (p) => ldttConditions.every((c) => c.check(p, ctx).kind !== "unmet"),
  };
  const voted = votedTitles(settings);
  const tallyOf = new Map<string, Tally>();
  for (const t of input.tallies) tallyOf.set(`${fold(t.code)}|${t.title}`, t);

  const lines: AwardLine[] = [];
  const ldttOutcome = new Map<string, Outcome>();
  for (const title of ["LDTT", "CSTDCS"] as const) {
    for (const person of input.people) {
      if (title === "CSTDCS" && person.registered !== "CSTDCS") continue;
      const answers = conditionsOf(title).map((c) => c.check(person, ctx));
      const reasons = answers.flatMap((a) => (a.reason ? [a.reason] : []));
      const line: AwardLine = { person, title, answers, outcome: "QUALIFIED", reasons };
      const decider = deciderOf(title);
      if (decider) line.decider = decider;
      if (reasons.length) line.outcome = "NOT_QUALIFIED";
      else if (title === "CSTDCS" && ldttOutcome.get(person.code) !== "QUALIFIED") {
        // Conditions met, but the LĐTT it stands on waits for, or failed, the council's vote.
        const l = ldttOutcome.get(person.code);
        line.outcome = l === "NOT_VOTED" ? "NOT_VOTED" : "NOT_QUALIFIED";
        line.reasons.push(msg(l === "NOT_VOTED" ? "AWARD_WHY_LDTT_NOT_VOTED" : "AWARD_WHY_LDTT_VOTE_SHORT"));
      } else if (voted.includes(title)) {
        const tally = tallyOf.get(`${fold(person.code)}|${title}`);
        const vote = tally && evaluateVote(tally, input.councilSize, settings);
        if (!vote) {
          line.outcome = "NOT_VOTED";
          line.reasons.push(msg("AWARD_WHY_NOT_VOTED", { title: PERSON_TITLE_SHORT[title] }));
        } else {
          line.vote = vote;
          if (!vote.passed) {
            line.outcome = "VOTE_SHORT";
            line.reasons.push(
              msg(textSetting(settings, "VOTE_DENOMINATOR") === "present" ? "AWARD_WHY_VOTE_PRESENT" : "AWARD_WHY_VOTE_MEMBERS", {
                yes: vote.yes,
                of: vote.denominator,
                share: pct(vote.share),
                threshold: pct(vote.threshold),
              }),
            );
          }
        }
      }
      if (title === "LDTT") ldttOutcome.set(person.code, line.outcome);
      lines.push(line);
    }
  }
  const quota = applyQuota(lines, settings, ctx);
  return { lines, quota, year, decisionDate: input.decisionDate, voted };
}

/**
 * The CSTĐCS cap, when a ward sets one: floor(share × people qualified for LĐTT). Candidates who passed
 * are ordered by vote share, then "Hoàn thành xuất sắc nhiệm vụ" before the rest, then by the number of
 * sáng kiến in the year; never by row or name. When the last places of the cap fall inside a group the
 * order cannot separate, the whole group is over the cap: the council decides between them.
 */
function applyQuota(lines: AwardLine[], settings: Settings, ctx: ConditionContext): Quota {
  const base = lines.filter((l) => l.title === "LDTT" && l.outcome === "QUALIFIED").length;
  const raw = settings.QUOTA_CSTDCS;
  const candidates = lines.filter((l) => l.title === "CSTDCS" && l.outcome === "QUALIFIED");
  const key = (l: AwardLine): [number, number, number] => [
    l.vote?.share ?? 0,
    l.person.performance === "HTXS" ? 1 : 0,
    ctx.initiativesOf(l.person.code).length,
  ];
  const cmp = (a: AwardLine, b: AwardLine) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
    return 0;
  };
  const ordered = [...candidates].sort(cmp);
  let place = 0;
  ordered.forEach((l, i) => {
    if (i === 0 || cmp(ordered[i - 1]!, l) !== 0) place = i + 1;
    l.place = place;
  });
  if (raw === undefined || raw === "" || raw === null) return { base, used: candidates.length };
  const share = numberSetting(settings, "QUOTA_CSTDCS");
  const cap = Math.floor(round4(share * base));
  let used = 0;
  // Once a group does not fit, nobody placed after it may take the places it left.
  let full = false;
  for (let i = 0; i < ordered.length;) {
    let j = i;
    while (j < ordered.length && cmp(ordered[i]!, ordered[j]!) === 0) j++;
    const group = ordered.slice(i, j);
    if (!full && used + group.length <= cap) used += group.length;
    else {
      const tie = !full && group.length > 1 && used < cap;
      full = true;
      for (const l of group) {
        l.outcome = "OVER_QUOTA";
        l.reasons.push(
          msg(tie ? "AWARD_WHY_OVER_QUOTA_TIE" : "AWARD_WHY_OVER_QUOTA", {
            cap,
            share: pct(share),
            base,
            place: l.place ?? 0,
            tied: group.length,
          }),
        );
      }
    }
    i = j;
  }
  return { share, base, cap, used, left: cap - used };
}

/** The decision's date: AWARD_DECISION_DATE when set, else the day the command runs. */
export function decisionDateOf(s: Settings, today: Date): Date {
  return dateSetting(s, "AWARD_DECISION_DATE") ?? today;
}

/**
 * The most votes in favour a tally may hold: every member when absent members' written votes count
 * (VOTE_ABSENT_WRITTEN), else those present.
 */
export function voteCeiling(t: Pick<Tally, "members" | "present">, councilSize: number, s: Settings): number {
  const members = t.members ?? councilSize;
  return textSetting(s, "VOTE_ABSENT_WRITTEN") === "no" ? (t.present ?? members) : members;
}
