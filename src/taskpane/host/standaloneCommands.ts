/**
 * Loaded lazily: the exceljs adapter (and exceljs itself) behind the app commands, for the browser host.
 * Holds the one workbook the browser pane works on; opening a file replaces it only once the file has
 * loaded, so a bad file never costs the clerk the workbook already open.
 */
import type ExcelJS from "exceljs";
import { createAppCommands } from "../../app/commands";
import type { AppCommands } from "../../app/types";
import { ExcelJsWorkbook } from "../../workbook/exceljs/workbook";
import type { Progress } from "../../workbook/port";
import { formatValue, windowStart, type PreviewCell, type SheetPreview } from "../components/standalone/previewModel";

export interface BrowserSheet {
  name: string;
  /** Made by the add-in (it carries the add-in's marker). */
  generated: boolean;
}

/** The workbook of the browser pane and what the pane does with it besides the app commands. */
export class BrowserWorkbookHost {
  private wb: ExcelJsWorkbook = ExcelJsWorkbook.create();
  readonly commands: AppCommands;

  constructor(progress: Progress) {
    // Bound per call, so a command always runs on the workbook open at the moment of the click.
    const current = () => createAppCommands(this.wb, { progress });
    this.commands = {
      layoutPlan: (o) => current().layoutPlan(o),
      prepareRound: (r) => current().prepareRound(r),
      validateRound: (r) => current().validateRound(r),
      rankRound: (r, o) => current().rankRound(r, o),
      summarize: (t) => current().summarize(t),
      awards: (o) => current().awards(o),
      selectCell: (s, c) => current().selectCell(s, c),
      readPlan: () => current().readPlan(),
    };
  }

  /** Throws AppError FILE_NOT_XLSX (and keeps the current workbook) when the bytes are not a workbook. */
  async open(bytes: ArrayBuffer, fileName: string): Promise<void> {
    this.wb = await ExcelJsWorkbook.fromBuffer(bytes, fileName);
  }

  startNew(): void {
    this.wb = ExcelJsWorkbook.create();
  }

  toBuffer(): Promise<Uint8Array> {
    return this.wb.toBuffer();
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
    return { sheet: data.name, firstRow, firstCol, cells, totalRows, totalCols };
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
