/**
 * Sheet specs shaped like the commands' output, at ward and province scale, for the adapter tests and
 * the bench. They exercise every part of SheetSpec the commands use; the numbers are what a round has
 * (units × criteria per judge sheet), not measured results.
 */
import type { CellInput, SheetSpec, StyleSpec, ValidationSpec } from "../../../src/workbook/port";

const WARD = "UBND phường Hòa Khánh";

/** 0.5-step scores, as judges type them. */
function score(u: number, c: number, j: number): number {
  return ((u * 7 + c * 3 + j * 5) % 21) / 2;
}

/** A judge's scoring sheet: title, header, one row per unit with criteria scores and a total formula. */
export function scoringSheet(judge: number, units: number, criteria: number, round = "D1"): SheetSpec {
  const header: CellInput[] = ["STT", "Mã đơn vị", "Tên đơn vị", ...Array.from({ length: criteria }, (_, c) => `TC${c + 1}`), "Tổng điểm"];
  const lastCrit = 3 + criteria - 1;
  const col = (c: number) => {
    let s = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const cells: CellInput[][] = [[`Phiếu chấm điểm ${round} - Giám khảo ${judge + 1}`], header];
  for (let u = 0; u < units; u++) {
    const r = u + 3;
    cells.push([u + 1, `DV${String(u + 1).padStart(5, "0")}`, `Tổ dân phố số ${u + 1}`, ...Array.from({ length: criteria }, (_, c) => score(u, c, judge)), { formula: `=SUM(D${r}:${col(lastCrit)}${r})` }]);
  }
  const body = { row: 2, col: 3, rows: units, cols: criteria };
  const styles: StyleSpec[] = [
    { range: { row: 0, col: 0, rows: 1, cols: header.length }, bold: true, fontSize: 14 },
    { range: { row: 1, col: 0, rows: 1, cols: header.length }, bold: true, fill: "#DDEBF7", border: "thin", wrap: true },
    { range: body, locked: false, fill: "#FFF2CC" },
  ];
  const validations: ValidationSpec[] = [
    { type: "decimal", range: body, min: 0, max: 10, allowBlank: true, error: { title: "Điểm không hợp lệ", message: "Nhập điểm từ 0 đến 10." } },
  ];
  return {
    name: `Chấm điểm ${round === "D1" ? "Đ1" : round} - GK${String(judge + 1).padStart(2, "0")}`,
    marker: { command: "prepare", key: `${round}:judge:M${judge + 1}` },
    cells,
    columnWidths: [5, 12, 28, ...Array.from({ length: criteria }, () => 6), 10],
    merges: [{ row: 0, col: 0, rows: 1, cols: header.length }],
    styles,
    numberFormats: [{ range: { row: 2, col: 3, rows: units, cols: criteria + 1 }, format: "0.0" }],
    validations,
    conditionalFormats: [{ type: "expression", range: body, formula: "=D3>10", fill: "#F8CBAD" }],
    freeze: { rows: 2, cols: 3 },
    print: { orientation: "landscape", repeatRows: { first: 1, last: 1 }, headerLeft: WARD, headerCenter: "Phiếu chấm điểm" },
    protect: true,
    tabColor: "#2F75B5",
  };
}

export function scoringRound(judges: number, units: number, criteria: number): SheetSpec[] {
  return Array.from({ length: judges }, (_, j) => scoringSheet(j, units, criteria));
}

/** The plan layout: 7 list sheets of about 60 rows with a table, closed-choice lists, dates and a highlight rule. */
export function layoutSheets(rows = 60): SheetSpec[] {
  const names = ["Kế hoạch", "Phong trào", "Đợt thi đua", "Căn cứ", "Đơn vị", "Hội đồng", "Cấu hình"];
  return names.map((name, i) => {
    const header = ["STT", "Nội dung", "Thời gian", "Hạn", "Đơn vị chủ trì", "Trạng thái", "Ghi chú"];
    const cells: CellInput[][] = [[`${name} năm 2024`], header];
    for (let r = 0; r < rows; r++)
      cells.push([r + 1, `- Nhiệm vụ ${r + 1}: tổ chức phát động phong trào thi đua “${name}”`, `Quý ${(r % 4) + 1}`, new Date(Date.UTC(2024, r % 12, 15)), r % 3 === 0 ? "Văn phòng" : "Mặt trận", r % 2 ? "Đã xong" : "Chưa", r % 5 ? null : "8,5"]);
    const data = { row: 2, col: 0, rows, cols: header.length };
    return {
      name,
      marker: { command: "layout", key: `plan:${i}` },
      cells,
      columnWidths: [5, 60, 10, 12, 18, 12, 20],
      rowHeights: { 0: 24 },
      merges: [{ row: 0, col: 0, rows: 1, cols: header.length }],
      styles: [
        { range: { row: 0, col: 0, rows: 1, cols: 7 }, bold: true, fontSize: 14, hAlign: "center" },
        { range: { row: 1, col: 0, rows: 1, cols: 7 }, bold: true, fill: "#DDEBF7", border: "thin" },
        { range: { row: 2, col: 1, rows, cols: 1 }, wrap: true, vAlign: "top" },
        { range: { row: 2, col: 5, rows, cols: 1 }, locked: false },
        { range: { row: 2, col: 6, rows, cols: 1 }, locked: false },
      ],
      tables: [{ name: `tbl_${i}`, range: { row: 1, col: 0, rows: rows + 1, cols: 7 }, style: "TableStyleMedium2" }],
      numberFormats: [{ range: { row: 2, col: 3, rows, cols: 1 }, format: "dd/mm/yyyy" }],
      validations: [
        { type: "list", range: { row: 2, col: 5, rows, cols: 1 }, values: ["Chưa", "Đang làm", "Đã xong"], prompt: { title: "Trạng thái", message: "Chọn trong danh sách" }, error: { title: "Không hợp lệ", message: "Chọn một giá trị trong danh sách." } },
        { type: "list", range: { row: 2, col: 4, rows, cols: 1 }, source: "='Đơn vị'!$C$3:$C$62", error: { title: "Không hợp lệ", message: "Chọn một đơn vị." } },
        { type: "date", range: data.rows ? { row: 2, col: 3, rows, cols: 1 } : data, min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2024, 11, 31)), error: { title: "Ngày", message: "Ngày trong năm 2024." } },
      ],
      conditionalFormats: [{ type: "expression", range: { row: 2, col: 0, rows, cols: 7 }, formula: '=$F3="Chưa"', fill: "#FCE4D6" }, { type: "dataBar", range: { row: 2, col: 0, rows, cols: 1 }, color: "#5B9BD5", min: 0 }],
      freeze: { rows: 2, cols: 0 },
      print: { orientation: "portrait", repeatRows: { first: 1, last: 1 }, headerLeft: WARD, headerCenter: `${name} & tổng hợp` },
      protect: i === 6,
    };
  });
}
