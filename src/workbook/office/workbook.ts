/* global Excel */
/**
 * The Workbook port on office-js: the only code that calls Excel.run. Each method is one Excel.run with
 * a known number of context.sync() calls:
 *   snapshot     1 at ward scale: names, registry, tables, and every sheet asked for (sheetReader.ts);
 *                +1 when sheets chosen from the list were not foreseen (the first command after the pane
 *                opens), read in exact blocks by the sizes the registry kept (readHint.ts), and beyond
 *                ward scale the blocks the response limit forces. It keeps what writeSheets needs, so a
 *                write given that snapshot (writeSafely does) makes no read of its own, and the sizes it
 *                measured, which that write records in the registry for the next pane.
 *   listSheets   1 (2 when a registry entry's sheet was renamed and custom properties exist)
 *   readSheets   2: sizes of the used ranges, then values in blocks under the response limit
 *                (one block at ward scale; at province scale ⌈response bytes / 3.8 MB⌉)
 *   writeSheets  1 read (names, tables, registry, events flag; none after a snapshot) + ⌈request bytes / 3.95 MB⌉ writes
 *   copySheet, activate, writeCells  1
 * An extra sync happens only when Excel rejects a chained call on a missing sheet (see loadSheetState).
 */
import { AppError } from "../../shared/errors";
import { hashCells } from "../hash";
import type {
  CellEdit,
  CellValue,
  Marker,
  Progress,
  RangeRef,
  ReadHint,
  ReadOptions,
  SheetData,
  SheetInfo,
  SheetParts,
  SheetSpec,
  Snapshot,
  SnapshotRequest,
  Workbook,
} from "../port";
import { wantedSheets } from "../snapshot";
import { decodeRegistry, encodeRegistry, findMarker, REGISTRY_SHEET } from "../registry";
import { Batch, OP_OVERHEAD, READ_BLOCK_BUDGET, REQUEST_BUDGET } from "./batch";
import { fromOfficeFormula, fromOfficeValue, jsonBytes, pointsToChars, toOfficeCell, utf8Length } from "./cells";
import { isOfficeError, mapOfficeErrors } from "./errors";
import { hintOfWritten } from "./readHint";
import { decodeMarkerProperty, encodeMarkerProperty, MARKER_PROPERTY, NO_MARKER, resolveRenamed } from "./markers";
import { detectCapabilities, MANIFEST_SET, type Capabilities, type IsSetSupported } from "./requirements";
import { SheetReader, SNAPSHOT_RESPONSE_BUDGET } from "./sheetReader";
import { convertCells, planSheet, writeSheet, type SheetPlan, type SheetRef } from "./write";
import { sheetKey as lower } from "../../shared/sheetNames";

/** The shape of Excel.run with one batch function (tests pass a fake). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Estimated bytes per write request; default 3.95 MB (Excel on the web refuses 5 MB). */
  requestBudget?: number;
  /** Estimated bytes per read response. */
  responseBudget?: number;
  /** Clock for generatedAt; injected by tests. */
  now?: () => Date;
}

/** Excel refuses to get more than 5,000,000 cells at once; blocks stay well under it. */
const READ_CELL_LIMIT = 2_000_000;
/**
 * First guess of response bytes per cell before one block has been measured: a score ("7.5,") is 4,
 * a short text 20. A low guess costs nothing at ward scale; at province scale a first block that comes
 * back too large is refused by Excel on the web and read again in halves.
 */
const INITIAL_BYTES_PER_CELL = 10;
/** Margin over the measured bytes per cell: the response budget already leaves 1.2 MB below the 5 MB limit. */
const MEASURE_MARGIN = 1.1;
const MAX_READ_RETRIES = 6;

interface SheetState {
  sheets: { name: string; visibility: string }[];
  registry: Map<string, Marker>;
  registryExists: boolean;
}

/** What writeSheets reads before writing: after a snapshot, the snapshot has it already. */
interface WriteState {
  state: SheetState;
  tables: { name: string; sheet: string }[];
  eventsWere: boolean;
  /** Sizes the snapshot measured (lower-case name → hint), for the registry the write rewrites. */
  measured?: Map<string, ReadHint>;
}

