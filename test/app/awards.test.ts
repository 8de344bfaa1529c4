/**
 * The awards command on the exceljs host, the way a clerk uses it on the sample ward of 2024 (11 members
 * of Hội đồng, 20 people, 4 sáng kiến): ballots first, counts typed on Kiểm phiếu, then the result. The
 * expected outcomes are worked out by hand from the sample's rows.
 */
import ExcelJS from "exceljs";
import { awardsCommand } from "../../src/app/awards";
import { layoutPlan } from "../../src/app/layout";
import { prepareRound } from "../../src/app/prepare";
import { fillSampleTally } from "../../src/app/sampleAwards";
import { fillSampleRound } from "../../src/app/sampleRound";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { CellValue } from "../../src/workbook/port";
import { loadRaw, utc } from "../support/xlsx";

const TODAY = utc(2024, 12, 15);

async function sampleBook(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await layoutPlan({ wb, today: TODAY }, { sample: true });
  return ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
}

/** Types values as a person would in Excel: into the row whose first column holds `key`, under `header`. */
async function typeInto(
  wb: ExcelJsWorkbook,
  sheet: string,
  edits: readonly [key: string, header: string, value: ExcelJS.CellValue][],
): Promise<ExcelJsWorkbook> {
  const book = await loadRaw(await wb.toBuffer());
  const ws = book.getWorksheet(sheet)!;
  const headerRow = ws.getRow(1);
  const col = (h: string) => {
    for (let c = 1; c <= ws.columnCount; c++) if (headerRow.getCell(c).text === h) return c;
    throw new Error(`no ${h} on ${sheet}`);
  };
  for (const [key, header, value] of edits) {
    let row = 0;
    for (let r = 2; r <= ws.rowCount && !row; r++) if (ws.getCell(r, 1).text === key) row = r;
    if (!row) throw new Error(`no ${key} on ${sheet}`);
    ws.getCell(row, col(header)).value = value;
  }
  return ExcelJsWorkbook.fromBuffer((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

async function rowsOf(wb: ExcelJsWorkbook, sheet: string): Promise<Record<string, CellValue>[]> {
  const [d] = await wb.readSheets([sheet]);
  const header = d!.values[0]!.map((v) => String(v ?? ""));
  return d!.values
    .slice(1)
    .filter((r) => r[1] !== null && r[1] !== undefined && r[1] !== "")
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
}

const resultOf = async (wb: ExcelJsWorkbook) =>
  Object.fromEntries(
    (await rowsOf(wb, "Bình xét năm")).map((r) => [`${String(r["Mã"])} ${String(r["Danh hiệu"])}`, r["Kết quả"]]),
  );

describe("awards on the sample ward", () => {
  let wb: ExcelJsWorkbook;

  beforeAll(async () => {
    wb = await sampleBook();
  });

  it("writes one ballot per council member and a tally with the seven CSTĐCS candidates", async () => {
    const r = await awardsCommand({ wb, today: TODAY }, { ballots: true });
    expect(r.ok).toBe(true);
    expect(r.sheets.map((s) => [s.sheet, s.action])).toEqual([
      ["Kiểm phiếu", "created"],
      ["Phiếu bầu", "created"],
    ]);
    const tally = await rowsOf(wb, "Kiểm phiếu");
    expect(
      tally.map((t) => [t["Mã"], t["Danh hiệu"], t["Số thành viên Hội đồng"], t["Số có mặt"], t["Số phiếu đồng ý"]]),
    ).toEqual([
      ["CN01", "CSTĐCS", 11, null, null],
      ["CN04", "CSTĐCS", 11, null, null],
      ["CN08", "CSTĐCS", 11, null, null],
      ["CN10", "CSTĐCS", 11, null, null],
      ["CN12", "CSTĐCS", 11, null, null],
      ["CN15", "CSTĐCS", 11, null, null],
      ["CN18", "CSTĐCS", 11, null, null],
    ]);
    const [ballots] = await wb.readSheets(["Phiếu bầu"]);
    const text = ballots!.values.flat().filter((v) => typeof v === "string") as string[];
    expect(text.filter((t) => t === "PHIẾU BẦU")).toHaveLength(11);
    expect(text).toContain("Phiếu số 11/11");
    expect(text.filter((t) => t === "Vũ Thị Thanh")).toHaveLength(11);
    expect(text).not.toContain("Nguyễn Văn Đức"); // CN06: his sáng kiến is of 2023
    expect(text.filter((t) => t === "Không đồng ý")).toHaveLength(11);
    expect(r.messages[0]!.vi).toBe(
      "Đã lập 11 phiếu bầu trên trang “Phiếu bầu” (CSTĐCS: 7 người) và trang “Kiểm phiếu” để ghi kết quả kiểm phiếu.",
    );
  });

  it("compares each typed count with 80 % of all 11 members, and rejects a count above the council", async () => {
    wb = await typeInto(wb, "Kiểm phiếu", [
      ["CN01", "Số có mặt", 11],
      ["CN01", "Số phiếu đồng ý", 11],
      ["CN04", "Số có mặt", 11],
      ["CN04", "Số phiếu đồng ý", 10],
      ["CN08", "Số có mặt", 11],
      ["CN08", "Số phiếu đồng ý", 9],
      ["CN10", "Số có mặt", 9],
      ["CN10", "Số phiếu đồng ý", 8],
      ["CN12", "Số có mặt", 10],
      ["CN12", "Số phiếu đồng ý", 12],
      ["CN18", "Số có mặt", 11],
      ["CN18", "Số phiếu đồng ý", 11],
    ]);
    const r = await awardsCommand({ wb, today: TODAY }, { ballots: false });
    expect(r.ok).toBe(true);
    expect(await resultOf(wb)).toEqual({
      "CN01 LĐTT": "Đủ điều kiện",
      "CN02 LĐTT": "Đủ điều kiện",
      "CN03 LĐTT": "Không đủ điều kiện",
      "CN04 LĐTT": "Đủ điều kiện",
      "CN05 LĐTT": "Đủ điều kiện",
      "CN06 LĐTT": "Đủ điều kiện",
      "CN07 LĐTT": "Không đủ điều kiện",
      "CN08 LĐTT": "Đủ điều kiện",
      "CN09 LĐTT": "Đủ điều kiện",
      "CN10 LĐTT": "Đủ điều kiện",
      "CN11 LĐTT": "Đủ điều kiện",
      "CN12 LĐTT": "Đủ điều kiện",
      "CN13 LĐTT": "Đủ điều kiện",
      "CN14 LĐTT": "Đủ điều kiện",
      "CN15 LĐTT": "Đủ điều kiện",
      "CN16 LĐTT": "Đủ điều kiện",
      "CN17 LĐTT": "Không đủ điều kiện",
      "CN18 LĐTT": "Đủ điều kiện",
      "CN19 LĐTT": "Không đủ điều kiện",
      "CN20 LĐTT": "Không đủ điều kiện",
      "CN01 CSTĐCS": "Đủ điều kiện",
      "CN04 CSTĐCS": "Đủ điều kiện",
      "CN06 CSTĐCS": "Không đủ điều kiện",
      "CN08 CSTĐCS": "Đủ điều kiện",
      "CN10 CSTĐCS": "Không đạt tỷ lệ phiếu",
      "CN12 CSTĐCS": "Chưa bỏ phiếu",
      "CN15 CSTĐCS": "Chưa bỏ phiếu",
      "CN18 CSTĐCS": "Đủ điều kiện",
    });
    const over = r.findings.find((f) => f.code === "TALLY_YES_OVER_MEMBERS")!;
    expect(over).toMatchObject({ sheet: "Kiểm phiếu", cell: "F6", severity: "error" });
    const cn10 = (await rowsOf(wb, "Bình xét năm")).find((x) => x["Mã"] === "CN10" && x["Danh hiệu"] === "CSTĐCS")!;
    expect(cn10["Lý do"]).toBe("Được 8/11 thành viên Hội đồng đồng ý (72,7 %), cần từ 80 % trở lên.");
    expect(cn10["Số phiếu đồng ý"]).toBe(8);
    expect(cn10["Tính trên"]).toBe(11);
    expect(cn10["Tỷ lệ phiếu"]).toBe(0.7273);
    // Decided on 15/12/2024: CSTĐCS was still the district chair's.
    expect(cn10["Cấp quyết định"]).toBe("Chủ tịch UBND cấp huyện (phường đề nghị)");
    expect(r.sheets.map((s) => s.sheet)).toContain("Bình xét năm");
  });

  it("writes the papers from Bình xét năm: LĐTT decided by the ward, CSTĐCS proposed to the district on 15/12/2024", async () => {
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Biên bản họp Hội đồng",
        "Tờ trình khen thưởng",
        "Dự thảo Quyết định",
        "Danh sách kèm theo Quyết định",
        "Tờ trình cấp trên",
        "Danh sách đề nghị cấp trên",
      ]),
    );
    const texts = async (sheet: string) => {
      const [d] = await wb.readSheets([sheet]);
      return d!.values.flat().filter((v): v is string => typeof v === "string");
    };
    const decision = await texts("Dự thảo Quyết định");
    expect(decision).toContain("QUYẾT ĐỊNH");
    expect(decision).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(decision).toContain(
      "Điều 1. Công nhận danh hiệu thi đua năm 2024 cho 15 cá nhân, gồm: “Lao động tiên tiến”: 15 cá nhân (có danh sách kèm theo).",
    );
    const ldtt = (await rowsOf(wb, "Bình xét năm"))
      .filter((r) => r["Danh hiệu"] === "LĐTT" && r["Kết quả"] === "Đủ điều kiện")
      .map((r) => r["Họ và tên"]);
    expect(ldtt).toHaveLength(15);
    const decisionList = await texts("Danh sách kèm theo Quyết định");
    for (const name of ldtt) expect(decisionList).toContain(name);
    expect(decisionList).not.toContain("Trần Văn Phúc"); // CN03, Hoàn thành nhiệm vụ
    const proposal = await texts("Tờ trình cấp trên");
    expect(proposal).toContain("Kính gửi: Chủ tịch UBND thành phố Lào Cai");
    expect(proposal).toContain("- Danh hiệu “Chiến sĩ thi đua cơ sở”: 4 cá nhân;");
    const proposalList = await texts("Danh sách đề nghị cấp trên");
    for (const name of ["Vũ Thị Thanh", "Lê Thị Hồng", "Phùng Thị Dung", "Sầm Văn Khang"]) expect(proposalList).toContain(name);
    expect(proposalList).not.toContain("Bạch Thị Linh"); // CN10, 8 of 11
    const minutes = await texts("Biên bản họp Hội đồng");
    expect(minutes).toContain("BIÊN BẢN");
    expect(minutes).toContain("8/11");
    expect(minutes).toContain(
      "Hội đồng thống nhất: 15 cá nhân đủ điều kiện danh hiệu “Lao động tiên tiến”; 4 cá nhân đủ điều kiện danh hiệu “Chiến sĩ thi đua cơ sở” (danh sách kèm theo Tờ trình).",
    );
  });

  it("counts those present when Cấu hình says so: 8 of 9 present pass", async () => {
    wb = await typeInto(wb, "Cấu hình", [["VOTE_DENOMINATOR", "Giá trị", "Số thành viên có mặt"]]);
    await awardsCommand({ wb, today: TODAY }, { ballots: false });
    expect(await resultOf(wb)).toMatchObject({ "CN10 CSTĐCS": "Đủ điều kiện" });
  });

  it("applies a 20 % cap of the 15 LĐTT (3 places): the fourth in vote share is over", async () => {
    wb = await typeInto(wb, "Cấu hình", [
      ["VOTE_DENOMINATOR", "Giá trị", "Tổng số thành viên Hội đồng"],
      ["QUOTA_CSTDCS", "Giá trị", 0.2],
    ]);
    await awardsCommand({ wb, today: TODAY }, { ballots: false });
    expect(await resultOf(wb)).toMatchObject({
      "CN01 CSTĐCS": "Đủ điều kiện",
      "CN18 CSTĐCS": "Đủ điều kiện",
      "CN04 CSTĐCS": "Đủ điều kiện",
      "CN08 CSTĐCS": "Vượt tỷ lệ",
    });
    const [d] = await wb.readSheets(["Bình xét năm"]);
    const block = Object.fromEntries(
      d!.values.filter((r) => typeof r[r.length - 2] === "string").map((r) => [r[r.length - 2], r[r.length - 1]]),
    );
    expect(block).toMatchObject({
      "Số đạt Lao động tiên tiến": 15,
      "Tỷ lệ tối đa CSTĐCS": 0.2,
      "Chỉ tiêu CSTĐCS (làm tròn xuống)": 3,
      "Chỉ tiêu đã dùng": 3,
      "Chỉ tiêu còn lại": 0,
    });
  });

  it("keeps the counts typed when the ballots are written again, and never touches Cá nhân", async () => {
    const [before] = await wb.readSheets(["Cá nhân"]);
    const r = await awardsCommand({ wb, today: TODAY }, { ballots: true });
    expect(r.sheets.map((s) => [s.sheet, s.action])).toEqual([
      ["Kiểm phiếu", "replaced"],
      ["Phiếu bầu", "replaced"],
    ]);
    const tally = await rowsOf(wb, "Kiểm phiếu");
    expect(tally.find((t) => t["Mã"] === "CN04")).toMatchObject({ "Số có mặt": 11, "Số phiếu đồng ý": 10 });
    const [after] = await wb.readSheets(["Cá nhân"]);
    expect(after).toEqual(before);
  });
  it("cites in the draft decision each power once, as it stood on the decision's date (15/12/2024)", async () => {
    const [d] = await wb.readSheets(["Dự thảo Quyết định"]);
    const lines = d!.values.flat().filter((v): v is string => typeof v === "string" && v.startsWith("Căn cứ"));
    expect(lines).toEqual([
      "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
      "Căn cứ Luật TĐKT 06/2022/QH15 Điều 80 khoản 3;",
    ]);
  });
});

