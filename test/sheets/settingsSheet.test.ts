import { buildSettingsSheet, readSettings } from "../../src/sheets/settingsSheet";
import { SETTING_DEFS, defaultSettings, numberSetting, dateSetting } from "../../src/domain/settings";
import type { CellValue } from "../../src/workbook/port";

const HEADER: CellValue[] = ["Mã", "Nội dung", "Giá trị", "Mặc định", "Nguồn"];

describe("Cấu hình", () => {
  it("has one row per setting, and reads back as the defaults", () => {
    const spec = buildSettingsSheet({ ward: "X" });
    expect(spec.cells.slice(1).map((r) => r[0])).toEqual(SETTING_DEFS.map((d) => d.code));
    const read = readSettings({ name: "Cấu hình", values: spec.cells as CellValue[][] });
    expect(read.findings).toEqual([]);
    expect(read.missing).toEqual([]);
    const defaults = defaultSettings();
    for (const d of SETTING_DEFS) {
      if (d.type === "date") expect(dateSetting(read.settings, d.code)).toEqual(dateSetting(defaults, d.code));
      else expect(read.settings[d.code]).toEqual(defaults[d.code]);
    }
  });

  it("offers a drop-down on choice settings and shows shares as percentages", () => {
    const spec = buildSettingsSheet({ ward: "X" });
    const row = SETTING_DEFS.findIndex((d) => d.code === "AGGREGATION") + 1;
    const v = spec.validations!.find((x) => x.range.row === row && x.range.col === 2);
    // Vietnamese in the drop-down; the rules still read the stored code.
    expect(v).toMatchObject({ type: "list", values: ["Trung bình cộng", "Bỏ điểm cao nhất và thấp nhất", "Trung vị"] });
    expect(spec.cells[row]![2]).toBe("Trung bình cộng");
    const read = readSettings({
      name: "Cấu hình",
      values: spec.cells.map((r, i) => (i === row ? [r[0], r[1], "Trung vị", r[3], r[4], r[5]] : r)) as CellValue[][],
    });
    expect(read.settings.AGGREGATION).toBe("median");
    expect(read.findings).toEqual([]);
    const assignment = SETTING_DEFS.findIndex((d) => d.code === "SCORING_ASSIGNMENT") + 1;
    expect(spec.validations!.find((x) => x.range.row === assignment)).toMatchObject({
      values: ["Mọi đơn vị của đợt", "Đơn vị được phân công theo dõi"],
    });
    const share = SETTING_DEFS.findIndex((d) => d.code === "QUOTA_GIAY_KHEN") + 1;
    expect(spec.numberFormats!.some((f) => f.range.row === share && f.range.col === 2 && f.format === "0%")).toBe(true);
  });

  it("reads numbers typed as text, shares typed as 70 or 70%, choices without marks, and warns", () => {
    const values: CellValue[][] = [
      HEADER,
      ["TIER_XS_MIN", null, "88,5", null, null],
      ["QUOTA_HIGHER", null, "70%", null, null],
      ["QUOTA_GIAY_KHEN", null, 25, null, null],
      ["VETO_MAX_TIER", null, "kha", null, null],
      ["REG_DEADLINE_D2", null, "15/05/2024", null, null],
      ["BONUS_CAP", null, 12, null, null],
    ];
    const read = readSettings({ name: "Cấu hình", values });
    expect(numberSetting(read.settings, "TIER_XS_MIN")).toBe(88.5);
    expect(numberSetting(read.settings, "QUOTA_HIGHER")).toBeCloseTo(0.7);
    expect(numberSetting(read.settings, "QUOTA_GIAY_KHEN")).toBeCloseTo(0.25);
    expect(read.settings.VETO_MAX_TIER).toBe("Khá");
    expect(dateSetting(read.settings, "REG_DEADLINE_D2")).toEqual(new Date(Date.UTC(2024, 4, 15)));
    expect(read.settings.BONUS_CAP).toBe(12);
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(read.findings.filter((f) => f.cell).map((f) => [f.code, f.cell])).toEqual([
      ["SETTING_NUMBER_AS_TEXT", "C2"],
      ["SETTING_NUMBER_AS_TEXT", "C3"],
      ["SETTING_SHARE_SCALED", "C4"],
    ]);
    expect(read.missing).toContain("AGGREGATION");
    expect(read.settings.AGGREGATION).toBe("mean");
  });

  it("states the quota rounding policy and its default on the sheet", () => {
    const spec = buildSettingsSheet({ ward: "X" });
    const row = spec.cells.find((r) => r[0] === "QUOTA_ROUNDING")!;
    expect(row[1]).toBe(
      "Làm tròn chỉ tiêu đề nghị khen của mỗi khối (mặc định làm tròn xuống: khối 3 đơn vị × 30% = 0, không đơn vị nào được đề nghị)",
    );
    expect(row[2]).toBe("Làm tròn xuống");
    expect(row[3]).toBe("Làm tròn xuống");
    const values: CellValue[][] = [HEADER, ["QUOTA_ROUNDING", null, "Ít nhất 1 đơn vị nếu khối có đơn vị đạt mức", null, null]];
    expect(readSettings({ name: "Cấu hình", values }).settings.QUOTA_ROUNDING).toBe("at-least-one");
  });

  it("keeps the default and reports an error at the cell for a value it cannot read", () => {
    const values: CellValue[][] = [
      HEADER,
      ["AGGREGATION", null, "trung bình nhân", null, null],
      ["BONUS_CAP", null, "mười", null, null],
      ["NEW_THING", null, 1, null, null],
    ];
    const read = readSettings({ name: "Cấu hình", values });
    expect(read.settings.AGGREGATION).toBe("mean");
    expect(read.settings.BONUS_CAP).toBe(10);
    expect(read.findings.filter((f) => f.cell).map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["SETTING_NOT_CHOICE", "error", "C2"],
      ["SETTING_NOT_NUMBER", "error", "C3"],
      ["SETTING_UNKNOWN", "warning", "A4"],
    ]);
    expect(read.extraRows).toHaveLength(1);
  });

  it("writes a person's values back when asked, and appends rows of codes it does not know", () => {
    const spec = buildSettingsSheet({
      ward: "X",
      values: new Map<string, CellValue>([["BONUS_CAP", 8]]),
      extraRows: [["MY_CODE", "của tôi", 5, null, null, null]],
    });
    const row = spec.cells.find((r) => r[0] === "BONUS_CAP")!;
    expect(row[2]).toBe(8);
    expect(row[3]).toBe(10);
    expect(spec.cells[spec.cells.length - 1]![0]).toBe("MY_CODE");
  });
});

