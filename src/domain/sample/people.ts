/**
 * The sample ward's people for the year's awards: cán bộ, công chức and staff of its departments,
 * schools and health station, with grades, two disciplined people and the sáng kiến register. Every name
 * is made up, and every row carries the sample-data mark. Deterministic, so tests and demos agree; the
 * mix is chosen so the year's review shows each outcome (qualified, not qualified for each reason).
 */
import type { Initiative, Person, Performance, PersonTitle, Discipline } from "../awards/model";
import { SAMPLE_NOTE } from "./ward";

type Row = [code: string, name: string, position: string, unit: string, perf: Performance, reg?: PersonTitle, disc?: Discipline];

const ROWS: readonly Row[] = [
  ["CN01", "Vũ Thị Thanh", "Công chức Văn phòng - Thống kê", "BN01", "HTXS", "CSTDCS"],
  ["CN02", "Nguyễn Thị Bích Ngọc", "Công chức Văn phòng - Thống kê", "BN01", "HTT", "LDTT"],
  ["CN03", "Trần Văn Phúc", "Nhân viên hợp đồng", "BN01", "HT", "LDTT"],
  ["CN04", "Lê Thị Hồng", "Công chức Tài chính - Kế toán", "BN02", "HTXS", "CSTDCS"],
  ["CN05", "Phạm Minh Tuấn", "Công chức Tài chính - Kế toán", "BN02", "HTT", "LDTT"],
  ["CN06", "Nguyễn Văn Đức", "Công chức Địa chính - Xây dựng", "BN03", "HTT", "CSTDCS"],
  ["CN07", "Đào Thị Thu Trang", "Công chức Địa chính - Môi trường", "BN03", "HTT", "LDTT", "KHIEN_TRACH"],
  ["CN08", "Phùng Thị Dung", "Công chức Tư pháp - Hộ tịch", "BN04", "HTT", "CSTDCS"],
  ["CN09", "Hoàng Văn Khánh", "Công chức Tư pháp - Hộ tịch", "BN04", "HTT", "LDTT"],
  ["CN10", "Bạch Thị Linh", "Công chức Văn hóa - Xã hội", "BN05", "HTXS", "CSTDCS"],
  ["CN11", "Lưu Văn Hải", "Công chức Văn hóa - Xã hội", "BN05", "HTT", "LDTT"],
  ["CN12", "Hà Thị Minh", "Hiệu trưởng", "TR01", "HTXS", "CSTDCS"],
  ["CN13", "Trương Thị Lan Anh", "Giáo viên", "TR01", "HTT", "LDTT"],
  ["CN14", "Lò Văn Thành", "Hiệu trưởng", "TR02", "HTT", "LDTT"],
  ["CN15", "Đinh Thị Hạnh", "Giáo viên", "TR02", "HTXS", "CSTDCS"],
  ["CN16", "Giàng Thị Sinh", "Hiệu trưởng", "TR03", "HTT", "LDTT"],
  ["CN17", "Mã Văn Cường", "Giáo viên", "TR03", "KHT", "LDTT"],
  ["CN18", "Sầm Văn Khang", "Trạm trưởng Trạm Y tế", "CQ01", "HTXS", "CSTDCS"],
  ["CN19", "Quàng Thị Hoa", "Y sĩ", "CQ01", "HTT", "LDTT", "CANH_CAO"],
  ["CN20", "Nông Thị Yến", "Điều dưỡng", "CQ01", "HTT"],
];

export function samplePeople(): Person[] {
  return ROWS.map(([code, name, position, unit, performance, registered, discipline]) => {
    const p: Person = { code, name, position, unit, performance, note: SAMPLE_NOTE };
    if (registered) p.registered = registered;
    if (discipline) p.discipline = discipline;
    return p;
  });
}

/** The sáng kiến register of the sample year; dates fall in `year`, one in the year before. */
export function sampleInitiatives(year: number): Initiative[] {
  const on = (d: number, m: number, y = year) => new Date(Date.UTC(y, m - 1, d));
  const by = "Hội đồng sáng kiến phường";
  return [
    {
      code: "SK01",
      name: "Số hóa hồ sơ hộ tịch bằng mã QR",
      authors: ["CN08", "CN09"],
      recognizedOn: on(15, 10),
      recognizedBy: by,
      scope: "Cấp phường",
      note: SAMPLE_NOTE,
    },
    {
      code: "SK02",
      name: "Sổ theo dõi thu ngân sách phường trên bảng tính dùng chung",
      authors: ["CN04"],
      recognizedOn: on(20, 9),
      recognizedBy: by,
      scope: "Cấp phường",
      note: SAMPLE_NOTE,
    },
    {
      code: "SK03",
      name: "Bản đồ số thửa đất phục vụ giải phóng mặt bằng",
      authors: ["CN06"],
      recognizedOn: on(12, 11, year - 1),
      recognizedBy: by,
      scope: "Cấp phường",
      note: SAMPLE_NOTE,
    },
    {
      code: "SK04",
      name: "Góc đọc sách cho trẻ mầm non tại tổ dân phố",
      authors: ["CN12", "CN13"],
      recognizedOn: on(5, 6),
      recognizedBy: "Phòng Giáo dục và Đào tạo",
      scope: "Trường học",
      note: SAMPLE_NOTE,
    },
  ];
}
