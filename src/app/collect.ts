/**
 * "Thu phiếu": the units' filled forms merged into the ward's `Cá nhân` and family register.
 *
 * Each form is checked before anything is merged: its hidden identity (a form at all, of this ward and
 * year, of a unit on `Đơn vị`, of the current layout version, not older than the form already collected
 * from the unit, the unit not sent twice), then its rows at the cell (the same readers as the ward's own
 * sheets, so a value the ward would refuse is refused in the form). A form with an error is not merged;
 * its findings name the file, the sheet and the cell.
 *
 * Merging (domain/units/collect.ts): every collected row names its source, "<file> (phiếu lập dd/mm/yyyy)",
 * on `Cá nhân` in Ghi chú ("Nguồn: …") and on the register in Nguồn. A unit's newer form replaces the rows
 * of its earlier one, and says so; the same form again changes nothing and nothing is written; a row typed
 * on the ward's sheet is never replaced, and an incoming row with its code is left out and named.
 *
 * The port rewrites a sheet whole, so the columns a clerk added beside the generated ones are read and
 * written back on their rows, inside the table; a unit's newer form keeps them on the rows with the same
 * code. Their values and number formats survive (where the host reads formats). A person's notes and
 * column widths on the two sheets are read too (where the host can) and written back: a note on a row's
 * cell stays on that row, found by its code, wherever the row lands, also when a unit's newer form
 * replaces it; a width stays on its column, found by its header. A note that has no row to go with (on a
 * blank row, or on a row a newer form dropped) is kept in one note on the sheet's first cell, each line
 * saying where it was, and the command says so.
 */
import { fold } from "../domain/codes";
import { textSetting } from "../domain/settings";
import type { Finding } from "../domain/types";
import { mergeUnit, type ListRow } from "../domain/units/collect";
import { FORM_VERSION, parseFormKey, sameWard, type FormIdentity } from "../domain/units/forms";
import { msg, type Bilingual } from "../i18n";
import { formatDate } from "../shared/dates";
import { sheetKey } from "../shared/sheetNames";
import { a1, matchHeaders, text, type ColumnDef } from "../sheets/cells";
import { withExtraColumns } from "../sheets/listSheet";
import { FORM_HOUSEHOLDS_SHEET, FORM_INFO_SHEET, FORM_MEMBERS_SHEET, INFO_LABELS } from "../sheets/forms";
import { buildHouseholdSheet, HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, householdRow, readHouseholds } from "../sheets/households";
import { finding, type FindingCode } from "../domain/findingCodes";
import { SHEET } from "../sheets/names";
import { buildPeopleSheet, PERSON_COLUMNS, personRow, readPeople } from "../sheets/people";
import { readSettings } from "../sheets/settingsSheet";
import { readUnits } from "../sheets/units";
import type { CellValue, SheetData, SheetSpec, Workbook } from "../workbook/port";
import { takeSnapshot } from "../workbook/snapshot";
import { writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult } from "./types";
import { planYear } from "./workbookPlan";
import { formKeyOfMarker } from "../sheets/markers";

export interface FormSource {
  /** The file's name as the clerk picked it. */
  file: string;
  open(): Promise<Workbook>;
}

const NOTE_SOURCE = /^Nguồn: ([^;]+?)(?:; (.*))?$/s;
const ISSUED = /\(phiếu lập (\d{2}\/\d{2}\/\d{4})\)$/;

function sourceOf(file: string, issued: Date): string {
  return `${file} (phiếu lập ${formatDate(issued)})`;
}

function issuedOf(source: string): number | undefined {
  const m = ISSUED.exec(source);
  if (!m) return undefined;
  const [d, mo, y] = m[1]!.split("/").map(Number);
  return Date.UTC(y!, mo! - 1, d!);
}

/** A form's sheet, named for findings as Excel names another workbook's sheet: "[phieu-TDP01-2024.xlsx]Thành viên". */
function formSheetName(file: string, sheet: string): string {
  return `[${file}]${sheet}`;
}

