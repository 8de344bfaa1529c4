/**
 * "Lay out the plan" (Lập kế hoạch): writes the plan's sheets (`Kế hoạch`, `Phong trào`, `Đợt thi đua`,
 * `Căn cứ`) and creates the master lists (`Đơn vị`, `Hội đồng`, `Cấu hình`) when they are absent.
 * One read, compute, one write, on either host. A re-run keeps what people typed: Trạng thái, Ghi chú, the
 * Loại, Đợt / Phong trào, Chủ trì and Hạn they chose, and own rows in `Kế hoạch` are merged into the new
 * version; the master lists are never rewritten, except that settings added in a newer version of the
 * add-in are appended to a `Cấu hình` the add-in made.
 */
import { fold } from "../domain/codes";
import { basisStatus } from "../domain/plan/legal";
import type { Plan } from "../domain/plan/model";
import type { UnplacedLine } from "../domain/plan/parse";
import { redatePlan } from "../domain/plan/redate";
import { PLAN_2024 } from "../domain/plan/seed2024";
import { sampleInitiatives, samplePeople } from "../domain/sample/people";
import { sampleMembers, sampleUnits } from "../domain/sample/ward";
import { defaultSettings, textSetting, type Settings } from "../domain/settings";
import type { Finding } from "../domain/types";
import { msg, type Bilingual } from "../i18n";
import { buildBasisSheet, readBasisSheet } from "../sheets/basis";
import { formatDate, isBlank, normalizeHeader, readDate, readNumber, text } from "../sheets/cells";
import { buildCouncilSheet } from "../sheets/council";
import { buildInitiativesSheet } from "../sheets/initiatives";
import { buildMovementsSheet } from "../sheets/movements";
import { buildPeopleSheet } from "../sheets/people";
import { SHEET } from "../sheets/names";
import {
  buildPlanSheet,
  DEFAULT_STATUS,
  mergePlanRows,
  OVERRIDABLE_KEYS,
  PLAN_COLUMN_INDEX,
  PLAN_COLUMNS,
  planHeader,
  readPlanSheet,
  type PlanMerge,
} from "../sheets/plan";
import { buildPurposesSheet } from "../sheets/purposes";
import { buildRoundsSheet } from "../sheets/rounds";
import { buildSettingsSheet, readSettings, type SettingsRead } from "../sheets/settingsSheet";
import { SAMPLE_NOTE } from "../sheets/style";
import { buildUnitsSheet, DEFAULT_BLOCKS } from "../sheets/units";
import type { CellInput, CellValue, SheetData, SheetInfo, SheetSpec } from "../workbook/port";
import { takeSnapshot } from "../workbook/snapshot";
import { todayUtc } from "../shared/dates";
import { writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult, SheetOutcome } from "./types";
import { sameSheetName as sameName } from "../shared/sheetNames";
import { isLayoutMarker, isMarker, layoutMarker, type LayoutKey } from "../sheets/markers";
import { PLAN_SHEETS, planFrom, type WorkbookPlan } from "./workbookPlan";

export interface LayoutOptions {
  /** Fill new `Đơn vị` and `Hội đồng` with the synthetic sample ward. */
  sample: boolean;
  /**
   * The plan to lay out (a plan document's). Absent: the plan the workbook's own sheets hold, as the clerk
   * left them; only a workbook without one gets the compiled 2024 plan (re-dated to `Cấu hình`'s YEAR).
   */
  plan?: Plan;
  /** Passages of the plan's document the reader could not place: listed on `Kế hoạch` for the clerk. */
  unplaced?: readonly UnplacedLine[];
}

/** A passage the reader could not place, as a row of `Kế hoạch` without a month, for the clerk to place. */
function unplacedRow(u: UnplacedLine): CellInput[] {
  const row = new Array<CellInput>(PLAN_COLUMNS.length).fill(null);
  row[PLAN_COLUMN_INDEX.text] = u.text;
  row[PLAN_COLUMN_INDEX.status] = DEFAULT_STATUS;
  row[PLAN_COLUMN_INDEX.note] = `Chưa xếp được vào tháng nào (dòng ${u.line} của văn bản kế hoạch): ghi Tháng hoặc xóa dòng.`;
  return row;
}

function markedSheet(infos: readonly SheetInfo[], key: LayoutKey): SheetInfo | undefined {
  return infos.find((s) => isMarker(s.marker, layoutMarker(key)));
}

