/**
 * The browser pane's workbook behind a message port, as the page talks to its worker: here both ends run in
 * one process over a real MessageChannel, so everything that crosses is structured-cloned as it would be
 * between the page and the worker. A command's result, a bad file's error in both languages, the progress
 * and the written workbook all reach the page.
 */
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/workbook";
import { AppError } from "../../src/shared/errors";
import { createBrowserHost } from "../../src/taskpane/host/standaloneCommands";
import { serveWorkbook, WorkbookClient, type Port } from "../../src/taskpane/host/workbookChannel";

jest.setTimeout(60_000);

/** Node's MessagePort as the DOM's: events carry `data`, and a port listened to with addEventListener must be started. */
function domPort(port: MessagePort): Port & { addEventListener(type: "error", listener: (e: Event) => void): void } {
  return {
    postMessage: (m, transfer) => port.postMessage(m, transfer as never),
    addEventListener: (type: string, listener: (e: MessageEvent) => void) => {
      if (type === "message") {
        port.on("message", (data: unknown) => listener({ data } as MessageEvent));
      }
    },
  } as Port & { addEventListener(type: "error", listener: (e: Event) => void): void };
}

let channel: MessageChannel;
let client: WorkbookClient;
const steps: [number, number, string][] = [];

beforeEach(() => {
  channel = new MessageChannel();
  serveWorkbook(createBrowserHost, domPort(channel.port2));
  steps.length = 0;
  client = new WorkbookClient(domPort(channel.port1), (done, total, step) => steps.push([done, total, step]));
});

afterEach(() => {
  channel.port1.close();
  channel.port2.close();
});

describe("the workbook behind a message port", () => {
  it("runs a command there and returns its result; the sheet list and the written workbook come back", async () => {
    const result = await client.commands.layoutPlan({ sample: false });
    expect(result.ok).toBe(true);
    expect(result.sheets.map((s) => s.sheet)).toContain("Kế hoạch");
    const sheets = await client.sheets();
    expect(sheets).toContainEqual({ name: "Kế hoạch", generated: true });
    const bytes = await client.toBuffer();
    expect(bytes).toBeInstanceOf(Uint8Array);
    const back = await ExcelJsWorkbook.fromBuffer(bytes);
    expect((await back.listSheets()).map((s) => s.name)).toContain("Kế hoạch");
    // the file for the browser's download is made on the worker's side and crosses as a Blob
    const file = await client.toFile();
    expect(file.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const again = await ExcelJsWorkbook.fromBuffer(new Uint8Array(await file.arrayBuffer()));
    expect((await again.listSheets()).map((s) => s.name)).toContain("Kế hoạch");
    // writing said what it did
    expect(steps.map((s) => s[2])).toEqual(expect.arrayContaining(["BROWSER_SAVE_STEP_WRITE"]));
  });

  it("opens a file sent as a Blob, reporting each stage, and previews it", async () => {
    const wb = ExcelJsWorkbook.create();
    const ws = wb.book.addWorksheet("Ghi chép");
    ws.addRow(["Ngày", "Việc"]);
    ws.addRow(["05/03/2024", "Họp tổ dân phố số 3"]);
    await client.open(new Blob([(await wb.toBuffer()) as Uint8Array<ArrayBuffer>]), "ghi-chep.xlsx");
    expect(steps.map((s) => s[2])).toEqual(["BROWSER_OPEN_STEP_READ", "BROWSER_OPEN_STEP_LOAD", "BROWSER_OPEN_STEP_LIST"]);
    expect(await client.sheets()).toEqual([{ name: "Ghi chép", generated: false }]);
    const preview = await client.preview("Ghi chép", 10, 5);
    expect(preview?.cells.map((row) => row.map((c) => c.text))).toEqual([
      ["Ngày", "Việc"],
      ["05/03/2024", "Họp tổ dân phố số 3"],
    ]);
  });

  it("gives a file that is not a workbook back as the AppError the pane shows, and keeps the open workbook", async () => {
    await client.commands.layoutPlan({ sample: false });
    const failure = await client.open(new Blob(["Đây là một tệp văn bản."]), "danh-sach.xlsx").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe("FILE_NOT_XLSX");
    expect((failure as AppError).text.vi).toBe("Tệp danh-sach.xlsx không phải sổ tính Excel (.xlsx) hoặc đã hỏng.");
    expect((await client.sheets()).map((s) => s.name)).toContain("Kế hoạch");
  });

  it("rejects what was asked of a worker that died, and says it is broken", async () => {
    const listeners: Record<string, ((e: Event) => void)[]> = {};
    const posted: unknown[] = [];
    const dead = new WorkbookClient(
      {
        postMessage: (m: unknown) => posted.push(m),
        addEventListener: (type: string, l: (e: Event) => void) => (listeners[type] ??= []).push(l),
      } as unknown as ConstructorParameters<typeof WorkbookClient>[0],
      () => undefined,
    );
    const asked = dead.sheets();
    expect(posted).toHaveLength(1);
    const error = Object.assign(new Event("error", { cancelable: true }), { message: "Out of memory" });
    listeners.error?.forEach((l) => l(error));
    await expect(asked).rejects.toThrow("Out of memory");
    expect(dead.broken).toBe(true);
    await expect(dead.toBuffer()).rejects.toThrow("the workbook worker stopped");
    expect(posted).toHaveLength(1);
  });
});
