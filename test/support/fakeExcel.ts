/**
 * A recording fake of the Excel JavaScript API, enough of it for the office adapter, with the batching
 * semantics of office-js:
 * - calls on proxies are queued and applied in order at context.sync(); proxies resolve at apply time,
 *   so a range taken on a sheet added earlier in the same request sees that sheet;
 * - reading a property that was not loaded and synced throws PropertyNotLoaded, like the real API;
 * - *OrNullObject getters give null objects (isNullObject after sync); what is chained on a null object
 *   is a null object too, or (option nullChain: "throw") fails the request with ItemNotFound;
 * - strings written through values/formulas are parsed like typed input: "=..", "+..", "-.." become
 *   formulas, numeric and date text become numbers, "TRUE" a boolean, "'x" the text x; cells formatted "@" keep text;
 * - Excel on the web limits: a request or a response over 5 MB fails (RequestPayloadSizeLimitExceeded,
 *   ResponsePayloadSizeLimitExceeded), a get of more than 5,000,000 cells fails (RangeExceedsLimit);
 * - a write to a protected sheet fails with AccessDenied; duplicate sheet or table names with ItemAlreadyExists.
 * Where real Excel is stricter than the API reference suggests, so is the fake (each rule cites its source):
 * - Worksheet.getRanges takes the areas separated by the LOCALE's list separator on Windows, and a comma
 *   under a ";" locale fails with InvalidArgument (OfficeDev/office-js#1167, confirmed as a product bug;
 *   #1985). Vietnamese Windows uses ";", which is the fake's default (option listSeparator);
 * - WorksheetProtection.unprotect() without the password fails on a sheet protected with one
 *   ("unprotect(password?: string)", ExcelApi 1.7; the Excel object model prompts for it, an add-in cannot);
 * - TableCollection.add(address: string) places the table on the ACTIVE sheet when the address names no
 *   sheet, whichever collection it is called on (Excel.TableCollection.add reference);
 * - the request limit is counted on the request as office-js sends it: the UTF-8 bytes of its JSON, each
 *   object path once and each action in its envelope, not an estimate per call;
 * - a ribbon function command's click is queued by Office until the previous one calls event.completed()
 *   (FakeAddinCommands below; Office.AddinCommands.Event.completed reference).
 * It counts syncs per Excel.run and measures each request: the JSON bytes of the calls queued since the
 * previous sync (object paths and arguments, plus a fixed overhead per call), and each response.
 * Formulas are not calculated: a formula cell's value reads as 0.
 */

/** The request's own JSON around its actions: {"Actions":[…],"ObjectPaths":{…}} and the session fields. */
const REQUEST_ENVELOPE = 120;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export interface FakeOptions {
  requestLimit?: number;
  responseLimit?: number;
  getCellLimit?: number;
  nullChain?: "propagate" | "throw";
  /** The Windows regional list separator getRanges expects; ";" as on Vietnamese Windows (office-js#1167, #1985). */
  listSeparator?: "," | ";";
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  calls: number;
}

export interface RunRecord {
  syncs: SyncRecord[];
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export class FakeOfficeError extends Error {
  override name = "RichApi.Error";
  debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    public code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: location };
  }
}

// ---------------------------------------------------------------- addresses

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colLetters(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function parseAddress(address: string): Rect {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "").trim();
  if (a === "") return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
  const [p, q = p] = a.split(":");
  const cols = /^[A-Z]+$/i;
  const rows = /^\d+$/;
  if (cols.test(p) && cols.test(q)) return { row: 0, col: colIndex(p), rows: MAX_ROWS, cols: colIndex(q) - colIndex(p) + 1 };
  if (rows.test(p) && rows.test(q)) return { row: Number(p) - 1, col: 0, rows: Number(q) - Number(p) + 1, cols: MAX_COLS };
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
    return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
  };
  const tl = cell(p);
  const br = cell(q);
  return { row: tl.row, col: tl.col, rows: br.row - tl.row + 1, cols: br.col - tl.col + 1 };
}

