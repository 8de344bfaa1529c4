/**
 * The units' forms, filled as units would and collected into the ward's workbook: planted mistakes found
 * at the form's cell, the same form twice changing nothing, a newer form replacing the unit's rows and
 * saying so, rows typed by hand on the ward's sheet never replaced.
 */
import { collectForms, type FormSource } from "../../src/app/collect";
import { makeForms, type UnitForm } from "../../src/app/forms";
import { layoutPlan } from "../../src/app/layout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { filledForm } from "../support/forms";
import type { CellValue, SheetSpec } from "../../src/workbook/port";

const d = (day: number, month: number, year = 2024) => new Date(Date.UTC(year, month - 1, day));

async function ward(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: d(20, 11) }, { sample: true });
  return wb;
}

async function formsOn(wb: ExcelJsWorkbook, day: Date): Promise<Map<string, UnitForm>> {
  const made = await makeForms({ wb, today: day }, "NAM");
  return new Map(made.forms.map((f) => [f.unit, f]));
}

async function rows(wb: ExcelJsWorkbook, sheet: string): Promise<CellValue[][]> {
  return (await wb.readSheets([sheet]))[0]!.values;
}

const of = (all: CellValue[][], unit: string, col: number) => all.filter((r) => r[col] === unit);

describe("collect", () => {
  test("planted mistakes at their cells; the same form twice changes nothing; a newer form replaces and says so; hand rows stay", async () => {
    const wb = await ward();
    const forms = await formsOn(wb, d(20, 11));
    const tdp01 = forms.get("TDP01")!;
    const members1: CellValue[][] = [
      ["TV01", "Lò Văn Tâm", "Tổ trưởng", "TDP01", "Hoàn thành tốt nhiệm vụ", null, "LĐTT", null],
      ["TV02", "Hà Thị Nga", "Tổ phó", "TDP01", "Hoàn thành nhiệm vụ", null, null, null],
    ];
    const households1: CellValue[][] = [
      ["H01", "Lò Văn Tâm", "Số 1, Hoàng Liên", "TDP01", "Đạt", d(15, 11), d(16, 11), d(25, 11), null],
      ["H02", "Hà Văn Bình", "Số 3, Hoàng Liên", "TDP01", "Không đạt", d(15, 11), d(16, 11), d(25, 11), null],
    ];
    const first = filledForm(tdp01, d(20, 11), { "Thành viên": members1, "Gia đình văn hóa": households1 });
    // TDP02's slips: a discipline that is not on the list, and a posting date of another year.
    const tdp02 = filledForm(forms.get("TDP02")!, d(20, 11), {
      "Thành viên": [["TV20", "Vi Văn Khánh", null, "TDP02", "Hoàn thành tốt nhiệm vụ", "Phê bình", null, null]],
      "Gia đình văn hóa": [["H20", "Vi Văn Khánh", null, "TDP02", "Đạt", d(15, 11), d(16, 11), d(25, 11, 2023), null]],
    });

    const run1 = await collectForms({ wb, today: d(1, 12) }, [first, tdp02]);
    expect(run1.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ["PERSON_DISCIPLINE_UNKNOWN", "[phieu-TDP02-2024.xlsx]Thành viên", "F2"],
      ["FORM_DATE_OUTSIDE_YEAR", "[phieu-TDP02-2024.xlsx]Gia đình văn hóa", "H2"],
    ]);
    expect(run1.messages.map((m) => m.vi)).toEqual(
      expect.arrayContaining([
        "phieu-TDP01-2024.xlsx: thêm 2 dòng của TDP01 vào trang Cá nhân.",
        "phieu-TDP01-2024.xlsx: thêm 2 dòng của TDP01 vào trang Gia đình văn hóa.",
        "Không gộp phiếu phieu-TDP02-2024.xlsx: có 2 lỗi, xem danh sách kiểm tra.",
      ]),
    );
    const people1 = await rows(wb, "Cá nhân");
    expect(of(people1, "TDP01", 3)).toEqual([
      [
        "TV01",
        "Lò Văn Tâm",
        "Tổ trưởng",
        "TDP01",
        "Hoàn thành tốt nhiệm vụ",
        null,
        "LĐTT",
        "Nguồn: phieu-TDP01-2024.xlsx (phiếu lập 20/11/2024)",
        null,
      ],
      [
        "TV02",
        "Hà Thị Nga",
        "Tổ phó",
        "TDP01",
        "Hoàn thành nhiệm vụ",
        null,
        null,
        "Nguồn: phieu-TDP01-2024.xlsx (phiếu lập 20/11/2024)",
        null,
      ],
    ]);
    expect(of(people1, "TDP02", 3)).toEqual([]);
    const register1 = await rows(wb, "Gia đình văn hóa");
    expect(register1.slice(1).map((r) => [r[0], r[4], r[8]])).toEqual([
      ["H01", "Đạt", "phieu-TDP01-2024.xlsx (phiếu lập 20/11/2024)"],
      ["H02", "Không đạt", "phieu-TDP01-2024.xlsx (phiếu lập 20/11/2024)"],
    ]);

    // The same form again: nothing is written.
    const again = await collectForms({ wb, today: d(1, 12) }, [first]);
    expect(again.sheets).toEqual([]);
    expect(again.messages.map((m) => m.vi)).toContain("Không có gì thay đổi: sổ tính giữ nguyên.");
    expect(await rows(wb, "Cá nhân")).toEqual(people1);
    expect(await rows(wb, "Gia đình văn hóa")).toEqual(register1);

    // The clerk types a member of TDP01 on `Cá nhân` herself.
    const sheet = (await wb.readSheets(["Cá nhân"]))[0]!;
    const handRow: CellValue[] = [
      "TV09",
      "Sầm Văn Tài",
      "Bí thư chi bộ",
      "TDP01",
      "Hoàn thành xuất sắc nhiệm vụ",
      null,
      "CSTĐCS",
      "Phường nhập",
      null,
    ];
    const people = await import("../../src/sheets/people");
    const spec = people.buildPeopleSheet(
      sheet.values
        .slice(1)
        .concat([handRow])
        .map(() => ({ code: "", name: "", position: "", unit: "" })),
      { ward: "PHƯỜNG NAM CƯỜNG", blankRows: 0 },
    );
    await wb.writeSheets([{ ...spec, cells: [sheet.values[0]!, ...sheet.values.slice(1), handRow] }]);

    // TDP01's newer form (made 25/11): TV01 graded again, TV02 gone, and TV09 as the unit sees it.
    const newer = filledForm((await formsOn(wb, d(25, 11))).get("TDP01")!, d(25, 11), {
      "Thành viên": [
        ["TV01", "Lò Văn Tâm", "Tổ trưởng", "TDP01", "Hoàn thành xuất sắc nhiệm vụ", null, "CSTĐCS", null],
        ["TV09", "Sầm Văn Tài", "Bí thư chi bộ", "TDP01", "Hoàn thành tốt nhiệm vụ", null, "LĐTT", null],
      ],
    });
    const run2 = await collectForms({ wb, today: d(1, 12) }, [newer]);
    expect(run2.messages.map((m) => m.vi)).toContain(
      "phieu-TDP01-2024.xlsx: thay 2 dòng của TDP01 trên trang Cá nhân (từ phieu-TDP01-2024.xlsx (phiếu lập 20/11/2024)) bằng 1 dòng của phiếu mới.",
    );
    expect(run2.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ["FORM_ROW_TYPED_BY_HAND", "warning", "[phieu-TDP01-2024.xlsx]Thành viên", "A3"],
    ]);
    const people2 = await rows(wb, "Cá nhân");
    expect(of(people2, "TDP01", 3)).toEqual([
      [
        "TV01",
        "Lò Văn Tâm",
        "Tổ trưởng",
        "TDP01",
        "Hoàn thành xuất sắc nhiệm vụ",
        null,
        "CSTĐCS",
        "Nguồn: phieu-TDP01-2024.xlsx (phiếu lập 25/11/2024)",
        null,
      ],
      handRow,
    ]);
    // The form of 20/11 is now older than what was collected: refused.
    const older = await collectForms({ wb, today: d(1, 12) }, [first]);
    expect(older.findings.map((f) => f.code)).toContain("FORM_OLDER_THAN_COLLECTED");
    expect(await rows(wb, "Cá nhân")).toEqual(people2);
  });

  test("a form of another ward or year, a unit twice and a workbook that is no form are refused, naming the file", async () => {
    const wb = await ward();
    const forms = await formsOn(wb, d(20, 11));
    const other = await ward();
    // Another year: the same ward's forms made from a workbook whose year is 2025.
    const settings = (await other.readSheets(["Cấu hình"]))[0]!;
    const settingsSheet = await import("../../src/sheets/settingsSheet");
    const values = new Map<string, CellValue>([["YEAR", 2025]]);
    await other.writeSheets([{ ...settingsSheet.buildSettingsSheet({ ward: "PHƯỜNG NAM CƯỜNG", values }), name: settings.name }]);
    const next = await formsOn(other, d(20, 11));
    const plain: FormSource = { file: "bang-tinh.xlsx", open: async () => ExcelJsWorkbook.create() };
    const run = await collectForms({ wb, today: d(1, 12) }, [
      filledForm(next.get("TDP03")!, d(20, 11), {}, "phieu-TDP03-2025.xlsx"),
      filledForm(forms.get("TDP04")!, d(20, 11), {}),
      filledForm(forms.get("TDP04")!, d(20, 11), {}, "phieu-TDP04-ban-2.xlsx"),
      plain,
    ]);
    expect(run.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ["FORM_OTHER_YEAR", "[phieu-TDP03-2025.xlsx]Thông tin", "B4"],
      ["FORM_UNIT_TWICE", "[phieu-TDP04-ban-2.xlsx]Thông tin", ""],
      ["FORM_NOT_A_FORM", "[bang-tinh.xlsx]Thông tin", ""],
    ]);
    expect(run.findings[0]!.message_vi).toBe(
      "“[phieu-TDP03-2025.xlsx]Thông tin” ô B4: phiếu phieu-TDP03-2025.xlsx là của năm 2025, sổ đang xét năm 2024.",
    );
  });

  test("the collective titles follow the collected rows, each with its reason", async () => {
    const wb = await ward();
    const forms = await formsOn(wb, d(20, 11));
    await collectForms({ wb, today: d(1, 12) }, [
      filledForm(forms.get("TDP05")!, d(20, 11), {
        "Gia đình văn hóa": [
          ["H51", "Lò Văn Tư", null, "TDP05", "Đạt", d(15, 11), d(16, 11), d(25, 11), null],
          ["H52", "Lò Văn Năm", null, "TDP05", "Không đạt", d(15, 11), d(16, 11), d(25, 11), null],
        ],
      }),
    ]);
    const { collectiveCommand } = await import("../../src/app/collective");
    const run = await collectiveCommand({ wb, today: d(1, 12) });
    expect(run.messages.map((m) => m.vi)).toContain('Đợt Năm chưa có điểm: các điều kiện về xếp loại năm để "chưa đủ dữ liệu".');
    const sheet = await rows(wb, "Danh hiệu tập thể");
    expect(sheet.find((r) => r[0] === "TDP05")).toEqual([
      "TDP05",
      "Tổ dân phố số 5",
      "Tổ dân phố văn hóa",
      "Không đủ điều kiện",
      null,
      null,
      null,
      "Chưa có kết quả bình xét năm của đơn vị (chưa chấm, xếp hạng đợt Năm).\nChỉ 1/2 hộ đạt Gia đình văn hóa; cần từ 70% trở lên.",
    ]);
  });

  test("a column the clerk added beside Cá nhân and the register keeps its values through collect, on merged and typed rows", async () => {
    const wb = await ward();
    const forms = await formsOn(wb, d(20, 11));
    const tdp01 = (issued: Date, members: CellValue[][], households: CellValue[][]) =>
      filledForm(forms.get("TDP01")!, issued, { "Thành viên": members, "Gia đình văn hóa": households });
    await collectForms({ wb, today: d(1, 12) }, [
      tdp01(
        d(20, 11),
        [
          ["TV01", "Lò Văn Tâm", "Tổ trưởng", "TDP01", "Hoàn thành tốt nhiệm vụ", null, "LĐTT", null],
          ["TV02", "Hà Thị Nga", "Tổ phó", "TDP01", "Hoàn thành nhiệm vụ", null, null, null],
        ],
        [["H01", "Lò Văn Tâm", "Số 1, Hoàng Liên", "TDP01", "Đạt", d(15, 11), d(16, 11), d(25, 11), null]],
      ),
    ]);

    // The clerk adds "Ghi chú riêng" to the right of both lists, on every row, and types a person herself.
    const addColumn = async (
      sheetName: string,
      note: (row: CellValue[]) => CellValue,
      typed?: CellValue[],
      numberFormats?: SheetSpec["numberFormats"],
    ) => {
      const sheet = (await wb.readSheets([sheetName]))[0]!;
      const body = sheet.values.slice(1).concat(typed ? [typed] : []);
      const cells = [[...sheet.values[0]!, "Ghi chú riêng"], ...body.map((r) => [...r, note(r)])];
      const marker = (await wb.listSheets()).find((s) => s.name === sheetName)!.marker!;
      await wb.writeSheets([{ name: sheetName, marker: { command: marker.command, key: marker.key }, cells, numberFormats }]);
    };
    await addColumn("Cá nhân", (r) => `riêng ${String(r[0])}`, [
      "TV09",
      "Sầm Văn Tài",
      "Bí thư chi bộ",
      "TDP01",
      "Hoàn thành xuất sắc nhiệm vụ",
      null,
      "CSTĐCS",
      "Phường nhập",
      null,
    ]);
    await addColumn("Gia đình văn hóa", (r) => (r[0] === "H01" ? d(3, 12) : null), undefined, [
      { range: { row: 1, col: 10, rows: 1, cols: 1 }, format: "d mmm yyyy" },
    ]);

    // TDP01's newer form: TV01 graded again, TV02 gone, TV03 new; H01 unchanged, H02 new.
    const newer = tdp01(
      d(25, 11),
      [
        ["TV01", "Lò Văn Tâm", "Tổ trưởng", "TDP01", "Hoàn thành xuất sắc nhiệm vụ", null, "CSTĐCS", null],
        ["TV03", "Lý Thị Mai", null, "TDP01", "Hoàn thành nhiệm vụ", null, null, null, "Có"],
      ],
      [
        ["H01", "Lò Văn Tâm", "Số 1, Hoàng Liên", "TDP01", "Đạt", d(15, 11), d(16, 11), d(25, 11), null],
        ["H02", "Hà Văn Bình", "Số 3, Hoàng Liên", "TDP01", "Không đạt", d(15, 11), d(16, 11), d(25, 11), null],
      ],
    );
    const run = await collectForms({ wb, today: d(1, 12) }, [newer]);
    expect(run.sheets.map((s) => [s.sheet, s.action])).toEqual([
      ["Cá nhân", "replaced"],
      ["Gia đình văn hóa", "replaced"],
    ]);
    const people = await rows(wb, "Cá nhân");
    const register = await rows(wb, "Gia đình văn hóa");
    const at = (values: CellValue[][], cells: string[]) =>
      cells.map((a) => {
        const [, col, row] = /^([A-Z])(\d+)$/.exec(a)!;
        return [a, values[Number(row) - 1]?.[col!.charCodeAt(0) - 65] ?? null];
      });
    expect(at(people, ["I1", "J1", "J2", "J21", "A22", "J22", "A23", "I23", "J23", "A24", "J24"])).toEqual([
      ["I1", "Xử phạt hành chính"],
      ["J1", "Ghi chú riêng"],
      ["J2", "riêng CN01"],
      ["J21", "riêng CN20"],
      ["A22", "TV01"],
      ["J22", "riêng TV01"],
      ["A23", "TV03"],
      // The sanction the unit marked on its form reaches Cá nhân.
      ["I23", "Có"],
      ["J23", null],
      ["A24", "TV09"],
      ["J24", "riêng TV09"],
    ]);
    expect(at(register, ["K1", "A2", "K2", "A3", "K3"])).toEqual([
      ["K1", "Ghi chú riêng"],
      ["A2", "H01"],
      ["K2", d(3, 12)],
      ["A3", "H02"],
      ["K3", null],
    ]);
    // Her date keeps the format she gave it; the new household's cell below takes none.
    expect(await wb.readNumberFormats("Gia đình văn hóa", { row: 1, col: 10, rows: 2, cols: 1 })).toEqual([
      ["d mmm yyyy"],
      ["General"],
    ]);

    // Collecting the same form again changes nothing, the clerk's column included.
    const again = await collectForms({ wb, today: d(1, 12) }, [newer]);
    expect(again.sheets).toEqual([]);
    expect(await rows(wb, "Cá nhân")).toEqual(people);
    expect(await rows(wb, "Gia đình văn hóa")).toEqual(register);
  });
});
