/**
 * What a summary comes to, from one snapshot: the plan read from the workbook, each round's facts (the
 * validation and the ranking the validate and rank commands compute, from the same functions), and the
 * summary model of each scope. Shared by the summary sheets and the khối's consolidation, so a ward's
 * figures in the khối's report are the ones its own report shows.
 */
import type { Plan } from "../domain/plan/model";
import { rankRound, rankingInputOfRound } from "../domain/ranking";
import {
  allRounds,
  anyScore,
  blockQuotas,
  buildSummary,
  currentSummaryTarget,
  evaluationMonths,
  judgeProgress,
  placeAddedTasks,
  rankedUnits,
  scopeAddedTasks,
  scopeRounds,
  scopeTasks,
  withAddedTasks,
  withStatuses,
  type AddedTask,
  type AddedTaskRow,
  type RoundFacts,
  type SummaryModel,
  type SummaryScope,
} from "../domain/summary";
import { PERIOD_CODES, type Finding, type RoundCode } from "../domain/types";
import { hasErrors, validateRound } from "../domain/validation";
import { fold, parseRound, ROUND_NAMES } from "../domain/codes";
import { msg, type Bilingual } from "../i18n";
import { formatDate, readDate, readNumber, text } from "../sheets/cells";
import { SHEET } from "../sheets/names";
import { readPlanSheet, TASK_STATUSES, taskDue, type PlanSheetRow } from "../sheets/plan";
import type { CellValue, SheetInfo, Snapshot } from "../workbook/port";
import { mastersFrom } from "./masters";
import { judgeSheetInfos, roundInputsFrom, type RoundInputs } from "./roundInputs";
import { AppError } from "../shared/errors";
import { PLAN_SHEETS, planFrom } from "./workbookPlan";
import type { SummaryTarget } from "./types";

export { currentSummaryTarget };

/** Sheets every summary reads besides the judges' sheets: the plan's own sheets among them. */
export const COMMON_SHEETS = [
  ...PLAN_SHEETS,
  SHEET.units,
  SHEET.council,
  SHEET.settings,
  SHEET.criteria,
  SHEET.titles,
  SHEET.registrations,
];

/**
 * What a target asks for:
 * - {round}: that round's summary; {period}: that period's;
 * - {all}: the four period summaries and the summary of every round that has scoring sheets
 *   (a round nobody prepared has nothing of its own to show; its registrations still appear in the
 *   period summaries). Periods first, in calendar order, then rounds in plan order.
 */
export function scopesOf(target: SummaryTarget, plan: Plan, sheets: readonly SheetInfo[]): SummaryScope[] {
  if ("round" in target) return [{ kind: "round", round: target.round }];
  if ("period" in target) return [{ kind: "period", period: target.period }];
  const periods: SummaryScope[] = PERIOD_CODES.map((period) => ({ kind: "period", period }));
  const rounds: SummaryScope[] = allRounds(plan)
    .filter((round) => judgeSheetInfos(round, sheets).length > 0)
    .map((round) => ({ kind: "round", round }));
  return [...periods, ...rounds];
}

function roundFacts(inputs: RoundInputs): RoundFacts {
  // A round nobody has prepared yet has nothing to check: its "no scoring sheet" errors would only
  // crowd section III of an early period's summary, which already says the round is not scored.
  const findings: Finding[] = inputs.judgeSheets.length > 0 ? validateRound(inputs.input) : [];
  // The very ranking the rank command writes on `Xếp hạng`: same input builder, same pure function.
  const result = rankRound(rankingInputOfRound(inputs.input));
  const judges = inputs.masters.members.filter((m) => m.scores);
  const scored = anyScore(result);
  return {
    round: inputs.round,
    units: inputs.masters.units,
    registrations: inputs.registrations,
    judges:
      inputs.judgeSheets.length > 0
        ? judgeProgress(
            result,
            judges.map((j) => ({ code: j.code, name: j.name })),
          )
        : [],
    ranking: scored ? rankedUnits(result) : null,
    quotas: blockQuotas(result),
    findings,
    provisional: scored && hasErrors(findings),
  };
}

/** Quý as clerks type it: 2, "2", "Quý II", "Quý 2", "II". */
function quarterOf(v: CellValue): number | undefined {
  const n = readNumber(v);
  if (n.kind === "number" || n.kind === "text-number") return n.value;
  const m = /^(?:quy\s*)?(iv|i{1,3}|[1-4])$/.exec(fold(text(v)));
  if (!m) return undefined;
  return /^\d$/.test(m[1]) ? Number(m[1]) : { i: 1, ii: 2, iii: 3, iv: 4 }[m[1]];
}

/** Tháng as clerks type it: 3, "3", "Tháng 3", "T3". */
function monthOf(v: CellValue): number | undefined {
  const n = readNumber(v);
  if (n.kind === "number" || n.kind === "text-number") return n.value;
  const m = /^(?:thang\s*|t)?(\d{1,2})$/.exec(fold(text(v)));
  return m ? Number(m[1]) : undefined;
}