export function rectAddress(r: Rect): string {
  const tl = `${colLetters(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return tl;
  return `${tl}:${colLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function within(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

// ---------------------------------------------------------------- the model

export type Scalar = string | number | boolean;

export interface TableModel {
  name: string;
  rect: Rect;
  hasHeaders: boolean;
  style?: string;
}

export interface ValidationModel {
  rect: Rect;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatModel {
  rect: Rect;
  type: string;
  props: Record<string, unknown>;
}

export interface FormatOp {
  rect: Rect;
  path: string;
  value: unknown;
}

export class SheetModel {
  /** Values by row; undefined = empty. Formula cells hold their (uncalculated) value 0. */
  values: (Scalar | undefined)[][] = [];
  /** Formula text by cellKey(row, col). */
  formulas = new Map<number, string>();
  numberFormats: { rect: Rect; format: string }[] = [];
  formats: FormatOp[] = [];
  merges: Rect[] = [];
  tables: TableModel[] = [];
  validations: ValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  freeze: { rows: number; cols: number } | null = null;
  pageLayout: Record<string, unknown> = {};
  /** Addresses given to horizontalPageBreaks.add, in order. */
  pageBreaks: string[] = [];
  /** `password` is set when a person protected the sheet with one (the fake's seed; the add-in never does). */
  protection: { protected: boolean; options?: unknown; password?: string } = { protected: false };
  customProperties = new Map<string, string>();
  /** Notes (ExcelApi 1.18 Worksheet.notes) by cellKey(row, col). */
  notes = new Map<number, string>();
  tabColor = "";
  visibility = "Visible";
  activeCell?: string;

  constructor(public name: string) {}

  numberFormatAt(row: number, col: number): string {
    for (let i = this.numberFormats.length - 1; i >= 0; i--) if (within(this.numberFormats[i].rect, row, col)) return this.numberFormats[i].format;
    return "General";
  }

  /** The last value set for a format path (e.g. "font.bold", "protection.locked", "columnWidth") covering a cell. */
  formatAt(row: number, col: number, path: string): unknown {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i];
      if (f.path === path && within(f.rect, row, col)) return f.value;
    }
    return undefined;
  }

  formulaAt(row: number, col: number): string | undefined {
    return this.formulas.get(cellKey(row, col));
  }

  valueAt(row: number, col: number): Scalar | undefined {
    return this.values[row]?.[col];
  }

  /** Bounding box of the cells with a value or formula. */
  usedRect(): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = Number.MAX_SAFE_INTEGER;
    let right = -1;
    this.values.forEach((row, r) => {
      if (!row) return;
      for (let c = 0; c < row.length; c++) {
        if (row[c] === undefined) continue;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    });
    return top < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** The bounding box of the used cells inside `within`, or null. */
  usedRectWithin(within: Rect): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = Number.MAX_SAFE_INTEGER;
    let right = -1;
    const lastRow = Math.min(this.values.length, within.row + within.rows);
    for (let r = within.row; r < lastRow; r++) {
      const row = this.values[r];
      if (!row) continue;
      const lastCol = Math.min(row.length, within.col + within.cols);
      for (let c = within.col; c < lastCol; c++) {
        if (row[c] === undefined) continue;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    return top < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  clone(name: string): SheetModel {
    const s = new SheetModel(name);
    s.values = this.values.map((r) => (r ? [...r] : r));
    s.formulas = new Map(this.formulas);
    s.numberFormats = [...this.numberFormats];
    s.formats = [...this.formats];
    s.merges = [...this.merges];
    s.validations = [...this.validations];
    s.conditionalFormats = [...this.conditionalFormats];
    s.freeze = this.freeze;
    s.pageLayout = { ...this.pageLayout };
    s.pageBreaks = [...this.pageBreaks];
    s.protection = { ...this.protection };
    s.customProperties = new Map(this.customProperties);
    s.notes = new Map(this.notes);
    s.tabColor = this.tabColor;
    return s;
  }
}

function isNumericText(t: string): boolean {
  return /^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?%?$/.test(t) || /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t);
}

function dateText(t: string): number | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000 + 25_569;
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})$/.exec(t);
  if (m) return Date.UTC(+m[3], +m[2] - 1, +m[1]) / 86_400_000 + 25_569;
  return undefined;
}

/** A string written as if typed: what the cell becomes. */
export function typedInput(v: Scalar, textFormat: boolean): { value: Scalar | undefined; formula?: string } {
  if (typeof v !== "string") return { value: v };
  if (v === "") return { value: undefined };
  if (textFormat) return { value: v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  const t = v.trim();
  if (isNumericText(t)) return { value: Number(t.replace(/%$/, "").replace(/,(?=\d{3}\b)/g, "").replace(",", ".")) / (t.endsWith("%") ? 100 : 1) };
  if (/^[=+\-@]/.test(v) && v.length > 1) return { value: 0, formula: v.startsWith("=") ? v : `=${v}` };
  const d = dateText(t);
  if (d !== undefined) return { value: d };
  if (/^(true|false)$/i.test(t)) return { value: /^true$/i.test(t) };
  return { value: v };
}

// ---------------------------------------------------------------- the request context

type Target = unknown;

/** A cell's key is row × MAX_COLS + column, a number: no text built per cell. */
function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

function bytes(v: unknown): number {
  // Counted without encoding: requests of 4 MB are measured on every sync at province scale.
  return Buffer.byteLength(JSON.stringify(v) ?? "null", "utf8");
}

interface Queued {
  bytes: number;
  where: string;
  apply?: () => void;
}

export class FakeContext {
  private queue: Queued[] = [];
  private actionIds = 0;
  /** Object paths already sent in the current request. */
  private paths = new Set<string>();
  private proxies: ProxyBase[] = [];
  private response = 0;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;

  constructor(
    readonly excel: FakeExcel,
    private readonly record: RunRecord,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
    this.runtime = new FakeRuntime(this);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(where: string, payload: unknown, apply?: () => void): void {
    // One action as office-js serializes it (its envelope of ids and types, the arguments as JSON, UTF-8):
    // what Excel on the web measures. Object paths travel once per request and actions refer to them by
    // id, so a path is counted the first time a request uses it, spelt out in full (more than office-js's
    // own path entries, which name only their last step: the fake errs on the strict side).
    const id = ++this.actionIds;
    const dot = where.lastIndexOf(".");
    const parent = dot > 0 ? where.slice(0, dot) : "";
    const action = { Id: id, ActionType: 1, Name: where.slice(dot + 1), ObjectPathId: id, ArgumentInfo: { Arguments: [payload] } };
    let pathBytes = 0;
    if (parent && !this.paths.has(parent)) {
      this.paths.add(parent);
      pathBytes = bytes({ Id: id, ObjectPathType: 1, Name: parent, ParentObjectPathId: id }) + 1;
    }
    this.queue.push({ bytes: bytes(action) + 1 + pathBytes, where, apply });
  }

  track(p: ProxyBase): void {
    this.proxies.push(p);
  }

  addResponse(v: unknown): void {
    this.response += bytes(v);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.paths = new Set();
    const requestBytes = queue.reduce((s, q) => s + q.bytes, REQUEST_ENVELOPE);
    this.response = 0;
    this.record.syncs.push({ requestBytes, responseBytes: 0, calls: queue.length });
    const rec = this.record.syncs[this.record.syncs.length - 1];
    await Promise.resolve();
    if (requestBytes > this.excel.options.requestLimit)
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    for (const q of queue) {
      try {
        q.apply?.();
      } catch (e) {
        if (e instanceof FakeOfficeError) {
          e.debugInfo.errorLocation = q.where;
          throw e;
        }
        // A gap in the fake, not a host error: surface it as it is.
        throw e;
      }
    }
    for (const p of this.proxies) p.settle();
    rec.responseBytes = this.response;
    if (this.response > this.excel.options.responseLimit)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${this.response} bytes).`);
  }
}

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** A proxy: resolves to a model object when the request runs. */
abstract class ProxyBase {
  protected loaded = new Map<string, unknown>();
  private cached: Target | null | undefined;
  private settled = false;
  private nullAfterSync = false;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => Target | null,
    readonly path: string,
    /** Made by an *OrNullObject getter, or chained on one. */
    readonly nullable: boolean,
    /** An item of a collection loaded by the host: no call of its own in the request. */
    silent = false,
  ) {
    ctx.track(this);
    if (!silent) ctx.enqueue(path, null);
  }

  /** The model object, or null for a null object; throws ItemNotFound for a missing required object. */
  target(): Target | null {
    if (this.cached === undefined) {
      const t = this.resolver();
      if (t === null && !this.nullable) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.path}`);
      this.cached = t;
    }
    return this.cached;
  }

  /** The model object for a call that needs one: a null object here fails like the host would. */
  need<T>(): T {
    const t = this.target();
    if (t === null) throw new FakeOfficeError("InvalidOperation", `Operation on a null object: ${this.path}`);
    return t as T;
  }

  settle(): void {
    if (this.settled) return;
    try {
      this.nullAfterSync = this.target() === null;
      this.settled = true;
    } catch {
      // resolved in a later request
    }
  }

  get isNullObject(): boolean {
    if (!this.settled) throw notLoaded("isNullObject");
    return this.nullAfterSync;
  }

  protected child(resolver: (t: Target) => Target | null, path: string, nullableChild = false): [() => Target | null, string, boolean] {
    const nullable = this.nullable || nullableChild;
    const chain = this.ctx.excel.options.nullChain;
    return [
      () => {
        const t = this.target();
        if (t === null) {
          if (chain === "throw") throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.path}`);
          return null;
        }
        return resolver(t);
      },
      `${this.path}.${path}`,
      nullable,
    ];
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  protected abstract snapshot(prop: string, t: Target): unknown;

  load(props?: string | string[] | Record<string, unknown>): this {
    const list = (typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : Object.keys(props ?? {})).map((p) => p.trim()).filter(Boolean);
    if (list.length === 0) throw new Error("fake: load() without property names (no-empty-load)");
    this.ctx.enqueue(`${this.path}.load`, list, () => {
      const t = this.target();
      if (t === null) return;
      for (const p of list) {
        const v = this.snapshot(p, t);
        this.loaded.set(p, v);
        this.ctx.addResponse(v);
      }
    });
    return this;
  }

  protected call(name: string, args: unknown, apply: (t: Target) => void): void {
    this.ctx.enqueue(`${this.path}.${name}`, args, () => {
      const t = this.target();
      if (t === null) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.path}`);
      apply(t);
    });
  }
}

