/** Baseline of issue 2: lay out the plan with the sample ward on a new workbook, and save it. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { layoutPlan } from "../src/app/layout";
import { saveWorkbookFile } from "../src/workbook/exceljs/file";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/workbook";
import { peakRssMB, timed } from "./measure";
import type { BenchRow } from "./types";

export async function benchLayout(): Promise<BenchRow[]> {
  const today = new Date(Date.UTC(2024, 5, 15));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-bench-"));
  const file = path.join(dir, "layout.xlsx");
  // The first run pays for module loading and JIT; a clerk's second click is the one that feels instant or not.
  const cold = await timed(async () => {
    const wb = ExcelJsWorkbook.create();
    await layoutPlan({ wb, today }, { sample: true });
    return wb;
  });
  const warm = await timed(async () => {
    const wb = ExcelJsWorkbook.create();
    await layoutPlan({ wb, today }, { sample: true });
    return wb;
  });
  const save = await timed(() => saveWorkbookFile(warm.value, file));
  const rerun = await timed(() => layoutPlan({ wb: warm.value, today }, { sample: true }));
  const size = fs.statSync(file).size;
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    { name: "layout, new workbook (cold)", seconds: cold.seconds, peakRssMB: peakRssMB() },
    { name: "layout, new workbook (warm)", seconds: warm.seconds, peakRssMB: peakRssMB() },
    { name: "layout, second run (merge)", seconds: rerun.seconds, peakRssMB: peakRssMB() },
    { name: "save .xlsx", seconds: save.seconds, peakRssMB: peakRssMB(), note: `${(size / 1024).toFixed(0)} KiB` },
  ];
}
