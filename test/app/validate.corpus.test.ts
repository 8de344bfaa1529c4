/**
 * The corpus: the clean workbook with ONE problem planted per rule, typed into the saved file as a person
 * would. Each must be found with its rule code, sheet and cell; the clean workbook gives no finding at all.
 */
import { validateRoundCommand } from "../../src/app/validate";
import type { Finding } from "../../src/domain/types";
import type { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { cleanWorkbook, ctxOf, inputAddress, judgeSheetNames, nextFreeRow, readModel, rowOf, settingCell, sheet, type, unitRow } from "../support/corpus";

const TRANG = "Chấm điểm Đ1 - Trang";
const HANH = "Chấm điểm Đ1 - Hạnh";

interface Expect {
  code: string;
  sheet: string;
  cell: string;
  severity?: "error" | "warning";
  /** The Vietnamese message, written out, where the plant pins it. */
  message?: string;
}
type Plant = (wb: ExcelJsWorkbook) => Promise<Expect>;

/**
 * A judge's input cell written out, as a person would name it, checked against what the sheet shows there:
 * the unit's code in column A of its row and the criterion's code in its block's header row. The production
 * readers never find the cell, so a reader that is one row or column off cannot move the plant with it.
 */
function inputAt(wb: ExcelJsWorkbook, name: string, cell: string, unitCode: string, headerRow: number, critCode: string): string {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell)!;
  expect([sheet(wb, name).getCell(`A${row}`).value, sheet(wb, name).getCell(`${col}${headerRow}`).value]).toEqual([unitCode, critCode]);
  return cell;
}

/** A unit's row on a judge sheet written out, checked against the code in its column A. */
function rowAt(wb: ExcelJsWorkbook, name: string, row: number, unitCode: string): number {
  expect(sheet(wb, name).getCell(`A${row}`).value).toBe(unitCode);
  return row;
}

async function findings(wb: ExcelJsWorkbook): Promise<Finding[]> {
  return (await validateRoundCommand(ctxOf(wb), "D1")).findings;
}

function regRow(wb: ExcelJsWorkbook, values: (string | Date | null)[]): number {
  const r = nextFreeRow(wb, "Đăng ký");
  values.forEach((v, i) => type(wb, "Đăng ký", `${"ABCDEFGHI"[i]}${r}`, v));
  return r;
}

