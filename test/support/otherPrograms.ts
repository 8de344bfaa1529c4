/**
 * The same workbook as other programs save it, made at test time from a file the add-in wrote: a
 * LibreOffice Calc re-save, an openpyxl load-and-save, and an XlsxWriter rewrite (every sheet's values,
 * number formats, visibility and tables copied into a new file, so parts and relationships are XlsxWriter's
 * own). No binary fixture: what these programs write is what the tests read.
 *
 * The Python programs run with /usr/bin/python3, where Debian's python3-openpyxl and python3-xlsxwriter
 * live (a pyenv python3 first on PATH has neither).
 */
import { execFile, execFileSync } from "child_process";
import * as path from "path";
import { convertWithLibreOffice } from "./libreoffice";

export const PYTHON = "/usr/bin/python3";

export type OtherProgram = "libreoffice" | "openpyxl" | "xlsxwriter";

export const OTHER_PROGRAMS: readonly OtherProgram[] = ["libreoffice", "openpyxl", "xlsxwriter"];

const INSTALL: Record<OtherProgram, string> = {
  libreoffice: "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui",
  openpyxl: "openpyxl is not installed for /usr/bin/python3: apt-get install python3-openpyxl",
  xlsxwriter: "XlsxWriter and openpyxl are not installed for /usr/bin/python3: apt-get install python3-xlsxwriter python3-openpyxl",
};

function works(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Why a program cannot be used here, or undefined when it can. Checked once, synchronously, so a suite can skip. */
export function missingProgram(p: OtherProgram): string | undefined {
  const ok =
    p === "libreoffice"
      ? works("soffice", ["--version"])
      : p === "openpyxl"
        ? works(PYTHON, ["-c", "import openpyxl"])
        : works(PYTHON, ["-c", "import openpyxl, xlsxwriter"]);
  return ok ? undefined : INSTALL[p];
}

const OPENPYXL_RESAVE = `
import sys, warnings, openpyxl
warnings.simplefilter("ignore")
openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])
`;

/**
 * Every sheet of argv[1] into a new XlsxWriter workbook at argv[2]: values (formulas with their cached
 * results), number formats, hidden sheets and tables. Styles, validations and the rest are left behind,
 * as a script someone writes to produce a unit list would.
 */
const XLSXWRITER_REWRITE = `
import sys, datetime, warnings, openpyxl, xlsxwriter
from openpyxl.utils.cell import range_boundaries
warnings.simplefilter("ignore")
src, dst = sys.argv[1], sys.argv[2]
formulas = openpyxl.load_workbook(src)
values = openpyxl.load_workbook(src, data_only=True)
out = xlsxwriter.Workbook(dst)
formats = {}
def fmt(code):
    if code in (None, "General"):
        return None
    if code not in formats:
        formats[code] = out.add_format({"num_format": code})
    return formats[code]
for ws in formulas.worksheets:
    cached = values[ws.title]
    target = out.add_worksheet(ws.title)
    if ws.sheet_state != "visible":
        getattr(target, "very_hidden", target.hide)() if ws.sheet_state == "veryHidden" else target.hide()
    for row in ws.iter_rows():
        for cell in row:
            v = cell.value
            if v is None:
                continue
            r, c, f = cell.row - 1, cell.column - 1, fmt(cell.number_format)
            if isinstance(v, str) and v.startswith("="):
                result = cached.cell(row=cell.row, column=cell.column).value
                target.write_formula(r, c, v, f, 0 if result is None else result)
            elif isinstance(v, (datetime.datetime, datetime.date)):
                target.write_datetime(r, c, v, f or fmt("dd/mm/yyyy"))
            elif isinstance(v, bool):
                target.write_boolean(r, c, v, f)
            elif isinstance(v, (int, float)):
                target.write_number(r, c, v, f)
            else:
                target.write_string(r, c, str(v), f)
    for table in ws.tables.values():
        c1, r1, c2, r2 = range_boundaries(table.ref)
        headers = [ws.cell(row=r1, column=c).value for c in range(c1, c2 + 1)]
        target.add_table(r1 - 1, c1 - 1, r2 - 1, c2 - 1, {
            "name": table.name,
            "columns": [{"header": str(h)} for h in headers],
            "autofilter": table.autoFilter is not None,
        })
out.close()
`;

function python(script: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, ["-c", script, ...args], { timeout: 180_000 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`${PYTHON} failed: ${stderr || err.message}`));
      else resolve();
    });
  });
}

/**
 * The sheet names openpyxl reads from `file`. openpyxl parses every part with a namespace-aware XML parser,
 * so a prefix used where it is not declared fails here, as Excel would call the file corrupt.
 */
export function openpyxlSheetNames(file: string): Promise<string[]> {
  const script = "import json, sys, openpyxl; print(json.dumps(openpyxl.load_workbook(sys.argv[1], read_only=True).sheetnames))";
  return new Promise((resolve, reject) => {
    execFile(PYTHON, ["-c", script, file], { timeout: 180_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`openpyxl could not read ${file}: ${stderr || err.message}`));
      else resolve(JSON.parse(stdout) as string[]);
    });
  });
}

/** `source` as `program` saves it, written to `<dir>/<program>.xlsx`; returns that path. */
export async function saveWith(program: OtherProgram, source: string, dir: string): Promise<string> {
  const target = path.join(dir, `${program}.xlsx`);
  if (program === "openpyxl") await python(OPENPYXL_RESAVE, [source, target]);
  else if (program === "xlsxwriter") await python(XLSXWRITER_REWRITE, [source, target]);
  else {
    const outDir = path.join(dir, "lo-out");
    const [produced] = await convertWithLibreOffice(source, "xlsx", outDir);
    const { promises: fs } = await import("fs");
    await fs.rename(produced, target);
  }
  return target;
}