function guard(sheet: SheetModel): void {
  if (sheet.protection.protected) throw new FakeOfficeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
}

/** A bag of settable nested properties (format.font.bold, dataBar.positiveFormat.fillColor…): each set is one queued call. */
function bag(ctx: FakeContext, path: string, onSet: (path: string, value: unknown) => void, methods: Record<string, (...a: unknown[]) => unknown> = {}, prefix = ""): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get(_t, key) {
      if (typeof key !== "string") return undefined;
      if (key in methods) return methods[key];
      if (key === "getItem") return (k: string) => bag(ctx, `${path}.${k}`, onSet, {}, `${prefix}${k}.`);
      if (key === "load") return () => {
        throw new Error(`fake: loading ${path} is not modelled`);
      };
      return bag(ctx, `${path}.${key}`, onSet, {}, `${prefix}${key}.`);
    },
    set(_t, key, value) {
      const p = `${prefix}${String(key)}`;
      ctx.enqueue(`${path}.${String(key)}=`, value, () => onSet(p, value));
      return true;
    },
  });
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue("application.suspendScreenUpdatingUntilNextSync", null, () => this.ctx.excel.counters.screenSuspends++);
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("application.suspendApiCalculationUntilNextSync", null, () => this.ctx.excel.counters.calcSuspends++);
  }
}

class FakeRuntime extends ProxyBase {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.excel, "runtime", false);
  }
  protected snapshot(prop: string): unknown {
    if (prop === "enableEvents") return this.ctx.excel.enableEvents;
    throw new Error(`fake: runtime.${prop}`);
  }
  get enableEvents(): boolean {
    return this.read("enableEvents");
  }
  set enableEvents(v: boolean) {
    this.ctx.enqueue("runtime.enableEvents=", v, () => {
      this.ctx.excel.enableEvents = v;
      this.ctx.excel.counters.eventToggles.push(v);
    });
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeWorkbookTables;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeWorkbookTables(ctx);
  }
}

class FakeWorksheetCollection extends ProxyBase {
  private list?: FakeWorksheet[];
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.excel.sheets, "worksheets", false);
  }
  protected snapshot(prop: string): unknown {
    const m = /^items\/(\w+)$/.exec(prop);
    if (!m) throw new Error(`fake: worksheets load ${prop}`);
    const sheets = this.ctx.excel.sheets;
    if (!this.list || this.list.length !== sheets.length) this.list = sheets.map((s) => FakeWorksheet.bound(this.ctx, s));
    this.list.forEach((w) => w.setLoaded(m[1]));
    return sheets.map((s) => (m[1] === "name" ? s.name : m[1] === "visibility" ? s.visibility : null));
  }
  get items(): FakeWorksheet[] {
    if (!this.loaded.size || !this.list) throw notLoaded("items");
    return this.list;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.find(name), `worksheets.getItem(${JSON.stringify(name)})`, false);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.find(name), `worksheets.getItemOrNullObject(${JSON.stringify(name)})`, true);
  }
  add(name: string): FakeWorksheet {
    let made: SheetModel | null = null;
    const ws = new FakeWorksheet(this.ctx, () => made, `worksheets.add(${JSON.stringify(name)})`, false);
    this.ctx.enqueue(`worksheets.add`, name, () => {
      made = this.ctx.excel.addSheet(name);
    });
    return ws;
  }
}