describe("every setting means what it says", () => {
  const fs = require("fs") as typeof import("fs");
  const path = require("path") as typeof import("path");
  function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return sources(p);
      return /\.tsx?$/.test(e.name) && !p.endsWith(path.join("domain", "settings.ts")) ? [fs.readFileSync(p, "utf8")] : [];
    });
  }
  const code = sources(path.join(__dirname, "..", "..", "src")).join("\n");

  it("is read by some rule: its code, or its family's prefix built with the round or report", () => {
    // Families written with a round or report code: REG_DEADLINE_D1 is read as `REG_DEADLINE_${round}`.
    const family = (c: string) => c.replace(/_(D1|D2|D3|DB|NAM|RNAM|Q1|6T|9T)$/, "_");
    const unread = SETTING_DEFS.map((d) => d.code).filter(
      (c) =>
        !code.includes(`"${c}"`) &&
        !code.includes(`\`${family(c)}\${`) &&
        !(c.startsWith("DOC_NO_") && code.includes("documentNumberSetting(")),
    );
    expect(unread).toEqual([]);
  });

  it("no longer offers the settings nothing read (score step, one vote threshold for every other title), and has no national CSTĐCS cap", () => {
    const codes = SETTING_DEFS.map((d) => d.code);
    for (const gone of ["VOTE_THRESHOLD_OTHER", "SCORE_STEP"]) expect(codes).not.toContain(gone);
    expect(SETTING_DEFS.find((d) => d.code === "QUOTA_CSTDCS")!.default).toBe("");
    const higher = SETTING_DEFS.find((d) => d.code === "HIGHER_LEVEL")!;
    expect(higher.default).toBe("Chủ tịch UBND thành phố Lào Cai");
    expect(SETTING_DEFS.find((d) => d.code === "SCORING_DEADLINE_NAM")!.source).not.toContain("86/2023");
  });
});
