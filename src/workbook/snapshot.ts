/**
 * One read per command (DESIGN.md §2): the sheet list and every sheet the command needs, through the
 * host's own snapshot when it has one (office: one context.sync at ward scale), else listSheets +
 * readSheets, which cost nothing extra on the in-memory hosts.
 */
import type { SheetInfo, Snapshot, SnapshotRequest, Workbook } from "./port";
import { sheetKey as key } from "../shared/sheetNames";

export interface WantedSheet {
  name: string;
  formulas: boolean;
}

/** The existing sheets a request reads once the list is known, each with or without formulas. */
export function wantedSheets(request: SnapshotRequest, sheets: readonly SheetInfo[]): WantedSheet[] {
  const present = new Map(sheets.map((s) => [key(s.name), s]));
  const out = new Map<string, WantedSheet>();
  const add = (name: string, formulas: boolean) => {
    const info = present.get(key(name));
    if (!info) return;
    const had = out.get(key(info.name));
    out.set(key(info.name), { name: info.name, formulas: formulas || had?.formulas === true });
  };
  for (const n of request.read) add(n, request.formulas === true);
  for (const n of request.pick?.(sheets) ?? []) add(n, request.formulas === true);
  if (request.replaces) for (const s of sheets) if (s.marker && request.replaces(s.marker)) add(s.name, true);
  return [...out.values()];
}

export async function takeSnapshot(wb: Workbook, request: SnapshotRequest): Promise<Snapshot> {
  if (wb.snapshot) return wb.snapshot(request);
  const sheets = await wb.listSheets();
  const wanted = wantedSheets(request, sheets);
  const data = wanted.length
    ? await wb.readSheets(
        wanted.map((w) => w.name),
        { formulas: wanted.some((w) => w.formulas) },
      )
    : [];
  // A host may write elsewhere than it read (the streamed CLI): what it lists after the read is the target.
  return { sheets, data, target: await wb.listSheets() };
}
