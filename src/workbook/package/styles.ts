/**
 * Merging the cell formats of sheets rendered by exceljs into a workbook's own styles part, by
 * addition only: a format the workbook already has (the same XML) is reused, any other is appended at
 * the end of its list, so every index the workbook's own sheets use keeps meaning what it meant.
 * Appending the same formats again finds them there: a second save adds nothing.
 */
import { attrs, element, elements, rootPrefix, setAttr, splice, withPrefix, withoutPrefix } from "./xml";

/** The sections of a styles part in schema order (CT_Stylesheet), with the element each one lists. */
const SECTIONS = [
  ["numFmts", "numFmt"],
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellStyleXfs", "xf"],
  ["cellXfs", "xf"],
  ["cellStyles", "cellStyle"],
  ["dxfs", "dxf"],
  ["tableStyles", "tableStyle"],
  ["colors", ""],
  ["extLst", ""],
] as const;

type Section = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";

function items(xml: string, prefix: string, section: string, item: string): string[] {
  const s = element(xml, prefix, section);
  if (!s || !s.inner) return [];
  return elements(s.inner, prefix, item).map((e) => withoutPrefix(e.text, prefix));
}

/** The styles of the sheets exceljs rendered, to be carried into the workbook's styles. */
export class StyleMerge {
  private readonly prefix: string;
  private readonly lists = new Map<Section, string[]>();
  private readonly added = new Map<Section, string[]>();
  private readonly rendered: Record<Section, string[]>;
  private readonly maps = new Map<Section, Map<number, number>>();
  private readonly numFmtIds = new Map<number, number>();
  private readonly ownFormats: Map<string, number>;
  private nextNumFmt: number;

  constructor(
    private readonly original: string,
    renderedXml: string,
  ) {
    this.prefix = rootPrefix(original, "styleSheet");
    for (const s of ["fonts", "fills", "borders", "cellXfs", "dxfs"] as const) {
      this.lists.set(s, items(original, this.prefix, s, s === "cellXfs" ? "xf" : s.slice(0, -1)));
      this.added.set(s, []);
      this.maps.set(s, new Map());
    }
    this.added.set("numFmts", []);
    const own = items(original, this.prefix, "numFmts", "numFmt").map((x) => attrs(x));
    this.ownFormats = new Map(own.map((a) => [a.get("formatCode") ?? "", Number(a.get("numFmtId"))]));
    this.nextNumFmt = Math.max(163, ...own.map((a) => Number(a.get("numFmtId")) || 0)) + 1;
    this.rendered = {
      numFmts: items(renderedXml, "", "numFmts", "numFmt"),
      fonts: items(renderedXml, "", "fonts", "font"),
      fills: items(renderedXml, "", "fills", "fill"),
      borders: items(renderedXml, "", "borders", "border"),
      cellXfs: items(renderedXml, "", "cellXfs", "xf"),
      dxfs: items(renderedXml, "", "dxfs", "dxf"),
    };
  }

  private numFmt(id: number): number {
    if (id < 164) return id;
    const known = this.numFmtIds.get(id);
    if (known !== undefined) return known;
    const def = this.rendered.numFmts.map((x) => attrs(x)).find((a) => Number(a.get("numFmtId")) === id);
    const code = def?.get("formatCode");
    if (code === undefined) return 0;
    let mapped = this.ownFormats.get(code);
    if (mapped === undefined) {
      mapped = this.nextNumFmt++;
      this.ownFormats.set(code, mapped);
      const xml = (this.rendered.numFmts.find((x) => Number(attrs(x).get("numFmtId")) === id) ?? "").replace(
        /numFmtId="\d+"/,
        `numFmtId="${mapped}"`,
      );
      (this.added.get("numFmts") as string[]).push(xml);
    }
    this.numFmtIds.set(id, mapped);
    return mapped;
  }

  /** The index in the workbook of the rendered item `i` of `section`, appended if the workbook lacks it. */
  private index(section: "fonts" | "fills" | "borders" | "dxfs", i: number): number {
    return this.place(section, i, () => this.rendered[section][i]);
  }

  private place(section: Section, i: number, xml: () => string | undefined): number {
    const map = this.maps.get(section) as Map<number, number>;
    const known = map.get(i);
    if (known !== undefined) return known;
    const item = xml();
    let at = 0;
    if (item !== undefined) {
      const list = this.lists.get(section) as string[];
      at = list.indexOf(item);
      if (at < 0) {
        at = list.length;
        list.push(item);
        (this.added.get(section) as string[]).push(item);
      }
    }
    map.set(i, at);
    return at;
  }

  /** The workbook's cellXfs index for the rendered one; the rendered default (0) is the workbook's default. */
  xf(i: number): number {
    if (i === 0) return 0;
    return this.place("cellXfs", i, () => {
      const xf = this.rendered.cellXfs[i];
      if (xf === undefined) return undefined;
      const open = /^<xf\b[^>]*?\/?>/.exec(xf)?.[0] ?? "<xf>";
      const a = attrs(open);
      let tag = open;
      tag = setAttr(tag, "numFmtId", String(this.numFmt(Number(a.get("numFmtId") ?? 0))));
      tag = setAttr(tag, "fontId", String(this.index("fonts", Number(a.get("fontId") ?? 0))));
      tag = setAttr(tag, "fillId", String(this.index("fills", Number(a.get("fillId") ?? 0))));
      tag = setAttr(tag, "borderId", String(this.index("borders", Number(a.get("borderId") ?? 0))));
      tag = setAttr(tag, "xfId", "0");
      return tag + xf.slice(open.length);
    });
  }

  dxf(i: number): number {
    return this.index("dxfs", i);
  }

  /** The workbook's styles part with what was appended; the original text when nothing was. */
  result(): string {
    let xml = this.original;
    for (const [section, item] of SECTIONS) {
      const extra = this.added.get(section as Section);
      if (!extra || extra.length === 0) continue;
      const add = extra.map((x) => withPrefix(x, this.prefix)).join("");
      const found = element(xml, this.prefix, section);
      if (found) {
        const count = items(xml, this.prefix, section, item).length + extra.length;
        const open = setAttr(found.open.replace(/\/>$/, ">"), "count", String(count));
        xml = splice(xml, found.start, found.end, `${open}${found.inner}${add}</${this.prefix}${section}>`);
      } else {
        const created = `<${this.prefix}${section} count="${extra.length}">${add}</${this.prefix}${section}>`;
        xml = insertSection(xml, this.prefix, section, created);
      }
    }
    return xml;
  }
}

/** Places a new section before the first later section present, or before the end of the stylesheet. */
function insertSection(xml: string, prefix: string, section: string, created: string): string {
  const at = SECTIONS.findIndex(([s]) => s === section);
  for (const [later] of SECTIONS.slice(at + 1)) {
    const f = element(xml, prefix, later);
    if (f) return splice(xml, f.start, f.start, created);
  }
  const end = xml.lastIndexOf(`</${prefix}styleSheet`);
  return splice(xml, end, end, created);
}
