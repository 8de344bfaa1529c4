/** A unit's form: protected, its identity in every sheet's marker, the lists a unit picks from, and the Cá nhân headers. */
import { buildFormSheets, formFileName } from "../../src/sheets/forms";
import { PERSON_COLUMNS } from "../../src/sheets/people";

const unit = { code: "TDP01", name: "Tổ dân phố số 1", type: "TDP" as const, block: "KTDP" };
const identity = { version: 1, year: 2024, ward: "PHƯỜNG NAM CƯỜNG", round: "NAM", unit: "TDP01" };

test("a tổ dân phố's form: three protected sheets with the identity, the members' lists, the household sheet", () => {
  const specs = buildFormSheets({
    identity,
    unit,
    roundName: "Năm",
    issued: new Date(Date.UTC(2024, 10, 20)),
    members: [],
    households: [],
  });
  expect(specs.map((s) => [s.name, s.protect, s.marker.key])).toEqual([
    ["Thông tin", true, "form|1|2024|NAM|TDP01|PHƯỜNG NAM CƯỜNG"],
    ["Thành viên", true, "form|1|2024|NAM|TDP01|PHƯỜNG NAM CƯỜNG"],
    ["Gia đình văn hóa", true, "form|1|2024|NAM|TDP01|PHƯỜNG NAM CƯỜNG"],
  ]);
  const info = specs[0]!.cells;
  expect(info.slice(2, 9)).toEqual([
    ["Phường", "PHƯỜNG NAM CƯỜNG"],
    ["Năm", 2024],
    ["Đợt bình xét", "Năm"],
    ["Mã đơn vị", "TDP01"],
    ["Tên đơn vị", "Tổ dân phố số 1"],
    ["Ngày lập phiếu", "20/11/2024"],
    ["Phiên bản phiếu", 1],
  ]);
  const members = specs[1]!;
  expect(members.cells[0]).toEqual(PERSON_COLUMNS.map((c) => c.header));
  const lists = (members.validations ?? []).map((v) => ("values" in v ? v.values : undefined));
  expect(lists).toEqual([
    ["TDP01"],
    ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"],
    ["Khiển trách", "Cảnh cáo", "Cách chức", "Buộc thôi việc"],
    ["LĐTT", "CSTĐCS"],
    ["Có"],
  ]);
  // The input cells stay open under the protection.
  expect(members.styles?.some((s) => s.locked === false && s.range.col === 4)).toBe(true);
  expect(specs[2]!.cells[0]).toEqual([
    "Mã hộ",
    "Chủ hộ",
    "Địa chỉ",
    "Tổ dân phố",
    "Kết quả bình xét",
    "Ngày họp bình xét",
    "Niêm yết từ ngày",
    "Niêm yết đến ngày",
    "Ghi chú",
  ]);
});

test("another unit's form has no household sheet; file names keep to what file systems accept", () => {
  const specs = buildFormSheets({
    identity: { ...identity, unit: "BN01" },
    unit: { code: "BN01", name: "Văn phòng", type: "BANNGANH", block: "KBN" },
    roundName: "Năm",
    issued: new Date(Date.UTC(2024, 10, 20)),
    members: [],
  });
  expect(specs.map((s) => s.name)).toEqual(["Thông tin", "Thành viên"]);
  expect(formFileName("TDP 01/A", 2024)).toBe("phieu-TDP_01_A-2024.xlsx");
});
