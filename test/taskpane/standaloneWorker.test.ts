/**
 * The browser session on its workbook worker: where the browser has Worker, the session asks a worker for the
 * workbook (here both ends in one process over a MessageChannel), and a worker that died takes its workbook with
 * it: the file bar then shows a new workbook instead of a file that is no longer open, and the next command
 * starts another worker.
 */
import { MessageChannel } from "node:worker_threads";
import { createBrowserHost } from "../../src/taskpane/host/standaloneCommands";
import { serveWorkbook, WorkbookClient, type Port } from "../../src/taskpane/host/workbookChannel";
import { StandaloneSession } from "../../src/taskpane/host/standalone";

jest.setTimeout(60_000);

type Listener = (e: unknown) => void;
const workers: { client: WorkbookClient; die: () => void }[] = [];
/** Every channel made, closed after the tests: an open port with a listener keeps the jest worker alive. */
const channels: MessageChannel[] = [];

/** A worker: a MessageChannel whose far end serves a real exceljs workbook; `die` fires the Worker's error event. */
function fakeWorker(progress: (d: number, t: number, s: string) => void): WorkbookClient {
  const channel = new MessageChannel();
  channels.push(channel);
  const errors: Listener[] = [];
  const end = (port: typeof channel.port1) => ({
    postMessage: (m: unknown, transfer: ArrayBuffer[]) => port.postMessage(m, transfer as never),
    addEventListener: (type: string, l: Listener) => {
      if (type === "message") port.on("message", (data: unknown) => l({ data }));
      else errors.push(l);
    },
  });
  serveWorkbook(createBrowserHost, end(channel.port2) as unknown as Port);
  const client = new WorkbookClient(end(channel.port1) as unknown as ConstructorParameters<typeof WorkbookClient>[0], progress);
  const die = () => {
    errors.forEach((l) => l(Object.assign(new Event("error", { cancelable: true }), { message: "Out of memory" })));
    channel.port1.close();
  };
  workers.push({ client, die });
  return client;
}

jest.mock("../../src/taskpane/host/workbookWorker", () => ({ startWorkbookWorker: fakeWorker }));

beforeAll(() => {
  (globalThis as { Worker?: unknown }).Worker = function Worker() {};
});
afterAll(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
  for (const c of channels) {
    c.port1.close();
    c.port2.close();
  }
});

test("works on the worker's workbook, and shows a new workbook once the worker died", async () => {
  const session = new StandaloneSession(() => undefined);
  const laid = await session.commands.layoutPlan({ sample: false });
  expect(laid.ok).toBe(true);
  expect(workers).toHaveLength(1);
  expect(session.getState().sheets.map((s) => s.name)).toContain("Kế hoạch");

  workers[0]!.die();
  // the next command runs on a new worker, on a new workbook: it has no plan
  await expect(session.commands.readPlan()).rejects.toMatchObject({ code: "PLAN_SHEETS_MISSING" });
  // the file bar no longer lists sheets of a workbook that is gone
  expect(session.getState().sheets).toEqual([]);
  expect(session.getState().fileName).toBe("tdkt.xlsx");
  expect(workers).toHaveLength(2);
  // and the pane goes on, on a new worker
  const again = await session.commands.layoutPlan({ sample: false });
  expect(again.ok).toBe(true);
  expect(session.getState().sheets.map((s) => s.name)).toContain("Kế hoạch");
});