function existingSheet(infos: readonly SheetInfo[], name: string): SheetInfo | undefined {
  return infos.find((s) => sameName(s.name, name));
}

/** The sheets layout rewrites when it made them; the master lists it only creates. */
const REWRITTEN: ReadonlySet<LayoutKey> = new Set<LayoutKey>(["plan", "movements", "rounds", "basis", "purposes", "settings"]);

/** The plan's sheets by the marker layout gives them, and the name each has when there is no clash. */
const PLAN_SHEET_KEYS: ReadonlyArray<[LayoutKey, string]> = [
  ["plan", SHEET.plan],
  ["rounds", SHEET.rounds],
  ["movements", SHEET.movements],
  ["basis", SHEET.basis],
  ["purposes", SHEET.purposes],
];

/**
 * The sheets read, with layout's own plan sheets under their usual names: after a name clash the add-in's
 * `Kế hoạch` is "Kế hoạch (2)", and the person's "Kế hoạch" beside it is not the plan.
 */
function layoutView(data: readonly SheetData[], infos: readonly SheetInfo[]): SheetData[] {
  let out = [...data];
  for (const [key, usual] of PLAN_SHEET_KEYS) {
    const mine = markedSheet(infos, key);
    if (!mine || sameName(mine.name, usual)) continue;
    const found = out.find((d) => sameName(d.name, mine.name));
    out = out.filter((d) => !sameName(d.name, usual) && d !== found);
    if (found) out.push({ ...found, name: usual });
  }
  return out;
}

/**
 * The plan the workbook holds, when it holds one to re-lay out: a `Kế hoạch` with the plan's tasks (rows
 * with a Mã) and a readable `Đợt thi đua`. Its basis is what `Căn cứ` lists, re-checked as of today.
 */
function workbookPlanOf(view: readonly SheetData[]): WorkbookPlan | undefined {
  const read = planFrom(view);
  const rounds = view.find((d) => sameName(d.name, SHEET.rounds));
  const unreadable = read.findings.some((f) => f.code === "PLAN_SHEET_UNREADABLE" && sameName(f.sheet, rounds?.name ?? ""));
  if (!rounds || unreadable || read.plan.tasks.length + read.unplacedRows.length === 0) return undefined;
  const basis = view.find((d) => sameName(d.name, SHEET.basis));
  return { ...read, plan: { ...read.plan, cited: basis ? readBasisSheet(basis) : [] } };
}

/**
 * A workbook laid out from the compiled plan before parts I and III had a sheet: its plan's parts I and III
 * are the compiled plan's. Any other workbook without the sheet has none recorded.
 */
export function withTemplateText(own: WorkbookPlan, template: Plan): Plan {
  if (own.text) return own.plan;
  const texts = new Map(own.plan.tasks.map((t) => [t.id, t.text]));
  const same = template.tasks.filter((t) => texts.get(t.id) === t.text).length;
  if (same * 2 < template.tasks.length) return own.plan;
  const { purposes, councilDuties, unitDuties, organisation, closing } = template;
  return {
    ...own.plan,
    purposes,
    councilDuties,
    unitDuties,
    ...(organisation ? { organisation } : {}),
    ...(closing ? { closing } : {}),
  };
}

/** "7", 7 and "Tháng 7": a month-only cell, as months. */
function monthsOnly(v: CellValue): string | undefined {
  const n = readNumber(v);
  if ((n.kind === "number" || n.kind === "text-number") && Number.isInteger(n.value) && n.value >= 1 && n.value <= 12)
    return String(n.value);
  const m = /^(?:thang\s*|t)?(\d{1,2}(?:\s*,\s*\d{1,2})*)$/.exec(fold(text(v)));
  return m
    ? m[1]!
        .split(/\s*,\s*/)
        .map(Number)
        .sort((a, b) => a - b)
        .join(",")
    : undefined;
}

function sameValue(a: CellValue, b: CellInput): boolean {
  const bv = (b instanceof Date || b === null || typeof b !== "object" ? b : null) as CellValue;
  if (isBlank(a) && isBlank(bv)) return true;
  const da = a instanceof Date ? a : undefined;
  const db = bv instanceof Date ? bv : undefined;
  if (da || db) return !!da && !!(db ?? readDate(bv)) && da.getTime() === (db ?? readDate(bv))!.getTime();
  if (normalizeHeader(a) === normalizeHeader(bv)) return true;
  const ma = monthsOnly(a);
  return ma !== undefined && ma === monthsOnly(bv);
}

