/**
 * Inside Excel (the office adapter on the recording fake): a clerk's notes and widths on `Cá nhân` survive
 * collect where Excel can read notes (ExcelApi 1.18), a note going with its row by code; on an older Excel
 * collect says it could not read them.
 */
import { makeForms } from "../../src/app/forms";
import { layoutPlan } from "../../src/app/layout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue } from "../../src/workbook/port";
import { FakeExcel } from "../support/fakeExcel";
import { officeSession } from "../support/officeCommands";

const d = (day: number, month: number, year = 2024) => new Date(Date.UTC(year, month - 1, day));
const TV01 = ["TV01", "Lò Văn Tâm", "Tổ trưởng", "TDP01", "Hoàn thành tốt nhiệm vụ", null, "LĐTT", null];
const TV02 = ["TV02", "Hà Thị Nga", "Tổ phó", "TDP01", "Hoàn thành nhiệm vụ", null, null, null];
const TV03 = ["TV03", "Lý Thị Mai", null, "TDP01", "Hoàn thành nhiệm vụ", null, null, null];
/** The fake's cell key (row × 16,384 + column), as its notes are kept. */
const at = (row: number, col: number) => row * 16_384 + col;

async function formBytes(issued: Date, members: CellValue[][]): Promise<Uint8Array> {
  const source = ExcelJsWorkbook.create();
  await layoutPlan({ wb: source, today: d(10, 1) }, { sample: true });
  const form = (await makeForms({ wb: source, today: d(10, 1) }, "NAM")).forms.find((f) => f.unit === "TDP01")!;
  const unit = ExcelJsWorkbook.create();
  unit.now = () => issued;
  await unit.writeSheets(form.specs.map((s) => (s.name === "Thành viên" ? { ...s, cells: [s.cells[0]!, ...members] } : s)));
  return unit.toBuffer();
}

async function clerkSession(apiVersion: string) {
  const fake = new FakeExcel();
  fake.apiVersion = apiVersion;
  const session = officeSession(fake);
  await session.commands.layoutPlan({ sample: true });
  await session.commands.collectForms([{ name: "phieu-TDP01-2024.xlsx", bytes: await formBytes(d(20, 11), [TV01, TV02]) }]);
  // Rows 22 and 23 are TV01 and TV02; the clerk notes a cell on each and widens Họ và tên (B) to 37 characters.
  const people = fake.sheet("Cá nhân");
  people.notes.set(at(21, 1), "Đã xác minh hồ sơ");
  people.notes.set(at(22, 2), "Chuyển công tác 12/2024");
  people.formats.push({ rect: { row: 0, col: 1, rows: 1_048_576, cols: 1 }, path: "columnWidth", value: (37 * 7 + 5) * 0.75 });
  return { fake, session, people };
}

test("with ExcelApi 1.18 a note follows TV01 to its new row, TV02's dropped note is gathered on A1, and column B keeps its width", async () => {
  const { fake, session, people } = await clerkSession("1.18");
  const result = await session.commands.collectForms([
    { name: "phieu-TDP01-2024.xlsx", bytes: await formBytes(d(25, 11), [TV03, TV01]) },
  ]);
  expect(result.messages.map((m) => m.vi)).toContain(
    "1 ghi chú (note) trên trang Cá nhân không còn dòng nào để đi theo (ô trống, hoặc dòng mà phiếu mới của đơn vị đã bỏ): đã gom vào ghi chú ở ô A1, mỗi dòng ghi nơi nó đã nằm.",
  );
  const grid = fake.grid("Cá nhân");
  expect([grid[21]![0], grid[22]![0]]).toEqual(["TV03", "TV01"]);
  expect([...people.notes.entries()].sort((a, b) => a[0] - b[0])).toEqual([
    [at(0, 0), "[Mã TV02, Chức vụ] Chuyển công tác 12/2024"],
    [at(22, 1), "Đã xác minh hồ sơ"],
  ]);
  expect(people.formatAt(5, 1, "columnWidth")).toBeCloseTo((37 * 7 + 5) * 0.75);
});

test("on an Excel without notes in its API, collect says it could not read the notes, and they stay on their cells", async () => {
  const { session, people } = await clerkSession("1.12");
  const result = await session.commands.collectForms([
    { name: "phieu-TDP01-2024.xlsx", bytes: await formBytes(d(25, 11), [TV03, TV01]) },
  ]);
  expect(result.messages.map((m) => m.vi)).toContain(
    "Không đọc được hết ghi chú (note) trên trang Cá nhân (ghi chú ở một ô trống, hoặc phiên bản Excel này chưa đọc được ghi chú), nên ghi chú không đi theo dòng của nó: ghi chú nào còn thì ở lại ô cũ, có thể không còn đúng người. Nếu sổ tính không lưu được vì sẽ mất ghi chú, hãy chép ghi chú ra chỗ khác rồi thu phiếu lại.",
  );
  expect([...people.notes.entries()].sort((a, b) => a[0] - b[0])).toEqual([
    [at(21, 1), "Đã xác minh hồ sơ"],
    [at(22, 2), "Chuyển công tác 12/2024"],
  ]);
});
