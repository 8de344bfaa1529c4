/**
 * Fixtures shared by every test file of a run, built once before any of them (jest globalSetup of the
 * integration and external projects): the clean validation workbook, which nine files start from and which
 * takes seconds to lay out, prepare, register and score. Its bytes go to a temporary file named in
 * TDKT_CLEAN_WORKBOOK, which jest's workers inherit; test/support/corpus.ts reads it from there.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { buildCleanWorkbook, CLEAN_WORKBOOK_ENV } from "./corpus";

export default async function globalSetup(): Promise<void> {
  const existing = process.env[CLEAN_WORKBOOK_ENV];
  // both projects name this setup; the second finds the first's file
  if (existing && (await fs.stat(existing).catch(() => undefined))) return;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "tdkt-fixtures-"));
  const file = path.join(dir, "clean.xlsx");
  await fs.writeFile(file, await buildCleanWorkbook());
  process.env[CLEAN_WORKBOOK_ENV] = file;
}