function hintIn(sheets: readonly SheetInfo[] | undefined, name: string): ReadHint | undefined {
  return sheets?.find((s) => lower(s.name) === lower(name))?.marker?.readHint;
}

function registryValues(values: unknown[][]): CellValue[][] {
  return values.map((row) => row.map(fromOfficeValue));
}

/**
 * Sheet names and the registry in one sync. The registry is read through getItemOrNullObject chained to
 * getUsedRangeOrNullObject, which yields a null object when the sheet is missing; if a host instead
 * fails the whole request with ItemNotFound, the names are read first and the registry only if present.
 * `extra` queues the caller's own loads and is called again for the retry.
 */
async function loadSheetState(context: Excel.RequestContext, extra: () => void = () => undefined): Promise<SheetState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const used = sheets.getItemOrNullObject(REGISTRY_SHEET).getUsedRangeOrNullObject(true);
  used.load("values");
  extra();
  try {
    await context.sync();
    const list = sheets.items.map((s) => ({ name: s.name, visibility: String(s.visibility) }));
    const registryExists = list.some((s) => s.name === REGISTRY_SHEET);
    return {
      sheets: list,
      registryExists,
      registry: used.isNullObject ? new Map() : decodeRegistry(registryValues(used.values)),
    };
  } catch (e) {
    if (!isOfficeError(e) || e.code !== "ItemNotFound") throw e;
  }
  const again = context.workbook.worksheets;
  again.load("items/name,items/visibility");
  extra();
  await context.sync();
  const list = again.items.map((s) => ({ name: s.name, visibility: String(s.visibility) }));
  const registryExists = list.some((s) => s.name === REGISTRY_SHEET);
  if (!registryExists) return { sheets: list, registryExists, registry: new Map() };
  const reg = again.getItem(REGISTRY_SHEET).getUsedRangeOrNullObject(true);
  reg.load("values");
  await context.sync();
  return { sheets: list, registryExists, registry: reg.isNullObject ? new Map() : decodeRegistry(registryValues(reg.values)) };
}

export class OfficeWorkbook implements Workbook {
  private caps?: Capabilities;
  private readonly requestBudget: number;
  private readonly responseBudget: number;
  private readonly snapshotBudget: number;
  private readonly now: () => Date;
  /** The state the last snapshot saw, for the write that follows it (kept current by copySheet). */
  private basis?: { snapshot: Snapshot; write: WriteState };
  /** The sheets as last seen or written: which sheets a snapshot's `pick` will choose is foreseen from it. */
  private known?: SheetInfo[];

  constructor(
    private readonly run: ExcelRun,
    private readonly isSetSupported: IsSetSupported,
    options: OfficeWorkbookOptions = {},
  ) {
    this.requestBudget = options.requestBudget ?? REQUEST_BUDGET;
    this.responseBudget = options.responseBudget ?? READ_BLOCK_BUDGET;
    this.snapshotBudget = options.responseBudget ?? SNAPSHOT_RESPONSE_BUDGET;
    this.now = options.now ?? (() => new Date());
  }

  /** Requirement sets, asked once (the host does not change during a session). */
  capabilities(): Capabilities {
    if (!this.caps) this.caps = detectCapabilities(this.isSetSupported);
    if (!this.caps.floor) throw new AppError("OFFICE_API_UNSUPPORTED", { version: MANIFEST_SET.version });
    return this.caps;
  }

  listSheets(): Promise<SheetInfo[]> {
    return mapOfficeErrors(() => {
      const caps = this.capabilities();
      return this.run(async (context) => {
        const infos = await this.infosOf(context, await loadSheetState(context), caps);
        this.known = infos;
        return infos;
      });
    });
  }

