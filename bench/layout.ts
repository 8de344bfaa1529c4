/**
 * Baseline: lay out the plan with the sample ward on a new workbook, and save it.
 *
 * Memory: each row's figure is that step's own peak RSS, sampled while it runs (measured, from the
 * commands bench); the process's lifetime peak, which cannot be reset between steps, is in the note.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { layoutPlan } from "../src/app/layout";
import { saveWorkbookFile } from "../src/workbook/exceljs/file";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/workbook";
import { measured } from "./commands";
import { peakRssMB } from "./measure";
import type { BenchRow } from "./types";

export async function benchLayout(): Promise<BenchRow[]> {
  const today = new Date(Date.UTC(2024, 5, 15));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-bench-"));
  const file = path.join(dir, "layout.xlsx");
  const rows: BenchRow[] = [];
  const step = async <T>(name: string, f: () => Promise<T>, note?: (v: T) => string): Promise<T> => {
    const m = await measured(f);
    const lifetime = `lifetime peak ${peakRssMB().toFixed(0)} MB`;
    rows.push({ name, seconds: m.seconds, peakRssMB: m.stepPeakMB, note: note ? `${note(m.value)}; ${lifetime}` : lifetime });
    return m.value;
  };
  const fresh = async () => {
    const wb = ExcelJsWorkbook.create();
    await layoutPlan({ wb, today }, { sample: true });
    return wb;
  };
  // The first run pays for module loading and JIT; a clerk's second click is the one that feels instant or not.
  await step("layout, new workbook (cold)", fresh);
  const warm = await step("layout, new workbook (warm)", fresh);
  await step(
    "save .xlsx",
    () => saveWorkbookFile(warm, file),
    () => `${(fs.statSync(file).size / 1024).toFixed(0)} KiB`,
  );
  await step("layout, second run (merge)", () => layoutPlan({ wb: warm, today }, { sample: true }));
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}