const PLANTS: Record<string, Plant> = {
  // Registration
  REG_UNKNOWN_UNIT: async (wb) => {
    const r = regRow(wb, ["Đợt 1", "Tập thể", "TDP99", null, "Giấy khen tập thể", null, new Date(Date.UTC(2024, 0, 12)), "Có"]);
    return { code: "REG_UNKNOWN_UNIT", sheet: "Đăng ký", cell: `C${r}`, severity: "error" };
  },
  REG_UNIT_CODE_FORM: async (wb) => {
    type(wb, "Đăng ký", "C4", "tdp03");
    return { code: "REG_UNIT_CODE_FORM", sheet: "Đăng ký", cell: "C4", severity: "warning" };
  },
  REG_UNKNOWN_PERSON: async (wb) => {
    const r = regRow(wb, ["Đợt 1", "Cá nhân", "TDP01", null, "Giấy khen cá nhân", null, new Date(Date.UTC(2024, 0, 12)), "Có"]);
    return { code: "REG_UNKNOWN_PERSON", sheet: "Đăng ký", cell: `D${r}` };
  },
  REG_UNKNOWN_TITLE: async (wb) => {
    type(wb, "Đăng ký", "E3", "Cờ thi đua của Chính phủ");
    return {
      code: "REG_UNKNOWN_TITLE",
      sheet: "Đăng ký",
      cell: "E3",
      message: "Danh hiệu “Cờ thi đua của Chính phủ” không có trong danh mục Danh hiệu.",
    };
  },
  REG_DUPLICATE: async (wb) => {
    const r = regRow(wb, ["Đợt 1", "Tập thể", "TDP01", null, "giấy khen  tập thể", null, new Date(Date.UTC(2024, 0, 12)), "Có"]);
    return { code: "REG_DUPLICATE", sheet: "Đăng ký", cell: `E${r}` };
  },
  REG_TITLE_KIND: async (wb) => {
    type(wb, "Đăng ký", "E2", "Lao động tiên tiến");
    return { code: "REG_TITLE_KIND", sheet: "Đăng ký", cell: "E2" };
  },
  REG_TITLE_YEAR_ONLY: async (wb) => {
    type(wb, "Đăng ký", "E3", "Tổ dân phố văn hóa");
    return { code: "REG_TITLE_YEAR_ONLY", sheet: "Đăng ký", cell: "E3" };
  },
  REG_TITLE_UNIT_TYPE: async (wb) => {
    // A chi bộ is commended by the Đảng ủy, not proposed for the province's Bằng khen.
    let r = 0;
    sheet(wb, "Đăng ký").eachRow((row, i) => {
      if (!r && row.getCell(3).value === "CB01") r = i;
    });
    type(wb, "Đăng ký", `E${r}`, "Bằng khen tập thể (đề nghị)");
    return { code: "REG_TITLE_UNIT_TYPE", sheet: "Đăng ký", cell: `E${r}` };
  },
  REG_LATE: async (wb) => {
    type(wb, "Đăng ký", "G4", new Date(Date.UTC(2024, 1, 15)));
    return { code: "REG_LATE", sheet: "Đăng ký", cell: "G4", severity: "warning" };
  },
  REG_COVENANT_MISSING: async (wb) => {
    type(wb, "Cấu hình", settingCell(wb, "COVENANT_REQUIRED"), "D1, NAM");
    type(wb, "Đăng ký", "H5", "Không");
    return { code: "REG_COVENANT_MISSING", sheet: "Đăng ký", cell: "H5" };
  },
  REG_MISSING: async (wb) => {
    for (const c of "ABCDEFGH") type(wb, "Đăng ký", `${c}2`, null);
    return { code: "REG_MISSING", sheet: "Đơn vị", cell: `A${rowOf(wb, "Đơn vị", "TDP01")}`, severity: "warning" };
  },
  REG_BAD_ROUND: async (wb) => {
    type(wb, "Đăng ký", "A6", "Đợt 9");
    return { code: "REG_BAD_ROUND", sheet: "Đăng ký", cell: "A6" };
  },
  REG_BAD_KIND: async (wb) => {
    type(wb, "Đăng ký", "B7", "Hộ gia đình");
    return { code: "REG_BAD_KIND", sheet: "Đăng ký", cell: "B7" };
  },
  REG_BAD_DATE: async (wb) => {
    type(wb, "Đăng ký", "G8", "32/01/2024");
    return { code: "REG_BAD_DATE", sheet: "Đăng ký", cell: "G8", severity: "warning" };
  },
  REG_SHEET_MISSING: async (wb) => {
    wb.book.removeWorksheet(sheet(wb, "Đăng ký").id);
    return { code: "REG_SHEET_MISSING", sheet: "Đăng ký", cell: "" };
  },
  // Criteria
  CRIT_DUPLICATE_CODE: async (wb) => {
    const r = rowOf(wb, "Tiêu chí", "I.2");
    type(wb, "Tiêu chí", `A${r}`, "I.1");
    return { code: "CRIT_DUPLICATE_CODE", sheet: "Tiêu chí", cell: `A${r}` };
  },
  CRIT_GROUP_SUM: async (wb) => {
    type(wb, "Tiêu chí", `D${rowOf(wb, "Tiêu chí", "II.1")}`, 9);
    return { code: "CRIT_GROUP_SUM", sheet: "Tiêu chí", cell: `D${rowOf(wb, "Tiêu chí", "II")}` };
  },
  CRIT_BASE_TOTAL: async (wb) => {
    // Group and item both raised: the group adds up, the grid does not.
    type(wb, "Tiêu chí", `D${rowOf(wb, "Tiêu chí", "A")}`, 26);
    type(wb, "Tiêu chí", `D${rowOf(wb, "Tiêu chí", "A.1")}`, 9);
    return { code: "CRIT_BASE_TOTAL", sheet: "Tiêu chí", cell: `D${rowOf(wb, "Tiêu chí", "A.1")}` };
  },
  CRIT_ORPHAN_ITEM: async (wb) => {
    const r = rowOf(wb, "Tiêu chí", "III.5");
    type(wb, "Tiêu chí", `B${r}`, "IX");
    return { code: "CRIT_ORPHAN_ITEM", sheet: "Tiêu chí", cell: `B${r}`, severity: "warning" };
  },
  CRIT_NO_BONUS_CAP: async (wb) => {
    // A blank value falls back to the default (the settings reader warns); 0 is how a cap gets removed.
    const cell = settingCell(wb, "BONUS_CAP");
    type(wb, "Cấu hình", cell, 0);
    return { code: "CRIT_NO_BONUS_CAP", sheet: "Cấu hình", cell };
  },
  CRIT_BAD_MAX: async (wb) => {
    const r = rowOf(wb, "Tiêu chí", "IV.2");
    type(wb, "Tiêu chí", `D${r}`, "bốn");
    return { code: "CRIT_BAD_MAX", sheet: "Tiêu chí", cell: `D${r}` };
  },
  CRIT_BAD_KIND: async (wb) => {
    const r = rowOf(wb, "Tiêu chí", "TH.3");
    type(wb, "Tiêu chí", `E${r}`, "Khuyến khích");
    return { code: "CRIT_BAD_KIND", sheet: "Tiêu chí", cell: `E${r}` };
  },
  CRIT_SHEET_MISSING: async (wb) => {
    wb.book.removeWorksheet(sheet(wb, "Tiêu chí").id);
    return { code: "CRIT_SHEET_MISSING", sheet: "Tiêu chí", cell: "" };
  },
  // Scoring
  SCORE_BLANK_UNIT: async (wb) => {
    const cell = inputAt(wb, TRANG, "H15", "TDP03", 11, "II.2");
    type(wb, TRANG, cell, null);
    return { code: "SCORE_BLANK_UNIT", sheet: TRANG, cell, severity: "warning" };
  },
  SCORE_BLANK_JUDGE: async (wb) => {
    // The link goes to the judge's first blank input, so the pane can select it.
    const cell = inputAt(wb, HANH, "F34", "CB02", 31, "B.1");
    type(wb, HANH, cell, null);
    return { code: "SCORE_BLANK_JUDGE", sheet: HANH, cell, severity: "warning" };
  },
  SCORE_NOT_NUMBER: async (wb) => {
    const cell = inputAt(wb, TRANG, "E16", "TDP04", 11, "I.3");
    type(wb, TRANG, cell, "khá");
    return { code: "SCORE_NOT_NUMBER", sheet: TRANG, cell, severity: "error", message: "“khá” không phải là số (đơn vị TDP04, tiêu chí I.3)." };
  },
  SCORE_TEXT_NUMBER: async (wb) => {
    const cell = inputAt(wb, TRANG, "G17", "TDP05", 11, "II.1");
    type(wb, TRANG, cell, "6,5");
    return { code: "SCORE_TEXT_NUMBER", sheet: TRANG, cell, severity: "warning" };
  },
  SCORE_NOT_FINITE: async (wb) => {
    // 1E+308 is beyond Excel's largest number; it read as a score and printed as "Infinity"
    const cell = await inputAddress(wb, TRANG, "TDP07", "I.3");
    type(wb, TRANG, cell, 1e308);
    return { code: "SCORE_NOT_FINITE", sheet: TRANG, cell, severity: "error" };
  },
  SCORE_HIDDEN_CHARS: async (wb) => {
    // a zero-width space pasted after the digit: it read as "not a number" though the cell shows 4
    const cell = await inputAddress(wb, TRANG, "TDP08", "II.1");
    type(wb, TRANG, cell, "4\u200b");
    return { code: "SCORE_HIDDEN_CHARS", sheet: TRANG, cell, severity: "warning" };
  },
  SCORE_OUT_OF_RANGE: async (wb) => {
    const cell = inputAt(wb, HANH, "C18", "TDP06", 11, "I.1");
    type(wb, HANH, cell, 7);
    return {
      code: "SCORE_OUT_OF_RANGE",
      sheet: HANH,
      cell,
      severity: "error",
      message: "Điểm 7 của tiêu chí I.1 (đơn vị TDP06) ngoài khoảng 0 – 6.",
    };
  },
  SCORE_OUT_OF_RANGE_NEGATIVE: async (wb) => {
    const cell = inputAt(wb, HANH, "M35", "CB03", 31, "D.2");
    type(wb, HANH, cell, -2);
    return { code: "SCORE_OUT_OF_RANGE", sheet: HANH, cell };
  },
  SCORE_BONUS_OVER_CAP: async (wb) => {
    type(wb, TRANG, inputAt(wb, TRANG, "V19", "TDP07", 11, "TH.1"), 6);
    type(wb, TRANG, inputAt(wb, TRANG, "W19", "TDP07", 11, "TH.2"), 3);
    const cell = inputAt(wb, TRANG, "X19", "TDP07", 11, "TH.3");
    type(wb, TRANG, cell, 2);
    return { code: "SCORE_BONUS_OVER_CAP", sheet: TRANG, cell, severity: "warning" };
  },
  SCORE_UNKNOWN_UNIT: async (wb) => {
    const r = rowAt(wb, TRANG, 20, "TDP08");
    type(wb, TRANG, `A${r}`, "TDP99");
    type(wb, TRANG, `B${r}`, "Tổ dân phố số 99");
    return { code: "SCORE_UNKNOWN_UNIT", sheet: TRANG, cell: `A${r}` };
  },
  SCORE_UNIT_CODE_CHANGED: async (wb) => {
    const r = rowAt(wb, HANH, 21, "TDP09");
    type(wb, HANH, `A${r}`, "TDP9");
    return { code: "SCORE_UNIT_CODE_CHANGED", sheet: HANH, cell: `A${r}` };
  },
  SCORE_UNIT_MISSING: async (wb) => {
    const r = rowAt(wb, TRANG, 22, "TDP10");
    const row = sheet(wb, TRANG).getRow(r);
    for (let c = 1; c <= 28; c++) if (typeof row.getCell(c).value !== "object" || row.getCell(c).value === null) row.getCell(c).value = null;
    // The link goes to the "Mã đơn vị" header of the block the unit belongs in (the tổ dân phố block).
    const header = "A11";
    expect(sheet(wb, TRANG).getCell(header).value).toBe("Mã đơn vị");
    return { code: "SCORE_UNIT_MISSING", sheet: TRANG, cell: header };
  },
  SCORE_DUPLICATE_UNIT: async (wb) => {
    const r = rowAt(wb, TRANG, 24, "TDP12");
    type(wb, TRANG, `A${r}`, "TDP11");
    type(wb, TRANG, `B${r}`, "Tổ dân phố số 11");
    return { code: "SCORE_DUPLICATE_UNIT", sheet: TRANG, cell: `A${r}` };
  },
  SCORE_CRITERION_CHANGED: async (wb) => {
    const header = "K11";
    expect(sheet(wb, HANH).getCell(header).value).toBe("III.2");
    type(wb, HANH, header, "III.2b");
    return { code: "SCORE_CRITERION_CHANGED", sheet: HANH, cell: header };
  },
  SCORE_CONFLICT: async (wb) => {
    // Trang (M02) is recorded as a member of TDP02 after her sheet was prepared and scored.
    type(wb, "Hội đồng", `G${rowOf(wb, "Hội đồng", "M02")}`, "CB08, TDP02");
    return { code: "SCORE_CONFLICT", sheet: TRANG, cell: `A${rowAt(wb, TRANG, 14, "TDP02")}` };
  },
  SCORE_SPREAD: async (wb) => {
    const r = rowAt(wb, HANH, 25, "TDP13");
    for (const [cell, c] of [["C25", "I.1"], ["D25", "I.2"], ["G25", "II.1"], ["H25", "II.2"], ["J25", "III.1"], ["O25", "IV.1"]])
      type(wb, HANH, inputAt(wb, HANH, cell, "TDP13", 11, c), 0);
    return { code: "SCORE_SPREAD", sheet: HANH, cell: `A${r}`, severity: "warning" };
  },
  SCORE_UNKNOWN_JUDGE: async (wb) => {
    type(wb, HANH, "B3", "M99");
    return { code: "SCORE_UNKNOWN_JUDGE", sheet: HANH, cell: "B3" };
  },
  SCORE_SHEET_MISSING: async (wb) => {
    const r = rowOf(wb, "Hội đồng", "M05");
    type(wb, "Hội đồng", `H${r}`, "Có");
    wb.book.removeWorksheet(sheet(wb, "Chấm điểm Đ1 - Việt").id);
    return { code: "SCORE_SHEET_MISSING", sheet: "Hội đồng", cell: `A${r}`, severity: "warning" };
  },
  // Master lists
  UNIT_DUPLICATE_CODE: async (wb) => {
    const r = rowOf(wb, "Đơn vị", "CQ04");
    type(wb, "Đơn vị", `A${r}`, "CQ03");
    return { code: "UNIT_DUPLICATE_CODE", sheet: "Đơn vị", cell: `A${r}` };
  },
  UNIT_SIMILAR_NAME_CASE: async (wb) => {
    const r = rowOf(wb, "Đơn vị", "CQ04");
    type(wb, "Đơn vị", `B${r}`, "hợp tác xã  dịch vụ NAM CƯỜNG");
    return { code: "UNIT_SIMILAR_NAME", sheet: "Đơn vị", cell: `B${r}`, severity: "warning" };
  },
  UNIT_SIMILAR_NAME_NFD: async (wb) => {
    const r = rowOf(wb, "Đơn vị", "CQ04");
    type(wb, "Đơn vị", `B${r}`, "Hợp tác xã Dịch vụ Nam Cường".normalize("NFD"));
    return { code: "UNIT_SIMILAR_NAME", sheet: "Đơn vị", cell: `B${r}` };
  },
  UNIT_UNKNOWN_BLOCK: async (wb) => {
    const r = rowOf(wb, "Đơn vị", "TR02");
    type(wb, "Đơn vị", `D${r}`, "KXYZ");
    return { code: "UNIT_UNKNOWN_BLOCK", sheet: "Đơn vị", cell: `D${r}` };
  },
  COUNCIL_HEAD_NOT_LINKED: async (wb) => {
    // Nguyễn Hoàng Nam (M07) heads DT03 on Đơn vị; the clerk clears his "Thuộc đơn vị" link on Hội đồng.
    type(wb, "Hội đồng", `G${rowOf(wb, "Hội đồng", "M07")}`, null);
    return { code: "COUNCIL_HEAD_NOT_LINKED", sheet: "Đơn vị", cell: `E${rowOf(wb, "Đơn vị", "DT03")}`, severity: "warning" };
  },
  SCORE_VETO_ONLY: async (wb) => {
    // Hạnh clears TDP05's scores but leaves "Không" in its two veto cells.
    const { criteria } = await readModel(wb);
    for (const c of criteria.filter((c) => !c.isGroup && c.kind !== "veto" && (c.appliesTo.length === 0 || c.appliesTo.includes("TDP"))))
      type(wb, HANH, await inputAddress(wb, HANH, "TDP05", c.code), null);
    return { code: "SCORE_VETO_ONLY", sheet: HANH, cell: await inputAddress(wb, HANH, "TDP05", "I.1") };
  },
  MEMBER_NO_UNIT: async (wb) => {
    const r = nextFreeRow(wb, "Hội đồng");
    ["M12", "Lò Thị Hoa", "Hoa", "Công chức Tư pháp", "Ủy viên", null, null, "Có"].forEach((v, i) => type(wb, "Hội đồng", `${"ABCDEFGH"[i]}${r}`, v));
    return { code: "MEMBER_NO_UNIT", sheet: "Hội đồng", cell: `F${r}`, severity: "warning" };
  },
};

