/**
 * Merging a unit's returned form into one of the ward's lists (`Cá nhân`, the family register). A row the
 * add-in collected names its source; a row without one was typed by a person and is never replaced. A
 * unit's collected rows are replaced as a whole by its newer form; the same form collected again changes
 * nothing. Data in, data out: the rows are the sheet's cells, kept as they were typed.
 */
/** A cell as the sheets read it (the same shape as the workbook port's CellValue, which the domain does not import). */
export type CellValue = string | number | boolean | Date | null;

export interface ListRow {
  /** The row's code (Mã, Mã hộ), compared case-insensitively. */
  key: string;
  /** The unit the row belongs to (Đơn vị, Tổ dân phố). */
  unit: string;
  /** Where the row was collected from; "" for a row typed on the ward's sheet. */
  source: string;
  cells: readonly CellValue[];
  /** 1-based row in the form, for findings about an incoming row. */
  formRow?: number;
  /**
   * The row's values in the columns a person added to the ward's sheet beside the generated ones. Not part
   * of what a form says: a unit's newer form keeps them on the rows with the same code.
   */
  extra?: readonly CellValue[];
  /** The number formats of those cells, as the host read them ("General", "dd/mm/yyyy", …); carried with them. */
  extraFormats?: readonly string[];
  /**
   * Notes a person put on the row's cells on the ward's sheet, by column of the rewritten sheet. Like
   * `extra`, not part of a form: a unit's newer form keeps them on the row with the same code.
   */
  notes?: readonly { col: number; text: string }[];
}

export interface UnitMerge {
  rows: ListRow[];
  /** The unit's rows collected before (from its earlier form), now replaced; empty when nothing changed. */
  replaced: ListRow[];
  added: number;
  /** Incoming rows left out because the ward's sheet has the code already: typed by hand, or another unit's. */
  skipped: { row: ListRow; owner: ListRow }[];
  /** False when the incoming rows are what the sheet already holds from this unit: nothing to write. */
  changed: boolean;
}

const norm = (s: string) => s.normalize("NFC").trim().toLocaleUpperCase("vi");

function cellKey(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return `d:${v.toISOString().slice(0, 10)}`;
  if (typeof v === "string") return `s:${v.normalize("NFC").trim()}`;
  return `${typeof v}:${String(v)}`;
}

function sameRows(a: readonly ListRow[], b: readonly ListRow[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((r, i) => {
    const o = b[i]!;
    const n = Math.max(r.cells.length, o.cells.length);
    for (let c = 0; c < n; c++) if (cellKey(r.cells[c]) !== cellKey(o.cells[c])) return false;
    return true;
  });
}

export function mergeUnit(existing: readonly ListRow[], unit: string, incoming: readonly ListRow[]): UnitMerge {
  const u = norm(unit);
  const isOwn = (r: ListRow) => r.source !== "" && norm(r.unit) === u;
  const own = existing.filter(isOwn);
  const owners = new Map<string, ListRow>();
  for (const r of existing) if (!isOwn(r)) owners.set(norm(r.key), r);
  const skipped: UnitMerge["skipped"] = [];
  const accepted: ListRow[] = [];
  for (const r of incoming) {
    const owner = owners.get(norm(r.key));
    if (owner) skipped.push({ row: r, owner });
    else accepted.push(r);
  }
  if (sameRows(own, accepted)) return { rows: [...existing], replaced: [], added: 0, skipped, changed: false };
  const at = existing.findIndex(isOwn);
  const kept = existing.filter((r) => !isOwn(r));
  const insertAt = at < 0 ? kept.length : existing.slice(0, at).filter((r) => !isOwn(r)).length;
  const ownExtra = new Map(own.filter((r) => r.extra || r.notes).map((r) => [norm(r.key), r]));
  const carried = accepted.map((r) => {
    const was = ownExtra.get(norm(r.key));
    if (!was) return r;
    return {
      ...r,
      ...(!r.extra && was.extra ? { extra: was.extra, ...(was.extraFormats ? { extraFormats: was.extraFormats } : {}) } : {}),
      ...(!r.notes && was.notes ? { notes: was.notes } : {}),
    };
  });
  const rows = [...kept.slice(0, insertAt), ...carried, ...kept.slice(insertAt)];
  return { rows, replaced: own, added: accepted.length, skipped, changed: true };
}
