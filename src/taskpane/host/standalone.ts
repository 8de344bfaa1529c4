/**
 * The browser host: the same pane on the exceljs adapter, for a clerk who cannot sideload the
 * add-in and for end-to-end tests. exceljs is loaded only here, lazily (when the pane is idle, or on the first
 * command), so it never reaches the bundle that Excel loads; and it runs in a Web Worker with the workbook
 * (workbookChannel.ts), so opening or writing a large workbook never freezes the page.
 *
 * The session is the browser's stand-in for "the workbook open in Excel": which file it came from, its
 * sheets, and the cell last selected, which the preview shows because there is no grid to select it in.
 */
import { AppError } from "../../shared/errors";
import { APP_COMMANDS, forwardCommands } from "../../app/commandTable";
import type { AppCommands, CommandResult, NewYearCommandResult } from "../../app/types";
import { saveBytes } from "../components/standalone/download";
import { msg, type Bilingual } from "../../i18n";
import type { Progress } from "../../workbook/port";
import type { SheetPreview } from "../components/standalone/previewModel";
import type { HostBinding } from "./binding";
import type { BrowserSheet, WorkbookHost } from "./workbookChannel";

export const NEW_WORKBOOK_NAME = "tdkt.xlsx";

export interface StandaloneState {
  /** The download name: the opened file's, or tdkt.xlsx for a new workbook. */
  fileName: string;
  /** Came from a file on disk (false: a new workbook in memory). */
  fromFile: boolean;
  /** Downloaded at least once under fileName: the file bar names the file instead of "chưa lưu". */
  downloaded?: boolean;
  sheets: BrowserSheet[];
  /** An opened workbook in which the add-in has not laid anything out yet. */
  noAddinSheets: boolean;
  /** Bumped whenever the workbook may have changed, so the preview reads it again. */
  version: number;
  /** The sheet the preview should show (a command's new sheet, or a selected cell's sheet). */
  focus?: { sheet: string; cell?: string; seq: number };
}

type Listener = () => void;

export class StandaloneSession {
  private state: StandaloneState = { fileName: NEW_WORKBOOK_NAME, fromFile: false, sheets: [], noAddinSheets: false, version: 0 };
  private readonly listeners = new Set<Listener>();
  private pending?: Promise<WorkbookHost>;
  /** The worker's end, to notice a worker that died. */
  private started?: { broken: boolean };
  private seq = 0;
  /** A command changed the workbook since it was opened, started or downloaded. */
  private unsaved = false;
  readonly commands: AppCommands;

  constructor(private readonly progress: Progress) {
    // The preview follows the command: the sheet it made, or the cell a finding pointed at.
    const after = async (result: CommandResult): Promise<void> => {
      const made = result.sheets.find((s) => s.action !== "kept") ?? result.sheets[0];
      await this.refresh(made ? { sheet: made.sheet } : undefined);
    };
    this.commands = forwardCommands(
      async () => (await this.host()).commands,
      async (name, result, args) => {
        if (name === "selectCell") await this.refresh({ sheet: String(args[0]), cell: String(args[1]) });
        else if (name === "newYear") await this.adopt(result as NewYearCommandResult);
        else if (APP_COMMANDS[name].writes) {
          this.unsaved = true;
          await after(result as CommandResult);
        }
      },
    );
  }

  getState = (): StandaloneState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Opens a file from disk as the workbook; a file that is not a workbook leaves the open one as it was. */
  async open(file: Blob, fileName: string): Promise<CommandResult> {
    const host = await this.host();
    try {
      // the Blob itself goes to the worker, which reads it there: 19 MB are never copied on the page's thread
      await host.open(file, fileName);
    } catch (e) {
      if (e instanceof AppError && e.code === "FILE_NOT_XLSX")
        throw new AppError("PANE_FILE_NOT_WORKBOOK", { file: fileName }, { cause: e });
      throw e;
    }
    this.set({ fileName: downloadName(fileName), fromFile: true });
    this.unsaved = false;
    await this.refresh();
    // that the workbook has none of the add-in's sheets stays on the file bar (state.noAddinSheets) until it has
    const messages: Bilingual[] = [msg("PANE_FILE_OPENED", { file: fileName, count: this.state.sheets.length })];
    return { ok: true, sheets: [], messages, findings: [] };
  }

  async startNew(): Promise<CommandResult> {
    await (await this.host()).startNew();
    this.unsaved = false;
    this.set({ fileName: NEW_WORKBOOK_NAME, fromFile: false, downloaded: false, focus: undefined });
    await this.refresh();
    return { ok: true, sheets: [], messages: [msg("PANE_FILE_NEW_DONE")], findings: [] };
  }

  /** Fetches exceljs and the commands ahead of the first click; a failure is left for that click to report. */
  warm(): void {
    this.host().catch(() => undefined);
  }

  /** The workbook's bytes, for the download: what is downloaded counts as saved. */
  async toBuffer(): Promise<Uint8Array> {
    const bytes = await (await this.host()).toBuffer();
    this.unsaved = false;
    return bytes;
  }