describe("validation corpus", () => {
  test("the clean workbook gives no finding at all", async () => {
    const wb = await cleanWorkbook();
    const result = await validateRoundCommand(ctxOf(wb), "D1");
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(await judgeSheetNames(wb)).toHaveLength(10);
  });

  test.each(Object.keys(PLANTS))("planted %s is found with its code, sheet and cell", async (name) => {
    const wb = await cleanWorkbook();
    const want = await PLANTS[name](wb);
    const got = await findings(wb);
    const match = got.filter((f) => f.code === want.code && f.sheet === want.sheet && f.cell === want.cell);
    if (match.length === 0) throw new Error(`not found: ${JSON.stringify(want)}\nfound: ${JSON.stringify(got.map((f) => [f.code, f.sheet, f.cell]))}`);
    if (want.severity) expect(match[0].severity).toBe(want.severity);
    // the catalog's text with every placeholder filled, Vietnamese first with English beside it
    const { message_vi: vi, message_en: en } = match[0];
    expect([vi, en].filter((m) => m.trim() === "" || /[{}]|undefined|NaN/.test(m))).toEqual([]);
    expect(vi).not.toBe(en);
    expect(vi).toBe(vi.normalize("NFC"));
    if (want.message) expect(vi).toBe(want.message);
  });

  test("every rule with a function in the table has a planted problem", async () => {
    const { RULES } = await import("../../src/domain/validation");
    const planted = new Set(Object.keys(PLANTS).map((k) => k.replace(/_(NEGATIVE|CASE|NFD)$/, "")));
    const missing = RULES.map((r) => r.code).filter((c) => !planted.has(c) && c !== "SCORE_NO_SHEETS" && c !== "SCORE_CRITERION_MISSING");
    expect(missing).toEqual([]);
  });

  test("a round with no judge sheet yet is an error telling to prepare first", async () => {
    const wb = await cleanWorkbook();
    const result = await validateRoundCommand(ctxOf(wb), "D2");
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: "SCORE_NO_SHEETS", severity: "error" })]));
  });
});
