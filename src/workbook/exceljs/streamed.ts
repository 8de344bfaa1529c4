/**
 * The Workbook port over a large .xlsx on disk, Node only: a province round (10,000 units × 30 criteria
 * × 15 judges) takes gigabytes in exceljs's in-memory Workbook, and a few hundred MB this way.
 *
 * - Reading streams the input file (readValuesStreaming), only the sheets asked for.
 * - listSheets answers from the zip's workbook part and the add-in's registry sheet, inflating only
 *   those small parts, never a judge's sheet.
 * - Writing never touches the input: generated sheets go to a SEPARATE, new output workbook, written
 *   with the streaming writer by flush(). No sheet a person typed in can be lost or overwritten, and no
 *   existing file either: when the output name is taken, flush() takes the next free `<name> (2).xlsx`.
 *
 * Commands run read → compute → write (DESIGN.md §2). Once the command has read the input, the workbook
 * it writes to is the output, which starts empty: so listSheets answers for the input until the first
 * readSheets, and for the output after it. That is what makes writeSafely name the results plainly
 * (`Xếp hạng Đ1`, not `Xếp hạng Đ1 (2)`) and never plan to replace or copy a sheet of the input.
 *
 * Limits: values only (formulas are read as their cached results); links written into generated sheets
 * (e.g. from `Kiểm tra` to a judge's cell) point into the output workbook, where those sheets are not.
 */
import { constants as fsConstants, promises as fs } from "fs";
import * as path from "path";
import { AppError } from "../../shared/errors";
import { hashCells } from "../hash";
import type { CellValue, Marker, Progress, ReadOptions, SheetData, SheetInfo, SheetSpec, Workbook } from "../port";
import { decodeRegistry, REGISTRY_SHEET } from "../registry";
import { errorCode, removeStaleTemps } from "./file";
import { openStreamingPackage, readValuesStreaming, writeSpecsStreaming, type StreamingPackage } from "./stream";
import { effectiveCells } from "./writeSpec";
import JSZip from "jszip";
import { attrs, unescapeXml } from "../package/xml";
import { PackageRefused } from "./normalize";
import { sheetKey as key } from "../../shared/sheetNames";

// ------------------------------------------------------------------------------------- minimal XML reading

/** Text of an <si> or <is> element: every <t> run, phonetic hints (<rPh>) left out. */
function runText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let s = "";
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) s += unescapeXml(m[1] ?? "");
  return s;
}

function colIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Values of a small sheet part (the registry): strings, numbers and booleans, enough for decodeRegistry. */
function sheetValues(xml: string, shared: readonly string[]): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const row of xml.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
    const r = Number(attrs(row[1]).get("r") ?? rows.length + 1) - 1;
    const values: CellValue[] = [];
    let next = 0;
    for (const c of row[2].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = attrs(c[1]);
      const ref = a.get("r");
      const col = ref ? colIndex(ref) : next;
      next = col + 1;
      const inner = c[2] ?? "";
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const t = a.get("t");
      let value: CellValue = null;
      if (t === "s") value = v === undefined ? null : (shared[Number(v)] ?? null);
      else if (t === "inlineStr") value = runText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
      else if (t === "str" || t === "e") value = v === undefined ? null : unescapeXml(v);
      else if (t === "b") value = v === "1";
      else if (v !== undefined) value = Number(v);
      values[col] = value === "" ? null : value;
    }
    rows[r] = Array.from(values, (x) => x ?? null);
  }
  return Array.from(rows, (x) => x ?? []);
}

interface InputSheet {
  name: string;
  visible: boolean;
  /** The sheet's part inside the zip, e.g. "xl/worksheets/sheet3.xml". */
  part?: string;
}

/** Sheets of the workbook part in tab order, with the part each lives in. */
function workbookSheets(workbookXml: string, relsXml: string): InputSheet[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const a = attrs(m[1]);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : path.posix.normalize(`xl/${target}`));
  }
  const out: InputSheet[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const a = attrs(m[1]);
    const name = a.get("name");
    if (!name) continue;
    const rid = [...a.entries()].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1];
    const state = a.get("state") ?? "visible";
    out.push({ name: name.normalize("NFC"), visible: state === "visible", part: rid ? targets.get(rid) : undefined });
  }
  return out;
}

/** Names, visibility and markers of the sheets of an .xlsx, reading only the workbook part and the registry. */
export async function listSheetsOfFile(file: string): Promise<SheetInfo[]> {
  return listSheetsOfPackage(await openStreamingPackage(file));
}

