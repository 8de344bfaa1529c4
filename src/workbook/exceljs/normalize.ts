/**
 * Makes a valid .xlsx written by another program readable by exceljs 4.4.0, which only finds parts where
 * Excel and exceljs itself put them. Pure: package bytes in, package bytes out (Node and browser alike).
 *
 * What other programs write that exceljs misreads, and what is done about it:
 * - relationship targets as absolute part names (`/xl/tables/table1.xml`, openpyxl): exceljs looks tables,
 *   comments and notes up by the relative target text, so every target is written relative again;
 * - parts at other paths (`xl/comments/comment1.xml`, `xl/drawings/commentsDrawing1.vml`, openpyxl; a
 *   worksheet not named `sheetN.xml`): exceljs matches part names by pattern, so such parts are renamed to
 *   the names it expects, with every relationship and content type that names them;
 * - drawings whose elements are in the default namespace (no `xdr:` prefix): exceljs matches tag names
 *   with their prefix, so the prefixes are made the usual ones;
 * - tables without `tableStyleInfo` (LibreOffice): exceljs then crashes when it writes the table, so an
 *   empty one (no style, as LibreOffice meant) is added;
 * - no theme part (LibreOffice): exceljs's default theme is added, so what it writes has one.
 *
 * The original bytes are never changed: the result is a separate package, and the input itself is
 * returned when nothing needed changing. Parts that need nothing are copied compressed as they were.
 *
 * Before any of that, a file that is not a zip but a Compound File (an encrypted workbook, or an old .xls)
 * and a zip that declares an absurd uncompressed size are refused with their own reason.
 */
import JSZip from "jszip";

/** Why a package cannot be read at all; the caller names the file in the message of that code. */
export class PackageRefused extends Error {
  constructor(
    readonly code: "FILE_ENCRYPTED" | "FILE_LEGACY_XLS" | "FILE_ZIP_BOMB" | "FILE_NOT_XLSX",
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = "PackageRefused";
  }
}

/**
 * Limits of what a workbook's parts may declare once inflated. A province round (10,000 units × 30 criteria ×
 * 15 judges) is some hundreds of MB of XML in all; past these a file is a zip bomb or corrupt, and reading
 * it would exhaust memory before it failed.
 */
export const ZIP_LIMITS = {
  /** One part: exceljs holds a part as one string in memory, and V8 strings stop near 512 MiB anyway. */
  entryBytes: 1024 ** 3,
  /** All parts together. */
  totalBytes: 4 * 1024 ** 3,
} as const;

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptedPackage" in UTF-16LE, the stream name an encrypted OOXML file keeps in its Compound File directory. */
const ENCRYPTED_STREAM = new Uint8Array([..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]));

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = hay.indexOf(first); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * What a file that is not a zip is, from its first bytes (and, for a Compound File, its directory): an
 * Excel workbook saved with a password to open is a Compound File holding "EncryptedPackage"; any other
 * Compound File is an Excel 97-2003 workbook (or another Office 97 document). Undefined for anything else.
 */
export function compoundFileKind(bytes: Uint8Array): "FILE_ENCRYPTED" | "FILE_LEGACY_XLS" | undefined {
  if (!startsWith(bytes, CFB_SIGNATURE)) return undefined;
  return contains(bytes, ENCRYPTED_STREAM) ? "FILE_ENCRYPTED" : "FILE_LEGACY_XLS";
}

// ------------------------------------------------------------------------------------------- part names

const CONTENT_TYPES = "[Content_Types].xml";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function dirOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i);
}

/** The relationships part of a part ("" is the package itself). */
export function relsPartOf(part: string): string {
  if (part === "") return "_rels/.rels";
  const dir = dirOf(part);
  const base = part.slice(dir.length ? dir.length + 1 : 0);
  return `${dir ? dir + "/" : ""}_rels/${base}.rels`;
}

/** The part a relationships part belongs to ("" for the package), undefined when `name` is none. */
function sourceOfRels(name: string): string | undefined {
  const m = /^(?:(.*)\/)?_rels\/([^/]*)\.rels$/.exec(name);
  if (!m) return undefined;
  return m[1] ? `${m[1]}/${m[2]}` : m[2];
}

