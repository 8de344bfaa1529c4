/**
 * A clerk's notes and column widths on `Cá nhân` and `Gia đình văn hóa` survive collect, which rewrites
 * both sheets whole: a note stays on its person's or household's row (by code) wherever the row lands, a
 * width on its column, and a note with no row left is gathered on A1 and the command says so. Run on a
 * workbook saved and opened again, so the save that keeps a person's parts byte for byte is the one tested.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { collectForms } from "../../src/app/collect";
import { makeForms, type UnitForm } from "../../src/app/forms";
import { layoutPlan } from "../../src/app/layout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { filledForm } from "../support/forms";

import { loadRaw, tempDir } from "../support/xlsx";

const d = (day: number, month: number, year = 2024) => new Date(Date.UTC(year, month - 1, day));

const TV01 = ["TV01", "Lò Văn Tâm", "Tổ trưởng", "TDP01", "Hoàn thành tốt nhiệm vụ", null, "LĐTT", null];
const TV02 = ["TV02", "Hà Thị Nga", "Tổ phó", "TDP01", "Hoàn thành nhiệm vụ", null, null, null];
const TV03 = ["TV03", "Lý Thị Mai", null, "TDP01", "Hoàn thành nhiệm vụ", null, null, null];
const H01 = ["H01", "Lò Văn Tâm", "Số 1, Hoàng Liên", "TDP01", "Đạt", d(15, 11), d(16, 11), d(25, 11), null];
const H02 = ["H02", "Hà Văn Bình", "Số 3, Hoàng Liên", "TDP01", "Không đạt", d(15, 11), d(16, 11), d(25, 11), null];

/** The ward after TDP01's first form: Cá nhân has the 20 sample people, then TV01 (row 22) and TV02 (row 23). */
async function collectedWard(): Promise<{ wb: ExcelJsWorkbook; form: UnitForm }> {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: d(20, 11) }, { sample: true });
  const form = (await makeForms({ wb, today: d(20, 11) }, "NAM")).forms.find((f) => f.unit === "TDP01")!;
  await collectForms({ wb, today: d(1, 12) }, [
    filledForm(form, d(20, 11), { "Thành viên": [TV01, TV02], "Gia đình văn hóa": [H01] }),
  ]);
  return { wb, form };
}

/** What the clerk does in Excel: notes on a few cells and two columns widened, then the file saved. */
async function clerkEdits(wb: ExcelJsWorkbook, blankCellNote = false): Promise<ExcelJsWorkbook> {
  const people = wb.editSheet("Cá nhân");
  // A blank row below the list she gave a text format, with a note: the note has no row to go with.
  if (!blankCellNote) people.getCell("D30").numFmt = "@";
  people.getCell("B22").note = "Đã xác minh hồ sơ";
  people.getCell("C23").note = "Chuyển công tác 12/2024";
  people.getCell("E1").note = "Theo Điều 7 Nghị định 152";
  people.getCell("D30").note = "Hỏi lại tổ 3";
  people.getColumn(2).width = 37;
  people.getColumn(8).width = 52;
  const register = wb.editSheet("Gia đình văn hóa");
  register.getCell("C2").note = "Địa chỉ mới";
  register.getColumn(3).width = 44;
  return ExcelJsWorkbook.fromBuffer(await wb.toBuffer(), "phuong.xlsx");
}

function noteOf(ws: import("exceljs").Worksheet, cell: string): string | null {
  const n = ws.getCell(cell).note;
  if (!n) return null;
  return typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
}