/** Whether a rebuilt sheet holds everything the earlier one did, cell for cell (a month typed "7" is "Tháng 7"). */
function carriesAll(earlier: SheetData | undefined, spec: SheetSpec): boolean {
  if (!earlier) return false;
  const rows = Math.max(earlier.values.length, spec.cells.length);
  for (let r = 0; r < rows; r++) {
    const a = earlier.values[r] ?? [];
    const b = spec.cells[r] ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) if (!sameValue(a[c] ?? null, b[c] ?? null)) return false;
  }
  return true;
}

export async function layoutPlan(ctx: CommandContext, options: LayoutOptions): Promise<CommandResult> {
  const today = ctx.today ?? todayUtc();
  // One read: the list, the plan's sheets and settings (by name, or by marker after a clash), and the
  // sheets this command may replace, for writeSafely's check of a person's edits.
  const snapshot = await takeSnapshot(ctx.wb, {
    read: [...PLAN_SHEETS, SHEET.basis, SHEET.purposes],
    pick: (sheets) => PLAN_SHEET_KEYS.map(([key]) => markedSheet(sheets, key)?.name).filter((n): n is string => n !== undefined),
    replaces: (m) => isLayoutMarker(m, REWRITTEN),
  });
  const infos = snapshot.sheets;

  // Generated sheets go where the add-in put them last time (maybe under a new name after a clash).
  const prevPlan = markedSheet(infos, "plan");
  const settingsInfo = existingSheet(infos, SHEET.settings);
  const unitsInfo = existingSheet(infos, SHEET.units);
  const councilInfo = existingSheet(infos, SHEET.council);

  const data = snapshot.data;
  const planData = prevPlan && data.find((d) => sameName(d.name, prevPlan.name));
  const settingsData = settingsInfo && data.find((d) => sameName(d.name, settingsInfo.name));

  const findings: Finding[] = [];
  const messages: Bilingual[] = [];
  const kept: SheetOutcome[] = [];
  const specs: SheetSpec[] = [];
  /** Sheets whose earlier version this command merged into the new one: replacing them loses nothing. */
  const merged = new Set<string>();

  let settings: Settings = defaultSettings();
  let settingsRead: SettingsRead | undefined;
  if (settingsData) {
    settingsRead = readSettings(settingsData);
    settings = settingsRead.settings;
    findings.push(...settingsRead.findings.filter((f) => f.code !== "SETTINGS_MISSING_CODES"));
  }
  const ward = textSetting(settings, "WARD_NAME");

  // Which plan: the document's; else the workbook's own; else, for a workbook without one, the compiled plan.
  const view = layoutView(data, infos);
  const own = options.plan ? undefined : workbookPlanOf(view);
  const settingsYear = settingsRead && settingsRead.rows.size > 0 ? Number(settingsRead.settings.YEAR) : undefined;
  const template =
    settingsYear !== undefined && Number.isInteger(settingsYear) && settingsYear !== PLAN_2024.year && settingsYear >= 1900
      ? redatePlan(PLAN_2024, settingsYear)
      : PLAN_2024;
  const plan: Plan = options.plan ?? (own ? withTemplateText(own, template) : template);
  if (own) {
    messages.push(msg("LAYOUT_FROM_WORKBOOK", { year: plan.year, tasks: plan.tasks.length, rounds: plan.rounds.length }));
    findings.push(...own.findings);
    if (own.moved.length)
      messages.push(
        msg("LAYOUT_TASKS_FOLLOWED", {
          sheet: SHEET.rounds,
          count: own.moved.length,
          details: own.moved.map((m) => `${m.id}: tháng ${m.from} → ${m.to}`).join("; "),
        }),
      );
  } else if (!options.plan && template !== PLAN_2024)
    messages.push(msg("LAYOUT_TEMPLATE_REDATED", { from: PLAN_2024.year, year: template.year }));

  // Kế hoạch: the plan's tasks, with a person's status, notes and own rows carried over.
  const previous = planData ? readPlanSheet(planData) : undefined;
  const merge: PlanMerge = mergePlanRows(
    plan,
    previous?.recognised ? previous : undefined,
    own ? { moved: own.moved, keepUnmatched: true } : {},
  );
  const planName = prevPlan?.name ?? SHEET.plan;
  const unplaced = (options.unplaced ?? []).filter(
    (u) => !merge.rows.some((r) => String(r[PLAN_COLUMN_INDEX.text] ?? "").normalize("NFC") === u.text.normalize("NFC")),
  );
  const rows = [...merge.rows, ...unplaced.map(unplacedRow)];
  rows.forEach((r, i) => (r[PLAN_COLUMN_INDEX.stt] = i + 1));
  specs.push(buildPlanSheet(plan, { ward, rows, name: planName }));
  if (options.unplaced?.length)
    messages.push(
      msg("LAYOUT_PLAN_UNPLACED", {
        count: options.unplaced.length,
        sheet: planName,
        lines: options.unplaced.map((u) => `[${u.line}] ${u.text}`).join(" | "),
      }),
    );
  if (prevPlan && previous?.recognised) {
    // Quý, Tháng or Nội dung rewritten, or cells outside the table, are what the merge cannot carry:
    // then writeSafely keeps the edited copy.
    if (merge.rewritten.length === 0 && previous.extraCells === 0) merged.add(planName);
    if (merge.keptEdits || merge.keptRows)
      messages.push(msg("LAYOUT_PLAN_KEPT_EDITS", { sheet: planName, edits: merge.keptEdits, rows: merge.keptRows }));
    const overridden = OVERRIDABLE_KEYS.filter((k) => merge.overrides[k].length);
    if (overridden.length) {
      const details = overridden.map((k) => `${planHeader(k)} (${merge.overrides[k].join(", ")})`).join("; ");
      const count = overridden.reduce((n, k) => n + merge.overrides[k].length, 0);
      messages.push(msg("LAYOUT_PLAN_KEPT_VALUES", { sheet: planName, count, details }));
    }
    if (merge.matchedByText.length) {
      messages.push(
        msg("LAYOUT_PLAN_MATCHED_BY_TEXT", {
          sheet: planName,
          count: merge.matchedByText.length,
          ids: merge.matchedByText.join(", "),
        }),
      );
    }
    if (merge.rewritten.length) {
      messages.push(
        msg("LAYOUT_PLAN_REWRITTEN", { sheet: planName, count: merge.rewritten.length, ids: merge.rewritten.join(", ") }),
      );
    }
    if (previous.extraCells) messages.push(msg("LAYOUT_PLAN_EXTRA_CELLS", { sheet: planName, count: previous.extraCells }));
  }

  // The workbook's own rounds, movements and parts I and III, rebuilt from what was read: when the new sheet
  // holds every cell the clerk left, replacing it loses nothing, so no copy is kept.
  const rebuilt = (spec: SheetSpec, key: LayoutKey, readCleanly: boolean) => {
    specs.push(spec);
    const earlier =
      own && readCleanly ? view.find((d) => sameName(d.name, PLAN_SHEET_KEYS.find(([k]) => k === key)![1])) : undefined;
    if (carriesAll(earlier, spec)) merged.add(spec.name);
  };
  const clean = (sheet: string) => !own?.findings.some((f) => sameName(f.sheet, sheet));
  const parts = own?.text?.recognised ? own.text : undefined;
  rebuilt(
    buildPurposesSheet(plan, { ward, name: markedSheet(infos, "purposes")?.name, ...(parts ? { rows: parts.rows } : {}) }),
    "purposes",
    parts !== undefined && parts.ownTargets === 0,
  );
  rebuilt(buildMovementsSheet(plan, { ward, name: markedSheet(infos, "movements")?.name }), "movements", clean(SHEET.movements));
  rebuilt(buildRoundsSheet(plan, settings, { ward, name: markedSheet(infos, "rounds")?.name }), "rounds", clean(SHEET.rounds));
  const statuses = basisStatus(plan.cited, today);
  const basisName = markedSheet(infos, "basis")?.name ?? SHEET.basis;
  specs.push(buildBasisSheet(plan, statuses, today, { ward, name: basisName }));
  const warnings = statuses.filter((s) => s.warning).length;

  // Master lists: created once; afterwards they belong to the people who keep them.
  if (unitsInfo) {
    kept.push({ sheet: unitsInfo.name, action: "kept" });
    messages.push(msg("SHEET_KEPT", { sheet: unitsInfo.name }));
    if (options.sample) messages.push(msg("LAYOUT_SAMPLE_SKIPPED", { sheet: unitsInfo.name }));
  } else {
    const units = options.sample ? sampleUnits() : [];
    specs.push(buildUnitsSheet(units, { ward, blocks: DEFAULT_BLOCKS }));
    if (options.sample) messages.push(msg("LAYOUT_SAMPLE_WRITTEN", { sheet: SHEET.units, count: units.length }));
  }
  if (councilInfo) {
    kept.push({ sheet: councilInfo.name, action: "kept" });
    messages.push(msg("SHEET_KEPT", { sheet: councilInfo.name }));
    if (options.sample) messages.push(msg("LAYOUT_SAMPLE_SKIPPED", { sheet: councilInfo.name }));
  } else {
    const members = options.sample ? sampleMembers() : [];
    specs.push(buildCouncilSheet(members, { ward, note: options.sample ? SAMPLE_NOTE : undefined }));
    if (options.sample) messages.push(msg("LAYOUT_SAMPLE_WRITTEN", { sheet: SHEET.council, count: members.length }));
  }
  // The year's awards lists come with the sample ward only: an empty ward gets them from the awards command.
  if (options.sample) {
    for (const [name, build] of [
      [SHEET.people, () => buildPeopleSheet(samplePeople(), { ward })],
      [SHEET.initiatives, () => buildInitiativesSheet(sampleInitiatives(plan.year), { ward })],
    ] as const) {
      const info = existingSheet(infos, name);
      if (info) {
        kept.push({ sheet: info.name, action: "kept" });
        messages.push(msg("LAYOUT_SAMPLE_SKIPPED", { sheet: info.name }));
        continue;
      }
      const spec = build();
      specs.push(spec);
      messages.push(msg("LAYOUT_SAMPLE_WRITTEN", { sheet: name, count: spec.cells.length - 1 }));
    }
  }
  if (!settingsInfo) {
    // The plan's year goes where every command reads it from.
    specs.push(buildSettingsSheet({ ward, values: new Map([["YEAR", plan.year]]) }));
  } else if (
    settingsRead &&
    settingsRead.rows.size > 0 &&
    settingsRead.settings.YEAR !== plan.year &&
    isMarker(settingsInfo.marker, layoutMarker("settings"))
  ) {
    // Every command dates the plan by Cấu hình's YEAR: laying out another year's plan sets it.
    const values = new Map(settingsRead.raw);
    values.set("YEAR", plan.year);
    specs.push(buildSettingsSheet({ ward, values, extraRows: settingsRead.extraRows, name: settingsInfo.name }));
    merged.add(settingsInfo.name);
    messages.push(
      msg("LAYOUT_YEAR_SET", { sheet: settingsInfo.name, from: String(settingsRead.settings.YEAR), year: plan.year }),
    );
  } else if (settingsRead && settingsRead.missing.length && settingsRead.rows.size > 0) {
    const codes = settingsRead.missing.join(", ");
    if (isMarker(settingsInfo.marker, layoutMarker("settings"))) {
      specs.push(
        buildSettingsSheet({ ward, values: settingsRead.raw, extraRows: settingsRead.extraRows, name: settingsInfo.name }),
      );
      merged.add(settingsInfo.name);
      messages.push(msg("LAYOUT_SETTINGS_ADDED", { sheet: settingsInfo.name, count: settingsRead.missing.length, codes }));
    } else {
      kept.push({ sheet: settingsInfo.name, action: "kept" });
      messages.push(msg("LAYOUT_SETTINGS_NOT_ADDED", { sheet: settingsInfo.name, codes }));
    }
  } else {
    kept.push({ sheet: settingsInfo.name, action: "kept" });
    messages.push(msg("SHEET_KEPT", { sheet: settingsInfo.name }));
  }

  if (
    settingsInfo &&
    settingsRead &&
    settingsRead.rows.size > 0 &&
    settingsRead.settings.YEAR !== plan.year &&
    !merged.has(settingsInfo.name)
  )
    messages.push(
      msg("LAYOUT_YEAR_MISMATCH", { sheet: settingsInfo.name, from: String(settingsRead.settings.YEAR), year: plan.year }),
    );
  const written = await writeSafely(ctx, specs, { merged, snapshot });
  const basisActual = written.names.get(basisName) ?? basisName;
  const summary = msg("LAYOUT_DONE", {
    year: plan.year,
    tasks: plan.tasks.length,
    rounds: plan.rounds.length,
    movements: plan.movements.length,
  });
  if (warnings) messages.push(msg("LAYOUT_BASIS_WARNINGS", { count: warnings, date: formatDate(today), sheet: basisActual }));
  return {
    ok: true,
    sheets: [...written.outcomes, ...kept],
    messages: [summary, ...written.messages, ...messages],
    findings,
  };
}
