/**
 * The exceljs host of the Workbook port: Node (CLI, tests) and the browser (the pane's standalone
 * mode loads it lazily), so nothing here touches fs or path; file IO lives in ./file.ts.
 *
 * Generated sheets are replaced by removing the old worksheet and adding a fresh one at the same tab
 * position: that clears values, styles, merges, validations, conditional formats, tables and
 * protection in one step, and formulas elsewhere keep pointing at the sheet because they refer to it
 * by name.
 */
import ExcelJS from "exceljs";
import { AppError } from "../../shared/errors";
import { hashCells } from "../hash";
import { decodeRegistry, encodeRegistry, REGISTRY_SHEET } from "../registry";
import type {
  CellEdit,
  Marker,
  Progress,
  RangeRef,
  ReadOptions,
  SheetData,
  SheetInfo,
  CellNote,
  SheetParts,
  SheetSpec,
  Snapshot,
  SnapshotRequest,
  Workbook,
} from "../port";
import { wantedSheets } from "../snapshot";
import { applySheetSpec, effectiveCells } from "./writeSpec";
import { readWorksheet } from "./readSheet";
import { copyWorksheet } from "./copy";
import { internals } from "./internals";
import { mergePackages, partKind } from "../package/merge";
import { msg } from "../../i18n";
import { normalizePackage, PackageRefused, type Normalized } from "./normalize";
import { sameSheetName as sameName, sheetKey as key } from "../../shared/sheetNames";

export class ExcelJsWorkbook implements Workbook {
  private readonly model: ExcelJS.Workbook;
  /** Injected so tests can pin generatedAt. */
  now: () => Date = () => new Date();
  /** The package as loaded: the base of every save (see ../package/merge.ts); none for a new workbook. */
  private readonly original: Uint8Array | undefined;
  private readonly file: string;
  /** Sheets the add-in created, replaced or removed since loading (by name, any case): the only ones a save writes. */
  private readonly written = new Set<string>();
  private active: { sheet: string; cell: string } | undefined;
  /** Sheets whose notes a command read (readSheetParts), and those it wrote back with them: see toBuffer. */
  private readonly partsRead = new Set<string>();
  private readonly notesCarried = new Set<string>();
  /** Some of the file's notes exceljs did not attach to a cell: readSheetParts then cannot say it read them all. */
  private notesDropped = false;
  /** Set once a caller reached into the exceljs model, where any sheet may have changed unseen. */
  private rawAccess = false;

  private constructor(book: ExcelJS.Workbook, original?: Uint8Array, file = "") {
    this.model = book;
    this.original = original;
    this.file = file;
  }

  /**
   * The underlying exceljs workbook, for tests that play a person editing cells. A change made through it
   * is invisible to the save's bookkeeping, so once it was reached the save renders the whole workbook
   * through exceljs (which loses what exceljs does not model) instead of merging the add-in's sheets
   * into the original package. The app never uses it.
   */
  get book(): ExcelJS.Workbook {
    this.rawAccess = true;
    return this.model;
  }

  /**
   * A worksheet to change through exceljs, as a person typing would (tests, the pane's preview edits): the
   * save then writes this sheet from exceljs, like a sheet the add-in wrote, and still keeps every other part.
   */
  editSheet(name: string): ExcelJS.Worksheet {
    const ws = this.find(name);
    if (!ws) throw new Error(`editSheet: no sheet named ${name}`);
    this.written.add(ws.name);
    return ws;
  }

  /** A worksheet to read (a cell's look for a preview); nothing changed through it is saved. */
  worksheetForReading(name: string): ExcelJS.Worksheet | undefined {
    return this.find(name);
  }

  /** True when a save keeps every part of the loaded package it does not need to change (see toBuffer). */
  get savesLosslessly(): boolean {
    return this.original !== undefined && !this.rawAccess;
  }

  static create(): ExcelJsWorkbook {
    const book = new ExcelJS.Workbook();
    book.creator = "TĐKT add-in";
    book.created = new Date();
    ensureBookView(book);
    return new ExcelJsWorkbook(book);
  }