function normalizePath(segments: string[]): string {
  const out: string[] = [];
  for (const s of segments) {
    if (s === "" || s === ".") continue;
    if (s === "..") out.pop();
    else out.push(s);
  }
  return out.join("/");
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** The part name an internal relationship target of `source` points to. */
export function resolveTarget(source: string, target: string): string {
  const t = decodeTarget(target.trim().replace(/\\/g, "/"));
  if (t.startsWith("/")) return normalizePath(t.split("/"));
  return normalizePath([...dirOf(source).split("/"), ...t.split("/")]);
}

/** The target text, relative to `source`'s folder, that names `part`, as Excel writes it. */
export function relativeTarget(source: string, part: string): string {
  const from = dirOf(source).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => "..");
  return [...up, ...to.slice(common)].map((s) => (s === ".." ? s : encodeURI(s).replace(/#/g, "%23"))).join("/");
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The whole start tag, to rewrite its Target in place. */
  tag: string;
}

function parseRels(xml: string): Rel[] {
  const out: Rel[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attrsOf(m[0]);
    out.push({
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: a.get("Target") ?? "",
      external: (a.get("TargetMode") ?? "").toLowerCase() === "external",
      tag: m[0],
    });
  }
  return out;
}

function attrsOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out.set(m[1], unescape(m[3] ?? m[4] ?? ""));
  return out;
}

function unescape(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e] ?? m;
  });
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/** The last segment of a relationship type: "worksheet", "table", "comments", … */
function kind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** Where exceljs expects each kind of part, and the name to give one that is elsewhere. */
const CANONICAL: Record<string, { fits: RegExp; prefix: string; ext?: string }> = {
  worksheet: { fits: /^xl\/worksheets\/sheet\d+\.xml$/, prefix: "xl/worksheets/sheet", ext: ".xml" },
  table: { fits: /^xl\/tables\/table\d+\.xml$/, prefix: "xl/tables/table", ext: ".xml" },
  comments: { fits: /^xl\/comments\d+\.xml$/, prefix: "xl/comments", ext: ".xml" },
  vmlDrawing: { fits: /^xl\/drawings\/vmlDrawing\d+\.vml$/, prefix: "xl/drawings/vmlDrawing", ext: ".vml" },
  drawing: { fits: /^xl\/drawings\/drawing\d+\.xml$/, prefix: "xl/drawings/drawing", ext: ".xml" },
  image: { fits: /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/, prefix: "xl/media/image" },
  theme: { fits: /^xl\/theme\/[a-zA-Z0-9]+\.xml$/, prefix: "xl/theme/theme", ext: ".xml" },
};

const FIXED: Record<string, string> = {
  officeDocument: "xl/workbook.xml",
  sharedStrings: "xl/sharedStrings.xml",
  styles: "xl/styles.xml",
};

// ------------------------------------------------------------------------------------------ XML fixes

const DRAWING_PREFIXES: Record<string, string> = {
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing": "xdr",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  [REL_NS]: "r",
};

const TAG =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/**
 * The same XML with every element and attribute of the namespaces in `prefixes` written with that
 * prefix (declared on the root); other names stay as they were, with their declarations.
 */
export function withPrefixes(xml: string, prefixes: Record<string, string>): string {
  const scopes: Map<string, string>[] = [new Map([["xml", "http://www.w3.org/XML/1998/namespace"]])];
  const open: string[] = [];
  let root = true;
  const rename = (qname: string, scope: Map<string, string>, isAttr: boolean): string => {
    const i = qname.indexOf(":");
    const prefix = i < 0 ? "" : qname.slice(0, i);
    const local = i < 0 ? qname : qname.slice(i + 1);
    if (prefix === "xmlns" || (isAttr && prefix === "")) return qname;
    const uri = scope.get(prefix);
    const wanted = uri === undefined ? undefined : prefixes[uri];
    return wanted === undefined ? qname : `${wanted}:${local}`;
  };
  return xml.replace(TAG, (whole, close: string | undefined, name: string | undefined, attrText: string, selfClose: string) => {
    if (name === undefined) return whole;
    if (close) {
      const renamed = open.pop() ?? name;
      scopes.pop();
      return `</${renamed}>`;
    }
    const scope = new Map(scopes[scopes.length - 1]);
    const list = [...attrText.matchAll(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g)].map((m) => [m[1], m[2]] as const);
    for (const [k, v] of list) {
      if (k === "xmlns") scope.set("", unescape(v.slice(1, -1)));
      else if (k.startsWith("xmlns:")) scope.set(k.slice(6), unescape(v.slice(1, -1)));
    }
    const el = rename(name, scope, false);
    const parts = list.map(([k, v]) => `${rename(k, scope, true)}=${v}`);
    if (root) {
      root = false;
      for (const [uri, p] of Object.entries(prefixes)) {
        if (!list.some(([k, v]) => k === `xmlns:${p}` && unescape(v.slice(1, -1)) === uri)) parts.push(`xmlns:${p}="${uri}"`);
      }
    }
    const text = `<${el}${parts.length ? " " + parts.join(" ") : ""}${selfClose ? "/" : ""}>`;
    if (!selfClose) {
      scopes.push(scope);
      open.push(el);
    }
    return text;
  });
}

