/**
 * The command line as a user runs it, against files in a temporary folder: the CLI's `run` in-process
 * (the bin itself is started by test/cli/demo.test.ts), except the runs as another user, which need a
 * child process.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { tdkt } from "../support/cli";
import { loadRaw, tempDir } from "../support/xlsx";

jest.setTimeout(180_000);

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("tdkt-cli-"));
  await fs.chmod(dir, 0o755);
});
afterAll(() => cleanup());

describe("tdkt --help and usage mistakes", () => {
  it("prints the help in Vietnamese with English beside it, and exits 0", async () => {
    const r = await tdkt(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cách dùng: tdkt");
    expect(r.stdout).toContain("Usage: tdkt");
    expect(r.stdout).toContain("tdkt layout <tệp.xlsx> [--sample]");
    expect(r.stdout).toContain("Lập kế hoạch");
    expect(r.stdout).toContain("Lay out the plan");
    expect(r.stdout).toContain("--sample");
    expect(r.stdout).toContain("tdkt demo");
  });

  it("rejects an unknown command and an unknown option with exit code 2, creating nothing", async () => {
    const file = path.join(dir, "khong-tao.xlsx");
    const [cmd, opt, missing] = await Promise.all([
      tdkt(["lapkehoach", file]),
      tdkt(["layout", file, "--mau"]),
      tdkt(["layout"]),
    ]);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain("Không có lệnh “lapkehoach”");
    expect(cmd.stderr).toContain("Unknown command “lapkehoach”");
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain("không có tùy chọn “--mau”");
    expect(opt.stderr).toContain("has no option “--mau”");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("<tệp.xlsx>");
    expect(await exists(file)).toBe(false);
  });
});

describe("tdkt layout on files it cannot use", () => {
  it("refuses a text file named .xlsx, a truncated workbook and a missing folder: clear message, exit 1, nothing written", async () => {
    const text = path.join(dir, "ghi-chu.xlsx");
    await fs.writeFile(text, "đây không phải sổ tính\n");
    const truncated = path.join(dir, "hong.xlsx");
    const good = path.join(dir, "good-source.xlsx");
    const made = await tdkt(["layout", good]);
    expect(made.code).toBe(0);
    const bytes = await fs.readFile(good);
    await fs.writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const noDir = path.join(dir, "khong-co-thu-muc", "so.xlsx");
    const before = await fs.readdir(dir);

    const [r1, r2, r3] = await Promise.all([tdkt(["layout", text]), tdkt(["layout", truncated]), tdkt(["layout", noDir])]);
    for (const r of [r1, r2]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("không phải sổ tính Excel (.xlsx) hoặc đã hỏng");
      expect(r.stderr).toContain("is not an Excel workbook (.xlsx) or is corrupt");
      expect(r.stderr).toContain("Không ghi gì vào tệp.");
    }
    expect(r3.code).toBe(1);
    expect(r3.stderr).toContain("Không có thư mục");
    expect(r3.stderr).toContain("There is no folder");
    expect(await fs.readFile(text, "utf8")).toBe("đây không phải sổ tính\n");
    expect((await fs.readFile(truncated)).length).toBe(Math.floor(bytes.length / 2));
    expect((await fs.readdir(dir)).sort()).toEqual(before.sort());
  });

  it("refuses a name that is not .xlsx", async () => {
    const r = await tdkt(["layout", path.join(dir, "so.xls")]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("phải có đuôi .xlsx");
    expect(r.stderr).toContain("must end in .xlsx");
    expect(await exists(path.join(dir, "so.xls"))).toBe(false);
  });

  it("reports a workbook it may not write to, and leaves it as it was", async () => {
    const sub = path.join(dir, "readonly");
    await fs.mkdir(sub);
    const file = path.join(sub, "so.xlsx");
    expect((await tdkt(["layout", file])).code).toBe(0);
    const bytes = await fs.readFile(file);
    await fs.chmod(file, 0o444);
    await fs.chmod(sub, 0o555);
    // root writes through permissions: run as nobody then
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = await tdkt(["layout", file, "--sample"], { ...asUser, cwd: os.tmpdir() });
    await fs.chmod(sub, 0o755);
    expect(r.code).toBe(1);
    // the file is marked read-only (0444): named as such, not as a write that failed
    expect(r.stderr).toContain("tệp được đặt chỉ đọc (read-only)");
    expect(r.stderr).toContain("it is marked read-only");
    expect(await fs.readFile(file)).toEqual(bytes);
    expect(await fs.readdir(sub)).toEqual(["so.xlsx"]);
  });
});

describe("tdkt on a workbook in use or holding what it cannot keep", () => {
  /** A workbook made by `tdkt layout`, in its own folder, and its bytes. */
  async function madeWorkbook(name: string): Promise<{ file: string; sub: string }> {
    const sub = path.join(dir, name);
    await fs.mkdir(sub);
    await fs.chmod(sub, 0o755);
    const file = path.join(sub, "so.xlsx");
    expect((await tdkt(["layout", file, "--sample"])).code).toBe(0);
    return { file, sub };
  }

  it("refuses to write a workbook open in Excel or LibreOffice: exit 1, the program named, nothing written", async () => {
    const { file, sub } = await madeWorkbook("dang-mo");
    const bytes = await fs.readFile(file);
    for (const [lock, program] of [
      ["~$so.xlsx", "Microsoft Excel"],
      [".~lock.so.xlsx#", "LibreOffice"],
    ] as const) {
      await fs.writeFile(path.join(sub, lock), "khoá");
      const r = await tdkt(["layout", file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`tệp đang mở trong ${program}`);
      expect(r.stderr).toContain(`it is open in ${program}`);
      expect(r.stderr).toContain("Không ghi gì vào tệp.");
      expect(await fs.readFile(file)).toEqual(bytes);
      expect((await fs.readdir(sub)).sort()).toEqual([lock, "so.xlsx"].sort());
      await fs.rm(path.join(sub, lock));
    }
  });

  it("keeps a chart part it does not model, byte for byte, through layout, prepare and validate in place", async () => {
    const { file } = await madeWorkbook("bieu-do");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const JSZip = require("jszip") as {
      loadAsync(b: Uint8Array): Promise<{
        file(n: string, d: string): void;
        file(n: string): { async(t: "string"): Promise<string> } | null;
        generateAsync(o: { type: "nodebuffer" }): Promise<Buffer>;
      }>;
    };
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    zip.file("xl/charts/chart1.xml", chart);
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));

    for (const args of [
      ["layout", file],
      ["prepare", file, "--round", "D1"],
      ["validate", file, "--round", "D1"],
    ]) {
      const r = await tdkt(args);
      expect([args[0], r.code]).toEqual([args[0], args[0] === "validate" ? r.code : 0]);
      expect(r.stderr).not.toContain("tệp có biểu đồ");
      const after = await JSZip.loadAsync(await fs.readFile(file));
      expect(await after.file("xl/charts/chart1.xml")?.async("string")).toBe(chart);
    }
    expect((await loadRaw(file)).worksheets.map((w) => w.name)).toContain("Kiểm tra");
  });

  it("says it cannot read an input it has no permission for, not that it cannot write it", async () => {
    const { file } = await madeWorkbook("khong-doc");
    await fs.chmod(file, 0o000);
    // root reads through permissions: run as nobody then
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = await tdkt(["layout", file], { ...asUser, cwd: os.tmpdir() });
    await fs.chmod(file, 0o644);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Không đọc được tệp");
    expect(r.stderr).toContain("Cannot read");
    expect(r.stderr).not.toContain("Cannot write");
  });
});

describe("tdkt layout", () => {
  it("creates a new workbook where none is, then adds to it on a second run", async () => {
    const file = path.join(dir, "moi.xlsx");
    const first = await tdkt(["layout", "moi.xlsx", "--sample", "--today", "15/08/2024"], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("chưa có: tạo sổ tính mới");
    expect(first.stdout).toContain("does not exist: a new workbook is created");
    expect(first.stdout).toContain(`Đã ghi sổ tính: ${file}`);
    const second = await tdkt(["layout", file, "--today=15/08/2024"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Mở sổ tính có sẵn");
    expect(second.stdout).toContain("Giữ nguyên trang “Đơn vị”");
    const book = await loadRaw(file);
    expect(book.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual([
      "Kế hoạch",
      "Phong trào",
      "Đợt thi đua",
      "Căn cứ",
      "Đơn vị",
      "Hội đồng",
      "Cá nhân",
      "Sáng kiến",
      "Cấu hình",
    ]);
  });
});