class FakeWorkbookTables extends ProxyBase {
  private list: { name: string; worksheet: { name: string } }[] = [];
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.excel, "tables", false);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== "items/name" && prop !== "items/worksheet/name") throw new Error(`fake: tables load ${prop}`);
    this.list = this.ctx.excel.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name, worksheet: { name: s.name } })));
    return this.list.map((t) => (prop === "items/name" ? t.name : t.worksheet.name));
  }
  get items(): { name: string; worksheet: { name: string } }[] {
    return this.read<unknown>("items/name") === undefined ? [] : this.list;
  }
}

const SHEET_NAME = /^[^:\\/?*[\]]{1,31}$/;

class FakeWorksheet extends ProxyBase {
  constructor(ctx: FakeContext, resolver: () => Target | null, path: string, nullable: boolean, silent = false) {
    super(ctx, resolver, path, nullable, silent);
  }

  /** An item of a loaded collection: already resolved. */
  static bound(ctx: FakeContext, s: SheetModel): FakeWorksheet {
    return new FakeWorksheet(ctx, () => s, `worksheets.items[${JSON.stringify(s.name)}]`, false, true);
  }

  setLoaded(prop: string): void {
    const s = this.need<SheetModel>();
    this.loaded.set(prop, prop === "name" ? s.name : s.visibility);
  }

  protected snapshot(prop: string, t: Target): unknown {
    const s = t as SheetModel;
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    if (prop === "tabColor") return s.tabColor;
    throw new Error(`fake: worksheet load ${prop}`);
  }

  private sheet(): SheetModel {
    return this.need<SheetModel>();
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.ctx.enqueue(`${this.path}.name=`, v, () => this.ctx.excel.rename(this.sheet(), v));
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.ctx.enqueue(`${this.path}.visibility=`, v, () => {
      this.sheet().visibility = v;
    });
  }
  set tabColor(v: string) {
    this.ctx.enqueue(`${this.path}.tabColor=`, v, () => {
      const s = this.sheet();
      guard(s);
      s.tabColor = v;
    });
  }

  getRange(address?: string): FakeRange {
    const [r, p, n] = this.child((t) => ({ sheet: t as SheetModel, rect: parseAddress(address ?? "") }), `getRange(${JSON.stringify(address ?? "")})`);
    return new FakeRange(this.ctx, r, p, n);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const [r, p, n] = this.child((t) => ({ sheet: t as SheetModel, rect: { row, col, rows, cols } }), `getRangeByIndexes(${row},${col},${rows},${cols})`);
    return new FakeRange(this.ctx, r, p, n);
  }
  /** Areas split on the locale list separator only: a "," under ";" fails like Excel on Vietnamese Windows (office-js#1167, #1985). */
  getRanges(address: string): { format: Record<string, unknown> } {
    const sep = this.ctx.excel.options.listSeparator;
    const parse = () => {
      if (sep === ";" && address.includes(",")) throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      return address.split(sep).map(parseAddress);
    };
    this.ctx.enqueue(`${this.path}.getRanges`, address, () => void parse());
    const format = bag(this.ctx, `${this.path}.getRanges.format`, (path, value) => {
      const s = this.sheet();
      guard(s);
      for (const rect of parse()) s.formats.push({ rect, path, value });
    });
    return { format };
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const [r, p, n] = this.child(
      (t) => {
        const rect = (t as SheetModel).usedRect();
        return rect ? { sheet: t as SheetModel, rect } : null;
      },
      `getUsedRangeOrNullObject(${valuesOnly === true})`,
      true,
    );
    return new FakeRange(this.ctx, r, p, n);
  }
  activate(): void {
    this.call("activate", null, (t) => {
      this.ctx.excel.active = (t as SheetModel).name;
    });
  }
  delete(): void {
    this.call("delete", null, (t) => this.ctx.excel.removeSheet(t as SheetModel));
  }
  copy(positionType?: string): FakeWorksheet {
    let made: SheetModel | null = null;
    const ws = new FakeWorksheet(this.ctx, () => made, `${this.path}.copy`, false);
    this.call("copy", positionType ?? null, (t) => {
      made = this.ctx.excel.copySheet(t as SheetModel);
    });
    return ws;
  }

  get protection(): FakeWorksheetProtection {
    const [r, p] = this.child((t) => t, "protection");
    return new FakeWorksheetProtection(this.ctx, r, p);
  }

  get freezePanes(): Record<string, unknown> {
    const set = (name: string, v: () => { rows: number; cols: number } | null, args: unknown) =>
      this.ctx.enqueue(`${this.path}.freezePanes.${name}`, args, () => {
        const s = this.sheet();
        s.freeze = v();
      });
    return {
      freezeRows: (n: number) => set("freezeRows", () => ({ rows: n, cols: 0 }), n),
      freezeColumns: (n: number) => set("freezeColumns", () => ({ rows: 0, cols: n }), n),
      freezeAt: (r: FakeRange | string) =>
        set(
          "freezeAt",
          () => {
            const rect = typeof r === "string" ? parseAddress(r) : r.rectNow();
            if (rect.row !== 0 || rect.col !== 0) throw new Error("fake: freezeAt from A1 only");
            return { rows: rect.rows, cols: rect.cols };
          },
          typeof r === "string" ? r : r.path,
        ),
      unfreeze: () => set("unfreeze", () => null, null),
    };
  }

  get horizontalPageBreaks(): Record<string, unknown> {
    return {
      add: (r: string) =>
        this.ctx.enqueue(`${this.path}.horizontalPageBreaks.add`, r, () => {
          this.sheet().pageBreaks.push(r);
        }),
    };
  }