/** True when a drawing part's root is not `xdr:wsDr`, the only spelling exceljs reads. */
function drawingNeedsPrefixes(xml: string): boolean {
  const root = /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""));
  return root !== null && root[1] !== "xdr:wsDr";
}

/** A table part with an empty tableStyleInfo (no style) where it had none; undefined when it had one. */
export function withTableStyleInfo(xml: string): string | undefined {
  if (/<(?:\w+:)?tableStyleInfo\b/.test(xml)) return undefined;
  const prefix = /<(\w+:)?table\b/.exec(xml)?.[1] ?? "";
  const info = `<${prefix}tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>`;
  const ext = new RegExp(`<${prefix}extLst\\b`).exec(xml);
  if (ext) return xml.slice(0, ext.index) + info + xml.slice(ext.index);
  const end = xml.lastIndexOf(`</${prefix}table>`);
  if (end < 0) return undefined;
  return xml.slice(0, end) + info + xml.slice(end);
}

/**
 * A comments part with each comment's plain text (`<text><t>…</t></text>`, as openpyxl writes it) as one
 * run: exceljs reads only runs and drops the note otherwise. Undefined when every text has runs already.
 */
export function withCommentRuns(xml: string): string | undefined {
  const plain = /<((?:\w+:)?)text>(\s*)<\1t(\s[^>]*)?>([\s\S]*?)<\/\1t>/g;
  if (!plain.test(xml)) return undefined;
  return xml.replace(
    plain,
    (_m, p: string, ws: string, a: string | undefined, body: string) =>
      `<${p}text>${ws}<${p}r><${p}t${a ?? ""}>${body}</${p}t></${p}r>`,
  );
}

// ---------------------------------------------------------------------------------------- the package

type Files = Record<string, JSZip.JSZipObject>;

/** The size a zip entry declares once inflated, as JSZip read it from the central directory. */
function declaredSize(f: JSZip.JSZipObject): number {
  const data = (f as unknown as { _data?: { uncompressedSize?: number } })._data;
  const n = data?.uncompressedSize;
  if (typeof n !== "number") return 0;
  // JSZip reads the 32-bit field as signed: 3.75 GB comes back negative
  return n < 0 ? n + 2 ** 32 : n;
}

function checkSizes(files: Files): void {
  let total = 0;
  for (const f of Object.values(files)) {
    const n = declaredSize(f);
    total += n;
    if (n > ZIP_LIMITS.entryBytes || total > ZIP_LIMITS.totalBytes) {
      const size = Object.values(files).reduce((s, x) => s + declaredSize(x), 0);
      throw new PackageRefused("FILE_ZIP_BOMB", { size: (size / 1024 ** 3).toFixed(1), part: f.name });
    }
  }
}

export interface NormalizeOptions {
  /**
   * Order the parts as exceljs's streaming reader needs them: the workbook, its relationships, the styles
   * and the shared strings before any worksheet it would parse on the spot (it parses a sheet as soon as
   * it has seen relationships and shared strings, and then misses the sheet's name or its date formats).
   */
  streamingOrder?: boolean;
}

export interface Normalized {
  /** The package for exceljs: the input itself when nothing needed changing. */
  bytes: Uint8Array;
  /** Parts given another name, old → new. */
  renamed: ReadonlyMap<string, string>;
  /** What was changed, for tests and logs: "targets", "renamed", "drawings", "comments", "tableStyle", "theme", "order". */
  changes: readonly string[];
  /** The worksheets the workbook part lists, in tab order, each with its part in the result. */
  worksheets: readonly { name: string; part: string }[];
  /**
   * How many notes the package's comments parts hold: exceljs drops one on a cell the sheet has no element
   * for (an empty cell with no format of its own), and the opener compares.
   */
  notes: number;
}

