/**
 * The browser pane's workbook worker: exceljs and the app commands run here, off the page's thread, so
 * opening or writing a large workbook never freezes the pane (see workbookChannel.ts).
 */
import { createBrowserHost } from "./standaloneCommands";
import { serveWorkbook, type Port } from "./workbookChannel";

serveWorkbook(createBrowserHost, self as unknown as Port);
