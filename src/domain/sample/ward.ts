/**
 * A synthetic ward shaped like the one the seed plan describes (domain research §4.1–§4.2): 14 tổ dân
 * phố, chi bộ, 7 mặt trận and đoàn thể, 7 ban ngành, 3 schools, 4 agencies, and an 11-member council
 * whose members each follow one or two tổ dân phố. Every name except the chair's (who signs the seed)
 * is made up. Deterministic: the same lists on every call, so tests and demos agree.
 */
import type { Member, Unit, UnitType } from "../types";

/** Written into Ghi chú of every sample row so nobody mistakes it for real data. */
export const SAMPLE_NOTE = "Dữ liệu mẫu";

/** The khối each unit type is ranked in. */
export const SAMPLE_BLOCK_OF_TYPE: Readonly<Record<UnitType, string>> = {
  TDP: "KTDP",
  CHIBO: "KCB",
  DOANTHE: "KDT",
  BANNGANH: "KBN",
  TRUONG: "KTH",
  COQUAN: "KCQ",
};

type UnitRow = [code: string, name: string, type: UnitType, head: string];

const TDP_HEADS = [
  "Nguyễn Văn Thắng",
  "Trần Thị Hằng",
  "Phạm Văn Long",
  "Hoàng Thị Mai",
  "Vũ Đức Thịnh",
  "Đỗ Văn Hùng",
  "Bùi Thị Nga",
  "Đặng Văn Tuấn",
  "Ngô Thị Hương",
  "Dương Văn Bình",
  "Lý Thị Thu",
  "Hà Văn Khải",
  "Phan Thị Yến",
  "Lương Văn Quý",
];