/** listSheetsOfFile on a package already read, inflating only the workbook part, its rels and the registry. */
export async function listSheetsOfPackage(pkg: StreamingPackage): Promise<SheetInfo[]> {
  const { file } = pkg;
  try {
    const zip = await JSZip.loadAsync(pkg.bytes ?? (await fs.readFile(file)));
    const part = async (name: string) => zip.file(name)?.async("string");
    const book = await part("xl/workbook.xml");
    const rels = await part("xl/_rels/workbook.xml.rels");
    if (book === undefined || rels === undefined) throw new AppError("FILE_NOT_XLSX", { file });
    const sheets = workbookSheets(book, rels);
    const registry = sheets.find((s) => key(s.name) === REGISTRY_SHEET);
    let markers = new Map<string, Marker>();
    const regXml = registry?.part ? await part(registry.part) : undefined;
    if (regXml !== undefined) {
      const sst = await part("xl/sharedStrings.xml");
      const shared = sst ? [...sst.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runText(m[1] ?? "")) : [];
      markers = decodeRegistry(sheetValues(regXml, shared));
    }
    const byKey = new Map([...markers].map(([n, m]) => [key(n), m]));
    return sheets
      .filter((s) => s !== registry)
      .map((s): SheetInfo => {
        const marker = byKey.get(key(s.name));
        return marker ? { name: s.name, marker, visible: s.visible } : { name: s.name, visible: s.visible };
      });
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof PackageRefused) throw new AppError(e.code, { ...e.params, file }, { cause: e });
    throw new AppError("FILE_NOT_XLSX", { file }, { cause: e });
  }
}

// --------------------------------------------------------------------------------- never over a file