  /** SheetInfo of every sheet but the registry; one more sync only when a marked sheet was renamed (custom properties). */
  private async infosOf(context: Excel.RequestContext, state: SheetState, caps: Capabilities): Promise<SheetInfo[]> {
    const sheets = state.sheets.filter((s) => s.name !== REGISTRY_SHEET);
    const infos: SheetInfo[] = sheets.map((s) => {
      const marker = findMarker(state.registry, s.name);
      return { name: s.name, visible: s.visibility === "Visible", ...(marker ? { marker } : {}) };
    });
    const present = new Set(sheets.map((s) => lower(s.name)));
    const orphans = new Map([...state.registry].filter(([name]) => !present.has(lower(name))));
    if (!caps.customProperties || orphans.size === 0) return infos;

    // A registry entry lost its sheet: look for it under a new name through the custom properties.
    const unmarked = infos.filter((i) => !i.marker);
    const props = unmarked.map((i) => {
      const p = context.workbook.worksheets.getItem(i.name).customProperties.getItemOrNullObject(MARKER_PROPERTY);
      p.load("value");
      return p;
    });
    await context.sync();
    const claimed = new Map<string, Marker>();
    unmarked.forEach((info, k) => {
      const m = props[k].isNullObject ? undefined : decodeMarkerProperty(props[k].value);
      if (m) claimed.set(info.name, m);
    });
    const renamed = resolveRenamed(orphans, claimed);
    return infos.map((i) => (renamed.has(i.name) ? { ...i, marker: renamed.get(i.name) } : i));
  }

  /**
   * The list and the sheets asked for in one request: the names the command knows, plus those its `pick`
   * chose from the sheets as this adapter last saw them. A second request only for what that did not
   * foresee (the first command of a session, a sheet a person added or renamed), then blocks at province scale.
   */
  snapshot(request: SnapshotRequest): Promise<Snapshot> {
    return mapOfficeErrors(() => {
      const caps = this.capabilities();
      return this.run(async (context) => {
        const reader = new SheetReader(context, this.snapshotBudget);
        const foreseen = this.known ? wantedSheets(request, this.known) : [];
        for (const n of request.read) reader.want(n, request.formulas === true, hintIn(this.known, n));
        for (const w of foreseen) reader.want(w.name, w.formulas, hintIn(this.known, w.name));

        let tables: Excel.TableCollection | undefined;
        let calls = 0;
        let state: SheetState | undefined;
        for (let retries = 0; !state; retries++) {
          calls = 0;
          try {
            state = await loadSheetState(context, () => {
              tables = context.workbook.tables;
              tables.load("items/name,items/worksheet/name");
              context.runtime.load("enableEvents");
              // Called again only after a host failed the request on a chain from a missing sheet:
              // then the list comes first, and the sheets are read once it is known.
              if (calls++ === 0) reader.queue(2_000);
            });
          } catch (e) {
            if (!isOfficeError(e) || e.code !== "ResponsePayloadSizeLimitExceeded" || retries >= MAX_READ_RETRIES) throw e;
            reader.refused();
          }
        }
        if (calls === 1) reader.collect();
        else reader.discard();
        const sheets = await this.infosOf(context, state, caps);
        reader.keepOnly(sheets.map((s) => s.name));
        // The registry has just told each generated sheet's size: the judge sheets are read in exact blocks.
        for (const w of wantedSheets(request, sheets)) reader.want(w.name, w.formulas, hintIn(sheets, w.name));

        for (let retries = 0; reader.pending;) {
          reader.queue();
          try {
            await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- unforeseen sheets, then blocks the response limit forces
          } catch (e) {
            if (!isOfficeError(e) || e.code !== "ResponsePayloadSizeLimitExceeded" || ++retries > MAX_READ_RETRIES) throw e;
            reader.refused();
            continue;
          }
          reader.collect();
        }

        const snapshot: Snapshot = { sheets, data: reader.result() };
        const allTables = (tables?.items ?? []).map((t) => ({ name: t.name, sheet: t.worksheet.name }));
        this.basis = {
          snapshot,
          write: { state, tables: allTables, eventsWere: context.runtime.enableEvents, measured: reader.hints() },
        };
        this.known = sheets;
        return snapshot;
      });
    });
  }

  readSheets(names: string[], options: ReadOptions = {}): Promise<SheetData[]> {
    return mapOfficeErrors(() => {
      this.capabilities();
      return this.run((context) => this.readIn(context, [...new Set(names)], options.formulas === true));
    });
  }

