/**
 * The rules of the lossless merge that the whole-command tests do not reach: a person's local defined
 * name follows its sheet when the add-in inserts a tab before it, content a person put on an add-in's
 * sheet that is about to be made anew refuses the save, and the calculation chain loses only the cells
 * of sheets that are gone.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { AppError } from "../../src/shared/errors";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { filterCalcChain } from "../../src/workbook/package/merge";
import { tempDir, zipPart } from "../support/xlsx";

const PYTHON = "/usr/bin/python3";

/** A workbook XlsxWriter makes: the add-in's `Đơn vị` (marked in the registry) and a person's `Riêng`. */
const MAKER = `
import sys, base64, xlsxwriter
out, picture = sys.argv[1], sys.argv[2] == "picture"
wb = xlsxwriter.Workbook(out)
units = wb.add_worksheet("Đơn vị")
units.write_row(0, 0, ["Mã", "Tên"])
units.write_row(1, 0, ["TDP01", "Tổ dân phố 1"])
if picture:
    png = out + ".png"
    open(png, "wb").write(base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="))
    units.insert_image("D2", png)
own = wb.add_worksheet("Riêng")
own.write("A1", "Ghi chép riêng")
wb.define_name("'Riêng'!Muc", "=10")
reg = wb.add_worksheet("_tdkt")
reg.write_row(0, 0, ["tdkt-registry-v1 sheet", "command", "key", "contentHash", "generatedAt", "readHint"])
reg.write_row(1, 0, ["Đơn vị", "layout", "units", "x", "2024-01-10T00:00:00.000Z"])
reg.hide()
wb.close()
`;

async function make(dir: string, picture: boolean): Promise<Buffer> {
  const script = path.join(dir, "make.py");
  const file = path.join(dir, picture ? "anh.xlsx" : "ten.xlsx");
  await fs.writeFile(script, MAKER);
  await new Promise<void>((resolve, reject) =>
    execFile(PYTHON, [script, file, picture ? "picture" : "plain"], (err, _o, stderr) =>
      err ? reject(new Error(`python3-xlsxwriter needed: ${stderr}`)) : resolve(),
    ),
  );
  return fs.readFile(file);
}

describe("merge rules", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir("merge-")));
  afterAll(() => cleanup());

  it("a person's local defined name follows its sheet when the add-in puts a new tab before it", async () => {
    const wb = await ExcelJsWorkbook.fromBuffer(await make(dir, false));
    await wb.copySheet("Đơn vị", "Đơn vị (bản sửa)");
    const buf = await wb.toBuffer();
    const book = (await zipPart(buf, "xl/workbook.xml")) as string;
    expect([...book.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(["Đơn vị", "Đơn vị (bản sửa)", "Riêng", "_tdkt"]);
    expect(book).toContain('<definedName name="Muc" localSheetId="2">10</definedName>');
    const back = await ExcelJsWorkbook.fromBuffer(buf);
    const [own] = await back.readSheets(["Riêng"]);
    expect(own.values).toEqual([["Ghi chép riêng"]]);
  });

  it("refuses to save when the add-in's sheet it makes anew holds a picture a person put there, and names sheet and content", async () => {
    const wb = await ExcelJsWorkbook.fromBuffer(await make(dir, true), "anh.xlsx");
    await wb.writeSheets([{ name: "Đơn vị", marker: { command: "layout", key: "units" }, cells: [["Mã", "Tên"], ["TDP02", "Tổ 2"]] }]);
    const e = await wb.toBuffer().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(AppError);
    const err = e as AppError;
    expect(err.code).toBe("SAVE_WOULD_LOSE_PARTS");
    expect(err.text.vi).toContain("trang “Đơn vị” do tiện ích tạo có hình vẽ, hộp văn bản hoặc ảnh");
    expect(err.text.en).toContain("the add-in's sheet “Đơn vị” holds shapes, text boxes or pictures");
  });

  it("the calculation chain loses the cells of gone sheets only, and says nothing changed when none are there", () => {
    const head = '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
    const chain = `${head}<c r="A1" i="1"/><c r="B1"/><c r="A2" i="2"/><c r="B2"/><c r="A3" i="3" l="1"/></calcChain>`;
    expect(filterCalcChain(chain, new Set([2]))).toBe(`${head}<c r="A1" i="1"/><c r="B1"/><c r="A3" i="3" l="1"/></calcChain>`);
    expect(filterCalcChain(chain, new Set([1]))).toBe(`${head}<c r="A2" i="2"/><c r="B2"/><c r="A3" i="3" l="1"/></calcChain>`);
    expect(filterCalcChain(chain, new Set([7]))).toBe(chain);
    expect(filterCalcChain(chain, new Set([1, 2, 3]))).toBeNull();
  });
});
