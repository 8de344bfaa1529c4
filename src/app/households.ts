/**
 * "Gia đình văn hóa": the family register and the ward chair's decision (Nghị định 86/2023/NĐ-CP).
 *
 * The first run lays out the register (`Gia đình văn hóa`, with the sample ward's households when asked);
 * it is an input list from then on, which the add-in never rewrites here. Each later run reads it, checks
 * each tổ dân phố's timetable (bình xét before the deadline, the full posting, the decision after it and in
 * time), and writes the decision with its list: the households passed by a tổ dân phố whose timetable is
 * in order. One read, one pass over the households, one write: 5,000 households stay quick.
 */
import { checkTimetable, decisionList, type Household, type TimetableFinding } from "../domain/households";
import { sampleHouseholds } from "../domain/sample/households";
import { readSettings } from "../sheets/settingsSheet";
import { textSetting } from "../domain/settings";
import type { Finding } from "../domain/types";
import { msg, type Bilingual } from "../i18n";
import { formatDate } from "../shared/dates";
import { sheetKey } from "../shared/sheetNames";
import { a1 } from "../sheets/cells";
import {
  buildDecisionSheet,
  buildHouseholdListSheet,
  buildHouseholdSheet,
  HOUSEHOLD_DECISION_SHEET,
  HOUSEHOLD_LIST_SHEET,
  HOUSEHOLD_SHEET,
  readHouseholds,
  type HouseholdKey,
} from "../sheets/households";
import { finding } from "../domain/findingCodes";
import { SHEET } from "../sheets/names";
import { readUnits } from "../sheets/units";
import { takeSnapshot } from "../workbook/snapshot";
import { writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult } from "./types";
import { planYear } from "./workbookPlan";
import { householdsMarker, isMarker } from "../sheets/markers";

export interface HouseholdsOptions {
  /** Lay out the register with the sample ward's households (only when there is none yet). */
  sample?: boolean;
  /** Households per tổ dân phố of the sample (3 unless given). */
  samplePerTdp?: number;
  /** The decision's date; today when not given. */
  decisionDate?: Date;
}

const FIELD_COLUMN: Readonly<Record<TimetableFinding["field"], HouseholdKey>> = {
  evaluatedOn: "evaluatedOn",
  postedFrom: "postedFrom",
  postedTo: "postedTo",
  decision: "postedTo",
};

function timetableFinding(f: TimetableFinding, columns: Record<HouseholdKey, number>, decision: Date | undefined): Finding {
  const cell = a1(f.row - 1, Math.max(0, columns[FIELD_COLUMN[f.field]]));
  const i = f.issue;
  const params: Record<string, string | number> = { tdp: f.tdp };
  if (i.code === "GDVH_EVAL_LATE") params.deadline = formatDate(i.deadline);
  if (i.code === "GDVH_POSTING_SHORT") Object.assign(params, { days: i.days, required: i.required });
  if (i.code === "GDVH_DATES_DIFFER") params.first = i.first;
  if (i.code === "GDVH_DECIDED_BEFORE_POSTING_END")
    Object.assign(params, { postedTo: formatDate(i.postedTo), date: formatDate(decision!) });
  if (i.code === "GDVH_DECISION_LATE") Object.assign(params, { by: formatDate(i.by), date: formatDate(decision!) });
  return finding(i.code, HOUSEHOLD_SHEET, cell, params);
}

export async function householdsCommand(ctx: CommandContext, options: HouseholdsOptions = {}): Promise<CommandResult> {
  ctx.progress?.(0, 3, "PROGRESS_READ");
  const snapshot = await takeSnapshot(ctx.wb, {
    read: [HOUSEHOLD_SHEET, SHEET.units, SHEET.settings],
    replaces: (m) => isMarker(m, householdsMarker("decision")) || isMarker(m, householdsMarker("list")),
  });
  const data = (name: string) => snapshot.data.find((d) => sheetKey(d.name) === sheetKey(name));
  const settingsData = data(SHEET.settings);
  const settings = settingsData
    ? readSettings(settingsData).settings
    : readSettings({ name: SHEET.settings, values: [] }).settings;
  const unitsData = data(SHEET.units);
  const units = unitsData ? readUnits(unitsData).units : [];
  const tdpUnits = units.filter((u) => u.type === "TDP");
  const ward = textSetting(settings, "WARD_NAME");
  const year = planYear(settings);
  const messages: Bilingual[] = [];

  const register = data(HOUSEHOLD_SHEET);
  if (!register) {
    // The register is an input list: laid out once, then the clerk's (and the collected forms').
    const households: Household[] = options.sample
      ? sampleHouseholds(
          tdpUnits.map((u) => u.code),
          options.samplePerTdp ?? 3,
          year,
        )
      : [];
    const written = await writeSafely(ctx, [buildHouseholdSheet(households, ward)], { snapshot });
    messages.push(msg("GDVH_REGISTER_CREATED", { sheet: HOUSEHOLD_SHEET, n: households.length }));
    return { ok: true, sheets: written.outcomes, messages: [...written.messages, ...messages], findings: [] };
  }

  ctx.progress?.(1, 3, "PROGRESS_COMPUTE");
  const read = readHouseholds(register, unitsData ? new Set(tdpUnits.map((u) => u.code)) : undefined);
  const decisionDate = options.decisionDate ?? ctx.today ?? new Date();
  const { tdps, findings } = checkTimetable(read.households, settings, decisionDate, year);
  const list = decisionList(read.households, tdps);
  const allFindings = [...read.findings, ...findings.map((f) => timetableFinding(f, read.columns, decisionDate))];
  if (read.households.length === 0) allFindings.push(finding("GDVH_EMPTY", HOUSEHOLD_SHEET, "A2"));
  const decisionOptions = {
    ward,
    place: textSetting(settings, "PLACE"),
    chair: textSetting(settings, "CHAIR_NAME"),
    issuer: textSetting(settings, "ISSUER_NAME"),
    parent: textSetting(settings, "ISSUER_PARENT"),
    year,
    date: decisionDate,
    tdpNames: new Map(units.map((u) => [u.code, u.name])),
  };
  const specs = [buildDecisionSheet(list, tdps, decisionOptions), buildHouseholdListSheet(list, decisionOptions)];
  ctx.progress?.(2, 3, "PROGRESS_WRITE");
  const written = await writeSafely(ctx, specs, { snapshot });
  ctx.progress?.(3, 3, "PROGRESS_DONE");
  const held = tdps.filter((t) => !t.ready).map((t) => t.tdp);
  messages.push(
    msg("GDVH_DECISION_WRITTEN", {
      sheet: written.names.get(HOUSEHOLD_DECISION_SHEET) ?? HOUSEHOLD_DECISION_SHEET,
      list: written.names.get(HOUSEHOLD_LIST_SHEET) ?? HOUSEHOLD_LIST_SHEET,
      n: list.length,
      tdps: tdps.length - held.length,
    }),
  );
  if (held.length) messages.push(msg("GDVH_TDPS_HELD", { tdps: held.join(", ") }));
  return { ok: true, sheets: written.outcomes, messages: [...written.messages, ...messages], findings: allFindings };
}
