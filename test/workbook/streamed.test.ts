/**
 * The streamed host (large files on the CLI): it reads what the in-memory host reads, writes generated
 * sheets to a separate workbook that opens like any other, and never changes a byte of the input file.
 */
import { createHash, randomBytes } from "crypto";
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { fixtureSpecs, WARD } from "../../bench/fixtures";
import { STREAM_THRESHOLD_BYTES } from "../../src/cli/files";
import { rankRoundCommand } from "../../src/app/rank";
import { validateRoundCommand } from "../../src/app/validate";
import { openWorkbookFile, saveWorkbookFile } from "../../src/workbook/exceljs/file";
import { writeSpecsStreaming } from "../../src/workbook/exceljs/stream";
import { listSheetsOfFile, StreamedFileWorkbook } from "../../src/workbook/exceljs/streamed";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { tdkt } from "../support/cli";
import { tempDir } from "../support/xlsx";

jest.setTimeout(180_000);

const TODAY = new Date(Date.UTC(2024, 2, 15));

async function sha(file: string): Promise<string> {
  return createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");
}

let dir: string;
let cleanup: () => Promise<void>;
/** A ward's clerk's file (master lists, criteria, registrations, 11 judges' typed sheets) as each writer saves it. */
let streamedFile: string;
let inMemoryFile: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("tdkt-streamed-"));
  const specs = fixtureSpecs(WARD);
  streamedFile = path.join(dir, "ward-streamed.xlsx");
  await writeSpecsStreaming(streamedFile, specs, new Date(Date.UTC(2024, 2, 1)));
  inMemoryFile = path.join(dir, "ward-in-memory.xlsx");
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheets(specs);
  await saveWorkbookFile(wb, inMemoryFile);
});
afterAll(() => cleanup());

describe("StreamedFileWorkbook reads what the in-memory host reads", () => {
  it.each([
    ["the streaming writer", () => streamedFile],
    ["the in-memory writer (its own order of zip parts)", () => inMemoryFile],
  ])("lists the same sheets with the same markers, and reads the same values, in a file saved by %s", async (_, file) => {
    const memory = await openWorkbookFile(file());
    const expected = await memory.listSheets();
    const streamed = new StreamedFileWorkbook(file(), { output: path.join(dir, "unused.xlsx") });
    const listed = await streamed.listSheets();
    expect(listed).toEqual(expected);
    expect(listed.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "Đơn vị",
        "Hội đồng",
        "Cấu hình",
        "Tiêu chí",
        "Đăng ký",
        "Chấm điểm Đ1 - GK1",
        "Chấm điểm Đ1 - GK11",
      ]),
    );
    expect(listed.find((s) => s.name === "Chấm điểm Đ1 - GK3")?.marker).toMatchObject({
      command: "prepare",
      key: "D1:judge:GK03",
    });

    const names = expected.map((s) => s.name);
    // asked in another order than the tabs, with one name in another case: answered in the order asked
    const asked = [...names].reverse().map((n, i) => (i === 0 ? n.toUpperCase() : n));
    const read = await streamed.readSheets([...asked, "Không có trang này"]);
    expect(read).toEqual(await memory.readSheets(asked));
    expect(read).toHaveLength(names.length);
  });

  it("styles every cell as the in-memory writer does: merged titles, locked and unlocked inputs, number formats", async () => {
    const styles = async (file: string, sheet: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const out: string[] = [];
      wb.getWorksheet(sheet)?.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const { font, border, fill, alignment, protection, numFmt } = cell.style;
          out.push(`${cell.address} ${JSON.stringify({ font, border, fill, alignment, protection, numFmt })}`);
        }),
      );
      return out;
    };
    for (const sheet of ["Chấm điểm Đ1 - GK1", "Đơn vị", "Đăng ký"]) {
      const streamed = await styles(streamedFile, sheet);
      expect(streamed.length).toBeGreaterThan(100);
      expect(streamed).toEqual(await styles(inMemoryFile, sheet));
    }
    // the title's merge: its last cell is as bold as its first
    const title = (await styles(streamedFile, "Chấm điểm Đ1 - GK1")).filter((x) => /^[A-Z]+1 /.test(x));
    expect(title[0]).toContain('"bold":true');
    expect(title[title.length - 1]).toContain('"bold":true');
  });

  it("reads only the sheets asked for", async () => {
    const streamed = new StreamedFileWorkbook(streamedFile, { output: path.join(dir, "unused.xlsx") });
    const read = await streamed.readSheets(["Tiêu chí", "Đơn vị"]);
    expect(read.map((d) => d.name)).toEqual(["Tiêu chí", "Đơn vị"]);
    // 20 scored lines and 5 group rows under the header
    expect(read[0].values.filter((r) => r[0] !== null).length).toBe(1 + 20 + 5);
    expect(read[1].values.filter((r) => typeof r[0] === "string" && /^DV\d+$/.test(r[0])).length).toBe(40);
  });
});

