/**
 * The exceljs adapter (and exceljs itself) behind the app commands, for the browser host: in the workbook
 * worker (workbook.worker.ts), or loaded lazily on the page where there is no Worker (jsdom in the tests).
 * Holds the one workbook the browser pane works on; opening a file replaces it only once the file has
 * loaded, so a bad file never costs the clerk the workbook already open.
 */
import type ExcelJS from "exceljs";
import { createAppCommands } from "../../app/commands";
import { forwardCommands } from "../../app/commandTable";
import type { AppCommands } from "../../app/types";
import { ExcelJsWorkbook } from "../../workbook/exceljs/workbook";
import type { Progress } from "../../workbook/port";
import { formatValue, windowStart, type PreviewCell, type SheetPreview } from "../components/standalone/previewModel";
import type { BrowserSheet, WorkbookHost } from "./workbookChannel";
import { XLSX_MIME } from "../components/standalone/download";

export type { BrowserSheet } from "./workbookChannel";

/** The workbook of the browser pane and what the pane does with it besides the app commands. */
export class BrowserWorkbookHost implements WorkbookHost {
  private wb: ExcelJsWorkbook = ExcelJsWorkbook.create();
  readonly commands: AppCommands;

  constructor(private readonly progress: Progress) {
    // Bound per call, so a command always runs on the workbook open at the moment of the click.
    this.commands = forwardCommands(() => createAppCommands(this.wb, { progress }));
  }

  /** Throws AppError FILE_NOT_XLSX (and keeps the current workbook) when the bytes are not a workbook. */
  async open(file: Blob | ArrayBuffer, fileName: string): Promise<void> {
    // exceljs reports nothing while it reads, so the bar moves by stage
    this.progress(0, 3, "BROWSER_OPEN_STEP_READ");
    const bytes = file instanceof ArrayBuffer ? file : await file.arrayBuffer();
    this.progress(1, 3, "BROWSER_OPEN_STEP_LOAD");
    const wb = await ExcelJsWorkbook.fromBuffer(bytes, fileName);
    this.progress(2, 3, "BROWSER_OPEN_STEP_LIST");
    this.wb = wb;
  }

  async startNew(): Promise<void> {
    this.wb = ExcelJsWorkbook.create();
  }

  async toBuffer(): Promise<Uint8Array> {
    this.progress(0, 2, "BROWSER_SAVE_STEP_WRITE");
    const bytes = await this.wb.toBuffer();
    this.progress(1, 2, "BROWSER_SAVE_STEP_HANDOVER");
    return bytes;
  }

  async toFile(): Promise<Blob> {
    // the Blob copies the bytes once, here; the page then gets a handle to it, not 19 MB to copy on its thread
    return new Blob([(await this.toBuffer()) as Uint8Array<ArrayBuffer>], { type: XLSX_MIME });
  }

  /** The sheets a person can see, in tab order (the add-in's hidden registry is not one of them). */
  async sheets(): Promise<BrowserSheet[]> {
    return (await this.wb.listSheets())
      .filter((s) => s.visible)
      .map((s) => ({ name: s.name, generated: s.marker !== undefined }));
  }

  /** A window of `rows` × `cols` cells of a sheet, starting at A1 unless `focus` lies beyond it. */
  async preview(
    sheet: string,
    rows: number,
    cols: number,
    focus?: { row: number; col: number },
  ): Promise<SheetPreview | undefined> {
    const [data] = await this.wb.readSheets([sheet]);
    if (!data) return undefined;
    const totalRows = data.values.length;
    const totalCols = data.values.reduce((m, r) => Math.max(m, r.length), 0);
    const firstRow = windowStart(focus?.row, rows, totalRows);
    const firstCol = windowStart(focus?.col, cols, totalCols);
    const ws = this.wb.worksheetForReading(data.name);
    const cells: PreviewCell[][] = [];
    for (let r = firstRow; r < Math.min(totalRows, firstRow + rows); r++) {
      const line: PreviewCell[] = [];
      for (let c = firstCol; c < Math.min(totalCols, firstCol + cols); c++) {
        const v = data.values[r]?.[c] ?? null;
        line.push({ text: formatValue(v), numeric: typeof v === "number", ...lookOf(ws?.getCell(r + 1, c + 1)) });
      }
      cells.push(line);
    }
    const view = ws?.views?.[0];
    const xSplit = view && view.state === "frozen" ? (view.xSplit ?? 0) : 0;
    // frozen columns are kept in view only in a window that starts at column A, where they are
    const frozenCols = firstCol === 0 ? xSplit : 0;
    return { sheet: data.name, firstRow, firstCol, cells, totalRows, totalCols, frozenCols };
  }
}

/** Bold and solid fill are what mark the add-in's header rows; the port has no read of styles, so exceljs is asked. */
function lookOf(cell: ExcelJS.Cell | undefined): Pick<PreviewCell, "bold" | "fill" | "color"> {
  const look: Pick<PreviewCell, "bold" | "fill" | "color"> = { bold: cell?.font?.bold === true };
  const fill = cell?.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") look.fill = rgb(fill.fgColor?.argb);
  // a font colour is kept only with its fill: white text on the preview's white background would vanish
  if (look.fill) look.color = rgb(cell?.font?.color?.argb);
  return look;
}

function rgb(argb: unknown): string | undefined {
  return typeof argb === "string" && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2)}` : undefined;
}

export function createBrowserHost(progress: Progress): BrowserWorkbookHost {
  return new BrowserWorkbookHost(progress);
}
