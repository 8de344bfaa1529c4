/**
 * In-place save of a workbook after a command (rank) wrote its sheets: the lossless merge (the original
 * package, with only the add-in's sheets from exceljs) against the whole rewrite by exceljs it replaced,
 * at ward scale and for a workbook of about 6 MB. Each save starts from a fresh load of the same file.
 *
 * Run alone: node --expose-gc -r ts-node/register/transpile-only bench/save.ts
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { rankRoundCommand } from "../src/app/rank";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/workbook";
import { measured } from "./commands";
import { fixtureDir, WARD, writeFixture, type Scale } from "./fixtures";
import type { BenchRow } from "./types";

/** About 6 MB on disk: a city-sized round. */
const SIX_MB: Scale = { name: "ward", units: 2_200, criteria: 30, judges: 15 };

/** Loads, ranks and saves, timing the save alone; nothing of it outlives the call, so the next one's memory is its own. */
async function saveAfterRank(bytes: Uint8Array, whole: boolean): Promise<{ seconds: number; stepPeakMB: number; value: Uint8Array }> {
  const wb = await ranked(bytes);
  if (whole) void wb.book; // the old save: exceljs rewrites every sheet
  return measured(() => wb.toBuffer());
}

async function ranked(bytes: Uint8Array): Promise<ExcelJsWorkbook> {
  const wb = await ExcelJsWorkbook.fromBuffer(bytes);
  const r = await rankRoundCommand({ wb, today: new Date(Date.UTC(2024, 2, 10)) }, "D1", { provisional: true });
  if (!r.ok) throw new Error(r.messages.map((m) => m.en).join("\n"));
  return wb;
}

export async function benchSave(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [label, scale] of [
    ["ward", WARD],
    ["~6 MB", SIX_MB],
  ] as const) {
    const file = path.join(fixtureDir(), `save-${scale.units}x${scale.criteria}x${scale.judges}.xlsx`);
    if (!fs.existsSync(file)) await writeFixture(scale, file);
    const bytes = fs.readFileSync(file);
    const size = `${(bytes.length / 1024 / 1024).toFixed(1)} MB file`;
    const before = await saveAfterRank(bytes, true);
    rows.push({ name: `${label}: save after rank, whole rewrite (before)`, seconds: before.seconds, peakRssMB: before.stepPeakMB, note: `${size} → ${(before.value.length / 1024 / 1024).toFixed(1)} MB` });
    const after = await saveAfterRank(bytes, false);
    rows.push({ name: `${label}: save after rank, lossless merge (after)`, seconds: after.seconds, peakRssMB: after.stepPeakMB, note: `${size} → ${(after.value.length / 1024 / 1024).toFixed(1)} MB` });
  }
  return rows;
}

if (require.main === module) {
  benchSave().then(
    (rows) => {
      for (const r of rows) console.log(`${r.name.padEnd(52)} ${r.seconds.toFixed(2).padStart(7)} s ${r.peakRssMB.toFixed(0).padStart(6)} MB  ${r.note ?? ""}`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
