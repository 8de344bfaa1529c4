/**
 * The Open Packaging Conventions of an .xlsx: relationship parts, content types, and which parts
 * another part reaches through its relationships.
 */
import { attrs, elements, escapeXml } from "./xml";
import type { ZipPackage } from "./zip";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface Rel {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  external: boolean;
  /** The target as a part name without leading slash (internal targets only). */
  part: string;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; the package itself ("") → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

/** A relationship target resolved against its source part: relative ("../x"), absolute ("/xl/x") and %-escaped targets. */
export function resolveTarget(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURI(target);
  } catch {
    // a stray % is taken literally
  }
  const segments = t.startsWith("/") ? [] : folderOf(source).split("/").filter(Boolean);
  for (const s of t.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(s);
  }
  return segments.join("/");
}

/** The relative target from `source`'s folder to `part`, as Excel writes it. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export function parseRels(source: string, xml: string | undefined): Rel[] {
  if (!xml) return [];
  return elements(xml, prefixOfRels(xml), "Relationship").map((e) => {
    const a = attrs(e.open);
    const target = a.get("Target") ?? "";
    const external = a.get("TargetMode") === "External";
    return {
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target,
      external,
      part: external ? "" : resolveTarget(source, target),
    };
  });
}

function prefixOfRels(xml: string): string {
  return /<([\w.-]+:)?Relationships[\s>]/.exec(xml)?.[1] ?? "";
}

export function relElement(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
}

/** Type URIs end in the kind ("…/relationships/worksheet"); transitional and strict differ only before it. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export class ContentTypes {
  readonly defaults = new Map<string, string>();
  readonly overrides = new Map<string, string>();

  constructor(xml: string) {
    for (const e of elements(xml, "", "Default")) {
      const a = attrs(e.open);
      this.defaults.set((a.get("Extension") ?? "").toLowerCase(), a.get("ContentType") ?? "");
    }
    for (const e of elements(xml, "", "Override")) {
      const a = attrs(e.open);
      this.overrides.set((a.get("PartName") ?? "").replace(/^\//, "").toLowerCase(), a.get("ContentType") ?? "");
    }
  }

  of(part: string): string {
    const o = this.overrides.get(part.toLowerCase());
    if (o !== undefined) return o;
    return this.defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase()) ?? "";
  }
}

/** Every part reached from `starts` through relationships (the starts included), skipping the relationships `skip` says. */
export async function reach(
  pkg: ZipPackage,
  starts: Iterable<string>,
  skip: (source: string, rel: Rel) => boolean = () => false,
): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...starts].filter((p) => pkg.find(p) !== undefined);
  for (const p of queue) seen.add(p.toLowerCase());
  while (queue.length) {
    const part = queue.shift() as string;
    for (const rel of parseRels(part, await pkg.text(relsPartOf(part)))) {
      if (rel.external || skip(part, rel)) continue;
      const actual = pkg.find(rel.part);
      if (actual === undefined || seen.has(actual.toLowerCase())) continue;
      seen.add(actual.toLowerCase());
      queue.push(actual);
    }
  }
  return seen;
}
