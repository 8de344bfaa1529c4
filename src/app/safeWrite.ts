/**
 * The safe-write rule (DESIGN.md §2): only sheets the add-in generated for the same command and key
 * are replaced; a person's sheet, or another command's, is never overwritten: the add-in writes
 * under a free name and says so. A generated sheet that a person edited since is copied aside
 * first, so the edit survives the replace.
 *
 * Given the command's snapshot (the usual case), it plans from the snapshot's sheet list and compares the
 * sheets it replaces with what the snapshot read (with formulas), so the host sees no read of its own;
 * without one (or for what the snapshot lacks), one listSheets and one readSheets (of the sheets that
 * may be replaced, with formulas, to compare their content with the marker's hash). Then copySheet for
 * edited ones and one writeSheets, told the snapshot so the office host need not look again.
 *
 * Links between sheets are the caller's concern: when a spec refers to another spec's sheet by name
 * (a formula, a hyperlink) and that sheet may be renamed, build the specs after a dry plan, or rewrite
 * the references with the returned `names` map before writing; this function writes cells as given.
 */
import { msg, type Bilingual } from "../i18n";
import { hashSheetData } from "../workbook/hash";
import type { SheetData, SheetInfo, SheetSpec, Snapshot } from "../workbook/port";
import { REGISTRY_SHEET } from "../workbook/registry";
import { editCopyName, freeName } from "../sheets/names";
import type { CommandContext, SheetOutcome } from "./types";
import { sheetKey as key } from "../shared/sheetNames";

export interface SafeWriteResult {
  outcomes: SheetOutcome[];
  messages: Bilingual[];
  /** Wanted sheet name → the name actually written. */
  names: Map<string, string>;
}

interface Planned {
  spec: SheetSpec;
  actual: string;
  replace?: SheetInfo;
}

export interface SafeWriteOptions {
  /**
   * Sheets (by the name in their spec) whose earlier version the caller read and carried into the new spec,
   * e.g. the statuses and notes people type into `Kế hoạch`: replacing them loses no edit, so no copy is kept.
   */
  merged?: ReadonlySet<string>;
  /** What the command read (takeSnapshot): the sheet list and, with formulas, the sheets it may replace. */
  snapshot?: Snapshot;
}

export interface StaleResult {
  deleted: string[];
  messages: Bilingual[];
}

/**
 * Deletes sheets a command made on an earlier run and no longer makes. `candidates` are the caller's own
 * (its marker checked); one a person edited since (its content no longer the marker's hash, or not read)
 * is kept and named, so no edit is lost; on a host that cannot delete, each is named and kept.
 */
export async function removeStale(
  ctx: CommandContext,
  candidates: readonly SheetInfo[],
  snapshot: Snapshot,
): Promise<StaleResult> {
  const messages: Bilingual[] = [];
  const gone: string[] = [];
  for (const s of candidates) {
    const data = snapshot.data.find((d) => d.formulas && key(d.name) === key(s.name));
    if (!ctx.wb.deleteSheets) messages.push(msg("SHEET_STALE_KEPT", { sheet: s.name }));
    else if (!data || !s.marker || hashSheetData(data) !== s.marker.contentHash)
      messages.push(msg("SHEET_STALE_EDITED", { sheet: s.name }));
    else gone.push(s.name);
  }
  if (gone.length) await ctx.wb.deleteSheets!(gone);
  messages.unshift(...gone.map((sheet) => msg("SHEET_DELETED_STALE", { sheet })));
  return { deleted: gone, messages };
}

export async function writeSafely(
  ctx: CommandContext,
  specs: SheetSpec[],
  options: SafeWriteOptions = {},
): Promise<SafeWriteResult> {
  const merged = new Set([...(options.merged ?? [])].map(key));
  const { wb } = ctx;
  const snapshot = options.snapshot;
  // A host that writes elsewhere than it read names its target; the data read then is not the target's.
  const existing = snapshot ? (snapshot.target ?? snapshot.sheets) : await wb.listSheets();
  const known = snapshot && !snapshot.target ? snapshot.data : [];
  const byName = new Map(existing.map((s) => [key(s.name), s]));
  const taken = new Set<string>([...existing.map((s) => s.name), REGISTRY_SHEET]);
  const claimed = new Set<string>();

  const plan: Planned[] = specs.map((spec) => {
    const wanted = spec.name.normalize("NFC");
    const found = byName.get(key(wanted));
    const ours = found?.marker && found.marker.command === spec.marker.command && found.marker.key === spec.marker.key;
    if (!claimed.has(key(wanted)) && (!found || ours)) {
      claimed.add(key(wanted));
      taken.add(wanted);
      return found ? { spec, actual: found.name, replace: found } : { spec, actual: wanted };
    }
    const actual = freeName(wanted, taken);
    taken.add(actual);
    claimed.add(key(actual));
    return { spec, actual };
  });

  // Only a replaced sheet whose edits the new spec does not carry is compared; formulas are part of the hash.
  const knownByName = new Map(known.filter((d) => d.formulas).map((d) => [key(d.name), d]));
  const toCheck = plan.filter((p) => p.replace && !merged.has(key(p.spec.name)));
  const missing = toCheck.filter((p) => !knownByName.has(key(p.actual))).map((p) => p.actual);
  const current: SheetData[] = missing.length ? await wb.readSheets(missing, { formulas: true }) : [];
  const currentByName = new Map([...knownByName, ...current.map((d): [string, SheetData] => [key(d.name), d])]);

  const outcomes: SheetOutcome[] = [];
  const messages: Bilingual[] = [];
  const names = new Map<string, string>();
  for (const p of plan) {
    names.set(p.spec.name, p.actual);
    if (p.replace) {
      const data = currentByName.get(key(p.actual));
      if (data && !merged.has(key(p.spec.name)) && hashSheetData(data) !== p.replace.marker?.contentHash) {
        const copy = editCopyName(p.actual, taken);
        taken.add(copy);
        await wb.copySheet(p.actual, copy);
        outcomes.push({ sheet: copy, action: "copied", from: p.actual });
        messages.push(msg("SHEET_EDIT_COPIED", { sheet: p.actual, copy }));
      }
      outcomes.push({ sheet: p.actual, action: "replaced" });
      messages.push(msg("SHEET_REPLACED", { sheet: p.actual }));
    } else if (key(p.actual) !== key(p.spec.name)) {
      outcomes.push({ sheet: p.actual, action: "renamed", from: p.spec.name });
      messages.push(msg("SHEET_RENAMED", { wanted: p.spec.name, sheet: p.actual }));
    } else {
      outcomes.push({ sheet: p.actual, action: "created" });
      messages.push(msg("SHEET_CREATED", { sheet: p.actual }));
    }
  }

  await wb.writeSheets(
    plan.map((p) => (p.actual === p.spec.name ? p.spec : { ...p.spec, name: p.actual })),
    ctx.progress,
    snapshot,
  );
  return { outcomes, messages, names };
}
