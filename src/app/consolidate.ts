/**
 * "Tổng hợp khối": the khối's lead ward merges the wards' workbooks into one report of a period.
 *
 * Each ward is read, computed and let go before the next is opened: what is kept of a ward is its
 * figures (a few numbers and the names of the units it proposes), so a hundred wards cost the memory of
 * the largest one, not of all of them. A ward's figures are those its own period summary would show
 * (summaryModelsOf, the same computation), as of the day the report is made.
 *
 * The day a ward's figures stand at ("as-of") is the last time the add-in computed a ranking or a summary
 * in that workbook (its markers), else the file's modification date: the day the ward's clerk last
 * brought the results up to date. A ward of another year, one whose figures stop before the period's
 * last quarter (its report of an earlier period), or a ward sent twice stops the command, naming the file.
 */
import { consolidate as consolidateWards, wardFigures, wardRefusal, type WardFigures } from "../domain/khoi";
import { textSetting, type Settings } from "../domain/settings";
import { TIER_ORDER } from "../domain/summary";
import { ROUND_CODES, type PeriodCode } from "../domain/types";
import { PERIOD_NAMES } from "../domain/codes";
import { msg, type Bilingual } from "../i18n";
import { formatDate } from "../shared/dates";
import { AppError } from "../shared/errors";
import { buildKhoiSheet, khoiSheetName } from "../sheets/khoi";
import { isMarker, khoiMarker } from "../sheets/markers";
import { readSettings } from "../sheets/settingsSheet";
import { SHEET } from "../sheets/names";
import { summaryDocumentOptions } from "../sheets/summary";
import type { SheetInfo, Workbook } from "../workbook/port";
import { takeSnapshot } from "../workbook/snapshot";
import { judgeSheetInfos } from "./roundInputs";
import { writeSafely } from "./safeWrite";
import { COMMON_SHEETS, summaryModelsOf } from "./summaryModels";
import type { CommandContext, CommandResult } from "./types";
import { planYear } from "./workbookPlan";
import { sheetKey } from "../shared/sheetNames";

/** One ward's workbook: the name it is reported under, and how to open it (streamed on the CLI). */
export interface WardSource {
  /** The file's name as the khối's clerk sees it. */
  file: string;
  open(): Promise<Workbook>;
  /** The file's modification date: the as-of date of a workbook in which the add-in computed nothing. */
  modified?: Date;
}

export interface ConsolidateOptions {
  period: PeriodCode;
  /** The khối's year; the first ward's when not given. */
  year?: number;
}

/** The commands whose sheets say the results were brought up to date. */
const RESULT_COMMANDS = new Set(["rank", "summary"]);

function utcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** The last time the add-in computed results in the workbook, from its markers. */
export function resultsDate(sheets: readonly SheetInfo[]): Date | undefined {
  let last: number | undefined;
  for (const s of sheets) {
    if (!s.marker || !RESULT_COMMANDS.has(s.marker.command)) continue;
    const t = Date.parse(s.marker.generatedAt);
    if (Number.isFinite(t) && (last === undefined || t > last)) last = t;
  }
  return last === undefined ? undefined : utcDay(new Date(last));
}

interface LeadWard {
  settings: Settings;
}

export async function consolidate(
  ctx: CommandContext,
  sources: readonly WardSource[],
  options: ConsolidateOptions,
): Promise<CommandResult & { year?: number }> {
  if (sources.length === 0) throw new AppError("KHOI_NO_WARDS");
  const today = utcDay(ctx.today ?? new Date());
  const period = options.period;
  const wards: WardFigures[] = [];
  const messages: Bilingual[] = [];
  let year = options.year;
  let lead: LeadWard | undefined;
  const steps = sources.length + 1;
  for (const [i, source] of sources.entries()) {
    ctx.progress?.(i, steps, "PROGRESS_READ");
    const wb = await source.open();
    const snapshot = await takeSnapshot(wb, {
      read: COMMON_SHEETS,
      pick: (sheets) => ROUND_CODES.flatMap((r) => judgeSheetInfos(r, sheets).map((j) => j.name)),
    });
    const settingsData = snapshot.data.find((d) => sheetKey(d.name) === sheetKey(SHEET.settings));
    if (!settingsData) throw new AppError("KHOI_WARD_NOT_TDKT", { file: source.file, sheet: SHEET.settings });
    const settings = readSettings(settingsData).settings;
    const ward = textSetting(settings, "WARD_NAME");
    const wardYear = planYear(settings);
    year ??= wardYear;
    const asOf = resultsDate(snapshot.sheets) ?? (source.modified ? utcDay(source.modified) : today);
    const refusal = wardRefusal({ ward, year: wardYear, asOf }, { year, period, counted: wards });
    if (refusal) {
      const base = { file: source.file, ward, period: PERIOD_NAMES[period], khoiYear: year };
      if (refusal.code === "KHOI_WARD_OTHER_YEAR") throw new AppError(refusal.code, { ...base, year: refusal.year });
      if (refusal.code === "KHOI_WARD_OTHER_PERIOD")
        throw new AppError(refusal.code, { ...base, asOf: formatDate(asOf), from: formatDate(refusal.from) });
      throw new AppError(refusal.code, { ...base, first: refusal.first });
    }
    const computed = summaryModelsOf(snapshot, { period }, today);
    const model = computed.models[0];
    if (!model) throw new AppError("KHOI_WARD_NOT_TDKT", { file: source.file, sheet: SHEET.rounds });
    wards.push(wardFigures(model, { file: source.file, ward, asOf }));
    lead ??= { settings };
    messages.push(msg("KHOI_WARD_READ", { file: source.file, ward, asOf: formatDate(asOf) }));
  }

  ctx.progress?.(sources.length, steps, "PROGRESS_WRITE");
  const report = consolidateWards(year!, period, wards, TIER_ORDER);
  const settings = lead!.settings;
  const spec = buildKhoiSheet(report, {
    ward: textSetting(settings, "WARD_NAME"),
    place: textSetting(settings, "PLACE"),
    chair: textSetting(settings, "CHAIR_NAME"),
    document: summaryDocumentOptions(settings, { kind: "period", period }),
    today,
  });
  const snapshot = await takeSnapshot(ctx.wb, { read: [], replaces: (m) => isMarker(m, khoiMarker(period)) });
  const written = await writeSafely(ctx, [spec], { snapshot });
  ctx.progress?.(steps, steps, "PROGRESS_DONE");
  messages.push(msg("KHOI_WRITTEN", { sheet: written.names.get(spec.name) ?? khoiSheetName(period), n: wards.length }));
  // The year goes into the report's file name, where two years' reports of one period would otherwise share one.
  return { ok: true, sheets: written.outcomes, messages: [...written.messages, ...messages], findings: [], year: year! };
}
