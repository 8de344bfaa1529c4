/**
 * The plan as the workbook holds it (DESIGN.md §2: the plan is the workbook's). The year from `Cấu hình`,
 * the rounds from `Đợt thi đua`, the movements from `Phong trào`, the tasks from `Kế hoạch`, each as the
 * clerk left them, so a round moved on `Đợt thi đua` moves the current round, the deadlines and the
 * summaries with it. The compiled plan is only what `layout` writes into a new workbook.
 */
import { PERIOD_END_MONTH, PERIOD_NAMES } from "../domain/codes";
import { followRounds, type MovedTask } from "../domain/plan/follow";
import type { Plan, PlanPeriod } from "../domain/plan/model";
import { numberSetting, textSetting, type Settings } from "../domain/settings";
import { PERIOD_CODES, type Finding } from "../domain/types";
import { finding } from "../domain/findingCodes";
import { readMovementsSheet } from "../sheets/movements";
import { SHEET } from "../sheets/names";
import { planTasksOf, readPlanSheet } from "../sheets/plan";
import { planTextOf, readPurposesSheet, type PlanTextRead } from "../sheets/purposes";
import { readRoundsSheet } from "../sheets/rounds";
import { readSettings } from "../sheets/settingsSheet";
import type { SheetData, Workbook } from "../workbook/port";
import { AppError } from "../shared/errors";
import { sameSheetName as same } from "../shared/sheetNames";

/** The sheets the plan is read from; read them with whatever else a command reads, in one call. */
export const PLAN_SHEETS = [SHEET.plan, SHEET.rounds, SHEET.movements, SHEET.settings] as const;

export interface WorkbookPlan {
  plan: Plan;
  /** What could not be read, naming sheet and cell. */
  findings: Finding[];
  /** Plan sheets the workbook lacks (the plan was never laid out, or a sheet was deleted). */
  missing: string[];
  /** 1-based rows of `Kế hoạch` with a Mã whose Tháng could not be read. */
  unplacedRows: number[];
  /** Launch and bình xét tasks moved to where the clerk moved their round on `Đợt thi đua`. */
  moved: MovedTask[];
  /** Parts I and III as `Mục đích, tổ chức` holds them, when the sheets read include it. */
  text?: PlanTextRead;
}

/** The cumulative report periods; a plan document that moves a report month is laid out into tasks, not here. */
export function standardPeriods(): PlanPeriod[] {
  return PERIOD_CODES.map((code) => ({
    code,
    name: PERIOD_NAMES[code],
    endMonth: PERIOD_END_MONTH[code],
    reportMonth: PERIOD_END_MONTH[code],
  }));
}

/** The plan's year: `Cấu hình` YEAR, which layout writes from the plan it lays out. */
export function planYear(settings: Settings): number {
  const y = numberSetting(settings, "YEAR");
  return Number.isInteger(y) && y >= 1900 && y <= 9999 ? y : new Date().getUTCFullYear();
}

/** The plan from sheets already read (the command reads PLAN_SHEETS with its own, in one call). */
export function planFrom(data: readonly SheetData[], settingsIn?: Settings): WorkbookPlan {
  const sheet = (name: string) => data.find((d) => same(d.name, name));
  const findings: Finding[] = [];
  const missing: string[] = [];
  const settingsData = sheet(SHEET.settings);
  const settings = settingsIn ?? (settingsData ? readSettings(settingsData).settings : ({} as Settings));
  const year = planYear(settings);
  const ward = textSetting(settings, "WARD_NAME");

  const roundsData = sheet(SHEET.rounds);
  let rounds: Plan["rounds"] = [];
  if (roundsData) {
    const read = readRoundsSheet(roundsData, year);
    rounds = read.rounds;
    findings.push(...read.findings);
  } else missing.push(SHEET.rounds);

  const movementsData = sheet(SHEET.movements);
  let movements: Plan["movements"] = [];
  if (movementsData) {
    const read = readMovementsSheet(movementsData, year);
    movements = read.movements;
    findings.push(...read.findings);
  } else missing.push(SHEET.movements);

  const planData = sheet(SHEET.plan);
  let tasks: Plan["tasks"] = [];
  let unplacedRows: number[] = [];
  let moved: MovedTask[] = [];
  if (planData) {
    const read = readPlanSheet(planData);
    if (!read.recognised)
      findings.push(finding("PLAN_SHEET_UNREADABLE", planData.name, "A1", { columns: "Tháng, Nội dung, Trạng thái" }));
    const placed = planTasksOf(read, movements);
    const followed = followRounds(placed.tasks, rounds);
    tasks = followed.tasks;
    moved = followed.moved;
    unplacedRows = placed.unplaced;
  } else missing.push(SHEET.plan);

  // Parts I and III only when asked for (layout and new-year read the sheet; the other commands need neither).
  const textData = sheet(SHEET.purposes);
  const text = textData ? readPurposesSheet(textData, year) : undefined;

  const plan: Plan = {
    issuer: ward,
    issuerShort: ward,
    year,
    title: `Kế hoạch công tác thi đua - khen thưởng năm ${year}`,
    cited: [],
    purposes: [],
    tasks,
    rounds,
    periods: standardPeriods(),
    movements,
    councilDuties: [],
    unitDuties: [],
    recipients: [],
    signer: { on_behalf: "", title: "", name: textSetting(settings, "CHAIR_NAME") },
    ...(text?.recognised ? planTextOf(text.rows) : {}),
  };
  return { plan, findings, missing, unplacedRows, moved, ...(text ? { text } : {}) };
}

/** Reads the plan's sheets in one call (the ribbon asks this before it runs a command). */
export async function readWorkbookPlan(wb: Workbook): Promise<WorkbookPlan> {
  return planFrom(await wb.readSheets([...PLAN_SHEETS]));
}

/** The plan, or AppError PLAN_SHEETS_MISSING when the workbook has no `Đợt thi đua` to say which round is when. */
export async function readPlanOrFail(wb: Workbook): Promise<Plan> {
  const read = await readWorkbookPlan(wb);
  if (read.missing.includes(SHEET.rounds)) throw new AppError("PLAN_SHEETS_MISSING", { sheets: SHEET.rounds });
  return read.plan;
}