  get pageLayout(): Record<string, unknown> {
    return bag(
      this.ctx,
      `${this.path}.pageLayout`,
      (path, value) => {
        this.sheet().pageLayout[path] = value;
      },
      {
        setPrintTitleRows: (rows: unknown) =>
          this.ctx.enqueue(`${this.path}.pageLayout.setPrintTitleRows`, rows, () => {
            this.sheet().pageLayout.printTitleRows = rows;
          }),
        // PageLayout.setPrintTitleColumns (ExcelApi 1.9): "$A:$B", the columns repeated at the left of each page.
        setPrintTitleColumns: (cols: unknown) =>
          this.ctx.enqueue(`${this.path}.pageLayout.setPrintTitleColumns`, cols, () => {
            this.sheet().pageLayout.printTitleColumns = cols;
          }),
      },
    );
  }

  /**
   * Worksheet.notes (ExcelApi 1.18): load("items/content"), then each item's getLocation() or delete();
   * add(range, text) fails with InvalidArgument on a cell that has a note already, or on more than one cell.
   */
  get notes(): Record<string, unknown> {
    if (!this.ctx.excel.isSetSupported("ExcelApi", "1.18")) throw new Error("fake: Worksheet.notes needs ExcelApi 1.18");
    const sheet = () => this.sheet();
    const ctx = this.ctx;
    const path = `${this.path}.notes`;
    let items: { content: string; getLocation: () => FakeRange; delete: () => void }[] | undefined;
    return {
      load: (props: string) => {
        ctx.enqueue(`${path}.load`, props, () => {
          const s = sheet();
          items = [...s.notes.entries()].map(([k, content], i) => {
            const rect = { row: Math.floor(k / MAX_COLS), col: k % MAX_COLS, rows: 1, cols: 1 };
            ctx.addResponse(content);
            return {
              content,
              getLocation: () => new FakeRange(ctx, () => ({ sheet: s, rect }), `${path}.items[${i}].getLocation()`, false),
              delete: () => ctx.enqueue(`${path}.items[${i}].delete`, null, () => void s.notes.delete(k)),
            };
          });
        });
      },
      get items() {
        if (!items) throw notLoaded("items");
        return items;
      },
      add: (cell: FakeRange, content: string) =>
        ctx.enqueue(`${path}.add`, [cell.path, content], () => {
          const { sheet: s, rect } = cell.targetNow();
          if (rect.rows * rect.cols !== 1) throw new FakeOfficeError("InvalidArgument", "A note goes on one cell.");
          if (s.notes.has(cellKey(rect.row, rect.col))) throw new FakeOfficeError("InvalidArgument", "The cell has a note already.");
          s.notes.set(cellKey(rect.row, rect.col), content);
        }),
    };
  }

  get customProperties(): Record<string, unknown> {
    if (!this.ctx.excel.customPropertiesSupported) throw new Error("fake: Worksheet.customProperties needs ExcelApi 1.12");
    const sheet = () => this.sheet();
    const ctx = this.ctx;
    const path = `${this.path}.customProperties`;
    return {
      add: (key: string, value: string) =>
        ctx.enqueue(`${path}.add`, [key, value], () => {
          if (key.length > 255) throw new FakeOfficeError("InvalidArgument", "Custom property key too long");
          sheet().customProperties.set(key.toLowerCase(), value);
        }),
      getItemOrNullObject: (key: string) => new FakeCustomProperty(ctx, () => {
        const v = sheet().customProperties.get(key.toLowerCase());
        return v === undefined ? null : { key, value: v };
      }, `${path}.getItemOrNullObject(${JSON.stringify(key)})`),
    };
  }

  get tables(): Record<string, unknown> {
    const sheet = () => this.sheet();
    const ctx = this.ctx;
    const path = `${this.path}.tables`;
    return {
      // A string without a sheet name means the ACTIVE sheet, whichever sheet's collection is called
      // (Excel.TableCollection.add: "If the address does not contain a sheet name, the currently-active sheet is used").
      add: (address: string | FakeRange, hasHeaders: boolean) => {
        let made: TableModel | null = null;
        ctx.enqueue(`${path}.add`, [typeof address === "string" ? address : address.path, hasHeaders], () => {
          sheet();
          const where = typeof address === "string" ? ctx.excel.tableTarget(address) : address.targetNow();
          const s = where.sheet;
          guard(s);
          const rect = where.rect;
          if (s.tables.some((t) => intersects(t.rect, rect))) throw new FakeOfficeError("InvalidArgument", "A table can't overlap another table.");
          if (s.merges.some((m) => intersects(m, rect))) throw new FakeOfficeError("MergedRangeConflict", "A table can't overlap merged cells.");
          made = { name: ctx.excel.nextTableName(), rect, hasHeaders };
          s.tables.push(made);
        });
        return bag(ctx, `${path}.add`, (p, value) => {
          if (!made) throw new FakeOfficeError("ItemNotFound", "table");
          if (p === "name") {
            if (ctx.excel.allTables().some((t) => t !== made && t.name.toLowerCase() === String(value).toLowerCase()))
              throw new FakeOfficeError("ItemAlreadyExists", `A table named ${String(value)} already exists.`);
            made.name = String(value);
          } else if (p === "style") made.style = String(value);
          else throw new Error(`fake: table.${p}`);
        });
      },
      getItem: (name: string) => ({
        delete: () =>
          ctx.enqueue(`${path}.getItem(${JSON.stringify(name)}).delete`, null, () => {
            const s = sheet();
            guard(s);
            const i = s.tables.findIndex((t) => t.name.toLowerCase() === name.toLowerCase());
            if (i < 0) throw new FakeOfficeError("ItemNotFound", `No table ${name}`);
            s.tables.splice(i, 1);
          }),
      }),
    };
  }
}

