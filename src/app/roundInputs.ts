/**
 * Everything a round's commands (validate, rank, summary) read, in ONE snapshot (the sheet list and the
 * sheets, one context.sync at ward scale on the office host): master lists, `Tiêu chí`, `Danh hiệu`,
 * `Đăng ký` and every judge sheet of the round, parsed; plus, with formulas, the generated sheets the
 * command will replace, so its write needs no read of its own.
 *
 * Which sheets are the round's judge sheets: those prepare marked for the round ("prepare",
 * "<round>:judge:<code>"), wherever a clash put them. Only when the workbook has none marked (a file
 * made before the add-in, or by hand) are sheets named "Chấm điểm Đ1 - …" taken instead; copies that
 * keep a person's edit ("… (bản sửa)") are never read as a second sheet of the same judge.
 */
import { defaultCriteria } from "../domain/criteria";
import { defaultTitles, type Title } from "../domain/titles";
import type { Criterion, Finding, Registration, RoundCode } from "../domain/types";
import type { InputLayout, JudgeSheet, RoundInput } from "../domain/validation";
import { columnLetter } from "../sheets/cells";
import { readCriteria, type CriteriaRead } from "../sheets/criteria";
import { SHEET, scoringSheetPrefix } from "../sheets/names";
import { readRegistrations, type RegistrationsRead } from "../sheets/registrations";
import { readScoringSheet } from "../sheets/scoring";
import { readTitles } from "../sheets/titles";
import type { Marker, SheetData, SheetInfo, Snapshot, SnapshotRequest } from "../workbook/port";
import { takeSnapshot } from "../workbook/snapshot";
import { MASTER_SHEETS, mastersFrom, type Masters } from "./masters";
import type { CommandContext } from "./types";
import { sheetKey } from "../shared/sheetNames";
import { judgeOfMarker } from "../sheets/markers";

/** The round's judge sheets among `infos`, with the judge code the marker records (if any). */
export function judgeSheetInfos(round: RoundCode, infos: readonly SheetInfo[]): { name: string; judge?: string }[] {
  const marked = infos.flatMap((s) => {
    const judge = judgeOfMarker(round, s.marker);
    return judge === undefined ? [] : [{ name: s.name, judge }];
  });
  if (marked.length) return marked;
  const prefix = sheetKey(scoringSheetPrefix(round));
  return infos
    .filter((s) => sheetKey(s.name).startsWith(prefix) && !/\(bản (sửa|cũ)\)/i.test(s.name.normalize("NFC")))
    .map((s) => ({ name: s.name }));
}

export interface RoundInputs {
  round: RoundCode;
  masters: Masters;
  criteria: Criterion[];
  titles: Title[];
  registrations: Registration[];
  judgeSheets: JudgeSheet[];
  /** The raw judge sheets as read, same order as judgeSheets. */
  judgeData: SheetData[];
  /** Every sheet as listed before reading (names, markers). */
  sheets: SheetInfo[];
  /** What was read, for writeSafely (so the write needs no read of its own). */
  snapshot: Snapshot;
  present: { criteria: boolean; titles: boolean; registrations: boolean };
  detail: { criteria?: CriteriaRead; registrations?: RegistrationsRead };
  /** Reader findings: master lists, criteria, registrations. */
  findings: Finding[];
  /** Ready for validateRound. */
  input: RoundInput;
}

function letter(col: number | undefined, fallback: string): string {
  return col !== undefined && col >= 0 ? columnLetter(col) : fallback;
}

/** Sheets every round command reads by name. */
export const ROUND_SHEETS: readonly string[] = [...MASTER_SHEETS, SHEET.criteria, SHEET.titles, SHEET.registrations];

/** The read of one or more rounds: the named sheets and every judge sheet of each round. */
export function roundsRequest(rounds: readonly RoundCode[], replaces?: (m: Marker) => boolean): SnapshotRequest {
  return {
    read: ROUND_SHEETS,
    pick: (sheets) => rounds.flatMap((r) => judgeSheetInfos(r, sheets).map((j) => j.name)),
    ...(replaces ? { replaces } : {}),
  };
}

