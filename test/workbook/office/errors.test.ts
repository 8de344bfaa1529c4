/** Office errors as messages a clerk can act on; nothing swallowed. And the fake behaves like office-js where the adapter relies on it. */
import { AppError } from "../../../src/shared/errors";
import { toAppError } from "../../../src/workbook/office/errors";
import { detectCapabilities } from "../../../src/workbook/office/requirements";
import { FakeExcel, FakeOfficeError } from "../../support/fakeExcel";

function officeError(code: string, message: string, errorLocation?: string) {
  return Object.assign(new Error(message), { name: "RichApi.Error", code, debugInfo: { code, message, errorLocation } });
}

describe("toAppError", () => {
  test.each([
    ["InvalidOperationInCellEditMode", "Excel is in cell-editing mode.", "OFFICE_CELL_EDIT_MODE", "Enter"],
    ["AccessDenied", "You cannot perform the requested operation.", "OFFICE_SHEET_PROTECTED", "Unprotect"],
    ["InvalidOperation", "The cell or chart you're trying to change is on a protected sheet.", "OFFICE_SHEET_PROTECTED", "protected"],
    ["ItemAlreadyExists", "A resource with the same name or identifier already exists.", "OFFICE_NAME_EXISTS", "already exists"],
    ["RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.", "OFFICE_PAYLOAD_LIMIT", "RequestPayloadSizeLimitExceeded"],
    ["ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", "OFFICE_PAYLOAD_LIMIT", "ResponsePayloadSizeLimitExceeded"],
    ["RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.", "OFFICE_PAYLOAD_LIMIT", "RangeExceedsLimit"],
  ])("%s → %s", (code, message, appCode, inEnglish) => {
    const original = officeError(code, message);
    const e = toAppError(original) as AppError;
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe(appCode);
    expect(e.text.vi.length).toBeGreaterThan(20);
    expect(e.text.vi).not.toBe(e.text.en);
    expect(e.text.en).toContain(inEnglish);
    expect((e as { cause?: unknown }).cause).toBe(original);
  });

  test("a cell in edit mode tells the user what to press, in Vietnamese", () => {
    const e = toAppError(officeError("InvalidOperationInCellEditMode", "x")) as AppError;
    expect(e.text.vi).toContain("Enter");
    expect(e.text.vi).toContain("Esc");
  });

  test("GeneralException and unknown codes keep Excel's message, code and error location", () => {
    const e = toAppError(officeError("GeneralException", "An internal error has occurred.", "Range.values")) as AppError;
    expect(e.code).toBe("OFFICE_ERROR");
    expect(e.text.vi).toContain("GeneralException");
    expect(e.text.vi).toContain("An internal error has occurred. [Range.values]");
    const other = toAppError(officeError("InsertDeleteConflict", "Conflict.")) as AppError;
    expect(other.text.en).toContain("InsertDeleteConflict: Conflict.");
  });

  test("errors that are not from Office pass through untouched", () => {
    const plain = new TypeError("boom");
    expect(toAppError(plain)).toBe(plain);
    const app = new AppError("OFFICE_CELL_EDIT_MODE");
    expect(toAppError(app)).toBe(app);
  });
});

describe("requirement sets", () => {
  test("the floor is ExcelApi 1.9 (what the shared runtime implies); custom properties are switched by 1.12, notes by 1.18", () => {
    const upTo = (max: number) => (_: string, v: string) => Number(v.split(".")[1]) <= max;
    expect(detectCapabilities(upTo(8))).toEqual({ floor: false, customProperties: false, notes: false });
    expect(detectCapabilities(upTo(11))).toEqual({ floor: true, customProperties: false, notes: false });
    expect(detectCapabilities(upTo(12))).toEqual({ floor: true, customProperties: true, notes: false });
    expect(detectCapabilities(upTo(18))).toEqual({ floor: true, customProperties: true, notes: true });
    expect(detectCapabilities(() => {
      throw new Error("Office not ready");
    }).floor).toBe(false);
  });
});

describe("the fake keeps office-js ordering rules", () => {
  test("reading before load and sync throws PropertyNotLoaded; after both it reads", async () => {
    const fake = new FakeExcel();
    fake.seed("S", [["a", 1]]);
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(r.values).toEqual([["a", 1]]);
    });
  });

  test("writes apply at sync, in order, and the request is measured", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.add("N");
      ws.getRange("A1:B1").values = [["x", "y"]];
      expect(fake.find("N")).toBeNull();
      await context.sync();
      expect(fake.grid("N")).toEqual([["x", "y"]]);
    });
    expect(fake.lastRun.syncs).toHaveLength(1);
    expect(fake.lastRun.syncs[0].requestBytes).toBeGreaterThan(JSON.stringify([["x", "y"]]).length);
  });

  test("a missing sheet fails the request with ItemNotFound", async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("X").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
  });
});