describe("collect keeps a clerk's notes and column widths", () => {
  test("a note follows its row by code, a dropped row's note goes to A1 and is named, widths stay on their columns", async () => {
    const { wb: first, form } = await collectedWard();
    const wb = await clerkEdits(first);

    // TDP01's newer form: TV03 first, then TV01 (so TV01 moves down a row), TV02 gone; H02 added.
    const run = await collectForms({ wb, today: d(2, 12) }, [
      filledForm(form, d(25, 11), { "Thành viên": [TV03, TV01], "Gia đình văn hóa": [H01, H02] }),
    ]);
    expect(run.sheets.map((s) => [s.sheet, s.action])).toEqual([
      ["Cá nhân", "replaced"],
      ["Gia đình văn hóa", "replaced"],
    ]);
    expect(run.messages.map((m) => m.vi)).toContain(
      "2 ghi chú (note) trên trang Cá nhân không còn dòng nào để đi theo (ô trống, hoặc dòng mà phiếu mới của đơn vị đã bỏ): đã gom vào ghi chú ở ô A1, mỗi dòng ghi nơi nó đã nằm.",
    );

    const raw = await loadRaw(await wb.toBuffer());
    const people = raw.getWorksheet("Cá nhân")!;
    expect([people.getCell("A22").value, people.getCell("A23").value]).toEqual(["TV03", "TV01"]);
    expect(["A1", "E1", "B22", "B23", "C23", "D30"].map((c) => [c, noteOf(people, c)])).toEqual([
      ["A1", "[D30] Hỏi lại tổ 3\n[Mã TV02, Chức vụ] Chuyển công tác 12/2024"],
      ["E1", "Theo Điều 7 Nghị định 152"],
      ["B22", null],
      ["B23", "Đã xác minh hồ sơ"],
      ["C23", null],
      ["D30", null],
    ]);
    expect([people.getColumn(2).width, people.getColumn(8).width]).toEqual([37, 52]);

    const register = raw.getWorksheet("Gia đình văn hóa")!;
    expect([register.getCell("A2").value, noteOf(register, "C2"), register.getCell("A3").value, noteOf(register, "C3")]).toEqual([
      "H01",
      "Địa chỉ mới",
      "H02",
      null,
    ]);
    expect(register.getColumn(3).width).toBe(44);
  });

  test("a note on a blank cell that exceljs cannot attach: collect says it could not read the notes, and the save refuses to lose them", async () => {
    const { wb: first, form } = await collectedWard();
    // Excel writes no cell element for a blank, unformatted cell with a note; exceljs then drops the note.
    const wb = await clerkEdits(first, true);
    const run = await collectForms({ wb, today: d(2, 12) }, [
      filledForm(form, d(25, 11), { "Thành viên": [TV03, TV01], "Gia đình văn hóa": [H01, H02] }),
    ]);
    expect(run.messages.map((m) => m.vi)).toContain(
      "Không đọc được hết ghi chú (note) trên trang Cá nhân (ghi chú ở một ô trống, hoặc phiên bản Excel này chưa đọc được ghi chú), nên ghi chú không đi theo dòng của nó: ghi chú nào còn thì ở lại ô cũ, có thể không còn đúng người. Nếu sổ tính không lưu được vì sẽ mất ghi chú, hãy chép ghi chú ra chỗ khác rồi thu phiếu lại.",
    );
    await expect(wb.toBuffer()).rejects.toMatchObject({ code: "SAVE_WOULD_LOSE_PARTS" });
  });

  test("collecting the same form again keeps the notes where they are", async () => {
    const { wb: first, form } = await collectedWard();
    const wb = await clerkEdits(first);
    const again = await collectForms({ wb, today: d(2, 12) }, [
      filledForm(form, d(20, 11), { "Thành viên": [TV01, TV02], "Gia đình văn hóa": [H01] }),
    ]);
    expect(again.sheets).toEqual([]);
    const people = (await loadRaw(await wb.toBuffer())).getWorksheet("Cá nhân")!;
    expect([noteOf(people, "B22"), noteOf(people, "C23")]).toEqual(["Đã xác minh hồ sơ", "Chuyển công tác 12/2024"]);
  });

  const soffice = (() => {
    try {
      execFileSync("which", ["soffice"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

  (soffice ? test : test.skip)(
    "on a workbook LibreOffice saved, the note on TV01's row follows it and the widened column stays wide",
    async () => {
      const { wb: first, form } = await collectedWard();
      const edited = await clerkEdits(first);
      const tmp = await tempDir("tdkt-notes-");
      try {
        const src = path.join(tmp.dir, "phuong.xlsx");
        await fs.writeFile(src, await edited.toBuffer());
        const out = path.join(tmp.dir, "lo");
        execFileSync("soffice", ["--headless", "--convert-to", "xlsx", "--outdir", out, src], {
          stdio: "ignore",
          timeout: 120_000,
        });
        const wb = await ExcelJsWorkbook.fromBuffer(await fs.readFile(path.join(out, "phuong.xlsx")), "phuong.xlsx");
        await collectForms({ wb, today: d(2, 12) }, [
          filledForm(form, d(25, 11), { "Thành viên": [TV03, TV01], "Gia đình văn hóa": [H01, H02] }),
        ]);
        const people = (await loadRaw(await wb.toBuffer())).getWorksheet("Cá nhân")!;
        expect([people.getCell("A23").value, noteOf(people, "B23"), noteOf(people, "B22")]).toEqual([
          "TV01",
          "Đã xác minh hồ sơ",
          null,
        ]);
        // LibreOffice stores widths in its own units; within a character of what the clerk set.
        expect(Math.abs((people.getColumn(2).width ?? 0) - 37)).toBeLessThan(1);
      } finally {
        await tmp.cleanup();
      }
    },
    180_000,
  );
});
