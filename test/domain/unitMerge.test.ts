/** Merging a unit's form into a ward's list: hand rows kept, the same rows twice unchanged, a newer form replacing. */
import { mergeUnit, type ListRow } from "../../src/domain/units/collect";
import { formKey, parseFormKey } from "../../src/domain/units/forms";

const row = (key: string, unit: string, source: string, value: string): ListRow => ({
  key,
  unit,
  source,
  cells: [key, value, source],
});

describe("mergeUnit", () => {
  const ward: ListRow[] = [
    row("A1", "TDP01", "", "gõ tay"),
    row("B1", "TDP02", "phieu-TDP02.xlsx (phiếu lập 20/11/2024)", "từ phiếu"),
    row("A2", "TDP01", "phieu-TDP01.xlsx (phiếu lập 20/11/2024)", "lần 1"),
  ];

  test("the same rows again change nothing", () => {
    const m = mergeUnit(ward, "TDP01", [row("A2", "TDP01", "phieu-TDP01.xlsx (phiếu lập 20/11/2024)", "lần 1")]);
    expect(m.changed).toBe(false);
    expect(m.rows).toEqual(ward);
  });

  test("a newer form replaces the unit's collected rows where they were; the hand row and other units stay", () => {
    const src = "phieu-TDP01.xlsx (phiếu lập 25/11/2024)";
    const m = mergeUnit(ward, "TDP01", [row("A2", "TDP01", src, "lần 2"), row("A3", "TDP01", src, "mới")]);
    expect(m.changed).toBe(true);
    expect(m.replaced.map((r) => r.key)).toEqual(["A2"]);
    expect(m.rows.map((r) => [r.key, r.cells[1]])).toEqual([
      ["A1", "gõ tay"],
      ["B1", "từ phiếu"],
      ["A2", "lần 2"],
      ["A3", "mới"],
    ]);
  });

  test("an incoming row with a hand row's code, or another unit's, is left out and named with its owner", () => {
    const src = "phieu-TDP01.xlsx (phiếu lập 25/11/2024)";
    const m = mergeUnit(ward, "TDP01", [row("a1", "TDP01", src, "sửa"), row("B1", "TDP01", src, "trùng")]);
    expect(m.skipped.map((s) => [s.row.key, s.owner.source])).toEqual([
      ["a1", ""],
      ["B1", "phieu-TDP02.xlsx (phiếu lập 20/11/2024)"],
    ]);
    expect(m.rows.find((r) => r.key === "A1")?.cells[1]).toBe("gõ tay");
    // What is left of the unit's form is nothing: its earlier collected row goes.
    expect(m.rows.map((r) => r.key)).toEqual(["A1", "B1"]);
  });

  test("a newer form keeps what the clerk typed in her own column on the rows with the same code", () => {
    const old = "phieu-TDP01.xlsx (phiếu lập 20/11/2024)";
    const src = "phieu-TDP01.xlsx (phiếu lập 25/11/2024)";
    const withNotes: ListRow[] = [
      { ...row("A1", "TDP01", "", "gõ tay"), extra: ["đã gọi điện"] },
      { ...row("A2", "TDP01", old, "lần 1"), extra: ["đã xác minh"] },
      { ...row("A4", "TDP01", old, "bỏ"), extra: ["chuyển đi"] },
    ];
    const m = mergeUnit(withNotes, "TDP01", [row("a2", "TDP01", src, "lần 2"), row("A3", "TDP01", src, "mới")]);
    expect(m.rows.map((r) => [r.key, r.cells[1], r.extra?.[0]])).toEqual([
      ["A1", "gõ tay", "đã gọi điện"],
      ["a2", "lần 2", "đã xác minh"],
      ["A3", "mới", undefined],
    ]);
  });

  test("a newer form keeps the clerk's notes on the rows with the same code, with or without her own column", () => {
    const old = "phieu-TDP01.xlsx (phiếu lập 20/11/2024)";
    const src = "phieu-TDP01.xlsx (phiếu lập 25/11/2024)";
    const noted: ListRow[] = [
      { ...row("A2", "TDP01", old, "lần 1"), notes: [{ col: 1, text: "đã xác minh" }] },
      { ...row("A4", "TDP01", old, "bỏ"), extra: ["chuyển đi"], notes: [{ col: 0, text: "hỏi lại" }] },
    ];
    const m = mergeUnit(noted, "TDP01", [row("A3", "TDP01", src, "mới"), row("a2", "TDP01", src, "lần 2")]);
    expect(m.rows.map((r) => [r.key, r.notes ?? null])).toEqual([
      ["A3", null],
      ["a2", [{ col: 1, text: "đã xác minh" }]],
    ]);
    // The dropped row's note is still on the replaced row, for the caller to keep elsewhere.
    expect(m.replaced.map((r) => [r.key, r.notes?.[0]?.text])).toEqual([
      ["A2", "đã xác minh"],
      ["A4", "hỏi lại"],
    ]);
  });
});

test("a form's identity reads back from its marker key, a ward name with a bar included", () => {
  const id = { version: 1, year: 2024, ward: "PHƯỜNG A|B", round: "NAM", unit: "TDP01" };
  expect(formKey(id)).toBe("form|1|2024|NAM|TDP01|PHƯỜNG A|B");
  expect(parseFormKey(formKey(id))).toEqual(id);
  expect(parseFormKey("layout|people")).toBeUndefined();
});
