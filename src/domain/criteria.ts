/**
 * The criteria grids (`Tiêu chí`) and the pure questions asked of them: which criteria apply to a unit
 * (a judge's total is ranking/publishedTotal's). The clerk may edit the sheet; these are only the defaults written the first time.
 */
import type { Criterion, CriterionKind, Unit, UnitType } from "./types";

const TDP: UnitType[] = ["TDP"];
/** Every unit type that is not a tổ dân phố shares the second grid. */
const OTHER: UnitType[] = ["CHIBO", "DOANTHE", "TRUONG", "BANNGANH", "COQUAN"];

function group(code: string, text: string, max: number, appliesTo: string[], groupMinShare = 0.5): Criterion {
  return { code, group: code, text, max, kind: "base", appliesTo, groupMinShare, isGroup: true };
}
function item(code: string, text: string, max: number, appliesTo: string[], kind: CriterionKind = "base"): Criterion {
  const g = code.includes(".") ? code.slice(0, code.indexOf(".")) : code;
  return { code, group: g, text, max, kind, appliesTo };
}

/** The 100-point tổ dân phố grid of domain research §4.3 [P], item for item. */
function tdpGrid(): Criterion[] {
  return [
    group("I", "Xây dựng hệ thống chính trị, chấp hành chủ trương, pháp luật", 20, TDP),
    item("I.1", "Tổ chức họp, quán triệt nghị quyết; chi bộ tổ dân phố xếp loại “Hoàn thành tốt nhiệm vụ” trở lên", 6, TDP),
    item("I.2", "Đăng ký, ký giao ước thi đua đúng hạn; báo cáo từng đợt đúng hạn", 4, TDP),
    item("I.3", "Thực hiện dân chủ ở cơ sở; không có khiếu nại, kiến nghị vượt cấp", 5, TDP),
    item("I.4", "Các chi hội đoàn thể ở tổ dân phố (Phụ nữ, Cựu chiến binh, Đoàn…) đạt “vững mạnh”", 5, TDP),
    group("II", "Phát triển kinh tế, thực hiện nghĩa vụ tài chính", 20, TDP),
    item("II.1", "Thu thuế, phí và các quỹ của phường đạt 100% chỉ tiêu trở lên", 8, TDP),
    item("II.2", "Mô hình kinh tế hộ gia đình; đạt chỉ tiêu giảm hộ nghèo", 6, TDP),
    item("II.3", "Đạt chỉ tiêu bảo hiểm y tế; đóng góp xây dựng công trình công cộng", 6, TDP),
    group("III", "Văn hóa – xã hội, giáo dục, gia đình", 25, TDP),
    item("III.1", "Tỷ lệ hộ đạt “Gia đình văn hóa” (từ 80% trở lên: điểm tối đa)", 6, TDP),
    item("III.2", "Xã hội học tập, khuyến học: gia đình hiếu học, phổ cập giáo dục", 5, TDP),
    item("III.3", "Thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội; không mê tín, tệ nạn xã hội", 5, TDP),
    item("III.4", "Dân số, kế hoạch hóa gia đình; bảo vệ trẻ em; chăm sóc người có công (“Đền ơn đáp nghĩa”)", 5, TDP),
    item("III.5", "Hoạt động văn hóa, thể thao, sinh hoạt cộng đồng tại nhà văn hóa", 4, TDP),
    group("IV", "Môi trường, trật tự đô thị, cải cách hành chính", 15, TDP),
    item("IV.1", "Thu gom rác thải; đường phố “xanh – sạch – đẹp”; không xả rác, lấn chiếm", 7, TDP),
    item("IV.2", "Trật tự xây dựng, quản lý đất đai; không có công trình xây dựng trái phép", 4, TDP),
    item("IV.3", "Hỗ trợ cải cách hành chính: dịch vụ công trực tuyến, định danh điện tử (VNeID)", 4, TDP),
    group("V", "Quốc phòng, an ninh trật tự, đoàn kết cộng đồng", 20, TDP),
    item("V.1", "“Toàn dân bảo vệ an ninh Tổ quốc”: tổ tự quản; không có tội phạm nghiêm trọng", 8, TDP),
    item("V.2", "Hoàn thành chỉ tiêu tuyển quân; nhiệm vụ dân quân (“Quốc phòng toàn dân”)", 5, TDP),
    item("V.3", "Phòng cháy, chữa cháy; không để xảy ra cháy do sơ suất", 3, TDP),
    item("V.4", "Hòa giải thành; đoàn kết, tương trợ trong cộng đồng", 4, TDP),
  ];
}

/**
 * [P] Grid for chi bộ, đoàn thể, trường, ban ngành and cơ quan: no verified ward template exists
 * (research §3.6), so this is a plausible 100-point grid shaped like the district grids found there.
 */