class FakeWorksheetProtection extends ProxyBase {
  constructor(ctx: FakeContext, resolver: () => Target | null, path: string) {
    super(ctx, resolver, path, false);
  }
  protected snapshot(prop: string, t: Target): unknown {
    if (prop === "protected") return (t as SheetModel).protection.protected;
    throw new Error(`fake: protection load ${prop}`);
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protect(options?: unknown): void {
    this.call("protect", options ?? null, (t) => {
      const s = t as SheetModel;
      if (s.protection.protected) throw new FakeOfficeError("InvalidOperation", "The sheet is already protected.");
      s.protection = { protected: true, options };
    });
  }
  /**
   * Without the right password a sheet protected with one stays protected and the call fails (ExcelApi 1.7
   * unprotect(password?)). Excel's error code for it is not documented; the adapter must not depend on it.
   */
  unprotect(password?: string): void {
    this.call("unprotect", password ?? null, (t) => {
      const s = t as SheetModel;
      if (s.protection.protected && s.protection.password !== undefined && s.protection.password !== password)
        throw new FakeOfficeError("InvalidArgument", "The password you supplied is not correct.");
      s.protection = { protected: false };
    });
  }
}

class FakeCustomProperty extends ProxyBase {
  constructor(ctx: FakeContext, resolver: () => Target | null, path: string) {
    super(ctx, resolver, path, true);
  }
  protected snapshot(prop: string, t: Target): unknown {
    return (t as Record<string, unknown>)[prop];
  }
  get value(): string {
    return this.read("value");
  }
}

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

class FakeRange extends ProxyBase {
  constructor(ctx: FakeContext, resolver: () => Target | null, path: string, nullable: boolean) {
    super(ctx, resolver, path, nullable);
  }

  /** The rectangle, for arguments that take a Range (resolved now: only ranges from a fixed address). */
  rectNow(): Rect {
    return this.need<RangeTarget>().rect;
  }

  /** Sheet and rectangle, for arguments that take a Range. */
  targetNow(): RangeTarget {
    return this.need<RangeTarget>();
  }

  private rt(): RangeTarget {
    return this.need<RangeTarget>();
  }

