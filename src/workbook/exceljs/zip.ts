/**
 * The few zip reads the streaming paths need without inflating a whole workbook: the central directory
 * (entry order, sizes, offsets) and one entry's text. Node only.
 */
import type { promises as fs } from "fs";
import { inflateRawSync } from "zlib";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The central directory of a (non-zip64) zip: each entry's name, method, size and where its data starts. */
export async function zipDirectory(fh: fs.FileHandle): Promise<Map<string, ZipEntry> | undefined> {
  const { size } = await fh.stat();
  const tailSize = Math.min(size, 65_557);
  const tail = Buffer.alloc(tailSize);
  await fh.read(tail, 0, tailSize, size - tailSize);
  let eocd = -1;
  for (let i = tailSize - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff || cdOffset + cdSize > size) return undefined;
  const cd = Buffer.alloc(cdSize);
  await fh.read(cd, 0, cdSize, cdOffset);
  const out = new Map<string, ZipEntry>();
  for (let p = 0; p + 46 <= cd.length && out.size < count;) {
    if (cd.readUInt32LE(p) !== 0x02014b50) return undefined;
    const method = cd.readUInt16LE(p + 10);
    const compressedSize = cd.readUInt32LE(p + 20);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const localOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString("utf8", p + 46, p + 46 + nameLen);
    out.set(name, { name, method, compressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

export async function readEntry(fh: fs.FileHandle, e: ZipEntry): Promise<string> {
  const local = Buffer.alloc(30);
  await fh.read(local, 0, 30, e.localOffset);
  if (local.readUInt32LE(0) !== 0x04034b50) throw new Error(`bad local header for ${e.name}`);
  const start = e.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = Buffer.alloc(e.compressedSize);
  await fh.read(data, 0, e.compressedSize, start);
  if (e.method === 0) return data.toString("utf8");
  if (e.method === 8) return inflateRawSync(data).toString("utf8");
  throw new Error(`unsupported zip method ${e.method} for ${e.name}`);
}
