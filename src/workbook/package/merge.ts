/**
 * The lossless save: a person's workbook comes back as it was, with only the add-in's sheets changed.
 *
 * The original package is the base. The sheets the add-in wrote or removed (by name) are taken from the
 * package exceljs rendered; every other part — each other sheet with its drawings, comments, tables
 * and printer settings, the defined names the add-in did not make, VBA, custom XML, document
 * properties — is copied as it was, byte for byte. The parts the workbook shares change only by
 * addition: the sheet list and its relationships, content types, styles (formats appended, see
 * ./styles.ts), and the local defined names of the add-in's sheets. The add-in's sheets carry their
 * text inline, so the shared-strings part is not touched; the calculation chain loses only the cells
 * of sheets that are gone.
 *
 * Parts that only a dropped sheet of the add-in reached, and that the add-in does not make itself (a
 * chart or a picture a person put on a generated sheet, notes typed on it), would be lost with the
 * sheet: they are reported, and the caller refuses the save.
 */
import type { MessageCode } from "../../i18n";
import { ContentTypes, parseRels, reach, relativeTarget, relElement, relKind, relsPartOf, REL_NS, type Rel } from "./opc";
import { StyleMerge } from "./styles";
import { attrs, element, elements, escapeXml, prefixOf, removeAttr, rootPrefix, setAttr, splice, withPrefix } from "./xml";
import { openZip, rewriteZip, type OpenedZip } from "./zip";
import { sheetKey as key } from "../../shared/sheetNames";

export interface MergeOptions {
  /**
   * The tab order by sheet name, when `rendered` holds only the add-in's sheets; without it the order is
   * the rendered package's.
   */
  order?: readonly string[];
  /**
   * The add-in's sheets (by sheetKey) whose notes it read and wrote back on the rendered sheet: their old
   * notes parts go with them and lose nothing, since the rendered sheet carries its own.
   */
  notesCarried?: ReadonlySet<string>;
  /** The sheet and cell the add-in made active, when it did. */
  active?: { sheet: string; cell: string };
}

export interface MergeResult {
  bytes: Uint8Array;
  /** Parts that would be lost with a dropped sheet of the add-in (part names); the save must not happen when any. */
  lost: { sheet: string; parts: string[] }[];
}

/** Kinds of part the add-in's own sheets are made of: dropping them with the sheet loses nothing a person made. */
const REGENERATED = new Set(["worksheet", "table", "printerSettings"]);
/** Kinds of part a sheet's notes are made of (the notes, and the drawing Excel shows them with). */
const NOTES = /^comments$|vmlDrawing$/;

interface SheetEntry {
  name: string;
  /** The `<sheet …/>` element as written. */
  element: string;
  sheetId: number;
  rid: string;
  /** The part the relationship points at (lower case as found in the zip). */
  part: string;
  kind: string;
}

interface Book {
  pkg: OpenedZip;
  path: string;
  xml: string;
  prefix: string;
  rels: Rel[];
  relsXml: string;
  sheets: SheetEntry[];
  types: ContentTypes;
  typesXml: string;
}

async function readBook(pkg: OpenedZip): Promise<Book> {
  const root = parseRels("", await pkg.text("_rels/.rels"));
  const main = root.find((r) => relKind(r.type) === "officeDocument" && !r.external);
  const path = pkg.find(main?.part ?? "xl/workbook.xml");
  if (!path) throw new Error("the package has no workbook part");
  const xml = (await pkg.text(path)) as string;
  const relsXml = (await pkg.text(relsPartOf(path))) ?? "";
  const rels = parseRels(path, relsXml);
  const prefix = rootPrefix(xml, "workbook");
  const rAttr = `${prefixOf(xml, REL_NS) ?? "r"}:id`;
  const byId = new Map(rels.map((r) => [r.id, r]));
  const list = element(xml, prefix, "sheets");
  const sheets = (list ? elements(list.inner, prefix, "sheet") : []).map((e): SheetEntry => {
    const a = attrs(e.open);
    const rid = a.get(rAttr) ?? [...a.entries()].find(([k]) => k.endsWith(":id"))?.[1] ?? "";
    const rel = byId.get(rid);
    return {
      name: a.get("name") ?? "",
      element: e.text,
      sheetId: Number(a.get("sheetId")),
      rid,
      part: rel ? (pkg.find(rel.part) ?? rel.part) : "",
      kind: rel ? relKind(rel.type) : "",
    };
  });
  const typesXml = (await pkg.text("[Content_Types].xml")) ?? "";
  return { pkg, path, xml, prefix, rels, relsXml, sheets, types: new ContentTypes(typesXml), typesXml };
}

