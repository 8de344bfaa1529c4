/** A signed paper written through office-js: the decree's page numbers, from the paper's own page 2. */
import { FakeExcel } from "../../support/fakeExcel";
import { OfficeWorkbook } from "../../../src/workbook/office/workbook";

test("page numbering starts at 1 on the paper itself, the first page's header is empty, the others carry the number top centre", async () => {
  const fake = new FakeExcel();
  fake.apiVersion = "1.12";
  const wb = new OfficeWorkbook(fake.run, fake.isSetSupported);
  await wb.writeSheets([
    {
      name: "Tổng hợp Quý I",
      marker: { command: "summary", key: "Q1" },
      cells: [["BÁO CÁO"], ["Công tác thi đua, khen thưởng quý I năm 2024"]],
      print: { orientation: "portrait", layout: "document" },
    },
  ]);
  const layout = fake.sheet("Tổng hợp Quý I").pageLayout;
  expect(layout.firstPageNumber).toBe(1);
  expect(layout["headersFooters.state"]).toBe("FirstAndDefault");
  expect(layout["headersFooters.firstPage.centerHeader"]).toBe("");
  expect(layout["headersFooters.defaultForAllPages.centerHeader"]).toBe('&"Times New Roman,Regular"&13&P');
  expect(layout["headersFooters.defaultForAllPages.centerFooter"]).toBe("");
});
