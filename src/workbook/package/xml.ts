/**
 * Just enough XML to edit package parts in place: find elements, read and set attributes, escape.
 * The parts are edited as text so that what is not changed stays byte for byte what it was; a DOM
 * would re-serialise (and Node has none).
 *
 * Elements are matched with an optional namespace prefix (`<x:sheet>` as the Open XML SDK writes it).
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Attributes of a start tag (or of the text between the name and the closing bracket), unescaped. */
export function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

/** The start tag with attribute `name` set to `value` (added before the end of the tag when absent). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.]/g, "\\.")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_m, lead: string) => `${lead}"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, (_m, end: string) => ` ${name}="${escapeXml(value)}"${end}`);
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** The namespace prefix (with its colon, or "") of the document's root element. */
export function rootPrefix(xml: string, localName: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${localName}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

/** The prefix bound to namespace `ns` on the root element (without colon), "" for the default one, undefined if none. */
export function prefixOf(xml: string, ns: string): string | undefined {
  // Only the root's declarations are in scope for every element: a prefix declared on one child (openpyxl
  // declares xmlns:r on each <sheet>) means nothing to an element added beside it.
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? "";
  for (const m of root.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*"([^"]*)"/g)) if (m[2] === ns) return m[1] ?? "";
  return undefined;
}

export interface Found {
  start: number;
  end: number;
  /** The whole element's text. */
  text: string;
  /** The start tag (with `/>` when empty). */
  open: string;
  /** What is between the start and end tags ("" when empty). */
  inner: string;
}

/** Every element `<p:name …>` (p the given prefix with colon, or "") in `xml`, in order; not for elements that nest themselves. */
export function elements(xml: string, prefix: string, name: string, from = 0, to = xml.length): Found[] {
  const q = `${prefix}${name}`.replace(/[.]/g, "\\.");
  const re = new RegExp(`<${q}(?=[\\s/>])[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${q}\\s*>)`, "g");
  re.lastIndex = from;
  const out: Found[] = [];
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const text = m[0];
    const openEnd = text.indexOf(">") + 1;
    out.push({ start: m.index, end: m.index + text.length, text, open: text.slice(0, openEnd), inner: m[1] ?? "" });
  }
  return out;
}

export function element(xml: string, prefix: string, name: string): Found | undefined {
  return elements(xml, prefix, name)[0];
}

/** `xml` with the range [start, end) replaced. */
export function splice(xml: string, start: number, end: number, insert: string): string {
  return xml.slice(0, start) + insert + xml.slice(end);
}

/** Elements written without a prefix, given `prefix` (with colon) on every element name. */
export function withPrefix(xml: string, prefix: string): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) =>
    name.includes(":") ? m : `<${slash}${prefix}${name}`,
  );
}

/** The same element without a namespace prefix on its element names, to compare parts written by different programs. */
export function withoutPrefix(xml: string, prefix: string): string {
  if (!prefix) return xml;
  return xml.split(`<${prefix}`).join("<").split(`</${prefix}`).join("</");
}
