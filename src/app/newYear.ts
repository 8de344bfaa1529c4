/**
 * "Năm mới" (new-year): next year's workbook from this year's. Carried: the units and khối, the council,
 * the criteria, the titles, the settings (YEAR moved on, and each deadline of the old year moved by as
 * many years); the plan re-dated to the new year (or the new plan document's), laid out by `layout`, so
 * every task has the default status and no round has scores; the legal basis re-checked as of the new
 * year's first day. The old workbook is only read.
 */
import type { Plan } from "../domain/plan/model";
import type { UnplacedLine } from "../domain/plan/parse";
import { redatePlan } from "../domain/plan/redate";
import { textSetting } from "../domain/settings";
import { msg } from "../i18n";
import { readBasisSheet } from "../sheets/basis";
import { formatDate, readDate } from "../sheets/cells";
import { buildCouncilSheet, readMembers } from "../sheets/council";
import { buildCriteriaSheet, readCriteria } from "../sheets/criteria";
import { SHEET } from "../sheets/names";
import { buildSettingsSheet, readSettings } from "../sheets/settingsSheet";
import { buildTitlesSheet, readTitles } from "../sheets/titles";
import { buildUnitsSheet, readUnits } from "../sheets/units";
import { buildLastYearSheet, readRankingResults } from "../sheets/lastYear";
import { isMarker, rankingMarker } from "../sheets/markers";
import { rankingSheetName } from "../sheets/names";
import { readRegistrations } from "../sheets/registrations";
import { ROUND_NAMES } from "../domain/codes";
import { ROUND_CODES } from "../domain/types";
import type { CellValue, SheetSpec, Workbook } from "../workbook/port";
import { AppError } from "../shared/errors";
import { layoutPlan, withTemplateText } from "./layout";
import { PLAN_2024 } from "../domain/plan/seed2024";
import type { CommandContext, CommandResult } from "./types";
import { PLAN_SHEETS, planFrom, planYear } from "./workbookPlan";
import { sameSheetName } from "../shared/sheetNames";

export interface NewYearOptions {
  /** The new year's plan, read from its document; otherwise this year's plan re-dated. */
  plan?: Plan;
  unplaced?: readonly UnplacedLine[];
}

/** A date of the old year moved into the new one; other values as they are. */
function shifted(v: CellValue, from: number, by: number): CellValue {
  const d = readDate(v);
  if (!d || typeof v === "number" || d.getUTCFullYear() !== from) return v;
  const moved = new Date(Date.UTC(d.getUTCFullYear() + by, d.getUTCMonth(), d.getUTCDate()));
  return v instanceof Date ? moved : formatDate(moved);
}