  protected snapshot(prop: string, t: Target): unknown {
    const { sheet, rect } = t as RangeTarget;
    switch (prop) {
      case "address":
        return `${sheet.name}!${rectAddress(rect)}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "values":
      case "formulas":
      case "numberFormat": {
        if (rect.rows * rect.cols > this.ctx.excel.options.getCellLimit) throw new FakeOfficeError("RangeExceedsLimit", "The number of cells in the range has exceeded the maximum supported number.");
        const out: unknown[][] = [];
        for (let r = rect.row; r < rect.row + rect.rows; r++) {
          const row = sheet.values[r];
          const line = new Array<unknown>(rect.cols);
          for (let c = 0; c < rect.cols; c++) {
            const col = rect.col + c;
            if (prop === "numberFormat") line[c] = sheet.numberFormatAt(r, col);
            else if (prop === "formulas") line[c] = sheet.formulaAt(r, col) ?? row?.[col] ?? "";
            else line[c] = row?.[col] ?? "";
          }
          out.push(line);
        }
        return out;
      }
      default:
        throw new Error(`fake: range load ${prop}`);
    }
  }

  /** Range.getUsedRangeOrNullObject (ExcelApi 1.4): the used cells within this range. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const [r, p, n] = this.child(
      (t) => {
        const { sheet, rect } = t as RangeTarget;
        const used = sheet.usedRectWithin(rect);
        return used ? { sheet, rect: used } : null;
      },
      `getUsedRangeOrNullObject(${valuesOnly === true})`,
      true,
    );
    return new FakeRange(this.ctx, r, p, n);
  }

  get values(): Scalar[][] {
    return this.read("values");
  }
  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get address(): string {
    return this.read("address");
  }

  private write(kind: "values" | "formulas", grid: Scalar[][]): void {
    this.ctx.enqueue(`${this.path}.${kind}=`, grid, () => {
      const { sheet, rect } = this.rt();
      guard(sheet);
      if (grid.length !== rect.rows || grid.some((row) => row.length !== rect.cols))
        throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectAddress(rect)}).`);
      for (let r = 0; r < rect.rows; r++) {
        const rr = rect.row + r;
        const row = (sheet.values[rr] ??= []);
        for (let c = 0; c < rect.cols; c++) {
          const cc = rect.col + c;
          const v = grid[r][c];
          // Only a string's reading depends on the cell's format: numbers skip the format lookup.
          const typed = typedInput(v, typeof v === "string" && v !== "" && sheet.numberFormatAt(rr, cc) === "@");
          row[cc] = typed.value;
          if (typed.formula) sheet.formulas.set(cellKey(rr, cc), typed.formula);
          else if (sheet.formulas.size > 0) sheet.formulas.delete(cellKey(rr, cc));
        }
      }
    });
  }

  set values(grid: Scalar[][]) {
    this.write("values", grid);
  }
  set formulas(grid: Scalar[][]) {
    this.write("formulas", grid);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    this.ctx.enqueue(`${this.path}.numberFormat=`, grid, () => {
      const { sheet, rect } = this.rt();
      guard(sheet);
      if (grid.length === 1 && grid[0].length === 1) {
        sheet.numberFormats.push({ rect, format: grid[0][0] });
        return;
      }
      if (grid.length !== rect.rows || grid.some((row) => row.length !== rect.cols)) throw new FakeOfficeError("InvalidArgument", "numberFormat dimensions");
      grid.forEach((row, r) => row.forEach((f, c) => sheet.numberFormats.push({ rect: { row: rect.row + r, col: rect.col + c, rows: 1, cols: 1 }, format: f })));
    });
  }

  get format(): Record<string, unknown> {
    let width: number | undefined;
    const loaded = {
      get columnWidth(): number {
        if (width === undefined) throw notLoaded("columnWidth");
        return width;
      },
    };
    return bag(
      this.ctx,
      `${this.path}.format`,
      (path, value) => {
        const { sheet, rect } = this.rt();
        guard(sheet);
        sheet.formats.push({ rect, path, value });
      },
      {
        // Only columnWidth is readable: the width set last over the range's first column, else Excel's standard 48 points.
        load: (props: unknown) => {
          if (props !== "columnWidth") throw new Error(`fake: format load ${String(props)}`);
          this.ctx.enqueue(`${this.path}.format.load`, props, () => {
            const { sheet, rect } = this.rt();
            width = Number(sheet.formatAt(rect.row, rect.col, "columnWidth") ?? 48);
            this.ctx.addResponse(width);
          });
          return loaded;
        },
      },
    );
  }

  merge(across?: boolean): void {
    this.call("merge", across ?? false, () => {
      const { sheet, rect } = this.rt();
      guard(sheet);
      if (sheet.merges.some((m) => intersects(m, rect))) throw new FakeOfficeError("MergedRangeConflict", "Overlapping merge");
      // Range.merge(across): true merges the cells of each row of the range as a separate merged area.
      if (across) for (let r = 0; r < rect.rows; r++) sheet.merges.push({ ...rect, row: rect.row + r, rows: 1 });
      else sheet.merges.push(rect);
    });
  }
  unmerge(): void {
    this.call("unmerge", null, () => {
      const { sheet, rect } = this.rt();
      guard(sheet);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }
  /** Clears values, formulas, number formats and formats inside the range. Validation, merges and conditional formats stay (cleared by their own calls). */
  clear(applyTo?: string): void {
    this.call("clear", applyTo ?? "All", () => {
      const { sheet, rect } = this.rt();
      guard(sheet);
      for (let r = rect.row; r < Math.min(rect.row + rect.rows, sheet.values.length); r++) {
        const row = sheet.values[r];
        if (!row) continue;
        for (let c = rect.col; c < Math.min(rect.col + rect.cols, row.length); c++) row[c] = undefined;
      }
      for (const k of [...sheet.formulas.keys()]) if (within(rect, Math.floor(k / MAX_COLS), k % MAX_COLS)) sheet.formulas.delete(k);
      sheet.numberFormats = sheet.numberFormats.filter((f) => !contains(rect, f.rect));
      sheet.formats = sheet.formats.filter((f) => !contains(rect, f.rect));
      // Clear All takes the notes too, as Home › Clear › Clear All does; Contents and Formats leave them.
      if ((applyTo ?? "All") === "All")
        for (const k of [...sheet.notes.keys()]) if (within(rect, Math.floor(k / MAX_COLS), k % MAX_COLS)) sheet.notes.delete(k);
    });
  }
  select(): void {
    this.call("select", null, () => {
      const { sheet, rect } = this.rt();
      this.ctx.excel.selection = { sheet: sheet.name, address: rectAddress(rect) };
    });
  }

  get dataValidation(): Record<string, unknown> {
    let current: ValidationModel | null = null;
    const model = () => {
      const { sheet, rect } = this.rt();
      guard(sheet);
      if (!current) {
        if (sheet.validations.some((v) => intersects(v.rect, rect))) throw new FakeOfficeError("InvalidArgument", `Data validation already on ${rectAddress(rect)}`);
        current = { rect };
        sheet.validations.push(current);
      }
      return current;
    };
    return bag(
      this.ctx,
      `${this.path}.dataValidation`,
      (path, value) => {
        (model() as unknown as Record<string, unknown>)[path] = value;
      },
      {
        clear: () =>
          this.ctx.enqueue(`${this.path}.dataValidation.clear`, null, () => {
            const { sheet, rect } = this.rt();
            guard(sheet);
            sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
          }),
      },
    );
  }

  get conditionalFormats(): Record<string, unknown> {
    return {
      add: (type: string) => {
        let made: ConditionalFormatModel | null = null;
        this.ctx.enqueue(`${this.path}.conditionalFormats.add`, type, () => {
          const { sheet, rect } = this.rt();
          guard(sheet);
          made = { rect, type, props: {} };
          sheet.conditionalFormats.push(made);
        });
        return bag(this.ctx, `${this.path}.conditionalFormats.add(${type})`, (path, value) => {
          if (!made) throw new FakeOfficeError("ItemNotFound", "conditional format");
          made.props[path] = value;
        });
      },
      clearAll: () =>
        this.ctx.enqueue(`${this.path}.conditionalFormats.clearAll`, null, () => {
          const { sheet, rect } = this.rt();
          guard(sheet);
          sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.rect, rect));
        }),
    };
  }
}

// ---------------------------------------------------------------- the host

export class FakeExcel {
  readonly options: Required<FakeOptions>;
  sheets: SheetModel[] = [];
  runs: RunRecord[] = [];
  enableEvents = true;
  active?: string;
  selection?: { sheet: string; address: string };
  counters = { screenSuspends: 0, calcSuspends: 0, eventToggles: [] as boolean[] };
  /** Requirement sets the fake host claims (ExcelApi versions). */
  apiVersion = "1.12";
  private tableCount = 0;

  constructor(options: FakeOptions = {}) {
    this.options = {
      requestLimit: options.requestLimit ?? 5_000_000,
      responseLimit: options.responseLimit ?? 5_000_000,
      getCellLimit: options.getCellLimit ?? 5_000_000,
      nullChain: options.nullChain ?? "propagate",
      listSeparator: options.listSeparator ?? ";",
    };
  }

  get customPropertiesSupported(): boolean {
    return this.isSetSupported("ExcelApi", "1.12");
  }

  /** Office.context.requirements.isSetSupported for this fake host. */
  isSetSupported = (name: string, version: string): boolean => {
    if (name !== "ExcelApi") return false;
    const [a, b] = version.split(".").map(Number);
    const [x, y] = this.apiVersion.split(".").map(Number);
    return a < x || (a === x && b <= y);
  };

