/**
 * Whole commands: the `rank` command at ward and province scale against the cheapest
 * thing that could do its job, a streaming read of every cell of the same file plus a streaming write of
 * the same cells (same sheets, same values). The target: the whole command within 1.5× of that reference
 * and under 1 GB of memory at province scale.
 *
 * The command runs as the CLI runs it on a large file: StreamedFileWorkbook reads the input as a stream,
 * and Xếp hạng / Tiến độ chấm go to a separate output workbook.
 *
 * Memory: the row's figure is the peak RSS sampled every 20 ms during the step (the process's lifetime
 * peak cannot be reset between steps); the note gives the lifetime peak too. Ward runs first, so its
 * lifetime peak is its own.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { rankRoundCommand } from "../src/app/rank";
import { plainValue } from "../src/workbook/exceljs/readSheet";
import { StreamedFileWorkbook } from "../src/workbook/exceljs/streamed";
import type { ReadOptions, SheetData } from "../src/workbook/port";
import { ensureFixture, PROVINCE, scoreCount, WARD, type Scale } from "./fixtures";
import { peakRssMB } from "./measure";
import type { BenchRow } from "./types";

const GB = 1024;
const TARGET_RATIO = 1.5;

/** Runs `f`, sampling RSS while it runs (async steps yield often enough for the sampler). */
export async function measured<T>(f: () => Promise<T>): Promise<{ value: T; seconds: number; stepPeakMB: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const t0 = performance.now();
  try {
    const value = await f();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, seconds: (performance.now() - t0) / 1000, stepPeakMB: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** The reference: every cell of `file` read by exceljs's streaming reader and written by its streaming writer. */
export async function streamCopy(file: string, out: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: true });
  let cells = 0;
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    const target = writer.addWorksheet(ws.name);
    for await (const row of ws) {
      const copy = target.getRow(row.number);
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const v = cell.type === ExcelJS.ValueType.Formula ? plainValue(cell.result) : plainValue(cell.value);
        if (v === null) return;
        copy.getCell(col).value = v;
        cells++;
      });
      copy.commit();
    }
    target.commit();
  }
  await writer.commit();
  return cells;
}

/** The rank command as the CLI runs it on a large file, with the time spent reading and writing the files. */
export async function rankStreamed(file: string, out: string): Promise<{ ok: boolean; readSeconds: number; writeSeconds: number; findings: number }> {
  const wb = new StreamedFileWorkbook(file, { output: out });
  let readSeconds = 0;
  const read = wb.readSheets.bind(wb);
  wb.readSheets = async (names: string[], options?: ReadOptions): Promise<SheetData[]> => {
    const t0 = performance.now();
    const data = await read(names, options);
    readSeconds += (performance.now() - t0) / 1000;
    return data;
  };
  const result = await rankRoundCommand({ wb, today: new Date(Date.UTC(2024, 2, 15)) }, "D1", { provisional: false });
  const t0 = performance.now();
  if (result.ok) await wb.flush();
  const writeSeconds = (performance.now() - t0) / 1000;
  return { ok: result.ok, readSeconds, writeSeconds, findings: result.findings.length };
}

async function benchScale(scale: Scale, rows: BenchRow[]): Promise<void> {
  const file = ensureFixture(scale);
  const dir = fs.mkdtempSync(path.join(path.dirname(file), "run-"));
  const label = `${scale.name} (${scale.units.toLocaleString("en")} × ${scale.criteria} × ${scale.judges} = ${scoreCount(scale).toLocaleString("en")} scores, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB file)`;
  try {
    const ref = await measured(() => streamCopy(file, path.join(dir, "copy.xlsx")));
    rows.push({
      name: `reference: streaming read + write of every cell, ${label}`,
      seconds: ref.seconds,
      peakRssMB: ref.stepPeakMB,
      note: `${ref.value.toLocaleString("en")} cells; lifetime peak ${peakRssMB().toFixed(0)} MB`,
    });
    const rank = await measured(() => rankStreamed(file, path.join(dir, "rank.xlsx")));
    const r = rank.value;
    const ratio = rank.seconds / ref.seconds;
    const meets = ratio <= TARGET_RATIO && rank.stepPeakMB < GB;
    const compute = rank.seconds - r.readSeconds - r.writeSeconds;
    rows.push({
      name: `whole rank command (streamed in, separate out), ${scale.name}`,
      seconds: rank.seconds,
      peakRssMB: rank.stepPeakMB,
      note:
        `${r.ok ? "ranked" : "NOT RANKED"} (${r.findings} warnings); read ${r.readSeconds.toFixed(1)} s, parse+validate+rank+build ${compute.toFixed(1)} s, ` +
        `write ${r.writeSeconds.toFixed(1)} s; ${ratio.toFixed(2)}× the reference; ` +
        (scale === PROVINCE ? `target ≤ ${TARGET_RATIO}× and < 1 GB: ${meets ? "MET" : "NOT MET"}; ` : "") +
        `lifetime peak ${peakRssMB().toFixed(0)} MB`,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchCommands(): Promise<BenchRow[]> {
  // Written (or found in the cache) before anything is measured, each in a process of its own.
  ensureFixture(WARD);
  ensureFixture(PROVINCE);
  const rows: BenchRow[] = [];
  await benchScale(WARD, rows);
  await benchScale(PROVINCE, rows);
  return rows;
}