describe("commands on the streamed host", () => {
  it("rank writes Xếp hạng and Tiến độ chấm to a separate workbook with their markers; the input is byte-for-byte unchanged", async () => {
    const input = path.join(dir, "rank-input.xlsx");
    await fs.copyFile(streamedFile, input);
    const before = await sha(input);
    const output = path.join(dir, "rank-output.xlsx");
    const wb = new StreamedFileWorkbook(input, { output });
    const result = await rankRoundCommand({ wb, today: TODAY }, "D1", { provisional: false });
    expect(result.ok).toBe(true);
    expect(result.sheets.map((s) => [s.sheet, s.action])).toEqual([
      ["Xếp hạng Đ1", "created"],
      ["Tiến độ chấm Đ1", "created"],
    ]);
    expect(await wb.flush()).toBe(true);
    expect(await sha(input)).toBe(before);

    const out = await openWorkbookFile(output);
    const sheets = await out.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(["Xếp hạng Đ1", "Tiến độ chấm Đ1"]);
    expect(sheets[0].marker).toMatchObject({ command: "rank", key: "D1" });
    expect(sheets[1].marker?.command).toBe("rank");

    // The same ranking as the in-memory host computes on the same file.
    const memory = await openWorkbookFile(input);
    await rankRoundCommand({ wb: memory, today: TODAY }, "D1", { provisional: false });
    const [mine] = await out.readSheets(["Xếp hạng Đ1"]);
    const [theirs] = await memory.readSheets(["Xếp hạng Đ1"]);
    expect(mine.values).toEqual(theirs.values);
  });

  it("validate writes Kiểm tra to the separate workbook and nothing else; the input is unchanged", async () => {
    const input = path.join(dir, "validate-input.xlsx");
    await fs.copyFile(streamedFile, input);
    const before = await sha(input);
    const output = path.join(dir, "validate-output.xlsx");
    // What a streamed run killed while writing its results left beside them (pid 4194305 never runs).
    const stale = path.join(dir, ".validate-output.xlsx.4194305.lq3k2a.tmp.xlsx");
    await fs.writeFile(stale, "nửa tệp");
    const wb = new StreamedFileWorkbook(input, { output });
    const result = await validateRoundCommand({ wb, today: TODAY }, "D1");
    expect(result.ok).toBe(true);
    await wb.flush();
    expect(await sha(input)).toBe(before);
    expect((await fs.readdir(dir)).filter((f) => f.startsWith(".validate-output.xlsx."))).toEqual([]);
    const out = await openWorkbookFile(output);
    const sheets = await out.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(["Kiểm tra"]);
    expect(sheets[0].marker?.command).toBe("validate");
    const [check] = await out.readSheets(["Kiểm tra"]);
    // every warning the command returned is on the sheet, by its code
    const text = check.values
      .flat()
      .filter((v) => typeof v === "string")
      .join("\n");
    for (const code of new Set(result.findings.map((f) => f.code))) expect(text).toContain(code);
  });

  it("writes nothing when no sheet was written, and refuses the input as its output", async () => {
    const wb = new StreamedFileWorkbook(streamedFile, { output: path.join(dir, "never.xlsx") });
    expect(await wb.flush()).toBe(false);
    await expect(fs.stat(path.join(dir, "never.xlsx"))).rejects.toThrow();
    expect(() => new StreamedFileWorkbook(streamedFile, { output: streamedFile })).toThrow(/trùng với tệp đầu vào/);
  });

  it("flush never replaces a file that appeared at the output name after the workbook was opened", async () => {
    const output = path.join(dir, "xuat-hien.xlsx");
    const wb = new StreamedFileWorkbook(streamedFile, { output });
    await validateRoundCommand({ wb, today: TODAY }, "D1");
    // a person saves something under that name while the command runs
    await fs.writeFile(output, "sổ của người khác");
    await fs.writeFile(path.join(dir, "xuat-hien (2).xlsx"), "cũng của người khác");
    expect(await wb.flush()).toBe(true);
    expect(await fs.readFile(output, "utf8")).toBe("sổ của người khác");
    expect(await fs.readFile(path.join(dir, "xuat-hien (2).xlsx"), "utf8")).toBe("cũng của người khác");
    expect(wb.savedAs).toBe(path.join(dir, "xuat-hien (3).xlsx"));
    expect((await (await openWorkbookFile(wb.savedAs!)).listSheets()).map((s) => s.name)).toEqual(["Kiểm tra"]);
    // no temporary file is left beside them
    expect((await fs.readdir(dir)).filter((f) => f.includes("xuat-hien") && f.endsWith(".tmp.xlsx"))).toEqual([]);
  });

  it("names a missing file or a file that is not a workbook as the in-memory host does", async () => {
    await expect(listSheetsOfFile(path.join(dir, "absent.xlsx"))).rejects.toMatchObject({ code: "FILE_MISSING" });
    const text = path.join(dir, "text.xlsx");
    await fs.writeFile(text, "not a zip");
    await expect(listSheetsOfFile(text)).rejects.toMatchObject({ code: "FILE_NOT_XLSX" });
  });
});