/** A row a clerk added on `Kế hoạch` (no Mã), in the domain's terms. */
function addedTaskRow(r: PlanSheetRow): AddedTaskRow {
  const v = r.values;
  const out: AddedTaskRow = { row: r.row + 1, text: text(v.text), status: text(v.status) };
  const month = monthOf(v.month);
  if (month !== undefined) out.month = month;
  const quarter = quarterOf(v.quarter);
  if (quarter !== undefined) out.quarter = quarter;
  const due = readDate(v.due);
  if (due) out.due = due;
  const round = text(v.link)
    .split(/[;,]/)
    .map((part) => parseRound(part))
    .find((x) => x !== undefined);
  if (round) out.round = round;
  return out;
}

/** What the summaries of a target come to, computed from one snapshot: the models, and what to tell the user. */
export interface SummaryModels {
  plan: Plan;
  masters: ReturnType<typeof mastersFrom>;
  models: SummaryModel[];
  messages: Bilingual[];
  /** Open errors: the plan's reading and each round's, as section III lists them. */
  findings: Finding[];
}

/**
 * The summary models of a target from a snapshot taken as summarize takes it (COMMON_SHEETS and the
 * rounds' scoring sheets): the one computation the summary sheets and the khối's consolidation share.
 */
export function summaryModelsOf(snapshot: Snapshot, target: SummaryTarget, today: Date): SummaryModels {
  const sheets = snapshot.sheets;
  const data = snapshot.data;
  const read = planFrom(data);
  // Without `Đợt thi đua` no round can be placed in a period; without `Kế hoạch` the summary still runs
  // (rounds, rankings) and says the tasks are missing.
  if (read.missing.includes(SHEET.rounds)) throw new AppError("PLAN_SHEETS_MISSING", { sheets: SHEET.rounds });
  const plan = read.plan;
  const scopes = scopesOf(target, plan, sheets);
  const rounds = [...new Set(scopes.flatMap((s) => scopeRounds(plan, s)))];

  const masters = mastersFrom(data);
  const planData = data.find((d) => d.name === SHEET.plan);
  const messages: Bilingual[] = [];
  if (today.getUTCFullYear() !== plan.year)
    messages.push(msg("SUMMARY_TODAY_OUTSIDE_YEAR", { date: formatDate(today), year: plan.year }));
  if (read.unplacedRows.length)
    messages.push(msg("PLAN_ROWS_UNPLACED", { sheet: SHEET.plan, rows: read.unplacedRows.join(", ") }));
  const statuses = new Map<string, string>();
  const dues = new Map<string, Date>();
  let added: AddedTask[] = [];
  if (planData) {
    const planRows = readPlanSheet(planData).rows;
    for (const r of planRows) {
      if (!r.id) continue;
      statuses.set(r.id, text(r.values.status));
      const due = readDate(r.values.due);
      // A Hạn left at its month's end moves with a task that followed its round; one the clerk typed stays.
      const follow = read.moved.find((m) => m.id === r.id);
      if (due && !(follow && due.getTime() === taskDue(plan.year, follow.from).getTime())) dues.set(r.id, due);
    }
    const placed = placeAddedTasks(planRows.filter((r) => !r.id).map(addedTaskRow), plan.year);
    added = placed.tasks;
    if (placed.unplaced.length)
      messages.push(msg("SUMMARY_TASK_UNPLACED", { sheet: SHEET.plan, rows: placed.unplaced.join(", ") }));
  } else messages.push(msg("SUMMARY_NO_PLAN_SHEET", { sheet: SHEET.plan }));

  if ("all" in target) {
    // --all makes a round's own summary only once the round has scoring sheets; say which it left out.
    const skipped = allRounds(plan).filter((round) => judgeSheetInfos(round, sheets).length === 0);
    if (skipped.length) messages.push(msg("SUMMARY_ROUNDS_SKIPPED", { rounds: skipped.map((r) => ROUND_NAMES[r]).join(", ") }));
  }

  const facts = new Map<RoundCode, RoundFacts>();
  for (const round of rounds) facts.set(round, roundFacts(roundInputsFrom(snapshot, round)));
  for (const f of facts.values()) {
    if (!f.ranking) messages.push(msg("SUMMARY_ROUND_NOT_SCORED", { round: ROUND_NAMES[f.round] }));
    else if (f.provisional)
      messages.push(
        msg("SUMMARY_ROUND_ERRORS", {
          round: ROUND_NAMES[f.round],
          errors: f.findings.filter((x) => x.severity === "error").length,
        }),
      );
  }

  const settings = masters.settings;
  const closedStatuses = TASK_STATUSES.filter((s) => s.closed).map((s) => s.label);
  const evaluations = evaluationMonths(plan);
  const models = scopes.map((scope) =>
    buildSummary({
      scope,
      year: plan.year,
      today,
      tasks: withAddedTasks(withStatuses(scopeTasks(plan, scope), statuses, dues), scopeAddedTasks(added, scope)),
      rounds: scopeRounds(plan, scope).map((r) => facts.get(r)!),
      settings,
      closedStatuses,
      evaluationMonths: evaluations,
    }),
  );
  return {
    plan,
    masters,
    models,
    messages,
    // Only the open errors, as section III lists them: warnings belong to the validate command's report.
    findings: [...read.findings, ...[...facts.values()].flatMap((f) => f.findings.filter((x) => x.severity === "error"))],
  };
}
