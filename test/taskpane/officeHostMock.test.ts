/**
 * The Excel host binding (src/taskpane/host/office.ts) over office-addin-mock's Office and Excel objects:
 * the requirement-set checks reach Office.context.requirements as the host answers them, so the adapter
 * keeps its markers in the registry sheet alone on an ExcelApi 1.9 host (the floor), uses worksheet custom
 * properties on 1.12 and refuses below the floor; Excel.run reaches the host with office-js load/sync semantics;
 * the theme is read from Office.context.officeTheme. The adapter itself is replaced by a recorder: its
 * own tests run on the recording fake Excel.
 */
import { OfficeMockObject } from "office-addin-mock";
import { detectCapabilities, MANIFEST_SET, type IsSetSupported } from "../../src/workbook/office/requirements";
import { OfficeWorkbook, type ExcelRun } from "../../src/workbook/office/workbook";
import { okResult } from "./fakes";

const created: {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  createWorkbook: (base64: string) => Promise<void>;
}[] = [];
jest.mock("../../src/taskpane/host/officeCommands", () => ({
  createOfficeCommands: (
    run: ExcelRun,
    isSetSupported: IsSetSupported,
    _progress: unknown,
    createWorkbook: (base64: string) => Promise<void>,
  ) => {
    created.push({ run, isSetSupported, createWorkbook });
    const ok = async () => okResult();
    return {
      layoutPlan: ok,
      prepareRound: ok,
      validateRound: ok,
      rankRound: ok,
      summarize: ok,
      selectCell: async () => undefined,
    };
  },
}));

// Imported after the mock is declared (jest hoists jest.mock above imports anyway).
import { createOfficeBinding } from "../../src/taskpane/host/office";

/** A host that supports ExcelApi up to `max` and no other set, as Office answers isSetSupported. */
function hostAt(max: string) {
  return jest.fn((name: string, version: string) => {
    if (name !== "ExcelApi") return false;
    const [a, b] = version.split(".").map(Number);
    const [x, y] = max.split(".").map(Number);
    return a < x || (a === x && b <= y);
  });
}

function installOffice(isSetSupported: jest.Mock, dark: boolean) {
  // Office.context is the common API: plain properties, no load/sync. office-addin-mock gives those
  // semantics only to the Outlook host type, so the mock is built with it.
  const office = new OfficeMockObject(
    { host: "outlook", context: { requirements: { isSetSupported }, officeTheme: { isDarkTheme: dark } } },
    "outlook" as never,
  );
  const workbook = new OfficeMockObject({
    workbook: {
      worksheets: {
        getActiveWorksheet: function (this: { sheet: unknown }) {
          return this.sheet;
        },
        sheet: { name: "Đơn vị" },
      },
    },
  });
  const excelRun = jest.fn(async (batch: (ctx: unknown) => Promise<unknown>) => batch(workbook));
  const createWorkbook = jest.fn(async (_base64?: string) => undefined);
  Object.assign(globalThis, { Office: office, Excel: { run: excelRun, createWorkbook } });
  return { excelRun, workbook, createWorkbook };
}

afterEach(() => {
  created.length = 0;
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

async function bind(max: string, dark = false) {
  const isSetSupported = hostAt(max);
  const host = installOffice(isSetSupported, dark);
  const binding = createOfficeBinding(() => undefined);
  // The adapter loads on the first command, with the host's run and requirement check.
  await binding.commands.validateRound("D1");
  expect(created).toHaveLength(1);
  return { binding, isSetSupported, ...host, adapter: created[0] };
}

describe("Excel host binding over office-addin-mock", () => {
  it("on an ExcelApi 1.9 host (the manifest's floor) keeps the markers in the registry sheet alone", async () => {
    const { adapter, isSetSupported, binding } = await bind("1.9");
    expect(binding.host).toBe("excel");
    expect(detectCapabilities(adapter.isSetSupported)).toEqual({ floor: true, customProperties: false, notes: false });
    // Asked of Office itself, for the sets the adapter depends on.
    const asked = isSetSupported.mock.calls.map(([n, v]) => `${n} ${v}`);
    expect(asked).toEqual(expect.arrayContaining([`ExcelApi ${MANIFEST_SET.version}`, "ExcelApi 1.12"]));
  });

  it("on an ExcelApi 1.12 host uses custom properties", async () => {
    const { adapter } = await bind("1.12");
    expect(detectCapabilities(adapter.isSetSupported)).toEqual({ floor: true, customProperties: true, notes: false });
  });

  it("on a host below the floor the adapter refuses with a clear message before calling Excel", async () => {
    const { adapter, excelRun } = await bind("1.8");
    expect(detectCapabilities(adapter.isSetSupported).floor).toBe(false);
    const wb = new OfficeWorkbook(adapter.run, adapter.isSetSupported);
    await expect(wb.listSheets()).rejects.toMatchObject({ code: "OFFICE_API_UNSUPPORTED" });
    await expect(wb.listSheets()).rejects.toThrow(/ExcelApi 1\.9/);
    expect(excelRun).not.toHaveBeenCalled();
  });

  it("when Office's requirement check throws (context not ready), takes the lower path instead of failing", async () => {
    const { adapter, isSetSupported } = await bind("1.12");
    isSetSupported.mockImplementation(() => {
      throw new Error("Office.context is not ready");
    });
    expect(detectCapabilities(adapter.isSetSupported)).toEqual({ floor: false, customProperties: false, notes: false });
  });

  it("passes Excel.run through: a property is readable only after load and sync, as in office-js", async () => {
    const { adapter, excelRun } = await bind("1.9");
    const name = await adapter.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const before = sheet.name;
      sheet.load("name");
      await context.sync();
      return { before, after: sheet.name };
    });
    expect(excelRun).toHaveBeenCalledTimes(1);
    expect(name).toEqual({ before: expect.stringMatching(/not loaded/), after: "Đơn vị" });
  });

  it("opens next year's workbook with Excel.createWorkbook, given the workbook as base64", async () => {
    const { adapter, createWorkbook } = await bind("1.9");
    await adapter.createWorkbook("UEsDBBQ=");
    expect(createWorkbook).toHaveBeenCalledWith("UEsDBBQ=");
  });

  it("reads Office's dark theme for the pane", async () => {
    expect((await bind("1.9", true)).binding.dark).toBe(true);
    created.length = 0;
    expect((await bind("1.9", false)).binding.dark).toBe(false);
  });
});