/** The ward's list as rows: the header, and each body row with its key, unit and source. */
interface WardList {
  header: CellValue[];
  rows: ListRow[];
  /** Column of each standard field in the sheet (-1 when absent). */
  columns: Record<string, number>;
  present: boolean;
  /** Headers of the columns a person added beside the generated ones, in the sheet's order. */
  extraHeader: CellValue[];
  /** Those columns in the sheet (0-based), and each row's 0-based sheet row, to read their number formats. */
  extraCols: number[];
  sheetRows: number[];
  /** The sheet's header row (0-based) and, for each of its columns kept, its column in the rewritten sheet. */
  headerRow: number;
  placed: Map<number, number>;
  /** A person's notes on the header row (placed on the rewritten header), and those with no row or column to go with. */
  headerNotes: { col: number; text: string }[];
  strayNotes: { where: string; text: string }[];
  /** Width (characters) of each column of the rewritten sheet a person's sheet had a width for. */
  widths: Map<number, number>;
  /** False when the host could not read the sheet's notes. */
  notesRead: boolean;
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * A ward's list read for merging: the standard columns in their order, and every other column that has a
 * header or a value (a person's own column) kept beside them, so that rewriting the sheet loses neither.
 * A row with a value only in such a column is kept too.
 */
function wardList<K extends string>(
  data: SheetData | undefined,
  defs: readonly ColumnDef<K>[],
  describe: (get: (k: K) => CellValue) => Pick<ListRow, "key" | "unit" | "source">,
): WardList {
  const header = defs.map((c) => c.header);
  const columns = Object.fromEntries(defs.map((c, i) => [c.key, i])) as Record<string, number>;
  const empty: WardList = {
    header,
    rows: [],
    columns,
    present: false,
    extraHeader: [],
    extraCols: [],
    sheetRows: [],
    headerRow: 0,
    placed: new Map(),
    headerNotes: [],
    strayNotes: [],
    widths: new Map(),
    notesRead: true,
  };
  if (!data) return empty;
  const match = matchHeaders(data.values, defs);
  if (!match || match.missing.length) return { ...empty, present: true };
  const standard = new Set(Object.values<number>(match.columns).filter((c) => c >= 0));
  const width = Math.max(0, ...data.values.map((r) => r.length));
  const body = data.values.slice(match.headerRow + 1);
  const extraCols: number[] = [];
  for (let c = 0; c < width; c++)
    if (!standard.has(c) && (!blank(data.values[match.headerRow]?.[c]) || body.some((r) => !blank(r[c])))) extraCols.push(c);
  const used = [...standard, ...extraCols];
  const rows: ListRow[] = [];
  const sheetRows: number[] = [];
  for (const [i, row] of body.entries()) {
    if (used.every((c) => blank(row[c]))) continue;
    sheetRows.push(match.headerRow + 1 + i);
    const get = (k: K) => (match.columns[k] >= 0 ? (row[match.columns[k]] ?? null) : null);
    rows.push({
      ...describe(get),
      // The row in the standard column order, every value as typed.
      cells: defs.map((c) => get(c.key)),
      ...(extraCols.length ? { extra: extraCols.map((c) => row[c] ?? null) } : {}),
    });
  }
  const extraHeader = extraCols.map((c) => data.values[match.headerRow]?.[c] ?? null);
  const placed = new Map<number, number>();
  defs.forEach((d, i) => {
    if (match.columns[d.key] >= 0) placed.set(match.columns[d.key], i);
  });
  extraCols.forEach((c, i) => placed.set(c, defs.length + i));
  return { ...empty, rows, present: true, extraHeader, extraCols, sheetRows, headerRow: match.headerRow, placed };
}

/**
 * A person's notes and column widths on the sheet, read where the host can, onto the rows and columns
 * they belong to: the sheet is rewritten whole, and its rows move as units' forms come in.
 */
async function withSheetParts(wb: Workbook, sheet: string, list: WardList): Promise<WardList> {
  if (!wb.readSheetParts || !list.present || list.placed.size === 0) return list;
  const parts = await wb.readSheetParts(sheet);
  const rowOf = new Map(list.sheetRows.map((r, i) => [r, i]));
  const notes = list.rows.map((): { col: number; text: string }[] => []);
  const headerNotes: WardList["headerNotes"] = [];
  const strayNotes: WardList["strayNotes"] = [];
  for (const n of parts.notes ?? []) {
    const col = list.placed.get(n.col);
    const i = rowOf.get(n.row);
    if (col !== undefined && i !== undefined) notes[i]!.push({ col, text: n.text });
    else if (col !== undefined && n.row === list.headerRow) headerNotes.push({ col, text: n.text });
    else strayNotes.push({ where: a1(n.row, n.col), text: n.text });
  }
  const widths = new Map<number, number>();
  parts.columnWidths.forEach((w, c) => {
    const col = list.placed.get(c);
    if (w !== null && w > 0 && col !== undefined) widths.set(col, w);
  });
  const rows = list.rows.map((r, i) => (notes[i]!.length ? { ...r, notes: notes[i] } : r));
  return { ...list, rows, headerNotes, strayNotes, widths, notesRead: parts.notes !== undefined };
}

/**
 * The number formats of a person's own columns, read where the host can, onto each row: the sheet is
 * rewritten whole, and office-js reads a date as its serial number, which without its format shows as one.
 */
async function withExtraFormats(wb: Workbook, sheet: string, list: WardList): Promise<WardList> {
  if (!wb.readNumberFormats || list.extraCols.length === 0 || list.rows.length === 0) return list;
  const first = Math.min(...list.sheetRows);
  const col = Math.min(...list.extraCols);
  const formats = await wb.readNumberFormats(sheet, {
    row: first,
    col,
    rows: Math.max(...list.sheetRows) - first + 1,
    cols: Math.max(...list.extraCols) - col + 1,
  });
  const rows = list.rows.map((r, i) => ({
    ...r,
    extraFormats: list.extraCols.map((c) => formats[list.sheetRows[i]! - first]?.[c - col] ?? "General"),
  }));
  return { ...list, rows };
}

function peopleList(data: SheetData | undefined): WardList {
  return wardList(data, PERSON_COLUMNS, (get) => {
    const note = NOTE_SOURCE.exec(text(get("note")));
    return { key: text(get("code")), unit: text(get("unit")), source: note ? note[1]!.trim() : "" };
  });
}

function householdList(data: SheetData | undefined): WardList {
  return wardList(data, HOUSEHOLD_COLUMNS, (get) => ({
    key: text(get("code")),
    unit: text(get("tdp")),
    source: text(get("source")),
  }));
}

interface ReadForm {
  file: string;
  identity: FormIdentity;
  issued: Date;
  members: ListRow[];
  households: ListRow[] | undefined;
  findings: Finding[];
}

function infoCell(info: SheetData | undefined, label: string): { value: CellValue; cell: string } {
  const values = info?.values ?? [];
  for (let r = 0; r < values.length; r++)
    if (fold(text(values[r]?.[0] ?? null)) === fold(label)) return { value: values[r]?.[1] ?? null, cell: a1(r, 1) };
  return { value: null, cell: "B1" };
}

async function readForm(
  source: FormSource,
  ward: { name: string; year: number; units: ReadonlySet<string> },
): Promise<ReadForm | Finding> {
  const wb = await source.open();
  const sheets = await wb.listSheets();
  const marked = sheets.find((s) => formKeyOfMarker(s.marker) !== undefined);
  const key = formKeyOfMarker(marked?.marker);
  const identity = key !== undefined ? parseFormKey(key) : undefined;
  const infoName = formSheetName(source.file, FORM_INFO_SHEET);
  if (!identity || !marked?.marker) return finding("FORM_NOT_A_FORM", infoName, "", { file: source.file });
  const issuedAt = Date.parse(marked.marker.generatedAt);
  const issued = new Date(Number.isFinite(issuedAt) ? issuedAt : 0);
  const issuedDay = new Date(Date.UTC(issued.getUTCFullYear(), issued.getUTCMonth(), issued.getUTCDate()));
  const wanted = [FORM_INFO_SHEET, FORM_MEMBERS_SHEET, FORM_HOUSEHOLDS_SHEET];
  const data = await wb.readSheets(sheets.filter((s) => wanted.some((w) => sheetKey(w) === sheetKey(s.name))).map((s) => s.name));
  const byName = (n: string) => data.find((d) => sheetKey(d.name) === sheetKey(n));
  const info = byName(FORM_INFO_SHEET);
  const findings: Finding[] = [];
  const infoFinding = (code: FindingCode, label: string, params: Record<string, string | number>) =>
    findings.push(finding(code, infoName, infoCell(info, label).cell, { file: source.file, ...params }));
  if (identity.version < FORM_VERSION)
    infoFinding("FORM_OLD_VERSION", INFO_LABELS.version, { version: identity.version, current: FORM_VERSION });
  if (!sameWard(identity.ward, ward.name))
    infoFinding("FORM_OTHER_WARD", INFO_LABELS.ward, { formWard: identity.ward, ward: ward.name });
  if (identity.year !== ward.year) infoFinding("FORM_OTHER_YEAR", INFO_LABELS.year, { formYear: identity.year, year: ward.year });
  if (!ward.units.has(identity.unit)) infoFinding("FORM_UNKNOWN_UNIT", INFO_LABELS.unit, { unit: identity.unit });

  const source_ = sourceOf(source.file, issuedDay);
  const membersData = byName(FORM_MEMBERS_SHEET);
  const members: ListRow[] = [];
  if (membersData) {
    const named = { ...membersData, name: formSheetName(source.file, FORM_MEMBERS_SHEET) };
    const read = readPeople(named);
    findings.push(...read.findings);
    for (const p of read.people) {
      const unitCell = a1((p.row ?? 1) - 1, Math.max(0, read.columns.unit));
      if (p.unit && p.unit !== identity.unit)
        findings.push(
          finding("FORM_MEMBER_OTHER_UNIT", named.name, unitCell, {
            code: p.code,
            unit: p.unit,
            formUnit: identity.unit,
          }),
        );
      const note = [`Nguồn: ${source_}`, p.note && p.note !== "Dữ liệu mẫu" ? p.note : ""].filter(Boolean).join("; ");
      members.push({
        key: p.code,
        unit: identity.unit,
        source: source_,
        formRow: p.row,
        // The row `Cá nhân` itself writes (sanction included), with the form's unit and the source in Ghi chú.
        cells: personRow({ ...p, note }, identity.unit) as CellValue[],
      });
    }
  }
  const householdData = byName(FORM_HOUSEHOLDS_SHEET);
  let households: ListRow[] | undefined;
  if (householdData) {
    const named = { ...householdData, name: formSheetName(source.file, FORM_HOUSEHOLDS_SHEET) };
    const read = readHouseholds(named, new Set([identity.unit]));
    findings.push(...read.findings);
    households = [];
    for (const h of read.households) {
      for (const k of ["evaluatedOn", "postedFrom", "postedTo"] as const) {
        const d = h[k];
        if (d && d.getUTCFullYear() !== identity.year)
          findings.push(
            finding("FORM_DATE_OUTSIDE_YEAR", named.name, a1(h.row - 1, Math.max(0, read.columns[k])), {
              code: h.code,
              date: formatDate(d),
              year: identity.year,
            }),
          );
      }
      households.push({
        key: h.code,
        unit: identity.unit,
        source: source_,
        formRow: h.row,
        // The row the register itself writes, with the form's tổ dân phố and the form as its Nguồn.
        cells: householdRow({ ...h, tdp: h.tdp || identity.unit, source: source_ }) as CellValue[],
      });
    }
  }
  return { file: source.file, identity, issued: issuedDay, members, households, findings };
}

function sameIgnoring(a: readonly CellValue[], b: readonly CellValue[], ignore: readonly number[]): boolean {
  const key = (v: CellValue | undefined) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? "").trim());
  for (let c = 0; c < Math.max(a.length, b.length); c++) if (!ignore.includes(c) && key(a[c]) !== key(b[c])) return false;
  return true;
}

