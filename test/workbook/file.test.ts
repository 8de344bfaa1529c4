import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { AppError } from "../../src/app/errors";
import { openWorkbookFile, saveWorkbookFile } from "../../src/workbook/exceljs/file";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { tempDir } from "../support/xlsx";

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

async function sample(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheets([{ name: "Đơn vị", marker: { command: "layout", key: "units" }, cells: [["Mã"], ["TDP01"]] }]);
  return wb;
}

describe("workbook files", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it("saves and opens a workbook, leaving no temporary file", async () => {
    const file = path.join(dir, "so.xlsx");
    await saveWorkbookFile(await sample(), file);
    expect(await fs.readdir(dir)).toEqual(["so.xlsx"]);
    const [data] = await (await openWorkbookFile(file)).readSheets(["Đơn vị"]);
    expect(data.values).toEqual([["Mã"], ["TDP01"]]);
  });

  it("a missing file is FILE_MISSING, in Vietnamese with English beside it", async () => {
    const e = await errorOf(openWorkbookFile(path.join(dir, "khong-co.xlsx")));
    expect(e.code).toBe("FILE_MISSING");
    expect(e.text.vi).toContain("Không tìm thấy tệp");
    expect(e.text.en).toContain("File not found");
  });

  it("a text file named .xlsx, an empty file and a corrupt zip are FILE_NOT_XLSX", async () => {
    const text = path.join(dir, "gia.xlsx");
    await fs.writeFile(text, "STT,Tên\n1,Tổ 1\n");
    expect((await errorOf(openWorkbookFile(text))).code).toBe("FILE_NOT_XLSX");
    const empty = path.join(dir, "rong.xlsx");
    await fs.writeFile(empty, "");
    expect((await errorOf(openWorkbookFile(empty))).code).toBe("FILE_NOT_XLSX");
    const good = Buffer.from(await (await sample()).toBuffer());
    const cut = path.join(dir, "hong.xlsx");
    await fs.writeFile(cut, good.subarray(0, Math.floor(good.length / 2)));
    const e = await errorOf(openWorkbookFile(cut));
    expect(e.code).toBe("FILE_NOT_XLSX");
    expect(e.text.vi).toContain("hong.xlsx");
  });

  it("a folder given as the workbook is a clear error, both to open and to save over", async () => {
    const folder = path.join(dir, "thu-muc.xlsx");
    await fs.mkdir(folder);
    await fs.writeFile(path.join(folder, "x.txt"), "x");
    expect((await errorOf(openWorkbookFile(folder))).code).toBe("FILE_NOT_XLSX");
    expect((await errorOf(saveWorkbookFile(await sample(), folder))).code).toBe("FILE_LOCKED");
    expect((await fs.readdir(dir)).sort()).toEqual(["thu-muc.xlsx"]);
    expect(await fs.readdir(folder)).toEqual(["x.txt"]);
  });

  it("a failed save leaves the original file untouched", async () => {
    const file = path.join(dir, "so.xlsx");
    await saveWorkbookFile(await sample(), file);
    const before = await fs.readFile(file);
    const wb = await openWorkbookFile(file);
    // a workbook that cannot be serialised stands in for a failure half way through
    jest.spyOn(wb, "toBuffer").mockRejectedValueOnce(new Error("disk full"));
    await expect(saveWorkbookFile(wb, file)).rejects.toThrow("disk full");
    expect(await fs.readFile(file)).toEqual(before);
    expect(await fs.readdir(dir)).toEqual(["so.xlsx"]);
  });

  it("a read-only target folder is FILE_LOCKED and nothing is written", async () => {
    const ro = path.join(dir, "chi-doc");
    await fs.mkdir(ro);
    const original = Buffer.from("không được đổi");
    await fs.writeFile(path.join(ro, "so.xlsx"), original);
    await fs.chmod(ro, 0o555);
    const target = path.join(ro, "so.xlsx");
    try {
      if (process.getuid?.() === 0) {
        // root ignores folder permissions, so the save runs in a child process as "nobody"
        await fs.chmod(dir, 0o755);
        const script = `
          const { saveWorkbookFile } = require(${JSON.stringify(path.resolve("src/workbook/exceljs/file.ts"))});
          const { ExcelJsWorkbook } = require(${JSON.stringify(path.resolve("src/workbook/exceljs/workbook.ts"))});
          saveWorkbookFile(ExcelJsWorkbook.create(), ${JSON.stringify(target)})
            .then(() => console.log("SAVED"), (e) => console.log("CODE=" + e.code));`;
        const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
          uid: 65534,
          gid: 65534,
          encoding: "utf8",
          env: { ...process.env, TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: "commonjs" }), TS_NODE_CACHE: "false" },
          timeout: 60_000,
        });
        expect(run.stderr).toBe("");
        expect(run.stdout.trim()).toBe("CODE=FILE_LOCKED");
      } else {
        expect((await errorOf(saveWorkbookFile(ExcelJsWorkbook.create(), target))).code).toBe("FILE_LOCKED");
      }
      expect(await fs.readdir(ro)).toEqual(["so.xlsx"]);
      expect(await fs.readFile(target)).toEqual(original);
    } finally {
      await fs.chmod(ro, 0o755);
    }
  });
});