function otherGrid(): Criterion[] {
  return [
    group("A", "Công tác chính trị tư tưởng, xây dựng tổ chức", 25, OTHER),
    item("A.1", "Quán triệt, thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước", 8, OTHER),
    item("A.2", "Xây dựng tổ chức vững mạnh; đoàn kết nội bộ; không có cán bộ, hội viên bị kỷ luật", 9, OTHER),
    item("A.3", "Đăng ký, ký giao ước thi đua; báo cáo đúng hạn", 8, OTHER),
    group("B", "Thực hiện nhiệm vụ chuyên môn, chỉ tiêu được giao", 40, OTHER),
    item("B.1", "Hoàn thành các chỉ tiêu, nhiệm vụ trọng tâm của năm", 20, OTHER),
    item("B.2", "Chất lượng, hiệu quả công tác; đổi mới phương thức hoạt động", 12, OTHER),
    item("B.3", "Phối hợp với các tổ dân phố, đơn vị trong phường", 8, OTHER),
    group("C", "Tham gia phong trào thi đua, các cuộc vận động", 20, OTHER),
    item("C.1", "Hưởng ứng các phong trào thi đua, đợt thi đua do phường phát động", 10, OTHER),
    item("C.2", "Nhân rộng điển hình tiên tiến, gương người tốt việc tốt", 5, OTHER),
    item("C.3", "Tham gia các hoạt động an sinh xã hội, đền ơn đáp nghĩa", 5, OTHER),
    group("D", "Kỷ luật, kỷ cương hành chính, cải cách hành chính", 15, OTHER),
    item("D.1", "Chấp hành kỷ luật, kỷ cương; thực hành tiết kiệm, chống lãng phí", 8, OTHER),
    item("D.2", "Ứng dụng công nghệ thông tin, chuyển đổi số, cải cách hành chính", 7, OTHER),
  ];
}

/** Bonus, deduction and veto lines of research §4.3; shared lines apply to every unit. */
function extraLines(): Criterion[] {
  return [
    item("TH.1", "Dẫn đầu phong trào hoặc đợt thi đua (2 điểm mỗi đợt)", 6, [], "bonus"),
    item("TH.2", "Mô hình, sáng kiến được phường (2 điểm) hoặc thành phố (3 điểm) công nhận", 3, [], "bonus"),
    item("TH.3", "Vận động đóng góp quỹ, xây dựng công trình công cộng nổi bật", 2, [], "bonus"),
    item("TR.1", "Báo cáo chậm hoặc không báo cáo (1 điểm mỗi báo cáo)", 5, [], "deduction"),
    item("TR.2", "Để xảy ra vụ việc nghiêm trọng về an ninh trật tự", 5, TDP, "deduction"),
    item("TR.3", "Phát sinh công trình xây dựng trái phép (2 điểm mỗi trường hợp)", 0, TDP, "deduction"),
    item("TR.4", "Vi phạm về môi trường (2 điểm mỗi trường hợp)", 0, TDP, "deduction"),
    item("TR.5", "Cán bộ, hội viên bị kỷ luật từ khiển trách trở lên (2 điểm mỗi trường hợp)", 0, OTHER, "deduction"),
    item("L.1", "Có vụ án tổ chức đánh bạc hoặc ma túy trên địa bàn tổ dân phố", 0, TDP, "veto"),
    item("L.2", "Có đơn thư khiếu kiện đông người vượt cấp", 0, [], "veto"),
  ].map((c) => ({ ...c, group: c.code.slice(0, c.code.indexOf(".")) }));
}

export function defaultCriteria(): Criterion[] {
  return [...tdpGrid(), ...otherGrid(), ...extraLines()];
}

/** Group headers carry no points themselves: only items are scored. */
export function isScored(c: Criterion): boolean {
  return !c.isGroup;
}

export function appliesToUnit(c: Criterion, unit: Pick<Unit, "type" | "block">): boolean {
  if (c.appliesTo.length === 0) return true;
  for (const a of c.appliesTo) if (a === unit.type || a === unit.block) return true;
  return false;
}

/** The scored lines that apply to a unit, in sheet order. */
export function criteriaForUnit(criteria: readonly Criterion[], unit: Pick<Unit, "type" | "block">): Criterion[] {
  return criteria.filter((c) => isScored(c) && appliesToUnit(c, unit));
}

/** A grid = the ordered list of scored criteria codes a unit gets; units with equal keys share a block. */
export function gridKey(criteria: readonly Criterion[]): string {
  return criteria.map((c) => c.code).join("|");
}

export const KIND_LABELS: Readonly<Record<CriterionKind, string>> = {
  base: "Cơ bản",
  bonus: "Điểm thưởng",
  deduction: "Điểm trừ",
  veto: "Điểm liệt",
};
