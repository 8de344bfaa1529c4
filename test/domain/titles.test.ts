/**
 * The title catalogue states the law as it was on the date of a decision: before 01/07/2025 the ward only
 * proposed "Tập thể lao động tiên tiến", "Chiến sĩ thi đua cơ sở" and "Tổ dân phố văn hóa" (Luật 06/2022
 * Điều 80 khoản 2: the district chair's); since then NĐ 129/2025 Điều 59 gives them to the commune chair.
 */
import { decidedByText, defaultTitles, deciderOn, titleMismatch, wardDecides, type Title } from "../../src/domain/titles";
import { validateRound } from "../../src/domain/validation";
import { syntheticRound } from "../../src/domain/validation/synthetic";
import { buildTitlesSheet, readTitles } from "../../src/sheets/titles";
import type { CellValue } from "../../src/workbook/port";

const d = (day: number, month: number, year: number) => new Date(Date.UTC(year, month - 1, day));
const byCode = (code: string): Title => defaultTitles().find((t) => t.code === code)!;

describe("who decides, by the date of the decision", () => {
  test("in 2024 the ward chair decides only LĐTT, Giấy khen and Gia đình văn hóa; the rest it proposes", () => {
    const on = d(15, 8, 2024);
    const ward = defaultTitles()
      .filter((t) => wardDecides(t, on))
      .map((t) => t.code);
    expect(ward).toEqual(["GK_TT", "LDTT", "GK_CN", "GDVH"]);
    expect(deciderOn(byCode("TTLDTT"), on)).toEqual({ level: "huyen", until: "30/06/2025", basis: "Luật TĐKT 06/2022/QH15 Điều 80 khoản 2" });
    expect(deciderOn(byCode("CSTDCS"), d(30, 6, 2025))?.level).toBe("huyen");
  });

  test("from 01/07/2025 the commune chair decides TTLĐTT, CSTĐCS and Tổ dân phố văn hóa too; TTLĐXS and Bằng khen stay the province's", () => {
    const on = d(1, 7, 2025);
    expect(deciderOn(byCode("TDPVH"), on)).toEqual({ level: "xa", from: "01/07/2025", basis: "NĐ 129/2025/NĐ-CP Điều 59" });
    const ward = defaultTitles()
      .filter((t) => wardDecides(t, on))
      .map((t) => t.code);
    expect(ward).toEqual(["TTLDTT", "TDPVH", "GK_TT", "LDTT", "CSTDCS", "GK_CN", "GDVH"]);
    expect(wardDecides(byCode("TTLDXS"), d(6, 12, 2026))).toBe(false);
  });

  test("the catalogue separates danh hiệu from hình thức khen thưởng, holds Gia đình văn hóa, and cites a basis on every line", () => {
    const titles = defaultTitles();
    expect(titles.filter((t) => t.category === "award").map((t) => t.code)).toEqual(["GK_TT", "BK_TT", "GK_CN", "BK_CN"]);
    expect(byCode("GDVH")).toMatchObject({ name: "Gia đình văn hóa", kind: "household", category: "title", cycle: "year" });
    for (const t of titles) expect([t.code, (t.basis ?? "").length > 0, (t.checks ?? "").length > 0]).toEqual([t.code, true, true]);
    expect(byCode("GK_TT").basis).toContain("Điều 75");
    expect(decidedByText(byCode("CSTDCS").deciders!)).toBe(
      "Chủ tịch UBND cấp huyện (phường đề nghị) (đến 30/06/2025); Chủ tịch UBND cấp xã (từ 01/07/2025)",
    );
  });
});

