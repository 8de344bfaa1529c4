/** Removes what test/support/globalSetup.ts made. */
import { promises as fs } from "fs";
import * as path from "path";
import { CLEAN_WORKBOOK_ENV } from "./corpus";

export default async function globalTeardown(): Promise<void> {
  const file = process.env[CLEAN_WORKBOOK_ENV];
  if (!file) return;
  delete process.env[CLEAN_WORKBOOK_ENV];
  await fs.rm(path.dirname(file), { recursive: true, force: true });
}
