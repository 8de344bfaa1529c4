/**
 * The few zip reads the streaming paths need without inflating a whole workbook: the entry names in
 * archive order and one entry's text. Through JSZip (../package/zip.ts), which reads zip64 and
 * inflates an entry only when asked; the file's bytes are read once, which is one byte of memory per
 * byte of file, not the hundreds exceljs's in-memory model takes. Node only.
 */
import type { promises as fs } from "fs";
import { openZip, type OpenedZip } from "../package/zip";

export interface ZipEntry {
  name: string;
  zip: OpenedZip;
}

/** The entries of a zip by name, in archive order; undefined when the file is not a zip. */
export async function zipDirectory(fh: fs.FileHandle): Promise<Map<string, ZipEntry> | undefined> {
  const data = await fh.readFile();
  let zip: OpenedZip;
  try {
    zip = await openZip(data);
  } catch {
    return undefined;
  }
  return new Map(zip.names.map((name) => [name, { name, zip }]));
}

export async function readEntry(e: ZipEntry): Promise<string> {
  const text = await e.zip.text(e.name);
  if (text === undefined) throw new Error(`no zip entry ${e.name}`);
  return text;
}
