/**
 * The zip layer of an .xlsx package, through JSZip: exceljs already ships it (so it adds nothing to the
 * bundle the pane loads, nor to the audit), it runs in Node and the browser alike, it reads zip64, and
 * when it writes a package back it copies an untouched entry's compressed bytes as they were instead
 * of inflating and deflating them again, which is what keeps a save of a large workbook cheap.
 *
 * Part names are matched case-insensitively, as OPC names are.
 */
import JSZip from "jszip";

export interface ZipPackage {
  /** Entry names in the archive's order (folders left out). */
  readonly names: readonly string[];
  /** The entry's actual name for a part name in any case, or undefined. */
  find(part: string): string | undefined;
  text(part: string): Promise<string | undefined>;
  bytes(part: string): Promise<Uint8Array | undefined>;
  /** The date stamped on an entry, so parts written later can carry the package's own date. */
  date(part: string): Date | undefined;
}

export interface OpenedZip extends ZipPackage {
  readonly zip: JSZip;
}

export async function openZip(data: Uint8Array | ArrayBuffer): Promise<OpenedZip> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const find = (part: string) => lower.get(part.replace(/^\//, "").toLowerCase());
  return {
    zip,
    names,
    find,
    async text(part) {
      const n = find(part);
      return n === undefined ? undefined : zip.files[n].async("string");
    },
    async bytes(part) {
      const n = find(part);
      return n === undefined ? undefined : zip.files[n].async("uint8array");
    },
    date(part) {
      const n = find(part);
      return n === undefined ? undefined : zip.files[n].date;
    },
  };
}

export interface ZipEdits {
  /** Entries to leave out. */
  remove: Iterable<string>;
  /** Entries to write (replacing one of the same name in place, or added at the end in this order). */
  put: ReadonlyMap<string, string | Uint8Array>;
  /** The date stamped on written entries, so the same save gives the same bytes. */
  date?: Date;
}

/** The archive with `edits` applied; every other entry keeps its compressed bytes. */
export async function rewriteZip(source: OpenedZip, edits: ZipEdits): Promise<Uint8Array> {
  const { zip } = source;
  for (const n of edits.remove) {
    const actual = source.find(n);
    if (actual !== undefined) zip.remove(actual);
  }
  for (const [name, content] of edits.put) {
    const actual = source.find(name) ?? name;
    zip.file(actual, content, { date: edits.date, createFolders: false });
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
