/**
 * "Phiếu đơn vị": one small workbook per unit, which the unit fills and sends back (collect.ts reads it).
 * The ward's lists are read once; each form carries the unit's members from `Cá nhân` and, for a tổ dân
 * phố, its households from the register, so a unit corrects what the ward has rather than typing it again.
 * The forms are returned as sheet specs: the host writes each into a new workbook (a file on the CLI).
 */
import { ROUND_NAMES } from "../domain/codes";
import { textSetting } from "../domain/settings";
import type { RoundCode } from "../domain/types";
import { FORM_VERSION } from "../domain/units/forms";
import type { Household } from "../domain/households";
import type { Person } from "../domain/awards/model";
import { msg, type Bilingual } from "../i18n";
import { sheetKey } from "../shared/sheetNames";
import { AppError } from "../shared/errors";
import { buildFormSheets, formFileName } from "../sheets/forms";
import { HOUSEHOLD_SHEET, readHouseholds } from "../sheets/households";
import { SHEET } from "../sheets/names";
import { readPeople } from "../sheets/people";
import { readSettings } from "../sheets/settingsSheet";
import { readUnits } from "../sheets/units";
import type { SheetSpec } from "../workbook/port";
import { takeSnapshot } from "../workbook/snapshot";
import type { CommandContext } from "./types";
import { planYear } from "./workbookPlan";

export interface UnitForm {
  unit: string;
  unitName: string;
  fileName: string;
  specs: SheetSpec[];
}

export interface FormsResult {
  forms: UnitForm[];
  year: number;
  messages: Bilingual[];
}

export async function makeForms(ctx: CommandContext, round: RoundCode): Promise<FormsResult> {
  ctx.progress?.(0, 2, "PROGRESS_READ");
  const snapshot = await takeSnapshot(ctx.wb, { read: [SHEET.units, SHEET.settings, SHEET.people, HOUSEHOLD_SHEET] });
  const data = (name: string) => snapshot.data.find((d) => sheetKey(d.name) === sheetKey(name));
  const unitsData = data(SHEET.units);
  const settingsData = data(SHEET.settings);
  if (!unitsData || !settingsData) throw new AppError("FORMS_NO_UNITS", { units: SHEET.units, settings: SHEET.settings });
  ctx.progress?.(1, 2, "PROGRESS_COMPUTE");
  const settings = readSettings(settingsData).settings;
  const units = readUnits(unitsData).units;
  const peopleData = data(SHEET.people);
  const people: Person[] = peopleData ? readPeople(peopleData).people : [];
  const householdData = data(HOUSEHOLD_SHEET);
  const households: Household[] = householdData ? readHouseholds(householdData).households : [];
  const ward = textSetting(settings, "WARD_NAME");
  const year = planYear(settings);
  const issued = ctx.today ?? new Date();
  const membersOf = new Map<string, Person[]>();
  for (const p of people) membersOf.set(p.unit, [...(membersOf.get(p.unit) ?? []), p]);
  const householdsOf = new Map<string, Household[]>();
  for (const h of households) {
    const list = householdsOf.get(h.tdp);
    if (list) list.push(h);
    else householdsOf.set(h.tdp, [h]);
  }
  const forms = units.map((unit): UnitForm => ({
    unit: unit.code,
    unitName: unit.name,
    fileName: formFileName(unit.code, year),
    specs: buildFormSheets({
      identity: { version: FORM_VERSION, year, ward, round, unit: unit.code },
      unit,
      roundName: ROUND_NAMES[round],
      issued,
      members: membersOf.get(unit.code) ?? [],
      ...(unit.type === "TDP" ? { households: householdsOf.get(unit.code) ?? [] } : {}),
    }),
  }));
  ctx.progress?.(2, 2, "PROGRESS_DONE");
  const tdps = units.filter((u) => u.type === "TDP").length;
  return { forms, year, messages: [msg("FORMS_MADE", { n: forms.length, tdps, year, round: ROUND_NAMES[round] })] };
}

/** The forms of a round as one file, for a host that cannot write a folder (the pane, in a browser or in Excel). */
export interface FormsZip {
  bytes: Uint8Array;
  fileName: string;
  forms: number;
  messages: Bilingual[];
}

/**
 * Every unit's form as an .xlsx inside one .zip, named as the CLI names the files in its folder. The
 * workbooks are built with exceljs whatever the host, since a form is a new file, never the open workbook.
 */
export async function formsZip(ctx: CommandContext, round: RoundCode): Promise<FormsZip> {
  const made = await makeForms({ ...ctx, progress: undefined }, round);
  // Loaded on use: inside Excel the pane needs exceljs and JSZip for nothing else.
  const [{ ExcelJsWorkbook }, { default: JSZip }] = await Promise.all([import("../workbook/exceljs/workbook"), import("jszip")]);
  const zip = new JSZip();
  const date = ctx.today ?? new Date();
  for (const [i, form] of made.forms.entries()) {
    ctx.progress?.(i, made.forms.length + 1, "PROGRESS_WRITE");
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheets(form.specs);
    zip.file(form.fileName, await wb.toBuffer(), { date, binary: true });
  }
  ctx.progress?.(made.forms.length, made.forms.length + 1, "PROGRESS_WRITE");
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  ctx.progress?.(made.forms.length + 1, made.forms.length + 1, "PROGRESS_DONE");
  const fileName = `phieu-don-vi-${made.year}-${round}.zip`;
  return {
    bytes,
    fileName,
    forms: made.forms.length,
    messages: [...made.messages, msg("FORMS_ZIPPED", { n: made.forms.length, file: fileName })],
  };
}