/** The lowest `<stem><n>.<ext>` not in `taken`, e.g. "xl/worksheets/sheet7.xml" for a rendered "xl/worksheets/sheet2.xml". */
function freshName(part: string, taken: Set<string>): string {
  const m = /^(.*?)(\d*)(\.[^./]*)?$/.exec(part) as RegExpExecArray;
  const stem = m[1];
  const ext = m[3] ?? "";
  for (let n = 1; ; n++) {
    const candidate = `${stem}${n}${ext}`;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

function freshId(used: Set<string>, stem = "rId"): string {
  for (let n = 1; ; n++) {
    if (!used.has(`${stem}${n}`)) {
      used.add(`${stem}${n}`);
      return `${stem}${n}`;
    }
  }
}

/**
 * The merged package. `addinSheets` names every sheet the add-in created, replaced or removed (its
 * registry included): those come from `rendered`; every other sheet from `original`.
 */
export async function mergePackages(
  original: Uint8Array,
  rendered: Uint8Array,
  addinSheets: Iterable<string>,
  options: MergeOptions = {},
): Promise<MergeResult> {
  const O = await readBook(await openZip(original));
  const R = await readBook(await openZip(rendered));
  const touched = new Set([...addinSheets].map(key));
  const dropped = O.sheets.filter((s) => touched.has(key(s.name)));
  const taken = R.sheets.filter((s) => touched.has(key(s.name)));
  const keptByKey = new Map(O.sheets.filter((s) => !touched.has(key(s.name))).map((s) => [key(s.name), s]));
  for (const s of R.sheets) {
    if (!touched.has(key(s.name)) && !keptByKey.has(key(s.name)))
      throw new Error(`merge: the rendered sheet ${s.name} is neither the add-in's nor in the original`);
  }

  // ---------------------------------------------------------------- the tab order: exceljs's, plus what it never read
  type Slot = { kept: SheetEntry } | { added: SheetEntry };
  const renderedByKey = new Map(taken.map((s) => [key(s.name), s]));
  const order: Slot[] = (options.order ?? R.sheets.map((s) => s.name)).map((name): Slot => {
    const k = key(name);
    const added = touched.has(k) ? renderedByKey.get(k) : undefined;
    if (added) return { added };
    const kept = keptByKey.get(k);
    if (!kept) throw new Error(`merge: the sheet ${name} is neither rendered nor in the original`);
    return { kept };
  });
  const placed = new Set(order.flatMap((s) => ("kept" in s ? [s.kept] : [])));
  O.sheets.forEach((s, i) => {
    if (touched.has(key(s.name)) || placed.has(s)) return;
    // a sheet exceljs does not read (a chart sheet, a dialog sheet) stays after the sheet it followed
    const before = O.sheets
      .slice(0, i)
      .reverse()
      .find((p) => placed.has(p));
    const at = before ? order.findIndex((o) => "kept" in o && o.kept === before) + 1 : 0;
    order.splice(at, 0, { kept: s });
    placed.add(s);
  });

  // ---------------------------------------------------------------- parts that go with the dropped sheets
  const droppedIds = new Set(dropped.map((s) => s.rid));
  const rootRels = parseRels("", await O.pkg.text("_rels/.rels"));
  const keptReach = await reach(
    O.pkg,
    rootRels.filter((r) => !r.external).map((r) => r.part),
    (source, rel) => source.toLowerCase() === O.path.toLowerCase() && droppedIds.has(rel.id),
  );
  const removeParts = new Set<string>();
  const lost: MergeResult["lost"] = [];
  for (const s of dropped) {
    const parts = [...(await reach(O.pkg, [s.part]))].filter((p) => !keptReach.has(p));
    const gone: string[] = [];
    const carried = options.notesCarried?.has(key(s.name)) === true;
    for (const p of parts) {
      removeParts.add(p);
      const rels = relsPartOf(p);
      if (O.pkg.find(rels)) removeParts.add(rels.toLowerCase());
      const kind = contentKind(O.types.of(p));
      if (!REGENERATED.has(kind) && !(carried && NOTES.test(kind))) gone.push(O.pkg.find(p) ?? p);
    }
    if (gone.length) lost.push({ sheet: s.name, parts: gone });
  }

  // ---------------------------------------------------------------- the rendered parts of the add-in's sheets, renamed
  const takenNames = new Set(O.pkg.names.map((n) => n.toLowerCase()).filter((n) => !removeParts.has(n)));
  const rename = new Map<string, string>(); // rendered part (lower) → new name
  const newParts: string[] = [];
  for (const s of taken) {
    for (const p of await reach(R.pkg, [s.part])) {
      if (rename.has(p)) continue;
      const actual = R.pkg.find(p) as string;
      const name = freshName(actual, takenNames);
      rename.set(p, name);
      newParts.push(p);
    }
  }

  const put = new Map<string, string | Uint8Array>();
  const styles = await stylesMerge(O, R);
  const strings = await sharedStrings(R);
  const tableNames = await keptTableNames(O, removeParts);

  for (const p of newParts) {
    const target = rename.get(p) as string;
    const kind = contentKind(R.types.of(p));
    if (kind === "worksheet") {
      put.set(target, renderSheet((await R.pkg.text(p)) as string, styles?.merge, strings));
    } else if (kind === "table") {
      put.set(target, renderTable((await R.pkg.text(p)) as string, tableNames, styles?.merge));
    } else {
      put.set(target, (await R.pkg.bytes(p)) as Uint8Array);
    }
    const relsXml = await R.pkg.text(relsPartOf(p));
    if (relsXml !== undefined) put.set(relsPartOf(target), retarget(relsXml, p, target, rename));
  }
  if (styles) {
    const merged = styles.merge.result();
    if (merged !== styles.xml) put.set(styles.path, merged);
  }

  // ---------------------------------------------------------------- workbook part, its relationships, content types
  const usedIds = new Set(O.rels.filter((r) => !droppedIds.has(r.id)).map((r) => r.id));
  const rPrefix = prefixOf(O.xml, REL_NS);
  const maxId = Math.max(0, ...O.sheets.filter((s) => !touched.has(key(s.name))).map((s) => s.sheetId || 0));
  let nextSheetId = maxId + 1;
  const addedRels: string[] = [];
  const sheetElements = order.map((slot) => {
    if ("kept" in slot) return slot.kept.element;
    const s = slot.added;
    const id = freshId(usedIds);
    const rel = R.rels.find((r) => r.id === s.rid) as Rel;
    addedRels.push(relElement(id, rel.type, relativeTarget(O.path, rename.get(s.part.toLowerCase()) as string)));
    const a = attrs(s.element);
    const state = a.get("state");
    const ridAttr = rPrefix === undefined ? `xmlns:r="${REL_NS}" r:id` : `${rPrefix || "r"}:id`;
    return withPrefix(
      `<sheet name="${escapeXml(s.name)}" sheetId="${nextSheetId++}"${state && state !== "visible" ? ` state="${state}"` : ""} ${ridAttr}="${id}"/>`,
      O.prefix,
    );
  });
  const finalNames = order.map((s) => ("kept" in s ? s.kept.name : s.added.name));
  const indexOf = (name: string) => finalNames.findIndex((n) => key(n) === key(name));

  let xml = O.xml;
  const list = element(xml, O.prefix, "sheets") as NonNullable<ReturnType<typeof element>>;
  xml = splice(xml, list.start, list.end, `${list.open.replace(/\/>$/, ">")}${sheetElements.join("")}</${O.prefix}sheets>`);
  xml = mergeDefinedNames(xml, O, R, touched, indexOf);
  xml = mergeViews(xml, O, R, indexOf, options.active?.sheet);

  // the calculation chain keeps the cells of the sheets that stay
  const chainRel = O.rels.find((r) => relKind(r.type) === "calcChain");
  const goneSheetIds = new Set(dropped.map((s) => s.sheetId));
  let dropChain = false;
  if (chainRel && goneSheetIds.size) {
    const chainPart = O.pkg.find(chainRel.part);
    const chain = chainPart ? await O.pkg.text(chainPart) : undefined;
    if (chainPart && chain !== undefined) {
      const filtered = filterCalcChain(chain, goneSheetIds);
      if (filtered === null) dropChain = true;
      else if (filtered !== chain) put.set(chainPart, filtered);
      if (dropChain) removeParts.add(chainPart.toLowerCase());
    }
  }

  let relsXml = O.relsXml;
  for (const r of elements(relsXml, "", "Relationship").reverse()) {
    const id = attrs(r.open).get("Id") ?? "";
    if (droppedIds.has(id) || (dropChain && id === chainRel?.id)) relsXml = splice(relsXml, r.start, r.end, "");
  }
  relsXml = relsXml.replace(/<\/Relationships>\s*$/, `${addedRels.join("")}</Relationships>`);

  let typesXml = O.typesXml;
  for (const o of elements(typesXml, "", "Override").reverse()) {
    const part = (attrs(o.open).get("PartName") ?? "").replace(/^\//, "").toLowerCase();
    if (removeParts.has(part)) typesXml = splice(typesXml, o.start, o.end, "");
  }
  const overrides = [...put.keys()]
    .filter((n) => newParts.some((p) => rename.get(p) === n))
    .map((n) => {
      const source = newParts.find((p) => rename.get(p) === n) as string;
      const type = R.types.of(source);
      const byDefault = O.types.defaults.get(n.slice(n.lastIndexOf(".") + 1).toLowerCase());
      return byDefault === type ? "" : `<Override PartName="/${escapeXml(n)}" ContentType="${escapeXml(type)}"/>`;
    })
    .join("");
  typesXml = typesXml.replace(/<\/Types>\s*$/, `${overrides}</Types>`);

  put.set(O.path, xml);
  put.set(relsPartOf(O.path), relsXml);
  put.set(O.pkg.find("[Content_Types].xml") ?? "[Content_Types].xml", typesXml);
  if (options.active)
    await selectTabs(
      O,
      order.flatMap((o) => ("kept" in o ? [o.kept] : [])),
      options.active,
      put,
    );

  const removeNames = [...removeParts].filter((p) => ![...put.keys()].some((n) => n.toLowerCase() === p));
  const bytes = await rewriteZip(O.pkg, { remove: removeNames, put, date: O.pkg.date(O.path) });
  return { bytes, lost };
}

/** "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" → "worksheet". */
function contentKind(type: string): string {
  const m = /\.([\w-]+)\+xml$/.exec(type) ?? /\/([\w.-]+)$/.exec(type);
  const k = m?.[1] ?? "";
  return k === "printerSettings" || type.endsWith("printerSettings") ? "printerSettings" : k;
}

async function stylesMerge(O: Book, R: Book): Promise<{ merge: StyleMerge; path: string; xml: string } | undefined> {
  const oRel = O.rels.find((r) => relKind(r.type) === "styles");
  const rRel = R.rels.find((r) => relKind(r.type) === "styles");
  const oPath = oRel && O.pkg.find(oRel.part);
  const rXml = rRel ? await R.pkg.text(rRel.part) : undefined;
  if (!oPath || rXml === undefined) return undefined;
  const xml = (await O.pkg.text(oPath)) as string;
  return { merge: new StyleMerge(xml, rXml), path: oPath, xml };
}

/** The rendered package's shared strings, each as the content of its `<si>`. */
async function sharedStrings(R: Book): Promise<string[]> {
  const rel = R.rels.find((r) => relKind(r.type) === "sharedStrings");
  const xml = rel ? await R.pkg.text(rel.part) : undefined;
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
}

/** A rendered sheet with its text inline and its formats renumbered into the workbook's styles. */
function renderSheet(xml: string, styles: StyleMerge | undefined, strings: readonly string[]): string {
  const xf = (n: string) => String(styles ? styles.xf(Number(n)) : Number(n));
  let out = xml.replace(
    /<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g,
    (whole, tagAttrs: string, rest: string, inner: string | undefined) => {
      let a = tagAttrs.replace(/(\s)s="(\d+)"/, (_m, sp: string, n: string) => `${sp}s="${xf(n)}"`);
      if (inner !== undefined && /\st="s"/.test(a)) {
        const v = /<v>(\d+)<\/v>/.exec(inner);
        if (v) {
          a = a.replace(/\st="s"/, ' t="inlineStr"');
          return `<c${a}><is>${strings[Number(v[1])] ?? ""}</is></c>`;
        }
      }
      return a === tagAttrs ? whole : `<c${a}${rest}`;
    },
  );
  out = out.replace(/<row\b[^>]*>/g, (tag) => tag.replace(/(\s)s="(\d+)"/, (_m, sp: string, n: string) => `${sp}s="${xf(n)}"`));
  out = out.replace(/<col\b[^>]*>/g, (tag) =>
    tag.replace(/(\s)style="(\d+)"/, (_m, sp: string, n: string) => `${sp}style="${xf(n)}"`),
  );
  if (styles) out = out.replace(/(\sdxfId)="(\d+)"/g, (_m, at: string, n: string) => `${at}="${styles.dxf(Number(n))}"`);
  return out;
}

interface TableNames {
  ids: Set<number>;
  names: Set<string>;
}

async function keptTableNames(O: Book, removed: Set<string>): Promise<TableNames> {
  const ids = new Set<number>();
  const names = new Set<string>();
  for (const n of O.pkg.names) {
    if (removed.has(n.toLowerCase()) || contentKind(O.types.of(n)) !== "table") continue;
    const xml = (await O.pkg.text(n)) ?? "";
    const a = attrs(/<([\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0] ?? "");
    ids.add(Number(a.get("id")));
    for (const k of ["name", "displayName"]) if (a.get(k)) names.add((a.get(k) as string).toLowerCase());
  }
  const dn = element(O.xml, O.prefix, "definedNames");
  for (const e of dn ? elements(dn.inner, O.prefix, "definedName") : [])
    names.add((attrs(e.open).get("name") ?? "").toLowerCase());
  return { ids, names };
}

/** A rendered table with an id and a name no table the workbook keeps has. */
function renderTable(xml: string, taken: TableNames, styles: StyleMerge | undefined): string {
  const open = /<table\b[^>]*>/.exec(xml);
  if (!open) return xml;
  const a = attrs(open[0]);
  let id = Number(a.get("id")) || 1;
  while (taken.ids.has(id)) id++;
  taken.ids.add(id);
  let name = a.get("name") ?? `Table${id}`;
  const base = name;
  for (let n = 2; taken.names.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.names.add(name.toLowerCase());
  let tag = setAttr(open[0], "id", String(id));
  tag = setAttr(tag, "name", name);
  tag = setAttr(tag, "displayName", name);
  let out = splice(xml, open.index, open.index + open[0].length, tag);
  if (styles) out = out.replace(/(\s\w*[dD]xfId)="(\d+)"/g, (_m, at: string, n: string) => `${at}="${styles.dxf(Number(n))}"`);
  return out;
}

/** A rendered part's relationships, pointing at the new names of the parts they reach. */
function retarget(relsXml: string, from: string, to: string, rename: ReadonlyMap<string, string>): string {
  return relsXml.replace(/<Relationship\b[^>]*>/g, (tag) => {
    const rel = parseRels(from, tag)[0] ?? parseRels(from, `<Relationships>${tag}</Relationships>`)[0];
    if (!rel || rel.external) return tag;
    const renamed = rename.get(rel.part.toLowerCase());
    return renamed ? setAttr(tag, "Target", relativeTarget(to, renamed)) : tag;
  });
}

/**
 * Defined names: the workbook's own, each as written (a local one's sheet index follows its sheet to
 * the new tab order); the add-in's sheets' local names (print titles) from the rendered workbook.
 */
function mergeDefinedNames(xml: string, O: Book, R: Book, touched: Set<string>, indexOf: (name: string) => number): string {
  const p = O.prefix;
  const own = element(xml, p, "definedNames");
  const kept: string[] = [];
  for (const e of own ? elements(own.inner, p, "definedName") : []) {
    const local = attrs(e.open).get("localSheetId");
    if (local === undefined) {
      kept.push(e.text);
      continue;
    }
    const sheet = O.sheets[Number(local)];
    if (!sheet || touched.has(key(sheet.name))) continue;
    const at = indexOf(sheet.name);
    kept.push(at === Number(local) ? e.text : setAttr(e.open, "localSheetId", String(at)) + e.text.slice(e.open.length));
  }
  const rendered = element(R.xml, "", "definedNames");
  for (const e of rendered ? elements(rendered.inner, "", "definedName") : []) {
    const local = attrs(e.open).get("localSheetId");
    const sheet = local === undefined ? undefined : R.sheets[Number(local)];
    if (!sheet || !touched.has(key(sheet.name))) continue;
    kept.push(withPrefix(setAttr(e.open, "localSheetId", String(indexOf(sheet.name))) + e.text.slice(e.open.length), p));
  }
  const body = kept.join("");
  if (own) {
    if (own.inner === body) return xml;
    return splice(xml, own.start, own.end, kept.length ? `${own.open.replace(/\/>$/, ">")}${body}</${p}definedNames>` : "");
  }
  if (!kept.length) return xml;
  // schema order: sheets, functionGroups, externalReferences, definedNames
  let at = (element(xml, p, "sheets") as NonNullable<ReturnType<typeof element>>).end;
  for (const before of ["functionGroups", "externalReferences"]) {
    const f = element(xml, p, before);
    if (f) at = Math.max(at, f.end);
  }
  return splice(xml, at, at, `<${p}definedNames>${body}</${p}definedNames>`);
}

/** The first workbook view's active and first tabs, following their sheets to the new order. */
function mergeViews(xml: string, O: Book, R: Book, indexOf: (name: string) => number, activeSheet: string | undefined): string {
  const view = element(xml, O.prefix, "workbookView");
  if (!view) return xml;
  const a = attrs(view.open);
  const rView = element(R.xml, "", "workbookView");
  const rActive = R.sheets[Number(rView ? (attrs(rView.open).get("activeTab") ?? 0) : 0)];
  let tag = view.open;
  for (const attr of ["activeTab", "firstSheet"]) {
    const was = Number(a.get(attr) ?? 0);
    const sheet = O.sheets[was];
    let now = sheet ? indexOf(sheet.name) : -1;
    if (attr === "activeTab" && activeSheet) now = indexOf(activeSheet);
    if (now < 0 && attr === "activeTab" && rActive) now = indexOf(rActive.name);
    if (now < 0) now = 0;
    if (now !== was) tag = now === 0 && a.get(attr) === undefined ? tag : setAttr(tag, attr, String(now));
  }
  return tag === view.open ? xml : splice(xml, view.start, view.start + view.open.length, tag);
}

/**
 * The calculation chain without the cells of sheets that are gone, each kept cell still naming its sheet;
 * null when no cell is left (the part and its relationship then go).
 */
export function filterCalcChain(xml: string, gone: ReadonlySet<number>): string | null {
  const prefix = rootPrefix(xml, "calcChain");
  const cells = elements(xml, prefix, "c");
  if (!cells.length) return xml;
  let current = 0;
  let lastKept: number | undefined;
  let changed = false;
  const out: string[] = [];
  for (const c of cells) {
    const i = attrs(c.open).get("i");
    if (i !== undefined) current = Number(i);
    if (gone.has(current)) {
      changed = true;
      continue;
    }
    // a cell without i is on the sheet of the cell before it, which may have been dropped
    const needsId = i === undefined && lastKept !== current;
    out.push(needsId ? setAttr(c.open, "i", String(current)) + c.text.slice(c.open.length) : c.text);
    if (needsId) changed = true;
    lastKept = current;
  }
  if (!changed) return xml;
  if (!out.length) return null;
  return xml.slice(0, cells[0].start) + out.join("") + xml.slice(cells[cells.length - 1].end);
}

/**
 * The tab the add-in made active is the one selected, on the cell it named: a kept sheet changes only
 * in its view (`tabSelected`, and the target's selection), because two selected tabs open grouped in
 * Excel, where typing goes into both. This is a pane action (a click on a finding), never a command's save.
 */
async function selectTabs(
  O: Book,
  kept: SheetEntry[],
  active: { sheet: string; cell: string },
  put: Map<string, string | Uint8Array>,
): Promise<void> {
  for (const s of kept) {
    if (s.kind !== "worksheet") continue;
    const xml = await O.pkg.text(s.part);
    if (!xml) continue;
    const p = rootPrefix(xml, "worksheet");
    const want = key(s.name) === key(active.sheet);
    const view = element(xml, p, "sheetView");
    if (!view) {
      if (!want) continue;
      const cell = escapeXml(active.cell);
      const views = `<${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0"><${p}selection activeCell="${cell}" sqref="${cell}"/></${p}sheetView></${p}sheetViews>`;
      // schema order: sheetPr, dimension, sheetViews
      const after = element(xml, p, "dimension") ?? element(xml, p, "sheetPr");
      const root = /<([\w.-]+:)?worksheet\b[^>]*>/.exec(xml) as RegExpExecArray;
      const at = after ? after.end : root.index + root[0].length;
      put.set(s.part, splice(xml, at, at, views));
      continue;
    }
    const selected = attrs(view.open).get("tabSelected");
    const is = selected === "1" || selected === "true";
    if (!want) {
      if (is) put.set(s.part, splice(xml, view.start, view.start + view.open.length, removeAttr(view.open, "tabSelected")));
      continue;
    }
    put.set(s.part, splice(xml, view.start, view.end, selectIn(view, p, active.cell)));
  }
}

/** A sheet view selected, with `cell` as the active cell of its active pane. */
function selectIn(view: NonNullable<ReturnType<typeof element>>, p: string, cell: string): string {
  const open = setAttr(view.open.replace(/\s*\/>$/, ">"), "tabSelected", "1");
  const inner = view.inner;
  const pane = element(inner, p, "pane");
  const activePane = pane ? (attrs(pane.open).get("activePane") ?? "topLeft") : undefined;
  const selections = elements(inner, p, "selection");
  const mine = selections.find((x) => (attrs(x.open).get("pane") ?? "topLeft") === (activePane ?? "topLeft"));
  let body: string;
  if (mine) {
    const tag = setAttr(setAttr(mine.open, "activeCell", cell), "sqref", cell);
    body = splice(inner, mine.start, mine.start + mine.open.length, tag);
  } else {
    const at = selections.length ? selections[selections.length - 1].end : pane ? pane.end : 0;
    const paneAttr = activePane && activePane !== "topLeft" ? ` pane="${activePane}"` : "";
    body = splice(inner, at, at, `<${p}selection${paneAttr} activeCell="${escapeXml(cell)}" sqref="${escapeXml(cell)}"/>`);
  }
  return `${open}${body}</${p}sheetView>`;
}

/** The catalog code naming what kind of content a lost part is, for the refusal a person reads. */
export function partKind(part: string): MessageCode {
  const p = part.toLowerCase();
  const kinds: readonly [RegExp, MessageCode][] = [
    [/^xl\/(charts|chartsheets)\//, "PART_CHARTS"],
    [/^xl\/(pivottables|pivotcache)\//, "PART_PIVOTS"],
    [/^xl\/(slicers|slicercaches|timelines|timelinecaches)\//, "PART_SLICERS"],
    [/^xl\/(ctrlprops|activex)\//, "PART_CONTROLS"],
    [/^xl\/embeddings\//, "PART_EMBEDDINGS"],
    [/^xl\/diagrams\//, "PART_SMARTART"],
    [/^xl\/threadedcomments\//, "PART_THREADED_COMMENTS"],
    [/vmldrawing|comments/, "PART_NOTES"],
    [/^xl\/(drawings|media)\//, "PART_DRAWINGS"],
  ];
  return kinds.find(([re]) => re.test(p))?.[1] ?? "PART_OTHER";
}
