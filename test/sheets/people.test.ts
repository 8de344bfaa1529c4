import { samplePeople, sampleInitiatives } from "../../src/domain/sample/people";
import { buildInitiativesSheet, readInitiatives } from "../../src/sheets/initiatives";
import { buildPeopleSheet, readPeople } from "../../src/sheets/people";
import type { CellInput, CellValue, SheetData } from "../../src/workbook/port";
import { isFormula } from "../../src/workbook/port";

function asData(name: string, cells: CellInput[][]): SheetData {
  return { name, values: cells.map((r) => r.map((c): CellValue => (isFormula(c) ? (c.result ?? null) : c))) };
}

describe("Cá nhân", () => {
  it("is written with the headers a clerk expects and drop-down lists on the closed columns", () => {
    const spec = buildPeopleSheet([], { ward: "PHƯỜNG X" });
    expect(spec.name).toBe("Cá nhân");
    expect(spec.cells[0]).toEqual([
      "Mã",
      "Họ và tên",
      "Chức vụ",
      "Đơn vị",
      "Mức hoàn thành nhiệm vụ",
      "Kỷ luật",
      "Đăng ký danh hiệu",
      "Ghi chú",
      "Xử phạt hành chính",
    ]);
    const lists = (spec.validations ?? []).map((v) => [v.range.col, v.type === "list" ? (v.values ?? v.source) : null]);
    expect(lists).toEqual([
      [3, "='Đơn vị'!$A$2:$A$1000"],
      [4, ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"]],
      [5, ["Khiển trách", "Cảnh cáo", "Cách chức", "Buộc thôi việc"]],
      [6, ["LĐTT", "CSTĐCS"]],
      [8, ["Có"]],
    ]);
  });

  it("reads back what it wrote: the sample ward's twenty people, each with its row", () => {
    const people = samplePeople();
    const read = readPeople(asData("Cá nhân", buildPeopleSheet(people, { ward: "X" }).cells));
    expect(read.findings).toEqual([]);
    expect(read.people.map(({ row: _r, ...p }) => p)).toEqual(people);
    expect(read.people.map((p) => p.row)).toEqual(people.map((_, i) => i + 2));
    expect(read.sampleRows).toBe(20);
    expect(read.people[6]).toMatchObject({ code: "CN07", discipline: "KHIEN_TRACH", registered: "LDTT", performance: "HTT" });
  });

  it("reads what people type: abbreviations, other headers, NFD; reports duplicates and unknown values at the cell", () => {
    const values: CellValue[][] = [
      ["mã", "HỌ TÊN", "Đơn vị", "Xếp loại", "Kỷ luật", "Đăng ký"],
      ["A1", "Nguyễn Văn A", "BN01", "HTXSNV", "không", "cstđcs"],
      ["A2", "Trần Thị B", "BN02", "Hoàn thành tốt nhiệm vụ".normalize("NFD"), null, "Lao động tiên tiến"],
      ["A1", "Lê Văn C", "BN01", "HTT", null, "LĐTT"],
      ["A4", "Phạm D", "BN01", "Tốt", "Phê bình", "Giấy khen"],
      [null, "Không mã", "BN01", "HTT", null, null],
    ];
    const read = readPeople({ name: "Cá nhân", values });
    expect(read.people.map((p) => [p.code, p.performance, p.discipline, p.registered, p.row])).toEqual([
      ["A1", "HTXS", undefined, "CSTDCS", 2],
      ["A2", "HTT", undefined, "LDTT", 3],
      ["A4", undefined, undefined, undefined, 5],
    ]);
    expect(read.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["PERSON_DUPLICATE", "error", "A4"],
      ["PERSON_PERFORMANCE_UNKNOWN", "error", "D5"],
      ["PERSON_DISCIPLINE_UNKNOWN", "error", "E5"],
      ["PERSON_TITLE_UNKNOWN", "error", "F5"],
      ["PERSON_CODE_MISSING", "error", "A6"],
    ]);
    expect(read.findings[0]!.message_vi).toBe("“Cá nhân” ô A4: Mã A1 đã có ở dòng 2; dòng này không được xét.");
    // A sheet made before the column existed: nobody is read as sanctioned.
    expect(read.people.map((p) => p.sanctioned)).toEqual([undefined, undefined, undefined]);
  });

  it("reads Xử phạt hành chính: “Có” is a sanction, blank or “Không” none, anything else reported and read as one", () => {
    const values: CellValue[][] = [
      ["Mã", "Họ và tên", "Đơn vị", "Kỷ luật", "Xử phạt hành chính", "Ghi chú"],
      ["A1", "Nguyễn Văn A", "BN01", null, "Có", null],
      ["A2", "Trần Thị B", "BN01", null, null, null],
      ["A3", "Lê Văn C", "BN01", null, "không", null],
      ["A4", "Phạm D", "BN01", null, "phạt 500.000 đồng", null],
    ];
    const read = readPeople({ name: "Cá nhân", values });
    expect(read.people.map((p) => [p.code, p.sanctioned])).toEqual([
      ["A1", true],
      ["A2", undefined],
      ["A3", undefined],
      ["A4", true],
    ]);
    expect(read.findings.map((f) => [f.code, f.cell, f.message_vi])).toEqual([
      [
        "PERSON_SANCTION_UNKNOWN",
        "E5",
        "“Cá nhân” ô E5: cột Xử phạt hành chính của A4 ghi “phạt 500.000 đồng”; chỉ ghi “Có” hoặc để trống. Coi như có xử phạt cho đến khi sửa.",
      ],
    ]);
  });
});

describe("Sáng kiến", () => {
  it("reads back the sample register, authors split, dates at UTC midnight", () => {
    const items = sampleInitiatives(2024);
    const spec = buildInitiativesSheet(items, { ward: "X" });
    expect(spec.cells[0]).toEqual([
      "Mã",
      "Tên sáng kiến",
      "Tác giả",
      "Ngày công nhận",
      "Cơ quan công nhận",
      "Phạm vi ảnh hưởng",
      "Ghi chú",
    ]);
    const read = readInitiatives(asData("Sáng kiến", spec.cells));
    expect(read.findings).toEqual([]);
    expect(read.initiatives.map(({ row: _r, ...i }) => i)).toEqual(items);
    expect(read.initiatives[0]).toMatchObject({ authors: ["CN08", "CN09"], recognizedOn: new Date(Date.UTC(2024, 9, 15)) });
  });

  it("reports a missing author, an unreadable date, and a repeated code", () => {
    const values: CellValue[][] = [
      ["Mã", "Tên sáng kiến", "Tác giả", "Ngày công nhận"],
      ["S1", "Một", "A1; A2", "05/03/2024"],
      ["S2", "Hai", null, "05/03/2024"],
      ["S3", "Ba", "A1", "tháng 3"],
      ["S1", "Bốn", "A3", "05/03/2024"],
    ];
    const read = readInitiatives({ name: "Sáng kiến", values });
    expect(read.initiatives.map((i) => [i.code, i.authors, i.recognizedOn?.toISOString() ?? null])).toEqual([
      ["S1", ["A1", "A2"], "2024-03-05T00:00:00.000Z"],
      ["S3", ["A1"], null],
    ]);
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([
      ["INITIATIVE_NO_AUTHOR", "C3"],
      ["INITIATIVE_DATE_INVALID", "D4"],
      ["INITIATIVE_DUPLICATE", "A5"],
    ]);
  });
});
