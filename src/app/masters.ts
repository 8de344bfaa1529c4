/**
 * The master lists every later command reads (`Đơn vị`, `Hội đồng`, `Cấu hình`), in one readSheets call
 * together with whatever sheets the command needs besides, so the office host needs one sync.
 */
import type { Settings } from "../domain/settings";
import { defaultSettings } from "../domain/settings";
import type { Finding, Member, Unit } from "../domain/types";
import { readMembers, type MembersRead } from "../sheets/council";
import { finding } from "../domain/findingCodes";
import { SHEET } from "../sheets/names";
import { readSettings, type SettingsRead } from "../sheets/settingsSheet";
import { readUnits, type Block, type UnitsRead } from "../sheets/units";
import type { ReadOptions, SheetData, Workbook } from "../workbook/port";

export interface Masters {
  units: Unit[];
  members: Member[];
  settings: Settings;
  /** Khối thi đua from the table beside the units; empty when the sheet has none. */
  blocks: Block[];
  findings: Finding[];
  /** The extra sheets asked for, in the order asked, those that exist. */
  extra: SheetData[];
  /** The readers' full results (column positions, rows), for commands that point at master cells. */
  detail: { units?: UnitsRead; members?: MembersRead; settings?: SettingsRead };
}

export const MASTER_SHEETS = [SHEET.units, SHEET.council, SHEET.settings] as const;

export async function readMasters(wb: Workbook, extraSheets: readonly string[] = [], options?: ReadOptions): Promise<Masters> {
  const wanted = [...MASTER_SHEETS, ...extraSheets.filter((n) => !(MASTER_SHEETS as readonly string[]).includes(n))];
  const data = await wb.readSheets(wanted, options);
  return mastersFrom(data, extraSheets);
}

/** The same from sheets already read (for a command that reads more in the same call). */
export function mastersFrom(data: readonly SheetData[], extraSheets: readonly string[] = []): Masters {
  const byName = new Map(data.map((d) => [d.name, d]));
  const findings: Finding[] = [];
  const detail: Masters["detail"] = {};
  const unitsData = byName.get(SHEET.units);
  const councilData = byName.get(SHEET.council);
  const settingsData = byName.get(SHEET.settings);
  if (unitsData) {
    detail.units = readUnits(unitsData);
    findings.push(...detail.units.findings);
  } else findings.push(finding("MASTER_SHEET_MISSING", SHEET.units, ""));
  if (councilData) {
    detail.members = readMembers(councilData);
    findings.push(...detail.members.findings);
  } else findings.push(finding("MASTER_SHEET_MISSING", SHEET.council, ""));
  if (settingsData) {
    detail.settings = readSettings(settingsData);
    findings.push(...detail.settings.findings);
  }
  return {
    units: detail.units?.units ?? [],
    members: detail.members?.members ?? [],
    settings: detail.settings?.settings ?? defaultSettings(),
    blocks: detail.units?.blocks ?? [],
    findings,
    extra: extraSheets.map((n) => byName.get(n)).filter((d): d is SheetData => d !== undefined),
    detail,
  };
}