describe("tdkt on a large file", () => {
  it("with --stream, rank writes <name>.rank-D1.xlsx beside the input, says so in both languages, and leaves the input as it was", async () => {
    const input = path.join(dir, "so-tdkt.xlsx");
    await fs.copyFile(streamedFile, input);
    const before = await sha(input);
    const r = await tdkt(["rank", input, "--round", "D1", "--stream"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const output = path.join(dir, "so-tdkt.rank-D1.xlsx");
    expect(r.stdout).toContain(`ghi các trang kết quả vào sổ tính riêng ${output}`);
    expect(r.stdout).toContain(`written to a separate workbook, ${output}`);
    expect(r.stdout).toContain("tệp gốc không bị thay đổi");
    expect(await sha(input)).toBe(before);
    const out = await openWorkbookFile(output);
    expect((await out.listSheets()).map((s) => s.name)).toEqual(["Xếp hạng Đ1", "Tiến độ chấm Đ1"]);
  });

  it("with --out, validate writes there; --out naming the input itself is refused and nothing is written", async () => {
    const input = path.join(dir, "so-tdkt-2.xlsx");
    await fs.copyFile(streamedFile, input);
    const before = await sha(input);
    const output = path.join(dir, "kiem-tra.xlsx");
    const r = await tdkt(["validate", input, "--round", "D1", "--out", output]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(output);
    expect((await (await openWorkbookFile(output)).listSheets()).map((s) => s.name)).toEqual(["Kiểm tra"]);

    const same = await tdkt(["validate", input, "--round", "D1", "--out", input]);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain("trùng với tệp đầu vào");
    expect(await sha(input)).toBe(before);
  });

  it("run twice, rank keeps the first results file byte for byte and writes the second to <name>.rank-D1 (2).xlsx, naming both", async () => {
    const input = path.join(dir, "hai-lan.xlsx");
    await fs.copyFile(streamedFile, input);
    const first = path.join(dir, "hai-lan.rank-D1.xlsx");
    const second = path.join(dir, "hai-lan.rank-D1 (2).xlsx");
    const r1 = await tdkt(["rank", input, "--round", "D1", "--stream"]);
    expect(r1.code).toBe(0);
    expect(r1.stdout).not.toContain("không bị ghi đè");
    const firstSha = await sha(first);

    const r2 = await tdkt(["rank", input, "--round", "D1", "--stream"]);
    expect(r2.stderr).toBe("");
    expect(r2.code).toBe(0);
    expect(await sha(first)).toBe(firstSha);
    expect((await (await openWorkbookFile(second)).listSheets()).map((s) => s.name)).toEqual(["Xếp hạng Đ1", "Tiến độ chấm Đ1"]);
    expect(r2.stdout).toContain(`Tệp ${first} đã có nên không bị ghi đè`);
    expect(r2.stdout).toContain(`kết quả được ghi vào tệp mới ${second}`);
    expect(r2.stdout).toContain(`${first} already exists, so it was not overwritten`);
    expect(r2.stdout).toContain(`written to a new file, ${second}`);
    expect(r2.stdout).toContain(`sổ tính riêng ${second}`);

    // a third run takes (3), and neither earlier file changes
    const secondSha = await sha(second);
    expect((await tdkt(["rank", input, "--round", "D1", "--stream"])).code).toBe(0);
    expect(await sha(first)).toBe(firstSha);
    expect(await sha(second)).toBe(secondSha);
    await expect(fs.stat(path.join(dir, "hai-lan.rank-D1 (3).xlsx"))).resolves.toBeTruthy();
  });

  it("--out naming an existing workbook leaves it byte for byte and writes the results beside it", async () => {
    const input = path.join(dir, "so-tdkt-3.xlsx");
    await fs.copyFile(streamedFile, input);
    const other = path.join(dir, "bao-cao.xlsx");
    await fs.copyFile(inMemoryFile, other);
    const before = await sha(other);
    const r = await tdkt(["validate", input, "--round", "D1", "--out", other]);
    expect(r.code).toBe(0);
    expect(await sha(other)).toBe(before);
    const moved = path.join(dir, "bao-cao (2).xlsx");
    expect(r.stdout).toContain(`Tệp ${other} đã có nên không bị ghi đè`);
    expect(r.stdout).toContain(moved);
    expect((await (await openWorkbookFile(moved)).listSheets()).map((s) => s.name)).toEqual(["Kiểm tra"]);
  });

  it("switches by itself when the file is over 5 MB: the results go to a separate workbook, the input stays as it was", async () => {
    // The ward file made large by an incompressible part no reader looks at, as pictures make a real file large.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const JSZip = require("jszip");
    const zip = await JSZip.loadAsync(await fs.readFile(streamedFile));
    zip.file("xl/media/image1.bin", randomBytes(6 * 1024 * 1024), { compression: "STORE" });
    const input = path.join(dir, "lon.xlsx");
    await fs.writeFile(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect((await fs.stat(input)).size).toBeGreaterThan(STREAM_THRESHOLD_BYTES);
    const before = await sha(input);
    const r = await tdkt(["rank", input, "--round", "D1"]);
    expect(r.code).toBe(0);
    const output = path.join(dir, "lon.rank-D1.xlsx");
    expect(r.stdout).toMatch(/Sổ tính .*lon\.xlsx lớn \(6\.\d MB\)/);
    expect(r.stdout).toContain(`separate workbook, ${output}`);
    expect(await sha(input)).toBe(before);
    expect((await (await openWorkbookFile(output)).listSheets()).map((s) => s.name)).toEqual(["Xếp hạng Đ1", "Tiến độ chấm Đ1"]);
  });

  it("without --stream, a small file is still written in place", async () => {
    const input = path.join(dir, "small.xlsx");
    await fs.copyFile(streamedFile, input);
    const r = await tdkt(["rank", input, "--round", "D1"]);
    expect(r.code).toBe(0);
    await expect(fs.stat(path.join(dir, "small.rank-D1.xlsx"))).rejects.toThrow();
    const names = (await (await openWorkbookFile(input)).listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Đơn vị", "Chấm điểm Đ1 - GK1", "Xếp hạng Đ1", "Tiến độ chấm Đ1"]));
  });
});
