/**
 * An in-place save keeps what the file itself carries: its mode, its owner, a symlink (written through to
 * its target), hard links; a file marked read-only is refused; a full disk changes nothing; a killed
 * save's temporary files are removed by the next one. All on real files in a temporary folder.
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { diskIo, openWorkbookFile, saveWorkbookFile, type SaveIo } from "../../src/workbook/exceljs/file";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { errorOf, tempDir, unitBook } from "../support/xlsx";

async function valueIn(file: string): Promise<unknown> {
  const [data] = await (await openWorkbookFile(file)).readSheets(["Đơn vị"]);
  return data!.values[1]![0];
}

const isRoot = process.getuid?.() === 0;

describe("in-place save keeps the file's own attributes", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it("a 0600 workbook stays 0600 and a 0664 one stays 0664 (not the umask's 0644)", async () => {
    for (const mode of [0o600, 0o664]) {
      const file = path.join(dir, `so-${mode.toString(8)}.xlsx`);
      await saveWorkbookFile(await unitBook("TDP01"), file);
      await fs.chmod(file, mode);
      await saveWorkbookFile(await unitBook("TDP02"), file);
      expect(((await fs.stat(file)).mode & 0o777).toString(8)).toBe(mode.toString(8));
      expect(await valueIn(file)).toBe("TDP02");
    }
  });

  it("a workbook marked read-only (0444) is refused, in Vietnamese with English beside it, and left byte for byte", async () => {
    const file = path.join(dir, "chi-doc.xlsx");
    await saveWorkbookFile(await unitBook("TDP01"), file);
    await fs.chmod(file, 0o444);
    const before = await fs.readFile(file);
    const e = await errorOf(saveWorkbookFile(await unitBook("TDP02"), file));
    expect(e.code).toBe("FILE_READ_ONLY");
    expect(e.text.vi).toContain("chỉ đọc");
    expect(e.text.vi).toContain(file);
    expect(e.text.en).toContain("read-only");
    expect(await fs.readFile(file)).toEqual(before);
    expect(((await fs.stat(file)).mode & 0o777).toString(8)).toBe("444");
    expect(await fs.readdir(dir)).toEqual(["chi-doc.xlsx"]);
  });

  it("a symlinked workbook is written through to its target; the link stays a link", async () => {
    const real = path.join(dir, "that", "so-goc.xlsx");
    await fs.mkdir(path.dirname(real));
    await saveWorkbookFile(await unitBook("TDP01"), real);
    const link = path.join(dir, "so.xlsx");
    await fs.symlink(real, link);
    await saveWorkbookFile(await unitBook("TDP02"), link);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readlink(link)).toBe(real);
    expect(await valueIn(real)).toBe("TDP02");
    expect((await fs.readdir(dir)).sort()).toEqual(["so.xlsx", "that"]);
    expect(await fs.readdir(path.dirname(real))).toEqual(["so-goc.xlsx"]);
  });

  it("a hard-linked workbook keeps its links: both names show the new content, one inode", async () => {
    const file = path.join(dir, "so.xlsx");
    await saveWorkbookFile(await unitBook("TDP01"), file);
    const other = path.join(dir, "ban-sao-lien-ket.xlsx");
    await fs.link(file, other);
    const ino = (await fs.stat(file)).ino;
    await saveWorkbookFile(await unitBook("TDP02"), file);
    expect((await fs.stat(file)).ino).toBe(ino);
    expect((await fs.stat(file)).nlink).toBe(2);
    expect(await valueIn(other)).toBe("TDP02");
    expect((await fs.readdir(dir)).sort()).toEqual(["ban-sao-lien-ket.xlsx", "so.xlsx"]);
  });

  (isRoot ? it : it.skip)("a workbook owned by another user keeps its owner when root saves it", async () => {
    const file = path.join(dir, "cua-nguoi-khac.xlsx");
    await saveWorkbookFile(await unitBook("TDP01"), file);
    await fs.chown(file, 65534, 65534);
    await saveWorkbookFile(await unitBook("TDP02"), file);
    const st = await fs.stat(file);
    expect([st.uid, st.gid]).toEqual([65534, 65534]);
    expect(await valueIn(file)).toBe("TDP02");
  });

  (isRoot ? it : it.skip)("a user who may write a colleague's workbook (but not give a file away) keeps its owner: written in place", async () => {
    await fs.chmod(dir, 0o777);
    const file = path.join(dir, "chung.xlsx");
    await saveWorkbookFile(await unitBook("TDP01"), file);
    await fs.chmod(file, 0o666);
    // saved by "nobody", who may write the file but not chown a new one to root
    const script = `
      const { saveWorkbookFile } = require(${JSON.stringify(path.resolve("src/workbook/exceljs/file.ts"))});
      const { ExcelJsWorkbook } = require(${JSON.stringify(path.resolve("src/workbook/exceljs/workbook.ts"))});
      (async () => {
        const wb = ExcelJsWorkbook.create();
        await wb.writeSheets([{ name: "Đơn vị", marker: { command: "layout", key: "units" }, cells: [["Mã"], ["TDP02"]] }]);
        await saveWorkbookFile(wb, ${JSON.stringify(file)});
        console.log("SAVED");
      })().catch((e) => console.log("CODE=" + e.code + " " + e.message));`;
    const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
      uid: 65534,
      gid: 65534,
      encoding: "utf8",
      env: { ...process.env, TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: "commonjs" }), TS_NODE_CACHE: "false" },
      timeout: 60_000,
    });
    expect(run.stdout.trim()).toBe("SAVED");
    const st = await fs.stat(file);
    expect([st.uid, st.gid, (st.mode & 0o777).toString(8)]).toEqual([0, 0, "666"]);
    expect(await valueIn(file)).toBe("TDP02");
    expect(await fs.readdir(dir)).toEqual(["chung.xlsx"]);
  });

  it("a full disk is named as such, says nothing changed, and leaves the file and folder as they were", async () => {
    const file = path.join(dir, "so.xlsx");
    await saveWorkbookFile(await unitBook("TDP01"), file);
    const before = await fs.readFile(file);
    const full: SaveIo = {
      async writeNew(tmp, data, mode) {
        // half the data reaches the disk, then the disk is full
        await diskIo.writeNew(tmp, data.subarray(0, data.byteLength >> 1), mode);
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      },
    };
    const e = await errorOf(saveWorkbookFile(await unitBook("TDP02"), file, full));
    expect(e.code).toBe("FILE_DISK_FULL");
    expect(e.text.vi).toContain("đã đầy");
    expect(e.text.vi).toContain("không có gì thay đổi");
    expect(e.text.en).toContain("disk holding");
    expect(e.text.en).toContain("nothing changed");
    expect(await fs.readFile(file)).toEqual(before);
    expect(await fs.readdir(dir)).toEqual(["so.xlsx"]);
  });

  it("the temporary files of a killed save are removed by the next save; another workbook's are not", async () => {
    const file = path.join(dir, "so.xlsx");
    await saveWorkbookFile(await unitBook("TDP01"), file);
    // pid 2^22+1 is above Linux's pid_max, so no process runs under it
    const stale = [".so.xlsx.4194305.lq3k2a.tmp", ".so.xlsx.4194305.lq3k2b.tmp"];
    for (const n of stale) await fs.writeFile(path.join(dir, n), "nửa tệp");
    const others = [".khac.xlsx.4194305.lq3k2a.tmp", "ghi-chu.tmp"];
    for (const n of others) await fs.writeFile(path.join(dir, n), "không phải của so.xlsx");
    await saveWorkbookFile(await unitBook("TDP02"), file);
    expect((await fs.readdir(dir)).sort()).toEqual([...others, "so.xlsx"].sort());
  });
});