/**
 * One snapshot of the round, then parsed. `replaces`: the markers of the sheets the command will write
 * (e.g. its own `Kiểm tra`), read in the same round trip for writeSafely.
 */
export async function loadRoundInputs(
  ctx: CommandContext,
  round: RoundCode,
  replaces?: (m: Marker) => boolean,
): Promise<RoundInputs> {
  return roundInputsFrom(await takeSnapshot(ctx.wb, roundsRequest([round], replaces)), round);
}

/** A round's inputs from a snapshot that holds its sheets (roundsRequest); no host call. */
export function roundInputsFrom(snapshot: Snapshot, round: RoundCode): RoundInputs {
  const sheets = snapshot.sheets;
  const judges = judgeSheetInfos(round, sheets);
  const masters = mastersFrom(snapshot.data, [SHEET.criteria, SHEET.titles, SHEET.registrations, ...judges.map((j) => j.name)]);
  const byName = new Map(masters.extra.map((d) => [d.name, d]));
  const findings: Finding[] = [...masters.findings];
  const detail: RoundInputs["detail"] = {};

  const critData = byName.get(SHEET.criteria);
  let criteria: Criterion[];
  if (critData) {
    detail.criteria = readCriteria(critData);
    criteria = detail.criteria.criteria;
    findings.push(...detail.criteria.findings);
  } else criteria = defaultCriteria();

  const titlesData = byName.get(SHEET.titles);
  const readT = titlesData ? readTitles(titlesData) : [];
  const titles = readT.length ? readT : defaultTitles();

  const regData = byName.get(SHEET.registrations);
  let registrations: Registration[] = [];
  if (regData) {
    detail.registrations = readRegistrations(regData);
    registrations = detail.registrations.registrations;
    findings.push(...detail.registrations.findings);
  }

  const judgeData: SheetData[] = [];
  const judgeSheets: JudgeSheet[] = [];
  for (const j of judges) {
    const data = byName.get(j.name);
    if (!data) continue;
    judgeData.push(data);
    judgeSheets.push(readScoringSheet(data, criteria, masters.units, { judgeCode: j.judge }));
  }

  const uc = masters.detail.units?.columns;
  const mc = masters.detail.members?.columns;
  const cc = detail.criteria?.columns;
  const rc = detail.registrations?.columns;
  const layout: InputLayout = {
    units: {
      sheet: SHEET.units,
      code: letter(uc?.code, "A"),
      name: letter(uc?.name, "B"),
      block: letter(uc?.block, "D"),
      head: letter(uc?.head, "E"),
    },
    council: { sheet: SHEET.council, code: letter(mc?.code, "A"), units: letter(mc?.follows, "F") },
    registrations: {
      sheet: SHEET.registrations,
      round: letter(rc?.round, "A"),
      kind: letter(rc?.kind, "B"),
      unit: letter(rc?.unit, "C"),
      person: letter(rc?.person, "D"),
      title: letter(rc?.title, "E"),
      date: letter(rc?.date, "G"),
      covenant: letter(rc?.covenant, "H"),
    },
    criteria: {
      sheet: SHEET.criteria,
      code: letter(cc?.code, "A"),
      group: letter(cc?.group, "B"),
      max: letter(cc?.max, "D"),
      kind: letter(cc?.kind, "E"),
    },
    settingsSheet: SHEET.settings,
    // The value column is the third of `Cấu hình` (Mã, Nội dung, Giá trị) as layout writes it.
    settingCells: Object.fromEntries(
      [...(masters.detail.settings?.rows ?? new Map<string, number>())].map(([code, row]) => [code, `C${row}`]),
    ),
  };
  const present = { criteria: critData !== undefined, titles: titlesData !== undefined, registrations: regData !== undefined };
  const input: RoundInput = {
    round,
    units: masters.units,
    members: masters.members,
    settings: masters.settings,
    criteria,
    titles,
    registrations,
    judgeSheets,
    blocks: masters.blocks.map((b) => b.code),
    readFindings: findings,
    present: { criteria: present.criteria, registrations: present.registrations },
    layout,
  };
  return {
    round,
    masters,
    criteria,
    titles,
    registrations,
    judgeSheets,
    judgeData,
    sheets,
    snapshot,
    present,
    detail,
    findings,
    input,
  };
}