  /** Excel.run for this fake host: one context, its syncs recorded; pending calls are flushed at the end like Excel.run does. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const record: RunRecord = { syncs: [] };
    this.runs.push(record);
    const ctx = new FakeContext(this, record);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending) await ctx.sync();
    return result;
  };

  get lastRun(): RunRecord {
    return this.runs[this.runs.length - 1];
  }

  find(name: string): SheetModel | null {
    const n = name.normalize("NFC").toLowerCase();
    return this.sheets.find((s) => s.name.normalize("NFC").toLowerCase() === n) ?? null;
  }

  sheet(name: string): SheetModel {
    const s = this.find(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  addSheet(name: string): SheetModel {
    if (!SHEET_NAME.test(name)) throw new FakeOfficeError("InvalidArgument", `Invalid sheet name ${name}`);
    if (this.find(name)) throw new FakeOfficeError("ItemAlreadyExists", `A resource with the same name or identifier already exists: ${name}`);
    const s = new SheetModel(name);
    this.sheets.push(s);
    return s;
  }

  rename(s: SheetModel, name: string): void {
    if (!SHEET_NAME.test(name)) throw new FakeOfficeError("InvalidArgument", `Invalid sheet name ${name}`);
    const other = this.find(name);
    if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists", `A resource with the same name or identifier already exists: ${name}`);
    s.name = name;
  }

  /** Excel keeps at least one visible sheet: deleting the last one fails. */
  removeSheet(s: SheetModel): void {
    if (!this.sheets.some((o) => o !== s && o.visibility === "Visible"))
      throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets = this.sheets.filter((o) => o !== s);
  }

  copySheet(s: SheetModel): SheetModel {
    let k = 2;
    while (this.find(`${s.name.slice(0, 26)} (${k})`)) k++;
    const copy = s.clone(`${s.name.slice(0, 26)} (${k})`);
    copy.tables = s.tables.map((t) => ({ ...t, name: this.nextTableName() }));
    this.sheets.push(copy);
    return copy;
  }

  /** Where TableCollection.add puts a string address: its own sheet when named ("Sheet!A1:B2"), else the active sheet. */
  tableTarget(address: string): { sheet: SheetModel; rect: Rect } {
    const bang = address.lastIndexOf("!");
    if (bang >= 0) {
      const name = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      const sheet = this.find(name);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
      return { sheet, rect: parseAddress(address) };
    }
    const sheet = (this.active ? this.find(this.active) : null) ?? this.sheets.find((s) => s.visibility === "Visible") ?? this.sheets[0];
    return { sheet, rect: parseAddress(address) };
  }

  nextTableName(): string {
    let name: string;
    do name = `Table${++this.tableCount}`;
    while (this.allTables().some((t) => t.name.toLowerCase() === name.toLowerCase()));
    return name;
  }

  allTables(): TableModel[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  /** Seeds a sheet with values as a person would have typed them (strings parsed like typed input). */
  seed(name: string, values: Scalar[][], options: { visibility?: string } = {}): SheetModel {
    const s = this.addSheet(name);
    s.values = values.map((row) => row.map((v) => typedInput(v, false).value));
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const t = typedInput(v, false);
        if (t.formula) s.formulas.set(cellKey(r, c), t.formula);
      }),
    );
    if (options.visibility) s.visibility = options.visibility;
    return s;
  }

  /** Cells of a sheet as a grid of values, "" for empty, up to the last used cell from A1. */
  grid(name: string): (Scalar | "")[][] {
    const s = this.sheet(name);
    const used = s.usedRect();
    if (!used) return [];
    const rows = used.row + used.rows;
    const cols = used.col + used.cols;
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => s.values[r]?.[c] ?? ""));
  }
}

// ---------------------------------------------------------------- ribbon function commands

export interface FakeCommandEvent {
  completed(): void;
  readonly source: { id: string };
}

/**
 * Office.actions as Office runs ExecuteFunction buttons: a click reaches its handler only once every earlier
 * click has called event.completed() (Office queues it, and the button stays busy meanwhile). Office ends a
 * function command that never completes after a time limit (reported as five minutes); `completedAfter`
 * records, per click, how many of the handler's own promises had settled when completed() came, so a test
 * can tell "at once" from "after the whole command". Office.AddinCommands.Event.completed: "must be called
 * at the end of a function which was invoked by a function command button".
 */
export class FakeAddinCommands {
  private readonly handlers = new Map<string, (event: FakeCommandEvent) => unknown>();
  private busy = false;
  private readonly queue: { name: string; started: (done: Promise<void>) => void }[] = [];
  /** Names of the clicks whose handler ran, in order. */
  readonly ran: string[] = [];
  /** Per click: whether its handler's work was still running when it called completed(). */
  readonly completedWhileRunning: boolean[] = [];

  associate = (name: string, handler: (event: FakeCommandEvent) => unknown): void => {
    this.handlers.set(name, handler);
  };

  /** A click: resolves once its handler has called completed() (Office then frees the button). */
  click(name: string): Promise<void> {
    return new Promise<void>((resolve) => {
      this.queue.push({ name, started: (done) => void done.then(resolve) });
      this.next();
    });
  }

  /** Clicks waiting for an earlier one to complete. */
  get queued(): number {
    return this.queue.length;
  }

  private next(): void {
    if (this.busy) return;
    const click = this.queue.shift();
    if (!click) return;
    const handler = this.handlers.get(click.name);
    if (!handler) throw new Error(`fake: no handler associated with ${click.name}`);
    this.busy = true;
    this.ran.push(click.name);
    const index = this.completedWhileRunning.length;
    this.completedWhileRunning.push(false);
    let running = true;
    let completed = false;
    let release: () => void = () => undefined;
    const done = new Promise<void>((r) => (release = r));
    click.started(done);
    const event: FakeCommandEvent = {
      source: { id: click.name },
      completed: () => {
        if (completed) throw new Error("fake: event.completed() called twice");
        completed = true;
        this.completedWhileRunning[index] = running;
        this.busy = false;
        release();
        this.next();
      },
    };
    void Promise.resolve(handler(event)).finally(() => {
      running = false;
    });
  }
}
