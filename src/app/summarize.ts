/**
 * "Tổng hợp": one summary sheet per round or period, in one read, one compute, one write.
 *
 * Reading: one listSheets, then ONE readSheets of everything every summary asked for needs (`Kế hoạch`,
 * the master lists, `Tiêu chí`, `Danh hiệu`, `Đăng ký`, and every judge sheet of every round involved).
 * The per-round parsing is engineer C's loadRoundInputs, run against a view of the workbook that serves
 * those sheets from what was already read, so the parsing stays in one place and the host sees one read.
 * Computing: validateRound, and rankRound over engineer E's rankingInputOf: the same functions the
 * validate and rank commands use, so the summary shows the ranking `Xếp hạng` shows.
 * Writing: writeSafely, which replaces only the add-in's own summary sheets and keeps a person's edit
 * of one as a copy.
 */
import { PLAN_2024 } from "../domain/plan/seed2024";
import type { Plan } from "../domain/plan/model";
import { rankRound } from "../domain/ranking";
import { textSetting } from "../domain/settings";
import {
  allRounds,
  anyScore,
  blockQuotas,
  buildSummary,
  currentSummaryTarget,
  judgeProgress,
  rankedUnits,
  scopeRounds,
  scopeTasks,
  withStatuses,
  type RoundFacts,
  type SummaryScope,
} from "../domain/summary";
import { PERIOD_CODES, type Finding, type RoundCode } from "../domain/types";
import { hasErrors, validateRound } from "../domain/validation";
import { ROUND_NAMES } from "../domain/codes";
import { msg, type Bilingual } from "../i18n";
import { text } from "../sheets/cells";
import { SHEET } from "../sheets/names";
import { readPlanSheet, TASK_STATUSES } from "../sheets/plan";
import { buildSummarySheet, summarySheetName } from "../sheets/summary";
import type { SheetData, SheetInfo, SheetSpec, Workbook } from "../workbook/port";
import { mastersFrom } from "./masters";
import { rankingInputOf } from "./rank";
import { judgeSheetInfos, loadRoundInputs, type RoundInputs } from "./roundInputs";
import { writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult, SummaryTarget } from "./types";

export { currentSummaryTarget };

/** Sheets every summary reads besides the judges' sheets. */
const COMMON_SHEETS = [SHEET.plan, SHEET.units, SHEET.council, SHEET.settings, SHEET.criteria, SHEET.titles, SHEET.registrations];

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

/** A view of the workbook that answers reads from sheets already read: later parsers cost no host call. */
class ReadOnce implements Workbook {
  private readonly byName: Map<string, SheetData>;
  constructor(
    private readonly sheets: SheetInfo[],
    data: readonly SheetData[],
  ) {
    this.byName = new Map(data.map((d) => [d.name, d]));
  }
  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets;
  }
  // Options are ignored: everything was read once, with the options the parsers need.
  async readSheets(names: string[]): Promise<SheetData[]> {
    const out: SheetData[] = [];
    for (const n of names) {
      const d = this.byName.get(n);
      if (d) out.push(d);
      else if (this.sheets.some((s) => s.name === n)) throw new Error(`Summary read plan missed sheet "${n}"`);
    }
    return out;
  }
  writeSheets(): Promise<void> {
    throw new Error("ReadOnce is read-only");
  }
  copySheet(): Promise<void> {
    throw new Error("ReadOnce is read-only");
  }
  activate(): Promise<void> {
    throw new Error("ReadOnce is read-only");
  }
}

function roundFacts(inputs: RoundInputs): RoundFacts {
  // A round nobody has prepared yet has nothing to check: its "no scoring sheet" errors would only
  // crowd section III of an early period's summary, which already says the round is not scored.
  const findings: Finding[] = inputs.judgeSheets.length > 0 ? validateRound(inputs.input) : [];
  // The very ranking the rank command writes on `Xếp hạng`: same input builder, same pure function.
  const result = rankRound(rankingInputOf(inputs));
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

function utcToday(d: Date = new Date()): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export async function summarize(ctx: CommandContext, target: SummaryTarget): Promise<CommandResult> {
  const plan = PLAN_2024;
  const today = utcToday(ctx.today);
  ctx.progress?.(0, 3, "read");

  const sheets = await ctx.wb.listSheets();
  const scopes = scopesOf(target, plan, sheets);
  const rounds = [...new Set(scopes.flatMap((s) => scopeRounds(plan, s)))];
  const judgeSheets = rounds.flatMap((r) => judgeSheetInfos(r, sheets).map((j) => j.name));
  const present = new Set(sheets.map((s) => s.name));
  const wanted = [...new Set([...COMMON_SHEETS, ...judgeSheets])].filter((n) => present.has(n));
  const data = wanted.length > 0 ? await ctx.wb.readSheets(wanted) : [];
  const view: CommandContext = { ...ctx, wb: new ReadOnce(sheets, data) };

  ctx.progress?.(1, 3, "compute");
  const masters = mastersFrom(data);
  const planData = data.find((d) => d.name === SHEET.plan);
  const messages: Bilingual[] = [];
  const statuses = new Map<string, string>();
  if (planData) {
    for (const r of readPlanSheet(planData).rows) if (r.id) statuses.set(r.id, text(r.values.status));
  } else messages.push(msg("SUMMARY_NO_PLAN_SHEET", { sheet: SHEET.plan }));

  const facts = new Map<RoundCode, RoundFacts>();
  for (const round of rounds) facts.set(round, roundFacts(await loadRoundInputs(view, round)));
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
  const blockNames = new Map(masters.blocks.map((b) => [b.code, b.name]));
  const specs: SheetSpec[] = scopes.map((scope) => {
    const model = buildSummary({
      scope,
      year: plan.year,
      today,
      tasks: withStatuses(scopeTasks(plan, scope), statuses),
      rounds: scopeRounds(plan, scope).map((r) => facts.get(r)!),
      settings,
      closedStatuses,
    });
    return buildSummarySheet(model, {
      ward: textSetting(settings, "WARD_NAME"),
      place: textSetting(settings, "PLACE"),
      chair: textSetting(settings, "CHAIR_NAME"),
      blockNames,
      name: summarySheetName(scope),
    });
  });

  ctx.progress?.(2, 3, "write");
  const written = await writeSafely(ctx, specs);
  ctx.progress?.(3, 3, "done");
  for (const spec of specs) messages.push(msg("SUMMARY_WRITTEN", { sheet: written.names.get(spec.name) ?? spec.name }));
  return {
    ok: true,
    sheets: written.outcomes,
    messages: [...written.messages, ...messages],
    // Only the open errors, as section III lists them: warnings belong to the validate command's report.
    findings: [...facts.values()].flatMap((f) => f.findings.filter((x) => x.severity === "error")),
  };
}
