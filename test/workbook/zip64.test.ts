/**
 * The zip reads of the streaming paths take zip64 archives: past 65,535 entries (or 4 GB) a zip keeps
 * its counts and offsets in the zip64 end records, which the earlier hand-written reader gave up on.
 */
import { execFile } from "child_process";
import * as path from "path";
import { zipEntryNames } from "../../src/workbook/exceljs/stream";
import { tempDir } from "../support/xlsx";

const MAKER = `
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    for i in range(70000):
        z.writestr(f"customXml/item{i}.xml", "<x/>")
`;

it("lists every entry of a zip64 archive of 70,001 entries, in order", async () => {
  const { dir, cleanup } = await tempDir("zip64-");
  try {
    const file = path.join(dir, "nhieu.xlsx");
    await new Promise<void>((resolve, reject) =>
      execFile("/usr/bin/python3", ["-c", MAKER, file], (err, _o, stderr) => (err ? reject(new Error(stderr)) : resolve())),
    );
    const names = await zipEntryNames(file);
    expect(names).toHaveLength(70_001);
    expect(names?.[0]).toBe("[Content_Types].xml");
    expect(names?.[70_000]).toBe("customXml/item69999.xml");
  } finally {
    await cleanup();
  }
}, 120_000);