/** normalizePackage(bytes).bytes: the package exceljs can read. */
export async function normalizeForExcelJs(bytes: Uint8Array): Promise<Uint8Array> {
  return (await normalizePackage(bytes)).bytes;
}

export async function normalizePackage(input: Uint8Array, options: NormalizeOptions = {}): Promise<Normalized> {
  const cfb = compoundFileKind(input);
  if (cfb) throw new PackageRefused(cfb);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(input);
  } catch {
    throw new PackageRefused("FILE_NOT_XLSX");
  }
  checkSizes(zip.files);
  const changes = new Set<string>();
  let notes = 0;

  // Entry names as part names: no leading slash, forward slashes (some Windows tools write backslashes).
  const entries: [string, JSZip.JSZipObject][] = [];
  for (const [name, f] of Object.entries(zip.files)) {
    if (f.dir) continue;
    const clean = name.replace(/\\/g, "/").replace(/^\/+/, "");
    if (clean !== name) changes.add("renamed");
    entries.push([clean, f]);
  }
  const byLower = new Map(entries.map(([n]) => [n.toLowerCase(), n]));
  const exists = (part: string) => byLower.get(part.toLowerCase());
  const text = new Map<string, string>();
  const read = async (part: string): Promise<string | undefined> => {
    const actual = exists(part);
    if (actual === undefined) return undefined;
    if (!text.has(actual)) text.set(actual, await entries.find(([n]) => n === actual)![1].async("string"));
    return text.get(actual);
  };
  const relsOf = async (part: string) => {
    const xml = await read(relsPartOf(part));
    return xml === undefined ? [] : parseRels(xml);
  };

  // ---- plan the names: the workbook, what it points to, and what each worksheet and drawing points to
  const renamed = new Map<string, string>();
  const taken = new Set(entries.map(([n]) => n.toLowerCase()));
  const counters = new Map<string, number>();
  const fresh = (prefix: string, ext: string) => {
    let n = counters.get(prefix) ?? 1;
    while (taken.has(`${prefix}${n}${ext}`.toLowerCase())) n++;
    counters.set(prefix, n + 1);
    const name = `${prefix}${n}${ext}`;
    taken.add(name.toLowerCase());
    return name;
  };
  const place = (part: string, k: string) => {
    if (renamed.has(part)) return;
    const fixed = FIXED[k];
    if (fixed) {
      if (part !== fixed && !exists(fixed)) renamed.set(part, fixed);
      return;
    }
    const c = CANONICAL[k];
    if (!c || c.fits.test(part)) return;
    const ext = c.ext ?? (/\.[a-zA-Z0-9]{3,4}$/.exec(part)?.[0] ?? ".bin").toLowerCase();
    renamed.set(part, fresh(c.prefix, ext));
  };

  const rootRels = await relsOf("");
  const officeRel = rootRels.find((r) => kind(r.type) === "officeDocument" && !r.external);
  const workbookPart = officeRel ? exists(resolveTarget("", officeRel.target)) : exists(FIXED.officeDocument);
  const worksheets: { name: string; part: string }[] = [];
  let hasTheme = false;
  if (workbookPart) {
    place(workbookPart, "officeDocument");
    const bookRels = await relsOf(workbookPart);
    const sheetParts = new Map<string, string>();
    for (const r of bookRels) {
      if (r.external) continue;
      const k = kind(r.type);
      const part = exists(resolveTarget(workbookPart, r.target));
      // a worksheet whose part is missing is still a sheet of the workbook: reading must not pass over it
      if (k === "worksheet") sheetParts.set(r.id, part ?? resolveTarget(workbookPart, r.target));
      if (!part) continue;
      if (k === "theme") hasTheme = true;
      place(part, k);
    }
    const bookXml = (await read(workbookPart)) ?? "";
    for (const m of bookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
      const a = attrsOf(m[0]);
      const rid = [...a.entries()].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1];
      const part = rid ? sheetParts.get(rid) : undefined;
      const name = a.get("name");
      if (part && name) worksheets.push({ name: name.normalize("NFC"), part });
    }
    for (const sheet of new Set([...sheetParts.values()].filter((p) => exists(p)))) {
      for (const r of await relsOf(sheet)) {
        if (r.external) continue;
        const part = exists(resolveTarget(sheet, r.target));
        if (!part) continue;
        const k = kind(r.type);
        place(part, k);
        if (k !== "drawing") continue;
        for (const ir of await relsOf(part)) {
          const img = ir.external ? undefined : exists(resolveTarget(part, ir.target));
          if (img && kind(ir.type) === "image") place(img, "image");
        }
      }
    }
  }
  if (renamed.size) changes.add("renamed");
  const newName = (part: string) => renamed.get(part) ?? part;
  // a part moves with its relationships
  for (const [from, to] of [...renamed]) {
    const rels = exists(relsPartOf(from));
    if (rels) renamed.set(rels, relsPartOf(to));
  }

  // ---- rewrite what must change
  const replaced = new Map<string, string>();
  for (const [name] of entries) {
    const source = sourceOfRels(name);
    if (source === undefined) continue;
    const xml = (await read(name))!;
    let changed = false;
    const out = xml.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag) => {
      const r = parseRels(tag)[0];
      if (!r || r.external) return tag;
      const target = exists(resolveTarget(source, r.target)) ?? resolveTarget(source, r.target);
      const absolute = /^\s*[/\\]/.test(r.target) || r.target.includes("\\");
      if (!absolute && !renamed.has(target) && !renamed.has(source)) return tag;
      const rel = relativeTarget(newName(source), newName(target));
      if (rel === r.target) return tag;
      changed = true;
      return tag.replace(/(\bTarget\s*=\s*)("[^"]*"|'[^']*')/, (_m, pre: string) => `${pre}"${escapeAttr(rel)}"`);
    });
    if (changed) {
      replaced.set(name, out);
      changes.add("targets");
    }
  }

  const ct = await read(CONTENT_TYPES);
  let contentTypes = ct;
  if (ct !== undefined && renamed.size) {
    contentTypes = ct.replace(/(\bPartName\s*=\s*)("([^"]*)"|'([^']*)')/g, (whole, pre: string, _q, a?: string, b?: string) => {
      const part = exists(resolveTarget("", unescape(a ?? b ?? "")));
      const to = part === undefined ? undefined : renamed.get(part);
      return to === undefined ? whole : `${pre}"/${escapeAttr(to)}"`;
    });
  }

  for (const [name] of entries) {
    const to = newName(name);
    if (/^xl\/tables\/[^/]+\.xml$/.test(to)) {
      const fixed = withTableStyleInfo((await read(name))!);
      if (fixed !== undefined) {
        replaced.set(name, fixed);
        changes.add("tableStyle");
      }
    } else if (/^xl\/comments\d+\.xml$/.test(to)) {
      const xml = (await read(name))!;
      notes += (xml.match(/<(?:\w+:)?comment[\s>]/g) ?? []).length;
      const fixed = withCommentRuns(xml);
      if (fixed !== undefined) {
        replaced.set(name, fixed);
        changes.add("comments");
      }
    } else if (/^xl\/drawings\/[^/]+\.xml$/.test(to)) {
      const xml = (await read(name))!;
      if (drawingNeedsPrefixes(xml)) {
        replaced.set(name, withPrefixes(xml, DRAWING_PREFIXES));
        changes.add("drawings");
      }
    }
  }

  const added = new Map<string, string>();
  if (workbookPart && !hasTheme) {
    const themePart = exists("xl/theme/theme1.xml") ? fresh("xl/theme/theme", ".xml") : "xl/theme/theme1.xml";
    added.set(themePart, defaultTheme());
    const bookRelsName = relsPartOf(FIXED.officeDocument);
    const bookRels = replaced.get(exists(relsPartOf(workbookPart)) ?? "") ?? (await read(relsPartOf(workbookPart)));
    if (bookRels !== undefined) {
      const ids = new Set(parseRels(bookRels).map((r) => r.id));
      let n = ids.size + 1;
      while (ids.has(`rId${n}`)) n++;
      const rel = `<Relationship Id="rId${n}" Type="${REL_NS}/theme" Target="${relativeTarget(FIXED.officeDocument, themePart)}"/>`;
      const withTheme = bookRels.replace(/<\/(\w+:)?Relationships>\s*$/, (end) => rel + end);
      replaced.set(exists(relsPartOf(workbookPart)) ?? bookRelsName, withTheme);
      if (contentTypes !== undefined) {
        contentTypes = contentTypes.replace(
          /<\/(\w+:)?Types>\s*$/,
          (end) =>
            `<Override PartName="/${themePart}" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>${end}`,
        );
      }
      changes.add("theme");
    }
  }
  if (contentTypes !== undefined && contentTypes !== ct) replaced.set(exists(CONTENT_TYPES)!, contentTypes);

  // ---- order, for the streaming reader
  let order = entries.map(([n]) => n);
  if (options.streamingOrder) {
    const first = [
      CONTENT_TYPES,
      "_rels/.rels",
      FIXED.officeDocument,
      relsPartOf(FIXED.officeDocument),
      FIXED.styles,
      FIXED.sharedStrings,
    ];
    const names = order.map(newName);
    if (streamingReaderMisreads(names) || streamingReaderParks(names)) {
      const rank = (n: string) => {
        const i = first.indexOf(newName(n));
        return i < 0 ? first.length : i;
      };
      order = order
        .map((n, i) => [n, i] as const)
        .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
        .map(([n]) => n);
      changes.add("order");
    }
  }

  const result = {
    renamed,
    notes,
    changes: [...changes],
    worksheets: worksheets.map((w) => ({ name: w.name, part: newName(w.part) })),
  };
  if (changes.size === 0) return { ...result, bytes: input };

  // ---- a new package: unchanged parts keep their compressed bytes (JSZip copies them as they are)
  const objects = new Map(entries);
  const files = zip.files as Files;
  for (const k of Object.keys(files)) delete files[k];
  for (const name of order) {
    const obj = objects.get(name)!;
    const to = newName(name);
    (obj as { name: string }).name = to;
    files[to] = obj;
    const content = replaced.get(name);
    if (content !== undefined) zip.file(to, content, { createFolders: false });
  }
  for (const [name, content] of added) zip.file(name, content, { createFolders: false });
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return { ...result, bytes };
}

