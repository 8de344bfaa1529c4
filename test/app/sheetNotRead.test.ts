/**
 * A required sheet the workbook has but the reader did not deliver stops the command, in memory and
 * streamed: a summary that says "chưa chấm điểm" with exit 0 for a round that was scored is the worst
 * failure this product can have.
 */
import JSZip from "jszip";
import { promises as fs } from "fs";
import * as path from "path";
import { run } from "../../src/cli/main";
import { normalizePackage } from "../../src/workbook/exceljs/normalize";
import { tempDir } from "../support/xlsx";

jest.setTimeout(120_000);

async function tdkt(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run([...args, "--today", "05/04/2024"], { out: (l) => out.push(l), err: (l) => err.push(l) }, cwd);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

test("summary --round D1 on a workbook whose judge sheet cannot be read fails naming that sheet, --stream or not", async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const file = path.join(dir, "so.xlsx");
    expect((await tdkt(["layout", file, "--sample"], dir)).code).toBe(0);
    expect((await tdkt(["prepare", file, "--round", "D1"], dir)).code).toBe(0);
    const bytes = await fs.readFile(file);
    const judge = (await normalizePackage(bytes)).worksheets.find((w) => w.name.startsWith("Chấm điểm Đ1 - "))!;
    const zip = await JSZip.loadAsync(bytes);
    zip.remove(judge.part);
    await fs.writeFile(file, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const before = await fs.readFile(file);

    const streamed = await tdkt(["summary", file, "--round", "D1", "--stream"], dir);
    expect(streamed.code).toBe(1);
    expect(streamed.err).toContain(`Trang “${judge.name}” có trong sổ tính ${file} nhưng không đọc được`);
    expect(streamed.err).toContain(`Sheet “${judge.name}” is in the workbook`);
    expect(streamed.out).not.toContain("chưa chấm điểm");
    await expect(fs.access(path.join(dir, "so.summary-D1.xlsx"))).rejects.toThrow();

    const inMemory = await tdkt(["summary", file, "--round", "D1"], dir);
    expect(inMemory.code).toBe(1);
    expect(inMemory.err).toContain(`Trang “${judge.name}”`);
    expect(await fs.readFile(file)).toEqual(before);
  } finally {
    await cleanup();
  }
});