describe("an administrative sanction typed on Cá nhân", () => {
  it("fails CN02's LĐTT with the reason, and Bình xét năm shows the condition's answer", async () => {
    let wb = await sampleBook();
    wb = await typeInto(wb, "Cá nhân", [["CN02", "Xử phạt hành chính", "Có"]]);
    await awardsCommand({ wb, today: TODAY }, { ballots: false });
    const cn02 = (await rowsOf(wb, "Bình xét năm")).find((r) => r["Mã"] === "CN02" && r["Danh hiệu"] === "LĐTT")!;
    expect(cn02["Kết quả"]).toBe("Không đủ điều kiện");
    expect(cn02["Lý do"]).toBe("Bị xử phạt vi phạm hành chính trong năm 2024.");
    expect(cn02["Không bị xử phạt hành chính"]).toBe("Không đạt");
    const cn05 = (await rowsOf(wb, "Bình xét năm")).find((r) => r["Mã"] === "CN05" && r["Danh hiệu"] === "LĐTT")!;
    expect(cn05["Không bị xử phạt hành chính"]).toBe("Đạt");
  });
});

describe("a Cá nhân made before Xử phạt hành chính existed", () => {
  it("is kept as the clerk typed it by a new layout, read without the column, and the clerk is told", async () => {
    const made = await sampleBook();
    const book = await loadRaw(await made.toBuffer());
    const ws = book.getWorksheet("Cá nhân")!;
    // The older layout: eight columns, the last Ghi chú; the clerk noted something on CN03.
    expect(ws.getCell(1, 9).text).toBe("Xử phạt hành chính");
    for (let r = 1; r <= ws.rowCount; r++) ws.getCell(r, 9).value = null;
    ws.getCell(4, 8).value = "Nghỉ thai sản 3 tháng";
    let wb = await ExcelJsWorkbook.fromBuffer((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const [before] = await wb.readSheets(["Cá nhân"]);
    const laid = await layoutPlan({ wb, today: TODAY }, { sample: true });
    expect(laid.sheets.find((s) => s.sheet === "Cá nhân")?.action).toBe("kept");
    wb = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
    expect((await wb.readSheets(["Cá nhân"]))[0]).toEqual(before);
    expect(before!.values[3]!.slice(0, 8)).toEqual([
      "CN03",
      "Trần Văn Phúc",
      "Nhân viên hợp đồng",
      "BN01",
      "Hoàn thành nhiệm vụ",
      null,
      "LĐTT",
      "Nghỉ thai sản 3 tháng",
    ]);
    const r = await awardsCommand({ wb, today: TODAY }, { ballots: false });
    expect(r.ok).toBe(true);
    expect(r.messages.map((m) => m.vi)).toContain(
      "Trang “Cá nhân” chưa có cột “Xử phạt hành chính”: chưa ai được coi là bị xử phạt hành chính. Thêm cột này (ghi “Có” cho người bị xử phạt trong năm) nếu có.",
    );
    expect(await resultOf(wb)).toMatchObject({ "CN02 LĐTT": "Đủ điều kiện", "CN03 LĐTT": "Không đủ điều kiện" });
  });
});

describe("awards on a workbook without Cá nhân", () => {
  it("creates the two lists for the clerk to fill and says so", async () => {
    const wb = ExcelJsWorkbook.create();
    await layoutPlan({ wb, today: TODAY }, { sample: false });
    const r = await awardsCommand({ wb, today: TODAY }, { ballots: false });
    expect(r.ok).toBe(false);
    expect(r.sheets.map((s) => [s.sheet, s.action])).toEqual([
      ["Cá nhân", "created"],
      ["Sáng kiến", "created"],
    ]);
    expect(r.messages[0]!.vi).toContain("Chưa có trang “Cá nhân”");
  });
});

/**
 * The sample ward with its year's round scored (every unit's tier "Tốt" or better) and the council's sample
 * count: the units of Cá nhân are checked for "Tập thể lao động tiên tiến" by hand. BN01 has 2 of 3 members
 * LĐTT (CN03 only completed her tasks), BN03 1 of 2 (CN07 reprimanded), TR03 1 of 2 (CN17 failed), the
 * others all; CQ01 has 1 of 3 (CN19 warned, CN20 not registered) and a member warned: not eligible.
 */
describe("the collective titles in the year's papers", () => {
  let wb: ExcelJsWorkbook;
  const texts = async (sheet: string) => {
    const [d] = await wb.readSheets([sheet]);
    return d!.values.flat().filter((v): v is string => typeof v === "string");
  };
  const UNITS_2024 = [
    [1, "Văn phòng - Thống kê", "2/3 thành viên đạt Lao động tiên tiến"],
    [2, "Tài chính - Kế toán", "2/2 thành viên đạt Lao động tiên tiến"],
    [3, "Địa chính - Xây dựng - Môi trường", "1/2 thành viên đạt Lao động tiên tiến"],
    [4, "Tư pháp - Hộ tịch", "2/2 thành viên đạt Lao động tiên tiến"],
    [5, "Văn hóa - Xã hội", "2/2 thành viên đạt Lao động tiên tiến"],
    [6, "Trường Mầm non Nam Cường", "2/2 thành viên đạt Lao động tiên tiến"],
    [7, "Trường Tiểu học Nam Cường", "2/2 thành viên đạt Lao động tiên tiến"],
    [8, "Trường Trung học cơ sở Nam Cường", "1/2 thành viên đạt Lao động tiên tiến"],
  ];
  const tableAfter = async (sheet: string, heading: string) => {
    const [d] = await wb.readSheets([sheet]);
    const at = d!.values.findIndex((r) => r[0] === heading);
    expect(at).toBeGreaterThan(0);
    const out: CellValue[][] = [];
    for (let r = at + 2; r < d!.values.length && typeof d!.values[r]![0] === "number"; r++) out.push(d!.values[r]!.slice(0, 3));
    return out;
  };

  beforeAll(async () => {
    wb = await sampleBook();
    const ctx = { wb, today: TODAY };
    expect((await prepareRound(ctx, "NAM")).ok).toBe(true);
    expect((await fillSampleRound(ctx, "NAM", { mistakes: false })).ok).toBe(true);
    await awardsCommand(ctx, { ballots: true });
    await fillSampleTally(ctx);
  }, 60000);

  it("on 15/12/2024 proposes the eight units to the district with their counts from Danh hiệu tập thể", async () => {
    const r = await awardsCommand({ wb, today: TODAY }, { ballots: false });
    expect(r.messages.map((m) => m.vi)).toContain(
      'Đã lập "Danh hiệu tập thể": 8 đơn vị đủ điều kiện, 1 không đủ, 19 chưa đủ dữ liệu.',
    );
    const sheet = await wb.readSheets(["Danh hiệu tập thể"]);
    expect(sheet[0]!.values.find((row) => row[0] === "CQ01")?.slice(3, 6)).toEqual(["Không đủ điều kiện", 3, 1]);
    expect(await tableAfter("Danh sách đề nghị cấp trên", "2. Danh hiệu “Tập thể lao động tiên tiến” (8 tập thể)")).toEqual(
      UNITS_2024,
    );
    const proposal = await texts("Tờ trình cấp trên");
    expect(proposal).toContain(
      "Ủy ban nhân dân phường Nam Cường kính trình Chủ tịch UBND thành phố Lào Cai xem xét, công nhận danh hiệu thi đua năm 2024 cho 6 cá nhân và 8 tập thể, gồm:",
    );
    expect(proposal).toContain("- Danh hiệu “Tập thể lao động tiên tiến”: 8 tập thể;");
    // The ward's own decision keeps to LĐTT: TTLĐTT was the district chair's until 30/06/2025.
    const decision = await texts("Dự thảo Quyết định");
    expect(decision).toContain(
      "Điều 1. Công nhận danh hiệu thi đua năm 2024 cho 15 cá nhân, gồm: “Lao động tiên tiến”: 15 cá nhân (có danh sách kèm theo).",
    );
    expect(await texts("Danh sách kèm theo Quyết định")).not.toContain("Tài chính - Kế toán");
    expect(await texts("Biên bản họp Hội đồng")).toContain(
      "Về danh hiệu tập thể, Hội đồng thống nhất: 8 tập thể đủ điều kiện danh hiệu “Tập thể lao động tiên tiến”.",
    );
    const minutes = await texts("Biên bản họp Hội đồng");
    // The chủ quản line abbreviated, so it fits its half of the page beside the quốc hiệu.
    expect(minutes.slice(0, 2)).toEqual(["UBND PHƯỜNG NAM CƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    expect(minutes).toContain("Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu thi đua năm 2024");
  });

  it("on 15/07/2025 the ward chair decides them: they move into the draft Quyết định and its list", async () => {
    wb = await typeInto(wb, "Cấu hình", [["AWARD_DECISION_DATE", "Giá trị", utc(2025, 7, 15)]]);
    const r = await awardsCommand({ wb, today: TODAY }, { ballots: false });
    // Nobody is proposed to the level above any more: its two papers, made by the run before, go.
    expect(r.messages.map((m) => m.vi)).toEqual(
      expect.arrayContaining([
        "Đã xóa trang “Tờ trình cấp trên” (không còn dùng).",
        "Đã xóa trang “Danh sách đề nghị cấp trên” (không còn dùng).",
      ]),
    );
    const after = [
      ...["Kế hoạch", "Mục đích, tổ chức", "Phong trào", "Đợt thi đua", "Căn cứ", "Đơn vị", "Hội đồng", "Cá nhân"],
      ...["Sáng kiến", "Cấu hình", "Tiêu chí", "Danh hiệu", "Đăng ký"],
      ...["Trang", "Hạnh", "Thanh", "Việt", "Lan", "Nam", "Chiến", "Cường", "Toàn", "Linh"].map((j) => `Chấm điểm Năm - ${j}`),
      ...["Kiểm phiếu", "Phiếu bầu", "Bình xét năm", "Danh hiệu tập thể", "Biên bản họp Hội đồng", "Tờ trình khen thưởng"],
      ...["Dự thảo Quyết định", "Danh sách kèm theo Quyết định"],
    ];
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(after);
    // Saved and opened again, the file has them no more either.
    wb = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(after);
    const decision = await texts("Dự thảo Quyết định");
    expect(decision).toContain(
      "Điều 1. Công nhận danh hiệu thi đua năm 2024 cho 21 cá nhân và 8 tập thể, gồm: “Lao động tiên tiến”: 15 cá nhân; “Chiến sĩ thi đua cơ sở”: 6 cá nhân; “Tập thể lao động tiên tiến”: 8 tập thể (có danh sách kèm theo).",
    );
    expect(decision).toContain(
      "Điều 3. Văn phòng HĐND và UBND, bộ phận làm công tác thi đua, khen thưởng, các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
    );
    expect(await tableAfter("Danh sách kèm theo Quyết định", "3. Danh hiệu “Tập thể lao động tiên tiến” (8 tập thể)")).toEqual(
      UNITS_2024,
    );
    expect((await texts("Danh sách kèm theo Quyết định"))[1]).toBe(
      "Tập thể, cá nhân được công nhận danh hiệu thi đua năm 2024\n(Kèm theo Quyết định số ....../QĐ-UBND ngày ...... của Chủ tịch UBND phường Nam Cường)",
    );
  });

  it("keeps a stale paper a person edited or renamed (no longer the add-in's), and a person's own sheet", async () => {
    wb = await typeInto(wb, "Cấu hình", [["AWARD_DECISION_DATE", "Giá trị", utc(2024, 12, 20)]]);
    await awardsCommand({ wb, today: TODAY }, { ballots: false });
    const book = await loadRaw(await wb.toBuffer());
    // The clerk types the paper's number on the Tờ trình to the district and writes a note of her own.
    book.getWorksheet("Tờ trình cấp trên")!.getCell("A30").value = "Số 12/TTr-UBND";
    book.getWorksheet("Danh sách đề nghị cấp trên")!.name = "Đề nghị huyện (bản đã gửi)";
    book.addWorksheet("Ghi chú của tôi").getCell("A1").value = "Tờ trình cấp trên đã gửi ngày 21/12/2024";
    wb = await ExcelJsWorkbook.fromBuffer((await book.xlsx.writeBuffer()) as ArrayBuffer);
    wb = await typeInto(wb, "Cấu hình", [["AWARD_DECISION_DATE", "Giá trị", utc(2025, 7, 15)]]);
    const r = await awardsCommand({ wb, today: TODAY }, { ballots: false });
    expect(r.messages.map((m) => m.vi).filter((m) => m.includes("không còn dùng"))).toEqual([
      "Trang “Tờ trình cấp trên” không còn dùng nhưng đã được sửa sau khi tiện ích tạo: giữ lại; xóa tay nếu không cần.",
    ]);
    expect((await wb.listSheets()).map((s) => s.name).slice(-9)).toEqual([
      "Bình xét năm",
      "Danh hiệu tập thể",
      "Biên bản họp Hội đồng",
      "Tờ trình khen thưởng",
      "Dự thảo Quyết định",
      "Danh sách kèm theo Quyết định",
      "Tờ trình cấp trên",
      "Đề nghị huyện (bản đã gửi)",
      "Ghi chú của tôi",
    ]);
  });
});

describe("the decision's date on Cấu hình (AWARD_DECISION_DATE, typed dd/mm/yyyy)", () => {
  const decisionOn = async (typed: string) => {
    let wb = await sampleBook();
    wb = await typeInto(wb, "Cấu hình", [["AWARD_DECISION_DATE", "Giá trị", typed]]);
    await awardsCommand({ wb, today: TODAY }, { ballots: false });
    const [d] = await wb.readSheets(["Dự thảo Quyết định"]);
    const texts = d!.values.flat().filter((v): v is string => typeof v === "string");
    const cn01 = (await rowsOf(wb, "Bình xét năm")).find((r) => r["Mã"] === "CN01" && r["Danh hiệu"] === "CSTĐCS")!;
    return {
      dateline: texts.find((t) => t.includes(", ngày ")),
      powers: texts.filter((t) => t.startsWith("Căn cứ") && !t.includes("ngày 15 tháng 6 năm 2022")),
      cstdcsDecider: cn01["Cấp quyết định"],
    };
  };

  it("24/12/2024: the draft is dated that day, and CSTĐCS is still the district chair's to decide", async () => {
    expect(await decisionOn("24/12/2024")).toEqual({
      dateline: "Nam Cường, ngày 24 tháng 12 năm 2024",
      powers: ["Căn cứ Luật TĐKT 06/2022/QH15 Điều 80 khoản 3;"],
      cstdcsDecider: "Chủ tịch UBND cấp huyện (phường đề nghị)",
    });
  });

  it("05/01/2026: after 01/07/2025 the ward chair decides CSTĐCS and the draft cites NĐ 129/2025", async () => {
    expect(await decisionOn("05/01/2026")).toEqual({
      dateline: "Nam Cường, ngày 05 tháng 01 năm 2026",
      powers: ["Căn cứ Luật TĐKT 06/2022/QH15 Điều 80 khoản 3;", "Căn cứ NĐ 129/2025/NĐ-CP Điều 59;"],
      cstdcsDecider: "Chủ tịch UBND cấp xã",
    });
  });
});