  /**
   * Next year's workbook becomes the open one, as a new workbook would. Last year's, when a command changed it
   * since it was last downloaded, is downloaded first under its own name, so nothing the clerk did is lost.
   */
  private async adopt(result: NewYearCommandResult): Promise<void> {
    const host = await this.host();
    // Said first: the pane shows the first few messages of a result.
    const said = [msg("NEW_YEAR_OPENED_IN_BROWSER", { file: result.fileName })];
    if (this.unsaved) {
      saveBytes(await host.toFile(), this.state.fileName);
      said.unshift(msg("NEW_YEAR_OLD_DOWNLOADED", { file: this.state.fileName }));
    }
    await host.open(result.workbook.slice().buffer as ArrayBuffer, result.fileName);
    this.unsaved = true;
    this.set({ fileName: result.fileName, fromFile: false, focus: undefined });
    await this.refresh({ sheet: result.sheets[0]?.sheet ?? "" });
    result.messages.unshift(...said);
  }

  /** Writes the workbook and hands it to `save` (the browser's download) as a command, so the pane shows it busy. */
  async download(save: (file: Blob, fileName: string) => void): Promise<CommandResult> {
    const fileName = this.state.fileName;
    save(await (await this.host()).toFile(), fileName);
    this.unsaved = false;
    this.set({ downloaded: true });
    return { ok: true, sheets: [], messages: [msg("PANE_FILE_DOWNLOADED", { file: fileName })], findings: [] };
  }

  async preview(
    sheet: string,
    rows: number,
    cols: number,
    focus?: { row: number; col: number },
  ): Promise<SheetPreview | undefined> {
    return (await this.host()).preview(sheet, rows, cols, focus);
  }

  private async refresh(focus?: { sheet: string; cell?: string }): Promise<void> {
    const sheets = await (await this.host()).sheets();
    const noAddinSheets = this.state.fromFile && sheets.length > 0 && !sheets.some((s) => s.generated);
    this.set({
      sheets,
      noAddinSheets,
      version: this.state.version + 1,
      focus: focus ? { ...focus, seq: ++this.seq } : this.state.focus,
    });
  }

  /**
   * The workbook and exceljs live in a worker, started on first use (or when the pane is idle, see warm), so a
   * large workbook opens and saves off the page's thread. Without Worker (jsdom) they load on the page instead.
   * A worker that could not start, or a failed fetch, is tried again on the next click.
   */
  private host(): Promise<WorkbookHost> {
    if (this.started?.broken) {
      // the worker died (out of memory, most likely) and its workbook with it: the pane says so by showing a new one
      this.started = undefined;
      this.pending = undefined;
      this.unsaved = false;
      this.set({
        fileName: NEW_WORKBOOK_NAME,
        fromFile: false,
        downloaded: false,
        sheets: [],
        noAddinSheets: false,
        focus: undefined,
      });
    }
    this.pending ??= (
      typeof Worker === "function"
        ? import(/* webpackChunkName: "workbook-start" */ "./workbookWorker").then(
            (m) => (this.started = m.startWorkbookWorker(this.progress)),
          )
        : import(/* webpackChunkName: "standalone" */ "./standaloneCommands").then((m) => m.createBrowserHost(this.progress))
    ).catch((e: unknown) => {
      this.pending = undefined;
      throw e;
    });
    return this.pending;
  }

  private set(patch: Partial<StandaloneState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }
}

/** Saves under the opened file's name, always as .xlsx. */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").trim();
  if (!base) return NEW_WORKBOOK_NAME;
  return /\.xlsx$/i.test(base) ? base : `${base.replace(/\.[^.]*$/, "")}.xlsx`;
}

export interface StandaloneBinding extends HostBinding {
  session: StandaloneSession;
}

export function isStandaloneBinding(b: HostBinding): b is StandaloneBinding {
  return (b as Partial<StandaloneBinding>).session instanceof StandaloneSession;
}

/** How long after start the browser host waits before it fetches exceljs, so the first paint never waits for it. */
export const WARM_AFTER_MS = 1_000;

/** Runs `fn` once the page has painted and is idle (requestIdleCallback where there is one). */
export function whenIdle(fn: () => void, afterMs = WARM_AFTER_MS): void {
  setTimeout(() => {
    // called on window: requestIdleCallback taken off it throws "Illegal invocation"
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(fn, { timeout: 5_000 });
    else fn();
  }, afterMs);
}

export async function createStandaloneBinding(progress: Progress): Promise<StandaloneBinding> {
  const session = new StandaloneSession(progress);
  // exceljs (about 1 MB) is fetched while the clerk reads the pane, not on the first click; only in the browser
  // host, so Excel never downloads it
  whenIdle(() => session.warm());
  return { host: "browser", commands: session.commands, notice: msg("PANE_STANDALONE_FILES_NOTICE"), session };
}