/**
 * The notes of the rows a unit's newer form dropped (no row with their code is left), as lines that say
 * where each was.
 */
function orphanedNotes(
  before: readonly ListRow[],
  after: readonly ListRow[],
  header: readonly CellValue[],
): WardList["strayNotes"] {
  const left = new Set(after.map((r) => fold(r.key)));
  return before
    .filter((r) => r.notes && !left.has(fold(r.key)))
    .flatMap((r) =>
      r.notes!.map((n) => ({
        where: `${text(header[0] ?? null)} ${r.key}, ${text(header[n.col] ?? null) || a1(0, n.col)}`,
        text: n.text,
      })),
    );
}

/** The sheet's spec, and how many notes had no row to go with and were put on its first cell. */
function rowsSpec(base: SheetSpec, list: WardList, orphans: WardList["strayNotes"]): { spec: SheetSpec; homeless: number } {
  const spec = { ...base, cells: [list.header, ...list.rows.map((r) => [...r.cells] as CellValue[])] };
  const wide = withExtraColumns(spec, {
    header: list.extraHeader,
    rows: list.rows.map((r) => r.extra ?? []),
    formats: list.rows.map((r) => r.extraFormats),
  });
  const notes = [
    ...list.headerNotes.map((n) => ({ row: 0, ...n })),
    ...list.rows.flatMap((r, i) => (r.notes ?? []).map((n) => ({ row: i + 1, ...n }))),
  ];
  const homeless = [...list.strayNotes, ...orphans];
  if (homeless.length) {
    // One note on the first cell, where a person looks first; a note of hers already there stays at its head.
    const at = notes.findIndex((n) => n.row === 0 && n.col === 0);
    const lines = homeless.map((n) => `[${n.where}] ${n.text}`);
    if (at >= 0) notes[at] = { ...notes[at]!, text: [notes[at]!.text, ...lines].join("\n") };
    else notes.push({ row: 0, col: 0, text: lines.join("\n") });
  }
  const widths = wide.columnWidths?.map((w, c) => list.widths.get(c) ?? w);
  return {
    spec: { ...wide, ...(widths ? { columnWidths: widths } : {}), ...(list.notesRead ? { notes } : {}) },
    homeless: homeless.length,
  };
}