/**
 * True when exceljs's streaming reader, meeting the parts in this order, would parse a worksheet before it
 * has the workbook part (it then crashes, exceljs issue #962) or the styles (dates then read as numbers).
 * It parses a sheet on the spot once it has seen the workbook relationships and the shared strings; sheets
 * met before that wait in temporary files until the end (streamingReaderParks).
 */
export function streamingReaderMisreads(names: readonly string[]): boolean {
  let rels = false;
  let strings = false;
  let book = false;
  let styles = !names.includes(FIXED.styles);
  for (const n of names) {
    if (n === relsPartOf(FIXED.officeDocument)) rels = true;
    else if (n === FIXED.sharedStrings) strings = true;
    else if (n === FIXED.officeDocument) book = true;
    else if (n === FIXED.styles) styles = true;
    else if (CANONICAL.worksheet.fits.test(n) && rels && strings && (!book || !styles)) return true;
  }
  return false;
}

/**
 * True when exceljs's streaming reader would park a worksheet in a temporary file: one met before the
 * workbook relationships or the shared strings. Parking is not safe: on a busy machine the entries after a
 * parked sheet can be lost (the workbook part among them), and the parked sheets are then parsed without
 * it (TypeError "reading 'sheets'"; 49 reads in 300 on two loaded cores). exceljs's own writer puts every
 * sheet before the shared strings, so the add-in's own files are reordered too (entries copied compressed).
 */
export function streamingReaderParks(names: readonly string[]): boolean {
  let rels = false;
  let strings = !names.includes(FIXED.sharedStrings);
  for (const n of names) {
    if (n === relsPartOf(FIXED.officeDocument)) rels = true;
    else if (n === FIXED.sharedStrings) strings = true;
    else if (CANONICAL.worksheet.fits.test(n) && !(rels && strings)) return true;
  }
  return false;
}

let theme: string | undefined;

/** exceljs's own default theme, the one it writes into a new workbook. */
function defaultTheme(): string {
  // exceljs ships its default theme as a CommonJS module of one string, with no types to import it by.
  // eslint-disable-next-line no-undef
  theme ??= require("exceljs/lib/xlsx/xml/theme1") as string;
  return theme;
}