  /**
   * Loads an .xlsx, also one another program wrote (normalize.ts makes a separate package exceljs can read;
   * the save's base stays the bytes as they were). Anything that is not a workbook (or is corrupt) is AppError FILE_NOT_XLSX,
   * named by `file` when given; an encrypted one FILE_ENCRYPTED, an old .xls FILE_LEGACY_XLS, a zip bomb
   * FILE_ZIP_BOMB; a worksheet the workbook lists but exceljs did not read SHEET_NOT_READ, since commands
   * would then report it as missing, and a save would drop it.
   */
  static async fromBuffer(buf: ArrayBuffer | Uint8Array, file = ""): Promise<ExcelJsWorkbook> {
    const source = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
    let normalized: Normalized;
    try {
      normalized = await normalizePackage(source);
    } catch (e) {
      if (e instanceof PackageRefused) throw new AppError(e.code, { ...e.params, file }, { cause: e });
      throw new AppError("FILE_NOT_XLSX", { file }, { cause: e });
    }
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(normalized.bytes as unknown as ArrayBuffer);
    } catch (e) {
      throw new AppError("FILE_NOT_XLSX", { file }, { cause: e });
    }
    // A zip without a workbook part (a .docx, a bare archive) loads as an empty book: not a workbook.
    if (book.worksheets.length === 0) throw new AppError("FILE_NOT_XLSX", { file });
    for (const listed of normalized.worksheets) {
      if (!book.worksheets.some((ws) => sameName(ws.name, listed.name)))
        throw new AppError("SHEET_NOT_READ", { file, sheet: listed.name, part: listed.part });
    }
    ensureBookView(book);
    const original = buf instanceof Uint8Array ? Uint8Array.from(buf) : new Uint8Array(buf.slice(0));
    const wb = new ExcelJsWorkbook(book, original, file);
    wb.notesDropped = normalized.notes > 0 && countNotes(book) < normalized.notes;
    return wb;
  }

  /**
   * The workbook as .xlsx bytes. A loaded workbook is saved by merging: the original package with only
   * the add-in's sheets (and, by addition, the shared parts they need) taken from exceljs's rendering,
   * so a person's sheets, drawings, names, macros and properties come back byte for byte. When a sheet
   * the add-in replaces carries parts it cannot make again (a chart a person put on it), the save is
   * refused (SAVE_WOULD_LOSE_PARTS) rather than losing them.
   */
  async toBuffer(): Promise<Uint8Array> {
    if (this.original && !this.rawAccess && this.written.size === 0 && this.active === undefined) {
      return Uint8Array.from(this.original);
    }
    if (!this.original || this.rawAccess) return this.render();
    const order = this.model.worksheets.map((ws) => ws.name);
    const rendered = await this.render((name) => [...this.written].some((w) => sameName(w, name)));
    const merged = await mergePackages(this.original, rendered, this.written, {
      active: this.active,
      order,
      notesCarried: this.notesCarried,
    });
    const first = merged.lost[0];
    if (first) {
      const kinds = [...new Set(merged.lost.flatMap((l) => l.parts.map(partKind)))].map((c) => msg(c));
      throw new AppError("SAVE_WOULD_LOSE_PARTS", {
        file: this.file,
        sheet: first.sheet,
        parts: kinds.map((k) => k.vi).join(", "),
        partsEn: kinds.map((k) => k.en).join(", "),
      });
    }
    return merged.bytes;
  }

  /**
   * exceljs's package of the workbook, or of only the sheets `only` accepts: the others are taken from the
   * original by the merge, and rendering a large judge's sheet nobody changed is most of a save's time.
   */
  private async render(only?: (name: string) => boolean): Promise<Uint8Array> {
    const book = this.model as unknown as { _worksheets: (ExcelJS.Worksheet | undefined)[] };
    const all = book._worksheets;
    if (only) book._worksheets = all.map((ws) => (ws && only(ws.name) ? ws : undefined));
    try {
      const out = await this.model.xlsx.writeBuffer();
      return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
    } finally {
      book._worksheets = all;
    }
  }

  async listSheets(): Promise<SheetInfo[]> {
    const markers = this.readRegistry();
    const infos: SheetInfo[] = [];
    for (const ws of this.model.worksheets) {
      if (isRegistry(ws.name)) continue;
      const marker = markers.get(ws.name);
      infos.push(
        marker ? { name: ws.name, marker, visible: ws.state === "visible" } : { name: ws.name, visible: ws.state === "visible" },
      );
    }
    return infos;
  }

  /** listSheets + readSheets, each sheet with formulas only when asked: in memory, one call is no cheaper. */
  async snapshot(request: SnapshotRequest): Promise<Snapshot> {
    const sheets = await this.listSheets();
    const data: SheetData[] = [];
    for (const w of wantedSheets(request, sheets)) {
      const ws = this.find(w.name);
      if (ws) data.push(readWorksheet(ws, w.formulas));
    }
    return { sheets, data };
  }

  async readSheets(names: string[], options: ReadOptions = {}): Promise<SheetData[]> {
    const out: SheetData[] = [];
    for (const name of names) {
      const ws = this.find(name);
      if (ws) out.push(readWorksheet(ws, options.formulas === true));
    }
    return out;
  }

  async writeSheets(specs: SheetSpec[], progress?: Progress): Promise<void> {
    if (specs.length === 0) return;
    const markers = this.readRegistry();
    const generatedAt = this.now().toISOString();
    for (const [i, spec] of specs.entries()) {
      if (isRegistry(spec.name)) throw new Error(`The sheet name ${REGISTRY_SHEET} is reserved for the add-in's registry`);
      progress?.(i, specs.length, spec.name);
      if (spec.notes && this.partsRead.has(key(spec.name))) this.notesCarried.add(key(spec.name));
      const ws = this.freshSheet(spec.name);
      const cells = effectiveCells(spec);
      await applySheetSpec(ws, spec, cells);
      for (const key of [...markers.keys()]) if (sameName(key, spec.name)) markers.delete(key);
      markers.set(ws.name, { ...spec.marker, contentHash: hashCells(cells), generatedAt });
    }
    this.writeRegistry(markers);
    progress?.(specs.length, specs.length, "");
  }

  async readNumberFormats(sheet: string, range: RangeRef): Promise<string[][]> {
    const ws = this.find(sheet);
    if (!ws) return [];
    return Array.from({ length: range.rows }, (_, r) =>
      Array.from({ length: range.cols }, (_, c) => ws.findCell(range.row + r + 1, range.col + c + 1)?.numFmt || "General"),
    );
  }

  async readSheetParts(sheet: string): Promise<SheetParts> {
    const ws = this.find(sheet);
    if (!ws) return { notes: [], columnWidths: [] };
    this.partsRead.add(key(ws.name));
    const notes: CellNote[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const text = noteText(cell.note);
        if (text) notes.push({ row: r - 1, col: c - 1, text });
      }),
    );
    const columnWidths: (number | null)[] = [];
    const last = Math.max(ws.columnCount, ws.columns?.length ?? 0);
    for (let c = 1; c <= last; c++) columnWidths.push(ws.getColumn(c).width ?? null);
    while (columnWidths.length && columnWidths[columnWidths.length - 1] === null) columnWidths.pop();
    // Without every note, a rewrite would carry some and drop the rest: the caller is told none were read,
    // and the save refuses to lose the sheet's notes part (SAVE_WOULD_LOSE_PARTS).
    if (this.notesDropped) {
      this.partsRead.delete(key(ws.name));
      return { columnWidths };
    }
    return { notes, columnWidths };
  }

  async copySheet(from: string, to: string): Promise<void> {
    const src = this.find(from);
    if (!src) throw new Error(`copySheet: no sheet named ${from}`);
    if (this.find(to)) throw new Error(`copySheet: a sheet named ${to} exists already`);
    const copy = this.model.addWorksheet(to);
    this.written.add(to);
    copyWorksheet(src, copy);
    placeAfter(this.model, copy, src);
  }

  async deleteSheets(names: string[]): Promise<void> {
    const markers = this.readRegistry();
    let gone = 0;
    for (const name of names) {
      const ws = this.find(name);
      if (!ws || isRegistry(ws.name)) continue;
      // A sheet the save takes from the add-in's rendering and finds there no more is left out of the file.
      this.written.add(ws.name);
      markers.delete(ws.name);
      this.model.removeWorksheet(ws.id);
      gone++;
    }
    if (gone) this.writeRegistry(markers);
    if (this.active && !this.find(this.active.sheet)) this.active = undefined;
  }

  async writeCells(sheet: string, cells: readonly CellEdit[]): Promise<void> {
    const ws = this.find(sheet);
    if (!ws) throw new Error(`writeCells: no sheet named ${sheet}`);
    this.written.add(ws.name);
    for (const c of cells) ws.getCell(c.row + 1, c.col + 1).value = c.value;
  }

  async activate(sheet: string, cell = "A1"): Promise<void> {
    const target = this.find(sheet);
    if (!target) throw new Error(`activate: no sheet named ${sheet}`);
    this.active = { sheet: target.name, cell };
    const sheets = this.model.worksheets;
    for (const ws of sheets) {
      const selected = ws === target;
      if (!ws.views || ws.views.length === 0) {
        if (!selected) continue;
        ws.views = [{ state: "normal" } as ExcelJS.WorksheetView];
      }
      const view = ws.views[0] as ExcelJS.WorksheetView & { tabSelected?: boolean; activeCell?: string };
      view.tabSelected = selected;
      if (selected) view.activeCell = cell;
    }
    ensureBookView(this.model);
    this.model.views[0].activeTab = sheets.indexOf(target);
    if (target.state !== "visible") target.state = "visible";
  }

  /** A worksheet by name, compared as Excel does: case-insensitively, in NFC. */
  private find(name: string): ExcelJS.Worksheet | undefined {
    const exact = this.model.getWorksheet(name);
    if (exact) return exact;
    return this.model.worksheets.find((ws) => sameName(ws.name, name));
  }

  /** The sheet to write `name` into: a new one at the end, or an empty one in place of the old one. */
  private freshSheet(name: string): ExcelJS.Worksheet {
    const old = this.find(name);
    this.written.add(name);
    if (old) this.written.add(old.name);
    const registry = this.find(REGISTRY_SHEET);
    if (!old) {
      const ws = this.model.addWorksheet(name);
      // keep the registry last, so new tabs come after the person's sheets and never before a hidden one
      if (registry) placeAfter(this.model, registry, ws);
      return ws;
    }
    const orderNo = ordered(old).orderNo;
    const state = old.state;
    this.model.removeWorksheet(old.id);
    const ws = this.model.addWorksheet(name);
    ordered(ws).orderNo = orderNo;
    ws.state = state;
    return ws;
  }

  private readRegistry(): Map<string, Marker> {
    const ws = this.find(REGISTRY_SHEET);
    if (!ws) return new Map();
    const all = decodeRegistry(readWorksheet(ws, false).values);
    // markers of sheets that no longer exist (deleted or renamed by a person) are dropped
    const live = new Map<string, Marker>();
    for (const [name, m] of all) {
      const ws2 = this.find(name);
      if (ws2 && !isRegistry(ws2.name)) live.set(ws2.name, m);
    }
    return live;
  }

  private writeRegistry(markers: Map<string, Marker>): void {
    const ws = this.freshSheet(REGISTRY_SHEET);
    ws.state = "veryHidden";
    const rows = encodeRegistry(markers);
    rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    const last = Math.max(0, ...this.model.worksheets.filter((w) => w !== ws).map((w) => ordered(w).orderNo));
    ordered(ws).orderNo = last + 1;
  }
}

function countNotes(book: ExcelJS.Workbook): number {
  let n = 0;
  for (const ws of book.worksheets)
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => void (cell.note ? n++ : 0)));
  return n;
}

/** A note's text as a person reads it: exceljs gives a plain string, or rich text runs when it loaded a file. */
function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function isRegistry(name: string): boolean {
  return sameName(name, REGISTRY_SHEET);
}

/** exceljs orders tabs by this field, which its typings leave out. */
function ordered(ws: ExcelJS.Worksheet): { orderNo: number } {
  return internals(ws);
}

function ensureBookView(book: ExcelJS.Workbook): void {
  if (!book.views || book.views.length === 0) {
    book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  }
}

/** Moves `ws` right after `ref` in the tab order, shifting the tabs after it. */
function placeAfter(book: ExcelJS.Workbook, ws: ExcelJS.Worksheet, ref: ExcelJS.Worksheet): void {
  const order = book.worksheets.filter((w) => w !== ws);
  const at = order.indexOf(ref);
  order.splice(at + 1, 0, ws);
  order.forEach((w, i) => (ordered(w).orderNo = i + 1));
}
