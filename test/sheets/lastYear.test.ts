/** `Năm trước`: last year's ranking sheets read back per unit, and the sheet new-year writes from them. */
import { buildLastYearSheet, readRankingResults } from "../../src/sheets/lastYear";
import type { CellValue } from "../../src/workbook/port";

const ranking = (provisional: boolean): CellValue[][] => [
  ["KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI, XẾP HẠNG – NĂM"],
  ["PHƯỜNG NAM CƯỜNG"],
  ...(provisional ? [["TẠM TÍNH – dữ liệu chấm điểm còn lỗi chưa sửa, chưa dùng để công bố."]] : []),
  ["Cách tổng hợp: …"],
  [],
  ["STT", "Khối", "Mã đơn vị", "Tên đơn vị", "Lan", "Điểm cuối cùng", "Xếp loại", "Hạng trong khối", "Đề nghị khen"],
  [1, "KTDP", "TDP02", "Tổ dân phố số 2", 95, 95, "Xuất sắc", 1, "Giấy khen Chủ tịch UBND phường"],
  [2, "KTDP", "TDP01", "Tổ dân phố số 1", 81, 81, "Tốt", 2, null],
  [3, "KTDP", "TDP09", "Tổ dân phố số 9", 60, 60, "Trung bình", 3, null],
];

test("a round's Xếp hạng reads as tier, rank and proposal per unit; a provisional one says so", () => {
  const read = readRankingResults({ name: "Xếp hạng Năm", values: ranking(false) }, "NAM")!;
  expect(read.provisional).toBe(false);
  expect(read.lines).toEqual([
    {
      unit: "TDP02",
      name: "Tổ dân phố số 2",
      block: "KTDP",
      tier: "Xuất sắc",
      rank: 1,
      proposal: "Giấy khen Chủ tịch UBND phường",
    },
    { unit: "TDP01", name: "Tổ dân phố số 1", block: "KTDP", tier: "Tốt", rank: 2, proposal: "" },
    { unit: "TDP09", name: "Tổ dân phố số 9", block: "KTDP", tier: "Trung bình", rank: 3, proposal: "" },
  ]);
  expect(readRankingResults({ name: "Xếp hạng Năm", values: ranking(true) }, "NAM")!.provisional).toBe(true);
  expect(readRankingResults({ name: "Ghi chép", values: [["Việc riêng"]] }, "NAM")).toBeUndefined();
});

test("the sheet lists last year's units in their order, a unit since removed last, each round's result and the year's titles", () => {
  const nam = readRankingResults({ name: "Xếp hạng Năm", values: ranking(true) }, "NAM")!;
  const spec = buildLastYearSheet({
    year: 2024,
    ward: "PHƯỜNG NAM CƯỜNG",
    units: [
      { code: "TDP01", name: "Tổ dân phố số 1", type: "TDP", block: "KTDP" },
      { code: "TDP02", name: "Tổ dân phố số 2", type: "TDP", block: "KTDP" },
    ],
    results: [nam],
    registrations: [
      { round: "NAM", subjectKind: "unit", unitCode: "TDP01", title: "Tổ dân phố văn hóa" },
      { round: "D1", subjectKind: "unit", unitCode: "TDP01", title: "Giấy khen tập thể" },
      { round: "NAM", subjectKind: "person", unitCode: "TDP01", personName: "Lê Văn A", title: "Lao động tiên tiến" },
    ],
  });
  expect(spec.name).toBe("Năm trước");
  expect(spec.cells).toEqual([
    [
      "STT",
      "Khối",
      "Mã đơn vị",
      "Tên đơn vị",
      "Bình xét cả năm 2024",
      "Danh hiệu đăng ký năm 2024",
      "Đề nghị khen năm 2024",
      "Ghi chú",
    ],
    [1, "KTDP", "TDP01", "Tổ dân phố số 1", "Tốt, hạng 2 (tạm tính)", "Tổ dân phố văn hóa", null, null],
    [2, "KTDP", "TDP02", "Tổ dân phố số 2", "Xuất sắc, hạng 1 (tạm tính)", null, "Năm: Giấy khen Chủ tịch UBND phường", null],
    [
      3,
      "KTDP",
      "TDP09",
      "Tổ dân phố số 9",
      "Trung bình, hạng 3 (tạm tính)",
      null,
      null,
      "Không còn trong danh sách Đơn vị năm 2024.",
    ],
  ]);
});