/** `name.xlsx` for n = 1, then `name (2).xlsx`, `name (3).xlsx`, …, as Windows names a second copy. */
export function numberedName(file: string, n: number): string {
  if (n <= 1) return file;
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)} (${n})${ext}`);
}

/** Enough for any folder a person keeps; past it something is wrong (a loop of runs), and it is named. */
const MAX_NUMBERED = 999;

/**
 * Gives the finished temporary file `tmp` the first name of numberedName(wanted, 1, 2, …) that nothing
 * holds, and returns it. fs.rename would silently replace a file that appeared under that name, and a
 * check before it leaves a window; a hard link is created only if the name is free (EEXIST otherwise),
 * atomically. Where the file system has no hard links (FAT, some network shares), a copy opened with
 * COPYFILE_EXCL is just as exclusive. The caller removes `tmp`.
 */
async function placeNew(tmp: string, wanted: string): Promise<string> {
  let linkable = true;
  for (let n = 1; n <= MAX_NUMBERED; n++) {
    const target = numberedName(wanted, n);
    try {
      if (linkable) {
        try {
          await fs.link(tmp, target);
          return target;
        } catch (e) {
          if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK"].includes(errorCode(e))) throw e;
          linkable = false;
        }
      }
      try {
        await fs.copyFile(tmp, target, fsConstants.COPYFILE_EXCL);
      } catch (e) {
        // anything but EEXIST came after this call created `target` or before it existed: no half file is left
        if (errorCode(e) !== "EEXIST") await fs.rm(target, { force: true }).catch(() => undefined);
        throw e;
      }
      return target;
    } catch (e) {
      if (errorCode(e) !== "EEXIST") throw e;
    }
  }
  throw new AppError("STREAM_NO_FREE_NAME", { out: wanted, last: numberedName(wanted, MAX_NUMBERED) });
}

// --------------------------------------------------------------------------------------------- the host

export interface StreamedOptions {
  /** Where flush() writes the generated sheets; must not be the input file. */
  output: string;
  /** Injected so tests can pin generatedAt. */
  now?: () => Date;
}

export class StreamedFileWorkbook implements Workbook {
  readonly input: string;
  readonly output: string;
  private readonly now: () => Date;
  private inputSheets?: SheetInfo[];
  /** The input read once and normalised for the streaming reader, shared by listing and reading. */
  private inputPackage?: Promise<StreamingPackage>;
  /** After the command read its inputs, the workbook it writes to is the output (see the file comment). */
  private hasRead = false;
  private readonly specs: SheetSpec[] = [];
  private readonly markers = new Map<string, Marker>();
  /** The file flush() wrote: `output`, or the next free name beside it when `output` already existed. */
  savedAs?: string;

  constructor(input: string, options: StreamedOptions) {
    this.input = path.resolve(input);
    this.output = path.resolve(options.output);
    if (key(this.input) === key(this.output)) throw new AppError("STREAM_OUT_IS_INPUT", { out: this.output });
    this.now = options.now ?? (() => new Date());
  }

  /** Sheets written so far, in order; flush() writes them. */
  get written(): readonly SheetSpec[] {
    return this.specs;
  }

  async listSheets(): Promise<SheetInfo[]> {
    if (this.hasRead) return this.specs.map((s) => ({ name: s.name, marker: this.markers.get(key(s.name)), visible: true }));
    return (await this.listInput()).map((s) => ({ ...s }));
  }

  /** Values of the named sheets of the input (cached formula results; `options.formulas` is not served). */
  async readSheets(names: string[], _options?: ReadOptions): Promise<SheetData[]> {
    void _options;
    const wanted = new Set(names.map(key));
    wanted.delete(REGISTRY_SHEET);
    const data = wanted.size ? await readValuesStreaming(await this.package(), (name) => wanted.has(key(name))) : [];
    this.hasRead = true;
    const byKey = new Map(data.map((d) => [key(d.name), d]));
    const out: SheetData[] = [];
    const seen = new Set<string>();
    for (const n of names) {
      const d = byKey.get(key(n));
      if (d && !seen.has(key(n))) {
        out.push(d);
        seen.add(key(n));
      }
    }
    return out;
  }

  async writeSheets(specs: SheetSpec[], progress?: Progress): Promise<void> {
    const generatedAt = this.now().toISOString();
    specs.forEach((spec, i) => {
      if (key(spec.name) === REGISTRY_SHEET)
        throw new Error(`The sheet name ${REGISTRY_SHEET} is reserved for the add-in's registry`);
      progress?.(i, specs.length, spec.name);
      const at = this.specs.findIndex((s) => key(s.name) === key(spec.name));
      if (at >= 0) this.specs[at] = spec;
      else this.specs.push(spec);
      this.markers.set(key(spec.name), {
        ...spec.marker,
        contentHash: hashCells(effectiveCells({ ...spec, tables: undefined })),
        generatedAt,
      });
    });
    progress?.(specs.length, specs.length, "");
  }

  async copySheet(from: string, to: string): Promise<void> {
    // Unreachable through writeSafely: the output starts empty and each command writes a sheet once.
    throw new Error(`copySheet(${from}, ${to}): the streamed host writes a new workbook and copies no sheet`);
  }

  async activate(sheet: string): Promise<void> {
    const known =
      this.specs.some((s) => key(s.name) === key(sheet)) || (await this.listInput()).some((s) => key(s.name) === key(sheet));
    if (!known) throw new Error(`activate: no sheet named ${sheet}`);
  }

  /**
   * Writes the output workbook through a temporary file, so a failure leaves no half file. Returns false,
   * writing nothing, when no sheet was written; savedAs then names the file written.
   *
   * An existing file at `output` is never replaced: it may be a previous run's results a person has since
   * edited, or any workbook --out happened to name. The results then go to the first free name of
   * `<name> (2).xlsx`, `<name> (3).xlsx`, … (see placeNew).
   */
  async flush(): Promise<boolean> {
    if (this.specs.length === 0) return false;
    const dir = path.dirname(this.output);
    const tmp = path.join(dir, `.${path.basename(this.output)}.${process.pid}.${Date.now().toString(36)}.tmp.xlsx`);
    // A killed run's half-written results file beside this one goes now, as an in-place save's does.
    await removeStaleTemps(path.resolve(this.output));
    try {
      await writeSpecsStreaming(tmp, this.specs, this.now());
      this.savedAs = await placeNew(tmp, this.output);
    } catch (e) {
      const c = errorCode(e);
      if (e instanceof AppError) throw e;
      if (c === "ENOSPC" || c === "EDQUOT")
        throw new AppError("FILE_DISK_FULL", { file: path.resolve(this.output) }, { cause: e });
      if (["EACCES", "EBUSY", "EPERM", "EROFS", "EISDIR"].includes(c))
        throw new AppError("FILE_LOCKED", { file: this.output }, { cause: e });
      if (c === "ENOENT") throw new AppError("FILE_MISSING", { file: dir }, { cause: e });
      throw e;
    } finally {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
    }
    return true;
  }

  private async listInput(): Promise<SheetInfo[]> {
    this.inputSheets ??= await listSheetsOfPackage(await this.package());
    return this.inputSheets;
  }

  private package(): Promise<StreamingPackage> {
    this.inputPackage ??= openStreamingPackage(this.input);
    return this.inputPackage;
  }
}
