/**
 * The browser pane's workbook behind a message port. exceljs takes seconds to read a 19 MB workbook and as
 * long to write one, and on the page's own thread that froze the pane; so the workbook lives in a Web Worker
 * (workbook.worker.ts) and the page keeps only what it shows. This module is both ends of the conversation:
 * `serveWorkbook` answers in the worker, `WorkbookClient` asks from the page. Only small data crosses (a
 * command's result, the sheet list, a preview window) besides the file itself: the opened file goes over as a
 * Blob, which is a handle, and the written workbook comes back as a transferred buffer, which is not copied.
 */
import { APP_COMMAND_NAMES, type AppCommandName } from "../../app/commandTable";
import type { AppCommands } from "../../app/types";
import type { MessageCode, Params } from "../../i18n";
import { AppError } from "../../shared/errors";
import type { Progress } from "../../workbook/port";
import type { SheetPreview } from "../components/standalone/previewModel";

export interface BrowserSheet {
  name: string;
  /** Made by the add-in (it carries the add-in's marker). */
  generated: boolean;
}

/** What the browser pane does with its one workbook: the app commands, and the File menu's work around them. */
export interface WorkbookHost {
  readonly commands: AppCommands;
  /** Throws AppError FILE_NOT_XLSX (and keeps the current workbook) when the bytes are not a workbook. */
  open(file: Blob | ArrayBuffer, fileName: string): Promise<void>;
  startNew(): Promise<void>;
  toBuffer(): Promise<Uint8Array>;
  /** The workbook as an .xlsx file to hand to the browser: made where the workbook is, so the page never copies it. */
  toFile(): Promise<Blob>;
  sheets(): Promise<BrowserSheet[]>;
  preview(sheet: string, rows: number, cols: number, focus?: { row: number; col: number }): Promise<SheetPreview | undefined>;
}

type HostOp = "open" | "startNew" | "toBuffer" | "toFile" | "sheets" | "preview";

type Call = { op: "command"; name: AppCommandName; args: unknown[] } | { op: HostOp; args: unknown[] };
export type Request = { id: number } & Call;

/** An error as it crosses: an AppError by its code and parameters, so the page shows it in both languages. */
type WireError = { code: MessageCode; params: Params } | { message: string };

export type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: WireError }
  | { progress: [done: number, total: number, step: string] };

/** A Worker, the worker's own global scope, or one end of a MessageChannel. */
export interface Port {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  addEventListener(type: "message", listener: (e: MessageEvent) => void): void;
}

/** How often the worker tells the page how far one step is: each report re-renders the pane's status. */
const PROGRESS_EVERY_MS = 100;

/**
 * Answers the page's requests on `port` with the host `create` makes. Progress goes back as it comes: a new
 * step at once (the caption must say what the long wait is), the same step's count at most every 100 ms.
 */
export function serveWorkbook(create: (progress: Progress) => WorkbookHost, port: Port): void {
  let last = { at: 0, step: "" };
  const progress: Progress = (done, total, step) => {
    const now = Date.now();
    if (step === last.step && now - last.at < PROGRESS_EVERY_MS && done < total) return;
    last = { at: now, step };
    port.postMessage({ progress: [done, total, step] } satisfies Reply, []);
  };
  const host = create(progress);
  port.addEventListener("message", (e: MessageEvent) => {
    const req = e.data as Request;
    void answer(host, req).then(
      (value) => {
        const transfer = value instanceof Uint8Array && req.op === "toBuffer" ? [value.buffer as ArrayBuffer] : [];
        port.postMessage({ id: req.id, ok: true, value } satisfies Reply, transfer);
      },
      (err: unknown) => port.postMessage({ id: req.id, ok: false, error: toWire(err) } satisfies Reply, []),
    );
  });
}

async function answer(host: WorkbookHost, req: Request): Promise<unknown> {
  if (req.op === "command") return (host.commands[req.name] as (...a: unknown[]) => Promise<unknown>)(...req.args);
  const method = host[req.op] as (...a: unknown[]) => Promise<unknown>;
  return method.apply(host, req.args);
}

function toWire(err: unknown): WireError {
  if (err instanceof AppError) return { code: err.code, params: err.params };
  return { message: err instanceof Error ? err.message : String(err) };
}

function fromWire(w: WireError): Error {
  return "code" in w ? new AppError(w.code, w.params) : new Error(w.message);
}

/** The page's side: the same WorkbookHost, each call a message to the worker. */
export class WorkbookClient implements WorkbookHost {
  readonly commands: AppCommands;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** Set when the worker could not start or died: the session then starts another on the next call. */
  broken = false;

  constructor(
    private readonly port: Port & { addEventListener(type: "error", listener: (e: Event) => void): void },
    private readonly progress: Progress,
  ) {
    port.addEventListener("message", (e: MessageEvent) => this.receive(e.data as Reply));
    port.addEventListener("error", (e: Event) => {
      e.preventDefault();
      this.broken = true;
      const why = new Error((e as ErrorEvent).message || "the workbook worker stopped");
      for (const w of this.waiting.values()) w.reject(why);
      this.waiting.clear();
    });
    const commands: Partial<Record<AppCommandName, (...args: unknown[]) => Promise<unknown>>> = {};
    for (const name of APP_COMMAND_NAMES) commands[name] = (...args) => this.call({ op: "command", name, args });
    this.commands = commands as AppCommands;
  }

  open(file: Blob | ArrayBuffer, fileName: string): Promise<void> {
    return this.call({ op: "open", args: [file, fileName] }) as Promise<void>;
  }

  startNew(): Promise<void> {
    return this.call({ op: "startNew", args: [] }) as Promise<void>;
  }

  toBuffer(): Promise<Uint8Array> {
    return this.call({ op: "toBuffer", args: [] }) as Promise<Uint8Array>;
  }

  toFile(): Promise<Blob> {
    return this.call({ op: "toFile", args: [] }) as Promise<Blob>;
  }

  sheets(): Promise<BrowserSheet[]> {
    return this.call({ op: "sheets", args: [] }) as Promise<BrowserSheet[]>;
  }

  preview(sheet: string, rows: number, cols: number, focus?: { row: number; col: number }): Promise<SheetPreview | undefined> {
    return this.call({ op: "preview", args: [sheet, rows, cols, focus] }) as Promise<SheetPreview | undefined>;
  }

  private call(req: Call): Promise<unknown> {
    if (this.broken) return Promise.reject(new Error("the workbook worker stopped"));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.postMessage({ ...req, id } satisfies Request, []);
    });
  }

  private receive(reply: Reply): void {
    if ("progress" in reply) {
      this.progress(...reply.progress);
      return;
    }
    const w = this.waiting.get(reply.id);
    if (!w) return;
    this.waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.value);
    else w.reject(fromWire(reply.error));
  }
}