const UNIT_ROWS: readonly UnitRow[] = [
  ...TDP_HEADS.map((head, i): UnitRow => [`TDP${String(i + 1).padStart(2, "0")}`, `Tổ dân phố số ${i + 1}`, "TDP", head]),
  ["CB01", "Chi bộ tổ dân phố số 1, số 2", "CHIBO", "Trịnh Văn Sơn"],
  ["CB02", "Chi bộ tổ dân phố số 3, số 4", "CHIBO", "Nguyễn Thị Loan"],
  ["CB03", "Chi bộ tổ dân phố số 5, số 6", "CHIBO", "Cao Văn Định"],
  ["CB04", "Chi bộ tổ dân phố số 7, số 8", "CHIBO", "Tạ Thị Hoa"],
  ["CB05", "Chi bộ tổ dân phố số 9, số 10", "CHIBO", "Lê Văn Cường"],
  ["CB06", "Chi bộ tổ dân phố số 11, số 12", "CHIBO", "Mai Thị Thủy"],
  ["CB07", "Chi bộ tổ dân phố số 13, số 14", "CHIBO", "Kiều Văn Tài"],
  ["CB08", "Chi bộ cơ quan UBND phường", "CHIBO", "Đinh Thị Phương"],
  ["CB09", "Chi bộ Công an phường", "CHIBO", "Vương Đức Mạnh"],
  ["CB10", "Chi bộ Quân sự phường", "CHIBO", "Triệu Văn Hải"],
  ["CB11", "Chi bộ trường học", "CHIBO", "Chu Thị Ngọc"],
  ["DT01", "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "DOANTHE", "Phạm Thị Hạnh"],
  ["DT02", "Hội Liên hiệp Phụ nữ phường", "DOANTHE", "Trần Thị Lan"],
  ["DT03", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "DOANTHE", "Nguyễn Hoàng Nam"],
  ["DT04", "Hội Cựu chiến binh phường", "DOANTHE", "Hoàng Văn Chiến"],
  ["DT05", "Hội Người cao tuổi phường", "DOANTHE", "Đào Văn Thọ"],
  ["DT06", "Hội Chữ thập đỏ phường", "DOANTHE", "Lưu Thị Kim"],
  ["DT07", "Hội Khuyến học phường", "DOANTHE", "Tống Văn Học"],
  ["BN01", "Văn phòng - Thống kê", "BANNGANH", "Vũ Thị Thanh"],
  ["BN02", "Tài chính - Kế toán", "BANNGANH", "Lê Thị Hồng"],
  ["BN03", "Địa chính - Xây dựng - Môi trường", "BANNGANH", "Nguyễn Văn Đức"],
  ["BN04", "Tư pháp - Hộ tịch", "BANNGANH", "Phùng Thị Dung"],
  ["BN05", "Văn hóa - Xã hội", "BANNGANH", "Bạch Thị Linh"],
  ["BN06", "Công an phường", "BANNGANH", "Đỗ Mạnh Cường"],
  ["BN07", "Ban Chỉ huy Quân sự phường", "BANNGANH", "Nông Văn Toàn"],
  ["TR01", "Trường Mầm non Nam Cường", "TRUONG", "Hà Thị Minh"],
  ["TR02", "Trường Tiểu học Nam Cường", "TRUONG", "Lò Văn Thành"],
  ["TR03", "Trường Trung học cơ sở Nam Cường", "TRUONG", "Giàng Thị Sinh"],
  ["CQ01", "Trạm Y tế phường", "COQUAN", "Sầm Văn Khang"],
  ["CQ02", "Bưu điện văn hóa phường", "COQUAN", "Quan Thị Bích"],
  ["CQ03", "Hợp tác xã Dịch vụ Nam Cường", "COQUAN", "La Văn Phúc"],
  ["CQ04", "Công ty TNHH Thương mại Minh Phát", "COQUAN", "Thân Văn Lợi"],
];

type MemberRow = Omit<Member, "follows" | "row">;

const MEMBER_ROWS: readonly MemberRow[] = [
  {
    code: "M01",
    name: "Lê Minh Huy",
    shortName: "Huy",
    position: "Chủ tịch UBND phường",
    role: "CHU_TICH",
    memberOf: ["CB08"],
    scores: false,
  },
  {
    code: "M02",
    name: "Nguyễn Thị Thu Trang",
    shortName: "Trang",
    position: "Phó Chủ tịch UBND phường (Văn hóa - Xã hội)",
    role: "PHO_CHU_TICH",
    memberOf: ["CB08"],
    scores: true,
  },
  {
    code: "M03",
    name: "Phạm Thị Hạnh",
    shortName: "Hạnh",
    position: "Chủ tịch Ủy ban MTTQ Việt Nam phường",
    role: "PHO_CHU_TICH",
    memberOf: ["DT01"],
    scores: true,
  },
  {
    code: "M04",
    name: "Vũ Thị Thanh",
    shortName: "Thanh",
    position: "Công chức Văn phòng - Thống kê (phụ trách TĐKT)",
    role: "UV_THUONG_TRUC",
    memberOf: ["BN01"],
    scores: true,
  },
  {
    code: "M05",
    name: "Đặng Quốc Việt",
    shortName: "Việt",
    position: "Phó Bí thư Thường trực Đảng ủy phường",
    role: "UY_VIEN",
    memberOf: [],
    scores: true,
  },
  {
    code: "M06",
    name: "Trần Thị Lan",
    shortName: "Lan",
    position: "Chủ tịch Hội Liên hiệp Phụ nữ phường",
    role: "UY_VIEN",
    memberOf: ["DT02"],
    scores: true,
  },
  {
    code: "M07",
    name: "Nguyễn Hoàng Nam",
    shortName: "Nam",
    position: "Bí thư Đoàn Thanh niên phường",
    role: "UY_VIEN",
    memberOf: ["DT03"],
    scores: true,
  },
  {
    code: "M08",
    name: "Hoàng Văn Chiến",
    shortName: "Chiến",
    position: "Chủ tịch Hội Cựu chiến binh phường",
    role: "UY_VIEN",
    memberOf: ["DT04"],
    scores: true,
  },
  {
    code: "M09",
    name: "Đỗ Mạnh Cường",
    shortName: "Cường",
    position: "Trưởng Công an phường",
    role: "UY_VIEN",
    memberOf: ["BN06", "CB09"],
    scores: true,
  },
  {
    code: "M10",
    name: "Nông Văn Toàn",
    shortName: "Toàn",
    position: "Chỉ huy trưởng Ban Chỉ huy Quân sự phường",
    role: "UY_VIEN",
    memberOf: ["BN07", "CB10"],
    scores: true,
  },
  {
    code: "M11",
    name: "Bạch Thị Linh",
    shortName: "Linh",
    position: "Công chức Văn hóa - Xã hội",
    role: "UY_VIEN",
    memberOf: ["BN05"],
    scores: true,
  },
];

/**
 * Who follows which unit. Every tổ dân phố has one member, every member other than the chair one or
 * two tổ dân phố (the seed: "thành viên Hội đồng phụ trách các tổ dân phố"); the other khối are followed
 * by a member who does not belong to them.
 */
const FOLLOWER: Readonly<Record<string, string>> = {
  TDP01: "M02",
  TDP02: "M02",
  TDP03: "M03",
  TDP04: "M03",
  TDP05: "M04",
  TDP06: "M05",
  TDP07: "M05",
  TDP08: "M06",
  TDP09: "M07",
  TDP10: "M08",
  TDP11: "M08",
  TDP12: "M09",
  TDP13: "M10",
  TDP14: "M11",
  CB01: "M05",
  CB02: "M05",
  CB03: "M05",
  CB04: "M05",
  CB05: "M05",
  CB06: "M05",
  CB07: "M05",
  CB08: "M05",
  CB09: "M05",
  CB10: "M05",
  CB11: "M05",
  DT01: "M05",
  DT02: "M03",
  DT03: "M03",
  DT04: "M03",
  DT05: "M03",
  DT06: "M03",
  DT07: "M03",
  BN01: "M02",
  BN02: "M04",
  BN03: "M04",
  BN04: "M04",
  BN05: "M04",
  BN06: "M04",
  BN07: "M04",
  TR01: "M11",
  TR02: "M11",
  TR03: "M11",
  CQ01: "M02",
  CQ02: "M04",
  CQ03: "M04",
  CQ04: "M04",
};

export function sampleUnits(): Unit[] {
  return UNIT_ROWS.map(([code, name, type, head]) => {
    const unit: Unit = { code, name, type, block: SAMPLE_BLOCK_OF_TYPE[type], head, note: SAMPLE_NOTE };
    const follower = FOLLOWER[code];
    if (follower) unit.follower = follower;
    return unit;
  });
}

export function sampleMembers(): Member[] {
  return MEMBER_ROWS.map((m) => ({
    ...m,
    memberOf: [...m.memberOf],
    follows: UNIT_ROWS.map(([code]) => code).filter((code) => FOLLOWER[code] === m.code),
  }));
}