describe("registration: annual titles on the year's rows, and only for units that may hold them", () => {
  test("titleMismatch", () => {
    expect(titleMismatch(byCode("TDPVH"), "D1", { type: "TDP" })).toBe("year-only");
    expect(titleMismatch(byCode("TDPVH"), "NAM", { type: "TDP" })).toBeUndefined();
    expect(titleMismatch(byCode("TTLDTT"), "NAM", { type: "CHIBO" })).toBe("unit-type");
    expect(titleMismatch(byCode("TDPVH"), "NAM", { type: "TRUONG" })).toBe("unit-type");
    expect(titleMismatch(byCode("GK_TT"), "D1", { type: "CHIBO" })).toBeUndefined();
  });

  test("validation reports a Tổ dân phố văn hóa registered for Đợt 1 at its cell", () => {
    const input = syntheticRound({ units: 3, criteria: 6, judges: 2, seed: 1 });
    input.titles = defaultTitles();
    input.registrations = input.registrations.map((r) => ({ ...r, title: "Giấy khen tập thể" }));
    input.registrations[1] = { ...input.registrations[1]!, title: "Tổ dân phố văn hóa" };
    const found = validateRound(input).filter((f) => f.code.startsWith("REG_TITLE"));
    expect(found.map((f) => [f.code, f.severity, f.cell])).toEqual([["REG_TITLE_YEAR_ONLY", "error", "E3"]]);
    expect(found[0]!.message_vi).toBe(
      "“Tổ dân phố văn hóa” là danh hiệu xét hằng năm: đăng ký ở dòng của đợt Năm, không ở Đợt 1 (đợt thi đua chỉ xét Giấy khen, danh hiệu này sẽ không được bình xét).",
    );
  });
});

describe("`Danh hiệu` sheet", () => {
  const spec = buildTitlesSheet(defaultTitles(), { ward: "PHƯỜNG NAM CƯỜNG" });
  const header = spec.cells.findIndex((r) => r[0] === "Mã");
  const row = (code: string) => spec.cells.find((r) => r[0] === code)!;

  test("states for each title who decides before and since 01/07/2025, and no proposed title as the ward chair's", () => {
    expect(spec.cells[header]).toEqual([
      "Mã",
      "Danh hiệu",
      "Đối tượng",
      "Loại",
      "Chu kỳ xét",
      "Đơn vị được xét",
      "Cấp quyết định đến 30/6/2025",
      "Cấp quyết định từ 01/7/2025",
      "Add-in kiểm tra",
      "Căn cứ",
      "Ghi chú",
    ]);
    expect(row("TTLDTT").slice(2, 8)).toEqual([
      "Tập thể",
      "Danh hiệu thi đua",
      "Hằng năm",
      "Ban ngành; Trường học; Cơ quan - đơn vị",
      "Chủ tịch UBND cấp huyện (phường đề nghị)",
      "Chủ tịch UBND cấp xã",
    ]);
    expect(row("CSTDCS")[6]).toBe("Chủ tịch UBND cấp huyện (phường đề nghị)");
    expect(row("TDPVH")[6]).toBe("Chủ tịch UBND cấp huyện (phường đề nghị)");
    expect(row("TTLDXS").slice(6, 8)).toEqual(["Chủ tịch UBND cấp tỉnh (phường đề nghị)", "Chủ tịch UBND cấp tỉnh (phường đề nghị)"]);
    expect(row("GK_TT").slice(3, 8)).toEqual(["Hình thức khen thưởng", "Theo đợt hoặc năm", "Mọi loại đơn vị", "Chủ tịch UBND cấp xã", "Chủ tịch UBND cấp xã"]);
    expect(row("GDVH").slice(1, 4)).toEqual(["Gia đình văn hóa", "Hộ gia đình", "Danh hiệu thi đua"]);
    expect(String(row("TTLDTT")[9])).toContain("Điều 80 khoản 2");
  });

  test("reads back with the deciders by date, cycle and eligible units", () => {
    const read = readTitles({ name: spec.name, values: spec.cells as CellValue[][] });
    const t = read.find((x) => x.code === "TTLDTT")!;
    expect(t.cycle).toBe("year");
    expect(t.category).toBe("title");
    expect(t.eligible).toEqual(["BANNGANH", "TRUONG", "COQUAN"]);
    expect(wardDecides(t, d(1, 3, 2024))).toBe(false);
    expect(wardDecides(t, d(1, 3, 2026))).toBe(true);
    expect(read.find((x) => x.code === "GDVH")?.kind).toBe("household");
  });
});
