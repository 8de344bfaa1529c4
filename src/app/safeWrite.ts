/**
 * The safe-write rule (DESIGN.md §2): only sheets the add-in generated for the same command and key
 * are replaced; a person's sheet, or another command's, is never overwritten: the add-in writes
 * under a free name and says so. A generated sheet that a person edited since is copied aside
 * first, so the edit survives the replace.
 *
 * One listSheets, one readSheets (of the sheets that may be replaced, with formulas, to compare
 * their content with the marker's hash), copySheet for edited ones, one writeSheets.
 *
 * Links between sheets are the caller's concern: when a spec refers to another spec's sheet by name
 * (a formula, a hyperlink) and that sheet may be renamed, build the specs after a dry plan, or rewrite
 * the references with the returned `names` map before writing; this function writes cells as given.
 */
import { msg, type Bilingual } from "../i18n";
import { hashSheetData } from "../workbook/hash";
import type { SheetData, SheetInfo, SheetSpec } from "../workbook/port";
import { REGISTRY_SHEET } from "../workbook/registry";
import { freeName, MAX_SHEET_NAME } from "../sheets/names";
import type { CommandContext, SheetOutcome } from "./types";

export interface SafeWriteResult {
  outcomes: SheetOutcome[];
  messages: Bilingual[];
  /** Wanted sheet name → the name actually written. */
  names: Map<string, string>;
}

const EDIT_SUFFIX = " (bản sửa)";

function key(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** "<name> (bản sửa)", the name cut so the suffix fits in 31 characters; then made free. */
export function editCopyName(name: string, taken: ReadonlySet<string>): string {
  const base = name.slice(0, MAX_SHEET_NAME - EDIT_SUFFIX.length).trimEnd();
  return freeName(base + EDIT_SUFFIX, taken);
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
}

export async function writeSafely(ctx: CommandContext, specs: SheetSpec[], options: SafeWriteOptions = {}): Promise<SafeWriteResult> {
  const merged = new Set([...(options.merged ?? [])].map(key));
  const { wb } = ctx;
  const existing = await wb.listSheets();
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

  const replaced = plan.filter((p) => p.replace);
  const current: SheetData[] = replaced.length
    ? await wb.readSheets(
        replaced.map((p) => p.actual),
        { formulas: true },
      )
    : [];
  const currentByName = new Map(current.map((d) => [key(d.name), d]));

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
  );
  return { outcomes, messages, names };
}
