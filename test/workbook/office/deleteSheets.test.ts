/** deleteSheets on the office host, through the fake Excel: the sheet and its registry entry go, nothing else. */
import { FakeExcel } from "../../support/fakeExcel";
import { OfficeWorkbook } from "../../../src/workbook/office/workbook";
import type { SheetSpec } from "../../../src/workbook/port";

const paper = (name: string, key: string): SheetSpec => ({
  name,
  marker: { command: "awards", key },
  cells: [["TỜ TRÌNH"], ["Kính gửi: Chủ tịch UBND thành phố Lào Cai"]],
});

test("deletes the add-in's sheet and its marker; a sheet a person later adds under that name is the person's", async () => {
  const fake = new FakeExcel();
  const wb = new OfficeWorkbook(fake.run, fake.isSetSupported, { now: () => new Date("2024-12-15T08:00:00Z") });
  fake.addSheet("Ghi chú của tôi").values = [["Đã gửi huyện ngày 21/12/2024"]];
  await wb.writeSheets([paper("Tờ trình khen thưởng", "submission"), paper("Tờ trình cấp trên", "proposal")]);

  await wb.deleteSheets(["tờ trình cấp trên", "Không có"]);

  expect((await wb.listSheets()).map((s) => [s.name, s.marker?.key ?? null])).toEqual([
    ["Ghi chú của tôi", null],
    ["Tờ trình khen thưởng", "submission"],
  ]);
  expect(await wb.readSheets(["Tờ trình cấp trên"])).toEqual([]);
  fake.addSheet("Tờ trình cấp trên");
  expect((await wb.listSheets()).find((s) => s.name === "Tờ trình cấp trên")).toEqual({
    name: "Tờ trình cấp trên",
    visible: true,
  });
});
