/** `tdkt summary` on a file: the target options, and the sheet written into the file. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { openWorkbookFile } from "../../src/workbook/exceljs/file";

function capture(): { io: { out(l: string): void; err(l: string): void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l) }, out, err };
}

describe("tdkt summary", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "tdkt-summary-"));
    file = path.join(dir, "so.xlsx");
    const c = capture();
    expect(await run(["layout", file, "--sample", "--today", "05/04/2024"], c.io, dir)).toBe(0);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test('--period "Quý I" writes "Tổng hợp Quý I" into the file', async () => {
    const c = capture();
    expect(await run(["summary", file, "--period", "Quý I", "--today", "05/04/2024"], c.io, dir)).toBe(0);
    const wb = await openWorkbookFile(file);
    const [data] = await wb.readSheets(["Tổng hợp Quý I"]);
    expect(data!.values.flat()).toContain("BÁO CÁO");
    expect(data!.values.flat()).toContain("Công tác thi đua, khen thưởng quý I năm 2024");
    expect(data!.values.flat()).toContain("Nam Cường, ngày 05 tháng 4 năm 2024");
    expect(c.out.join("\n")).toContain("Tổng hợp Quý I");
  });

  test("--round D1 and --all are accepted; none or two targets is a usage error", async () => {
    expect(await run(["summary", file, "--round", "Đợt 1"], capture().io, dir)).toBe(0);
    expect(await run(["summary", file, "--all"], capture().io, dir)).toBe(0);
    const wb = await openWorkbookFile(file);
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Tổng hợp Đợt 1", "Tổng hợp 6 tháng", "Tổng hợp 9 tháng", "Tổng hợp Năm"]));
    const none = capture();
    expect(await run(["summary", file], none.io, dir)).toBe(2);
    expect(none.err.join("\n")).toContain("--period, --round, --all");
    expect(await run(["summary", file, "--round", "D1", "--all"], capture().io, dir)).toBe(2);
    const bad = capture();
    expect(await run(["summary", file, "--period", "Quý V"], bad.io, dir)).toBe(2);
    expect(bad.err.join("\n")).toContain("Quý V");
  });

  test("--all says which rounds got no summary of their own and why: they are not prepared yet", async () => {
    // A fresh file with Đợt 1 prepared (its scoring sheets laid out); the other rounds are not.
    const f = path.join(dir, "all.xlsx");
    expect(await run(["layout", f, "--sample", "--today", "05/04/2024"], capture().io, dir)).toBe(0);
    expect(await run(["prepare", f, "--round", "D1", "--today", "05/04/2024"], capture().io, dir)).toBe(0);
    const c = capture();
    expect(await run(["summary", f, "--all", "--today", "05/04/2024"], c.io, dir)).toBe(0);
    const out = c.out.join("\n");
    const line = out.split("\n").find((l) => l.includes("Không lập trang tổng hợp riêng cho"));
    expect(line).toContain("Đợt 2, Đợt 3, Đợt đặc biệt, Năm: chưa chuẩn bị (chưa có trang chấm điểm)");
    expect(line).not.toContain("Đợt 1,");
    expect(out).toContain("No summary sheet of its own for Đợt 2, Đợt 3, Đợt đặc biệt, Năm: not prepared yet");
    const names = (await (await openWorkbookFile(f)).listSheets()).map((s) => s.name);
    expect(names).toContain("Tổng hợp Đợt 1");
    expect(names).not.toContain("Tổng hợp Đợt 2");
  });
});
