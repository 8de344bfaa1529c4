/**
 * The markers the add-in leaves on the sheets it generates (which command made a sheet, and for what), built
 * and matched only here, so "is this the judge sheet of Đợt 1 for M03?" has one answer. A sheet that carries
 * a marker is the add-in's to replace; a sheet without one is a person's.
 */
import type { PeriodCode, RoundCode } from "../domain/types";
import type { SummaryScope } from "../domain/summary/types";
import type { MarkerSpec } from "../workbook/port";

/** The sheets `layout` makes: the plan's own sheets and the master lists. */
export type LayoutKey =
  "plan" | "purposes" | "units" | "council" | "movements" | "rounds" | "basis" | "settings" | "people" | "initiatives";

/** The round-independent sheets `prepare` makes. */
export type PrepareKey = "criteria" | "registrations" | "titles";

/** The sheets `new-year` makes besides those it carries over. */
export type NewYearKey = "lastYear";

const LAYOUT_COMMAND = "layout";
const COLLECTIVE_COMMAND = "collective";
const NEW_YEAR_COMMAND = "new-year";
const PREPARE_COMMAND = "prepare";
const VALIDATE_COMMAND = "validate";
const RANK_COMMAND = "rank";
const SUMMARY_COMMAND = "summary";
const CONSOLIDATE_COMMAND = "consolidate";
const AWARDS_COMMAND = "awards";
const FORMS_COMMAND = "forms";
const HOUSEHOLDS_COMMAND = "households";
const JUDGE = ":judge:";
const PROGRESS = ":progress";

type MarkerLike = Pick<MarkerSpec, "command" | "key"> | undefined;

export function layoutMarker(key: LayoutKey): MarkerSpec {
  return { command: LAYOUT_COMMAND, key };
}

export function newYearMarker(key: NewYearKey): MarkerSpec {
  return { command: NEW_YEAR_COMMAND, key };
}

export function prepareMarker(key: PrepareKey): MarkerSpec {
  return { command: PREPARE_COMMAND, key };
}

/** `Danh hiệu tập thể`: written by `collective`, and by `awards` whose papers read it. */
export const COLLECTIVE_MARKER: MarkerSpec = { command: COLLECTIVE_COMMAND, key: "titles" };

/** A council member's scoring sheet for a round. */
export function judgeSheetMarker(round: RoundCode, judgeCode: string): MarkerSpec {
  return { command: PREPARE_COMMAND, key: `${round}${JUDGE}${judgeCode}` };
}

/** The `Kiểm tra` sheet of a round. */
export function findingsMarker(round: RoundCode): MarkerSpec {
  return { command: VALIDATE_COMMAND, key: round };
}

/** The `Xếp hạng` sheet of a round. */
export function rankingMarker(round: RoundCode): MarkerSpec {
  return { command: RANK_COMMAND, key: round };
}

/** The scoring-progress sheet written beside a round's ranking. */
export function progressMarker(round: RoundCode): MarkerSpec {
  return { command: RANK_COMMAND, key: `${round}${PROGRESS}` };
}

/** A round's or a period's summary sheet. */
export function summaryMarker(scope: SummaryScope): MarkerSpec {
  return { command: SUMMARY_COMMAND, key: scope.kind === "round" ? `round:${scope.round}` : `period:${scope.period}` };
}

/** The internal annex beside a summary sheet. */
export function summaryAnnexMarker(scope: SummaryScope): MarkerSpec {
  return { command: SUMMARY_COMMAND, key: `${summaryMarker(scope).key}:annex` };
}

/** The khối's report of a period, made by `consolidate`. */
export function khoiMarker(period: PeriodCode): MarkerSpec {
  return { command: CONSOLIDATE_COMMAND, key: `period:${period}` };
}

/**
 * The year's awards: "result" (Bình xét năm), "ballots", "tally" (Kiểm phiếu), or the key of one of the
 * papers (awardPapers.ts names them).
 */
export function awardsMarker(key: string): MarkerSpec {
  return { command: AWARDS_COMMAND, key };
}

/** Any sheet the year's awards made; its key is awardsKeyOf. */
export function isAwardsMarker(m: MarkerLike): boolean {
  return m?.command === AWARDS_COMMAND;
}

/** A unit's form, keyed by the form's identity (domain/units/forms.ts formKey). */
export function formMarker(formKey: string): MarkerSpec {
  return { command: FORMS_COMMAND, key: formKey };
}

/** The form key of a unit's form marker, or undefined for any other marker. */
export function formKeyOfMarker(m: MarkerLike): string | undefined {
  return m?.command === FORMS_COMMAND ? m.key : undefined;
}

/** The sheets of `households`: the register, the draft decision and its list. */
export type HouseholdsKey = "register" | "decision" | "list";

export function householdsMarker(key: HouseholdsKey): MarkerSpec {
  return { command: HOUSEHOLDS_COMMAND, key };
}

/** Made by `summary`, for any round or period. */
export function isSummaryMarker(m: MarkerLike): boolean {
  return m?.command === SUMMARY_COMMAND;
}

/** The same command and key. */
export function isMarker(m: MarkerLike, spec: MarkerSpec): boolean {
  return m !== undefined && m.command === spec.command && m.key === spec.key;
}

/** Made by `layout` under one of `keys`. */
export function isLayoutMarker(m: MarkerLike, keys: ReadonlySet<string>): boolean {
  return m?.command === LAYOUT_COMMAND && keys.has(m.key);
}

/** The judge code of a round's scoring-sheet marker, or undefined for any other marker. */
export function judgeOfMarker(round: RoundCode, m: MarkerLike): string | undefined {
  if (m?.command !== PREPARE_COMMAND) return undefined;
  const prefix = `${round}${JUDGE}`;
  return m.key.startsWith(prefix) ? m.key.slice(prefix.length) : undefined;
}

/** One of the round's scoring sheets, of any council member. */
export function isJudgeSheetOf(round: RoundCode, m: MarkerLike): boolean {
  return judgeOfMarker(round, m) !== undefined;
}

/** One of the sheets `rank` writes for the round (the ranking and the progress sheet). */
export function isRankOutputOf(round: RoundCode, m: MarkerLike): boolean {
  return isMarker(m, rankingMarker(round)) || isMarker(m, progressMarker(round));
}
