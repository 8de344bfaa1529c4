/** The units' forms as one .zip, as the pane downloads them: each unit's workbook inside, named as the CLI names it. */
import JSZip from "jszip";
import { formsZip } from "../../src/app/forms";
import { layoutPlan } from "../../src/app/layout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";

const d = (day: number, month: number, year = 2024) => new Date(Date.UTC(year, month - 1, day));

describe("forms as one zip", () => {
  test("one .xlsx per unit inside, each carrying its unit's identity", async () => {
    const wb = ExcelJsWorkbook.create();
    await layoutPlan({ wb, today: d(20, 11) }, { sample: true });
    const steps: [number, number][] = [];
    const zipped = await formsZip({ wb, today: d(20, 11), progress: (done, total) => steps.push([done, total]) }, "NAM");
    const zip = await JSZip.loadAsync(zipped.bytes);
    const names = Object.keys(zip.files);
    expect(zipped.fileName).toBe("phieu-don-vi-2024-NAM.zip");
    expect(names.length).toBe(46);
    expect(names.slice(0, 3)).toEqual(["phieu-TDP01-2024.xlsx", "phieu-TDP02-2024.xlsx", "phieu-TDP03-2024.xlsx"]);
    expect(names.slice(-2)).toEqual(["phieu-CQ03-2024.xlsx", "phieu-CQ04-2024.xlsx"]);
    expect(zipped.messages.map((m) => m.vi)).toEqual([
      "Đã lập 46 phiếu đơn vị (14 tổ dân phố có thêm trang Gia đình văn hóa), năm 2024, Năm.",
      "Đã gói 46 phiếu vào tệp phieu-don-vi-2024-NAM.zip: giải nén rồi gửi mỗi đơn vị tệp của mình.",
    ]);
    // The bar moves once per form and once for the zip itself.
    expect(steps.slice(-2)).toEqual([
      [46, 47],
      [47, 47],
    ]);

    const form = await ExcelJsWorkbook.fromBuffer(
      await zip.file("phieu-TDP03-2024.xlsx")!.async("uint8array"),
      "phieu-TDP03-2024.xlsx",
    );
    expect((await form.listSheets()).map((s) => [s.name, s.marker?.key])).toEqual([
      ["Thông tin", "form|1|2024|NAM|TDP03|PHƯỜNG NAM CƯỜNG"],
      ["Thành viên", "form|1|2024|NAM|TDP03|PHƯỜNG NAM CƯỜNG"],
      ["Gia đình văn hóa", "form|1|2024|NAM|TDP03|PHƯỜNG NAM CƯỜNG"],
    ]);
    const [info] = await form.readSheets(["Thông tin"]);
    expect(info!.values.slice(2, 9)).toEqual([
      ["Phường", "PHƯỜNG NAM CƯỜNG"],
      ["Năm", 2024],
      ["Đợt bình xét", "Năm"],
      ["Mã đơn vị", "TDP03"],
      ["Tên đơn vị", "Tổ dân phố số 3"],
      ["Ngày lập phiếu", "20/11/2024"],
      ["Phiên bản phiếu", 1],
    ]);
  });
});