  private async readIn(context: Excel.RequestContext, names: string[], withFormulas: boolean): Promise<SheetData[]> {
    // Sync 1: which sheets exist and how far their used ranges reach.
    const sized = await this.usedRanges(context, names);
    const sheets = sized.map((s) => ({
      ...s,
      values: [] as CellValue[][],
      formulas: withFormulas ? ([] as (string | null)[][]) : undefined,
    }));

    // Then values in blocks, each request's response estimated under the budget; the estimate per cell is
    // corrected from what each block really returned.
    let bytesPerCell = INITIAL_BYTES_PER_CELL * (withFormulas ? 2 : 1);
    const next = sheets.map(() => 0);
    let retries = 0;
    for (;;) {
      const blocks: { sheet: number; row: number; rows: number; range: Excel.Range }[] = [];
      let budget = this.responseBudget;
      for (let i = 0; i < sheets.length && budget > 0; i++) {
        const s = sheets[i];
        while (next[i] < s.rows && s.cols > 0) {
          const maxRows = Math.min(
            Math.floor(budget / (bytesPerCell * s.cols)),
            Math.floor(READ_CELL_LIMIT / s.cols),
            s.rows - next[i],
          );
          if (maxRows < 1 && blocks.length > 0) break;
          const rows = Math.max(1, maxRows);
          const range = context.workbook.worksheets.getItem(s.name).getRangeByIndexes(next[i], 0, rows, s.cols);
          if (withFormulas) range.load("values,formulas");
          else range.load("values");
          blocks.push({ sheet: i, row: next[i], rows, range });
          next[i] += rows;
          budget -= rows * s.cols * bytesPerCell;
        }
        if (budget <= 0 || (next[i] < s.rows && s.cols > 0)) break;
      }
      if (blocks.length === 0) break;
      try {
        await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per block of up to 3.8 MB: the response limit forces it
      } catch (e) {
        // Excel on the web refuses responses over 5 MB: read the same blocks again in smaller pieces.
        if (!isOfficeError(e) || e.code !== "ResponsePayloadSizeLimitExceeded" || ++retries > MAX_READ_RETRIES) throw e;
        for (const b of blocks) next[b.sheet] = Math.min(next[b.sheet], b.row);
        bytesPerCell *= 2;
        continue;
      }
      let bytes = 0;
      let cells = 0;
      for (const b of blocks) {
        const values = b.range.values;
        const formulas = withFormulas ? b.range.formulas : undefined;
        bytes += jsonBytes(values) + (formulas ? jsonBytes(formulas) : 0);
        cells += b.rows * sheets[b.sheet].cols;
        const s = sheets[b.sheet];
        values.forEach((row, r) => {
          s.values.push(row.map(fromOfficeValue));
          if (s.formulas && formulas) s.formulas.push(row.map((v, c) => fromOfficeFormula(formulas[r][c], v)));
        });
      }
      bytesPerCell = Math.max(2, (bytes / Math.max(1, cells)) * MEASURE_MARGIN);
    }
    return sheets.map((s) => ({ name: s.name, values: s.values, ...(s.formulas ? { formulas: s.formulas } : {}) }));
  }

  /** Existing sheets among `names`, with the rows and columns from A1 to their last used cell. */
  private async usedRanges(
    context: Excel.RequestContext,
    names: string[],
  ): Promise<{ name: string; rows: number; cols: number }[]> {
    const queue = (list: string[], orNull: boolean) =>
      list.map((name) => {
        const ws = orNull ? context.workbook.worksheets.getItemOrNullObject(name) : context.workbook.worksheets.getItem(name);
        ws.load("name");
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        return { ws, used };
      });
    const collect = (list: ReturnType<typeof queue>) =>
      list
        .filter(({ ws }) => !ws.isNullObject)
        .map(({ ws, used }) => ({
          name: ws.name,
          rows: used.isNullObject ? 0 : used.rowIndex + used.rowCount,
          cols: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
        }));
    const first = queue(names, true);
    try {
      await context.sync();
      return collect(first);
    } catch (e) {
      if (!isOfficeError(e) || e.code !== "ItemNotFound") throw e;
    }
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const present = new Map(sheets.items.map((s) => [lower(s.name), s.name]));
    const second = queue(
      names.filter((n) => present.has(lower(n))),
      false,
    );
    await context.sync();
    return collect(second);
  }