export async function collectForms(ctx: CommandContext, sources: readonly FormSource[]): Promise<CommandResult> {
  ctx.progress?.(0, sources.length + 2, "PROGRESS_READ");
  const snapshot = await takeSnapshot(ctx.wb, {
    read: [SHEET.units, SHEET.settings, SHEET.people, HOUSEHOLD_SHEET],
    formulas: true,
  });
  const data = (name: string) => snapshot.data.find((d) => sheetKey(d.name) === sheetKey(name));
  const settings = readSettings(data(SHEET.settings) ?? { name: SHEET.settings, values: [] }).settings;
  const unitsData = data(SHEET.units);
  const units = unitsData ? readUnits(unitsData).units : [];
  const ward = { name: textSetting(settings, "WARD_NAME"), year: planYear(settings), units: new Set(units.map((u) => u.code)) };
  const peopleData = data(SHEET.people);
  const registerData = data(HOUSEHOLD_SHEET);
  const read = async (d: SheetData, list: WardList) =>
    withSheetParts(ctx.wb, d.name, await withExtraFormats(ctx.wb, d.name, list));
  let people = peopleData ? await read(peopleData, peopleList(peopleData)) : peopleList(undefined);
  let register = registerData ? await read(registerData, householdList(registerData)) : householdList(undefined);
  const peopleBefore = people.rows;
  const registerBefore = register.rows;
  const findings: Finding[] = [];
  const messages: Bilingual[] = [];
  const seen = new Map<string, string>();
  let peopleChanged = false;
  let registerChanged = false;
  for (const [i, source] of sources.entries()) {
    ctx.progress?.(i + 1, sources.length + 2, "PROGRESS_READ");
    const form = await readForm(source, ward);
    if (!("identity" in form)) {
      findings.push(form);
      continue;
    }
    const unit = form.identity.unit;
    const first = seen.get(unit);
    if (first !== undefined) {
      findings.push(finding("FORM_UNIT_TWICE", formSheetName(form.file, FORM_INFO_SHEET), "", { file: form.file, unit, first }));
      continue;
    }
    seen.set(unit, form.file);
    // A form older than the one the ward collected from the unit would undo the unit's later corrections.
    const collected = [...people.rows, ...register.rows]
      .filter((r) => r.source && r.unit === unit)
      .map((r) => issuedOf(r.source) ?? 0);
    const latest = collected.length ? Math.max(...collected) : undefined;
    if (latest !== undefined && form.issued.getTime() < latest)
      form.findings.push(
        finding("FORM_OLDER_THAN_COLLECTED", formSheetName(form.file, FORM_INFO_SHEET), "", {
          file: form.file,
          unit,
          issued: formatDate(form.issued),
          collected: formatDate(new Date(latest)),
        }),
      );
    findings.push(...form.findings);
    if (form.findings.some((f) => f.severity === "error")) {
      messages.push(msg("FORM_NOT_MERGED", { file: form.file, n: form.findings.filter((f) => f.severity === "error").length }));
      continue;
    }
    const lists: { name: string; merge: ReturnType<typeof mergeUnit>; sheet: string }[] = [];
    const pm = mergeUnit(people.rows, unit, form.members);
    lists.push({ name: SHEET.people, merge: pm, sheet: FORM_MEMBERS_SHEET });
    if (pm.changed) {
      people = { ...people, rows: pm.rows };
      peopleChanged = true;
    }
    if (form.households) {
      const hm = mergeUnit(register.rows, unit, form.households);
      lists.push({ name: HOUSEHOLD_SHEET, merge: hm, sheet: FORM_HOUSEHOLDS_SHEET });
      if (hm.changed) {
        register = { ...register, rows: hm.rows };
        registerChanged = true;
      }
    }
    for (const l of lists) {
      // A form's row that says what the ward's row says needs no word; one that differs is named at its cell.
      const ignore = l.name === SHEET.people ? [7] : [8, 9];
      for (const s of l.merge.skipped.filter((x) => !sameIgnoring(x.row.cells, x.owner.cells, ignore)))
        findings.push(
          finding(
            s.owner.source ? "FORM_ROW_OTHER_UNIT" : "FORM_ROW_TYPED_BY_HAND",
            formSheetName(form.file, l.sheet),
            a1((s.row.formRow ?? 1) - 1, 0),
            {
              code: s.row.key,
              sheet: l.name,
              owner: s.owner.source || s.owner.unit,
            },
          ),
        );
      if (!l.merge.changed) messages.push(msg("FORM_UNCHANGED", { file: form.file, sheet: l.name }));
      else if (l.merge.replaced.length)
        messages.push(
          msg("FORM_REPLACED", {
            file: form.file,
            unit,
            sheet: l.name,
            old: l.merge.replaced.length,
            from: [...new Set(l.merge.replaced.map((r) => r.source))].join(", "),
            n: l.merge.added,
          }),
        );
      else messages.push(msg("FORM_ADDED", { file: form.file, unit, sheet: l.name, n: l.merge.added }));
    }
  }

  const specs: SheetSpec[] = [];
  const add = (written: { spec: SheetSpec; homeless: number }, list: WardList) => {
    specs.push(written.spec);
    if (written.homeless)
      messages.push(msg("COLLECT_NOTES_MOVED", { sheet: written.spec.name, cell: "A1", n: written.homeless }));
    if (!list.notesRead) messages.push(msg("COLLECT_NOTES_UNREAD", { sheet: written.spec.name }));
  };
  if (peopleChanged) {
    // The standard layout (styles, lists, table) sized to the rows; the rows are the cells as typed.
    const base = buildPeopleSheet(
      people.rows.map(() => ({ code: "", name: "", position: "", unit: "" })),
      { ward: ward.name, blankRows: 0 },
    );
    add(rowsSpec(base, people, orphanedNotes(peopleBefore, people.rows, people.header)), people);
  }
  if (registerChanged)
    add(
      rowsSpec(
        buildHouseholdSheet(
          register.rows.map(() => placeholderHousehold),
          ward.name,
        ),
        register,
        orphanedNotes(registerBefore, register.rows, register.header),
      ),
      register,
    );
  ctx.progress?.(sources.length + 1, sources.length + 2, "PROGRESS_WRITE");
  if (specs.length === 0) {
    messages.push(msg("COLLECT_NOTHING_CHANGED"));
    return { ok: true, sheets: [], messages, findings };
  }
  const merged = new Set(specs.map((s) => s.name));
  const written = await writeSafely(ctx, specs, { snapshot, merged });
  ctx.progress?.(sources.length + 2, sources.length + 2, "PROGRESS_DONE");
  return { ok: true, sheets: written.outcomes, messages: [...written.messages, ...messages], findings };
}

const placeholderHousehold = { code: "", head: "", address: "", tdp: "", source: "", row: 0 };
