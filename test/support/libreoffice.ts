/**
 * Converts a file with headless LibreOffice, the check that a workbook opens cleanly in a second
 * spreadsheet program and that its formulas recalculate to what the add-in wrote.
 * Each test process keeps one profile for all its conversions (a fresh profile costs about 0.6 s more per
 * start, measured here) and runs them one at a time, since two soffice on one profile fight over it; jest
 * workers are separate processes, so parallel files never share one. The profile is set to recalculate
 * every formula on load (LibreOffice trusts cached results of xlsx by default).
 */
import { execFile } from "child_process";
import { rmSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

export const INSTALL_HINT = "LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc-nogui";

/**
 * Every sheet to its own csv (LibreOffice ≥ 7.2): comma, double quote, UTF-8, raw values, all sheets.
 * No quotes around the filter name: execFile passes it to soffice as is, without a shell to strip them.
 */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err) {
        const e = err as NodeJS.ErrnoException & { killed?: boolean };
        if (e.code === "ENOENT") reject(new Error(INSTALL_HINT));
        else if (e.killed) reject(new Error(`soffice did not finish within ${timeoutMs} ms: ${stderr}`));
        else reject(new Error(`soffice failed (${String(e.code)}): ${stderr || stdout}`));
        return;
      }
      resolve({ stdout, stderr });
    });
  });
}

/** `soffice --version`, or a failure with the install hint when LibreOffice is missing. */
export async function libreOfficeVersion(): Promise<string> {
  return (await run("soffice", ["--version"], 60_000)).stdout.trim();
}

let profile: Promise<string> | undefined;

/** This process's LibreOffice profile, made on first use and removed when the process exits. */
function ownProfile(): Promise<string> {
  profile ??= (async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lo-"));
    await fs.mkdir(path.join(dir, "user"), { recursive: true });
    await fs.writeFile(path.join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    return dir;
  })();
  return profile;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Converts `inputPath` (or several files in one start of soffice) into `outDir` and returns the files it
 * produced (for csv, one per sheet: "<name>-<Sheet>.csv"). Fails, never skips, when soffice is missing or
 * reports no output.
 */
export function convertWithLibreOffice(
  inputPath: string | readonly string[],
  format: "csv" | "xlsx" | "pdf" | "docx",
  outDir: string,
  timeoutMs = 180_000,
): Promise<string[]> {
  const next = queue.then(() => convert(typeof inputPath === "string" ? [inputPath] : inputPath, format, outDir, timeoutMs));
  queue = next.catch(() => undefined);
  return next;
}

async function convert(inputs: readonly string[], format: "csv" | "xlsx" | "pdf" | "docx", outDir: string, timeoutMs: number): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const dir = await ownProfile();
  const before = new Set(await fs.readdir(outDir));
  const target =
    format === "csv"
      ? CSV_ALL_SHEETS
      : format === "xlsx"
        ? "xlsx:Calc MS Excel 2007 XML"
        : format === "docx"
          ? "docx:MS Word 2007 XML"
          : "pdf:calc_pdf_Export";
  const { stdout, stderr } = await run(
    "soffice",
    ["--headless", "--norestore", `-env:UserInstallation=file://${dir}`, "--convert-to", target, "--outdir", outDir, ...inputs],
    timeoutMs,
  );
  const produced = (await fs.readdir(outDir)).filter((f) => !before.has(f)).map((f) => path.join(outDir, f));
  if (produced.length === 0 || /^Error/m.test(stderr)) {
    throw new Error(`soffice produced no ${format} output for ${inputs.join(", ")}: ${stderr || stdout}`);
  }
  return produced.sort();
}

/** A small CSV parser (quoted fields, doubled quotes, newlines in quotes), enough for LibreOffice's output. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
