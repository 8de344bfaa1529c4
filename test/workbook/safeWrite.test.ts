import { writeSafely } from "../../src/app/safeWrite";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import type { SheetSpec, Workbook } from "../../src/workbook/port";
import { reload, utc } from "../support/xlsx";

function spec(name: string, key: string, rows: (string | number)[][], command = "layout"): SheetSpec {
  return { name, marker: { command, key }, cells: rows };
}

/** Counts the port calls, to hold writeSafely to one list, one read and one write. */
function counting(wb: Workbook) {
  const calls: string[] = [];
  const proxy: Workbook = {
    listSheets: () => (calls.push("list"), wb.listSheets()),
    readSheets: (n, o) => (calls.push("read"), wb.readSheets(n, o)),
    writeSheets: (s, p) => (calls.push("write"), wb.writeSheets(s, p)),
    copySheet: (f, t) => (calls.push("copy"), wb.copySheet(f, t)),
    activate: (s, c) => (calls.push("activate"), wb.activate(s, c)),
  };
  return { proxy, calls };
}

async function withPersonSheet(name: string, rows: (string | number)[][]): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  const ws = wb.book.addWorksheet(name);
  rows.forEach((r) => ws.addRow(r));
  return reload(wb);
}

describe("writeSafely", () => {
  it("creates a sheet under its own name when the name is free", async () => {
    const wb = ExcelJsWorkbook.create();
    const { proxy, calls } = counting(wb);
    const res = await writeSafely({ wb: proxy }, [spec("Đơn vị", "units", [["Mã", "Tên"], ["TDP01", "Tổ dân phố 1"]])]);
    expect(res.outcomes).toEqual([{ sheet: "Đơn vị", action: "created" }]);
    expect(res.messages[0].vi).toContain("Đã tạo trang “Đơn vị”");
    expect(res.names.get("Đơn vị")).toBe("Đơn vị");
    expect(calls).toEqual(["list", "write"]);
  });

  it("replaces its own unedited sheet in place, with no copy", async () => {
    const wb = ExcelJsWorkbook.create();
    await writeSafely({ wb }, [spec("Đơn vị", "units", [["Mã"], ["A"]])]);
    const again = await reload(wb);
    const { proxy, calls } = counting(again);
    const res = await writeSafely({ wb: proxy }, [spec("Đơn vị", "units", [["Mã"], ["B"]])]);
    expect(res.outcomes).toEqual([{ sheet: "Đơn vị", action: "replaced" }]);
    expect(calls).toEqual(["list", "read", "write"]);
    const [data] = await again.readSheets(["Đơn vị"]);
    expect(data.values).toEqual([["Mã"], ["B"]]);
    expect((await again.listSheets()).map((s) => s.name)).toEqual(["Đơn vị"]);
  });

  it("never overwrites a person's sheet of the same name (any case): writes under a new name and says so", async () => {
    const wb = await withPersonSheet("kế hoạch", [["Việc của tôi"], ["Không được xoá"]]);
    const res = await writeSafely({ wb }, [spec("Kế hoạch", "plan", [["STT"], [1]])]);
    expect(res.outcomes).toEqual([{ sheet: "Kế hoạch (2)", action: "renamed", from: "Kế hoạch" }]);
    expect(res.messages[0].vi).toContain("Kế hoạch (2)");
    expect(res.messages[0].en).toContain("was not made by the add-in");
    expect(res.names.get("Kế hoạch")).toBe("Kế hoạch (2)");
    const [mine] = await wb.readSheets(["kế hoạch"]);
    expect(mine.values).toEqual([["Việc của tôi"], ["Không được xoá"]]);
    const listed = await wb.listSheets();
    expect(listed.find((s) => s.name === "kế hoạch")?.marker).toBeUndefined();
    expect(listed.find((s) => s.name === "Kế hoạch (2)")?.marker?.key).toBe("plan");
  });

  it("does not replace another command's sheet either", async () => {
    const wb = ExcelJsWorkbook.create();
    await writeSafely({ wb }, [spec("Xếp hạng Đ1", "D1", [["x"], [1]], "rank")]);
    const res = await writeSafely({ wb }, [spec("Xếp hạng Đ1", "D1", [["y"], [2]], "summary")]);
    expect(res.outcomes[0]).toMatchObject({ action: "renamed", sheet: "Xếp hạng Đ1 (2)" });
    const [kept] = await wb.readSheets(["Xếp hạng Đ1"]);
    expect(kept.values).toEqual([["x"], [1]]);
  });

  it("copies a generated sheet a person edited before replacing it, keeping the edit", async () => {
    const wb = ExcelJsWorkbook.create();
    await writeSafely({ wb }, [spec("Kế hoạch", "plan", [["STT", "Ghi chú"], [1, ""]])]);
    const edited = await reload(wb);
    edited.book.getWorksheet("Kế hoạch")!.getCell("B2").value = "đã gọi điện nhắc";
    const back = await reload(edited);
    const { proxy, calls } = counting(back);
    const res = await writeSafely({ wb: proxy }, [spec("Kế hoạch", "plan", [["STT", "Ghi chú"], [1, ""], [2, ""]])]);
    expect(res.outcomes).toEqual([
      { sheet: "Kế hoạch (bản sửa)", action: "copied", from: "Kế hoạch" },
      { sheet: "Kế hoạch", action: "replaced" },
    ]);
    expect(res.messages[0].vi).toContain("Kế hoạch (bản sửa)");
    expect(calls).toEqual(["list", "read", "copy", "write"]);
    const [copy, fresh] = await back.readSheets(["Kế hoạch (bản sửa)", "Kế hoạch"]);
    expect(copy.values[1]).toEqual([1, "đã gọi điện nhắc"]);
    expect(fresh.values).toEqual([["STT", "Ghi chú"], [1, null], [2, null]]);
    const listed = await back.listSheets();
    expect(listed.map((s) => s.name)).toEqual(["Kế hoạch", "Kế hoạch (bản sửa)"]);
    expect(listed[1].marker).toBeUndefined();
  });

  it("an unedited sheet with dates and formulas is not taken for an edited one after a save and reload", async () => {
    const wb = ExcelJsWorkbook.create();
    const cells = [["Hạn", "Điểm", "Tổng"], [utc(2024, 3, 15), 8.25, { formula: "=B2*2", result: 16.5 }]];
    await writeSafely({ wb }, [{ name: "Hạn", marker: { command: "layout", key: "d" }, cells }]);
    const back = await reload(wb);
    const res = await writeSafely({ wb: back }, [{ name: "Hạn", marker: { command: "layout", key: "d" }, cells }]);
    expect(res.outcomes).toEqual([{ sheet: "Hạn", action: "replaced" }]);
  });

  it("two specs wanting one name in the same call do not overwrite each other", async () => {
    const wb = ExcelJsWorkbook.create();
    const res = await writeSafely({ wb }, [spec("A", "1", [["a"]]), spec("A", "2", [["b"]])]);
    expect(res.outcomes.map((o) => o.sheet)).toEqual(["A", "A (2)"]);
    const data = await wb.readSheets(["A", "A (2)"]);
    expect(data.map((d) => d.values[0][0])).toEqual(["a", "b"]);
  });
});