/** Writes the new year's workbook into `ctx.wb` (empty) from `last`, which is only read. */
export async function newYear(
  last: Workbook,
  ctx: CommandContext,
  options: NewYearOptions = {},
): Promise<CommandResult & { year: number }> {
  // Each round's `Xếp hạng` by the marker rank gave it (or by its name), for `Năm trước`.
  const sheets = await last.listSheets();
  const rankings = ROUND_CODES.flatMap((round) => {
    const info =
      sheets.find((s) => isMarker(s.marker, rankingMarker(round))) ??
      sheets.find((s) => !s.marker && sameSheetName(s.name, rankingSheetName(round)));
    return info ? [{ round, name: info.name }] : [];
  });
  const data = await last.readSheets([
    ...PLAN_SHEETS,
    SHEET.basis,
    SHEET.purposes,
    SHEET.units,
    SHEET.council,
    SHEET.criteria,
    SHEET.titles,
    SHEET.registrations,
    ...rankings.map((r) => r.name),
  ]);
  const byName = (n: string) => data.find((d) => sameSheetName(d.name, n));
  const read = planFrom(data);
  const settingsData = byName(SHEET.settings);
  if (!settingsData) throw new AppError("PLAN_SHEETS_MISSING", { sheets: SHEET.settings });
  if (!options.plan && (read.missing.includes(SHEET.rounds) || read.missing.includes(SHEET.plan)))
    throw new AppError("PLAN_SHEETS_MISSING", { sheets: read.missing.join(", ") });
  const settingsRead = readSettings(settingsData);
  const from = planYear(settingsRead.settings);
  const to = options.plan?.year ?? from + 1;
  const by = to - from;
  const basisData = byName(SHEET.basis);
  // A workbook laid out before parts I and III had a sheet of their own has them from the compiled plan.
  const own = withTemplateText(read, from === PLAN_2024.year ? PLAN_2024 : redatePlan(PLAN_2024, from));
  const plan = options.plan ?? redatePlan({ ...own, cited: basisData ? readBasisSheet(basisData) : [] }, to);

  const ward = textSetting(settingsRead.settings, "WARD_NAME");
  const values = new Map<string, CellValue>();
  for (const [code, v] of settingsRead.raw) values.set(code, shifted(v, from, by));
  values.set("YEAR", to);
  const specs: SheetSpec[] = [buildSettingsSheet({ ward, values, extraRows: settingsRead.extraRows })];
  const unitsData = byName(SHEET.units);
  const units = unitsData ? readUnits(unitsData) : undefined;
  if (units) specs.push(buildUnitsSheet(units.units, { ward, ...(units.blocks.length ? { blocks: units.blocks } : {}) }));
  const councilData = byName(SHEET.council);
  if (councilData) specs.push(buildCouncilSheet(readMembers(councilData).members, { ward }));
  const criteriaData = byName(SHEET.criteria);
  if (criteriaData) specs.push(buildCriteriaSheet(readCriteria(criteriaData).criteria, { ward }));
  const titlesData = byName(SHEET.titles);
  if (titlesData) specs.push(buildTitlesSheet(readTitles(titlesData), { ward }));
  // Last year's results, where the new year looks them up: each unit's rounds, titles and proposals.
  const results = rankings.flatMap(({ round, name }) => {
    const d = byName(name);
    const r = d ? readRankingResults(d, round) : undefined;
    return r ? [r] : [];
  });
  const registrationsData = byName(SHEET.registrations);
  const lastYear = buildLastYearSheet({
    year: from,
    units: units?.units ?? [],
    results,
    registrations: registrationsData ? readRegistrations(registrationsData).registrations : [],
    ward,
  });
  await ctx.wb.writeSheets([...specs, lastYear], ctx.progress);

  // The basis is re-checked as the new year opens: a text replaced during the old year shows as replaced.
  const firstDay = new Date(Date.UTC(to, 0, 1));
  const laid = await layoutPlan({ ...ctx, today: firstDay }, { sample: false, plan, unplaced: options.unplaced });
  const carried = specs.map((s) => s.name).join(", ");
  return {
    ...laid,
    sheets: [
      ...specs.map((s) => ({ sheet: s.name, action: "created" as const })),
      { sheet: lastYear.name, action: "created" as const },
      ...laid.sheets.filter((s) => s.action !== "kept"),
    ],
    messages: [
      msg("NEW_YEAR_DONE", { from, to, carried, date: formatDate(firstDay) }),
      msg("NEW_YEAR_LAST_YEAR", {
        sheet: lastYear.name,
        from,
        units: lastYear.cells.slice(1).filter((r) => r[2]).length,
        rounds: results.map((r) => ROUND_NAMES[r.round]).join(", ") || "—",
      }),
      ...(options.plan ? [] : [msg("NEW_YEAR_REDATED", { from, to })]),
      // The carried sheets were just written by this command: layout's "kept, a person's data" would mislead.
      ...laid.messages.filter((m) => !specs.some((s) => m.vi === msg("SHEET_KEPT", { sheet: s.name }).vi)),
    ],
    findings: [...read.findings, ...laid.findings],
    year: to,
  };
}