  writeSheets(specs: SheetSpec[], progress?: Progress, basis?: Snapshot): Promise<void> {
    // The state the command's own snapshot saw, used once: a later write looks again.
    const known = basis && this.basis?.snapshot === basis ? this.basis.write : undefined;
    this.basis = undefined;
    return mapOfficeErrors(() => {
      const caps = this.capabilities();
      return this.run((context) => this.writeIn(context, specs, caps, progress, known));
    });
  }

  private async readWriteState(context: Excel.RequestContext): Promise<WriteState> {
    let tables: Excel.TableCollection | undefined;
    const state = await loadSheetState(context, () => {
      tables = context.workbook.tables;
      tables.load("items/name,items/worksheet/name");
      context.runtime.load("enableEvents");
    });
    return {
      state,
      tables: (tables?.items ?? []).map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      eventsWere: context.runtime.enableEvents,
    };
  }

  private async writeIn(
    context: Excel.RequestContext,
    specs: SheetSpec[],
    caps: Capabilities,
    progress?: Progress,
    known?: WriteState,
  ): Promise<void> {
    const { state, tables: allTables, eventsWere } = known ?? (await this.readWriteState(context));
    const existing = new Map(state.sheets.map((s) => [lower(s.name), s.name]));
    const rewritten = new Set(specs.map((s) => lower(s.name)));

    // Table names are unique in a workbook: a person's table elsewhere keeps its name, ours takes a suffix.
    const taken = new Set(allTables.filter((t) => !rewritten.has(lower(t.sheet))).map((t) => lower(t.name)));
    const plans: SheetPlan[] = specs.map((spec) => {
      const names = new Map<string, string>();
      for (const t of spec.tables ?? []) {
        let name = t.name;
        for (let k = 2; taken.has(lower(name)); k++) name = `${t.name}_${k}`;
        taken.add(lower(name));
        names.set(t.name, name);
      }
      const exists = existing.has(lower(spec.name));
      const onSheet = allTables.filter((t) => lower(t.sheet) === lower(spec.name)).map((t) => t.name);
      // Notes need ExcelApi 1.18; a command gives them only after readSheetParts read some, which needs it too.
      return planSheet(caps.notes ? spec : { ...spec, notes: undefined }, exists, onSheet, names);
    });

    const generatedAt = this.now().toISOString();
    const markers = new Map(state.registry);
    // What the snapshot measured becomes the hint of the next read; a sheet written now is hinted from its cells.
    for (const [name, m] of markers) {
      const readHint = rewritten.has(lower(name)) ? undefined : known?.measured?.get(lower(name));
      if (readHint) markers.set(name, { ...m, readHint });
    }
    const newMarkers = specs.map((spec, i): Marker => ({
      ...spec.marker,
      contentHash: hashCells(spec.cells),
      generatedAt,
      readHint: hintOfWritten(spec, plans[i].rows),
    }));
    specs.forEach((spec, i) => {
      for (const name of [...markers.keys()]) if (lower(name) === lower(spec.name)) markers.delete(name);
      markers.set(spec.name, newMarkers[i]);
    });
    const registry = convertCells(encodeRegistry(markers));
    const registryBytes = jsonBytes(registry.rows) + OP_OVERHEAD * 6;

    const total = plans.reduce((s, p) => s + p.bytes, registryBytes);
    let step = "";
    const batch = new Batch(
      context,
      (chunk) => {
        // Suspensions last until the next sync. Screen updating is suspended once: repeated calls flicker.
        if (chunk === 0) {
          context.application.suspendScreenUpdatingUntilNextSync();
          context.runtime.enableEvents = false;
        }
        context.application.suspendApiCalculationUntilNextSync();
      },
      (done) => progress?.(Math.min(done, total), total, step),
      this.requestBudget,
    );

    try {
      // Every sheet about to be rewritten is unprotected first, before anything is written: a sheet a person
      // protected with a password fails here, in the first request, and nothing of the workbook has changed.
      for (const plan of plans.filter((p) => p.exists)) {
        await batch.op(OP_OVERHEAD * 2 + jsonBytes(plan.spec.name), () => {
          context.workbook.worksheets.getItem(plan.spec.name).protection.unprotect();
        });
      }

      const written: SheetRef[] = [];
      for (const [i, plan] of plans.entries()) {
        step = plan.spec.name;
        const ref = await writeSheet(context, plan, batch);
        written.push(ref);
        if (caps.customProperties) {
          const value = encodeMarkerProperty(newMarkers[i]);
          await batch.op(OP_OVERHEAD * 2 + utf8Length(value), () => ref.get().customProperties.add(MARKER_PROPERTY, value));
        }
      }

      step = REGISTRY_SHEET;
      await batch.op(registryBytes, () => {
        const sheets = context.workbook.worksheets;
        const reg = state.registryExists ? sheets.getItem(REGISTRY_SHEET) : sheets.add(REGISTRY_SHEET);
        if (state.registryExists) reg.getRange().clear("All");
        // Very hidden: not listed in Excel's Unhide dialog, so nobody edits it by accident.
        else reg.visibility = "VeryHidden";
        reg.getRangeByIndexes(0, 0, registry.rows.length, registry.width).formulas = registry.rows;
      });

      // Protection last: nothing may be written to a sheet after it is protected.
      for (const [i, plan] of plans.entries()) {
        if (!plan.spec.protect) continue;
        await batch.op(OP_OVERHEAD * 2, () =>
          written[i].get().protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true }),
        );
      }
      await batch.op(OP_OVERHEAD, () => {
        context.runtime.enableEvents = eventsWere;
      });
      await batch.flush();
      this.known = state.sheets
        .filter((s) => s.name !== REGISTRY_SHEET)
        .map((s): SheetInfo => {
          const marker = findMarker(markers, s.name);
          return { name: s.name, visible: s.visibility === "Visible", ...(marker ? { marker } : {}) };
        })
        .concat(
          specs
            .filter((sp) => !existing.has(lower(sp.name)))
            .map((sp) => ({ name: sp.name, visible: true, marker: markers.get(sp.name) })),
        );
    } catch (e) {
      this.known = undefined;
      // Events are a setting of the whole add-in runtime, not of this run: put them back even on failure.
      // A first request that failed may have stopped at a sheet whose protection has a password: still
      // protected now, it is named (nothing was written yet; the sheets unprotected before it were ours).
      // The unprotects run in order, so the first sheet still protected is the one that refused.
      const atUnprotect = isOfficeError(e) && /unprotect/i.test(e.debugInfo?.errorLocation ?? "unprotect");
      const stillProtected =
        batch.syncs === 0 && atUnprotect ? plans.filter((p) => p.exists).map((p) => this.protectionOf(context, p.spec.name)) : [];
      try {
        context.runtime.enableEvents = eventsWere;
        await context.sync();
      } catch {
        // The original error is the one to report; this one would only hide it.
      }
      const locked = stillProtected.find((p) => p.isProtected());
      if (locked) throw new AppError("OFFICE_SHEET_PASSWORD", { sheet: locked.name }, { cause: e });
      throw e;
    }
  }

  /** A sheet's protection flag, loaded with the next sync; false when it could not be read. */
  private protectionOf(context: Excel.RequestContext, name: string): { name: string; isProtected: () => boolean } {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load("protected");
    return {
      name,
      isProtected: () => {
        try {
          return protection.protected;
        } catch {
          return false;
        }
      },
    };
  }

  readNumberFormats(sheet: string, range: RangeRef): Promise<string[][]> {
    return mapOfficeErrors(() => {
      this.capabilities();
      return this.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        if (ws.isNullObject || range.rows < 1 || range.cols < 1) return [];
        const block = ws.getRangeByIndexes(range.row, range.col, range.rows, range.cols);
        block.load("numberFormat");
        await context.sync();
        return block.numberFormat.map((row) => row.map((f) => String(f ?? "General")));
      });
    });
  }

  /**
   * A sheet's notes (ExcelApi 1.18; absent below it) and column widths, in two syncs: the notes' text and
   * the used columns, then each note's cell and each column's width.
   */
  readSheetParts(sheet: string): Promise<SheetParts> {
    return mapOfficeErrors(() => {
      const caps = this.capabilities();
      return this.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        const used = ws.getUsedRangeOrNullObject();
        used.load("columnCount,columnIndex");
        // A navigation to a collection proxy, not a read of a loaded value: nothing to sync first.
        // eslint-disable-next-line office-addins/call-sync-before-read
        const notes = caps.notes ? ws.notes : undefined;
        notes?.load("items/content");
        await context.sync();
        if (ws.isNullObject) return { notes: [], columnWidths: [] };
        const cols = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
        const columns = Array.from({ length: cols }, (_, c) => ws.getRangeByIndexes(0, c, 1, 1).format.load("columnWidth"));
        const cells = (notes?.items ?? []).map((n) => n.getLocation().load("rowIndex,columnIndex"));
        await context.sync();
        return {
          ...(notes
            ? { notes: notes.items.map((n, i) => ({ row: cells[i]!.rowIndex, col: cells[i]!.columnIndex, text: n.content })) }
            : {}),
          columnWidths: columns.map((f) => pointsToChars(f.columnWidth)),
        };
      });
    });
  }

  copySheet(from: string, to: string): Promise<void> {
    return mapOfficeErrors(() => {
      const caps = this.capabilities();
      return this.run(async (context) => {
        const copy = context.workbook.worksheets.getItem(from).copy("End");
        copy.name = to;
        // A copy keeps a person's edits: it must never look generated, whatever the source carried.
        if (caps.customProperties) copy.customProperties.add(MARKER_PROPERTY, NO_MARKER);
        // The copy brings tables under new names: a write planned from the snapshot must know them.
        const basis = this.basis;
        const tables = basis ? context.workbook.tables : undefined;
        tables?.load("items/name,items/worksheet/name");
        await context.sync();
        if (basis && tables) {
          basis.write.tables = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
          basis.write.state.sheets.push({ name: to, visibility: "Visible" });
        }
        this.known?.push({ name: to, visible: true });
      });
    });
  }

  deleteSheets(names: string[]): Promise<void> {
    return mapOfficeErrors(() => {
      this.capabilities();
      return this.run(async (context) => {
        const state = await loadSheetState(context);
        const wanted = new Set(names.map(lower));
        const gone = state.sheets.filter((s) => wanted.has(lower(s.name)) && s.name !== REGISTRY_SHEET);
        if (!gone.length) return;
        const sheets = context.workbook.worksheets;
        for (const s of gone) sheets.getItem(s.name).delete();
        // The entries go too: a sheet a person later adds under the same name must not pass for the add-in's.
        const markers = new Map([...state.registry].filter(([name]) => !wanted.has(lower(name))));
        if (state.registryExists) {
          const registry = convertCells(encodeRegistry(markers));
          const reg = sheets.getItem(REGISTRY_SHEET);
          reg.getRange().clear("All");
          if (registry.rows.length && registry.width)
            reg.getRangeByIndexes(0, 0, registry.rows.length, registry.width).formulas = registry.rows;
        }
        await context.sync();
        this.known = undefined;
        this.basis = undefined;
      });
    });
  }

  writeCells(sheet: string, cells: readonly CellEdit[]): Promise<void> {
    return mapOfficeErrors(() => {
      this.capabilities();
      return this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        for (const c of cells) ws.getRangeByIndexes(c.row, c.col, 1, 1).values = [[toOfficeCell(c.value)]];
        await context.sync();
      });
    });
  }

  activate(sheet: string, cell?: string): Promise<void> {
    return mapOfficeErrors(() => {
      this.capabilities();
      return this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell ?? "A1").select();
        await context.sync();
      });
    });
  }
}
