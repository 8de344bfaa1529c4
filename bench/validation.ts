/**
 * Validate: at ward scale (40 units × 20 criteria × 11 judges) and province scale (10,000 × 30
 * × 15 = 4.5 M scores), the domain step alone (validateRound on data already read and parsed) and the
 * whole command (read the file as a stream, parse, validate, write `Kiểm tra` to a separate workbook, as
 * the CLI does on a large file). Then the domain step on synthetic rounds of 1/4, 1/2 and all of the
 * province size, as seconds per million scores: flat when the step is linear in the number of scores.
 *
 * Memory: whole commands show the peak RSS sampled during the step. The domain step is synchronous, so no
 * timer on this thread can run during it: a worker thread samples the process's RSS every millisecond
 * while the step runs, and its row shows the step's own memory, that peak minus the RSS just before the
 * step (the data already read and parsed is in the "before" figure, given in the note). Ward runs first.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { loadRoundInputs } from "../src/app/roundInputs";
import { validateRoundCommand } from "../src/app/validate";
import { validateRound, type RoundInput } from "../src/domain/validation";
import { syntheticRound } from "./synthetic/validation";
import { StreamedFileWorkbook } from "../src/workbook/exceljs/streamed";
import { measured } from "./commands";
import { ensureFixture, PROVINCE, scoreCount, WARD, type Scale } from "./fixtures";
import { peakRssMB } from "./measure";
import type { BenchRow } from "./types";

const TODAY = new Date(Date.UTC(2024, 2, 15));

/** Score cells of the round: units × scored criteria (group rows carry no score) × judge sheets. */
function scoresOf(input: RoundInput): number {
  const scored = input.criteria.filter((c) => !c.isGroup).length;
  return input.units.length * scored * input.judgeSheets.length;
}

/**
 * Samples the process's RSS from a worker thread, so that a synchronous step on the main thread can be
 * measured while it runs. Shared cells: [0] state (0 idle, 1 sampling, 2 stop), [1] peak in KB, [2] ack.
 */
const SAMPLER_SOURCE = `
const { workerData } = require("node:worker_threads");
const a = new Int32Array(workerData);
for (;;) {
  const state = Atomics.load(a, 0);
  if (state === 2) break;
  if (state === 0) { Atomics.wait(a, 0, 0); continue; }
  const kb = Math.round(process.memoryUsage.rss() / 1024);
  if (kb > Atomics.load(a, 1)) Atomics.store(a, 1, kb);
  if (Atomics.load(a, 2) === 0) { Atomics.store(a, 2, 1); Atomics.notify(a, 2); }
  Atomics.wait(a, 0, 1, 1);
}
`;

class RssSampler {
  private readonly cells = new Int32Array(new SharedArrayBuffer(12));
  private readonly worker = new Worker(SAMPLER_SOURCE, { eval: true, workerData: this.cells.buffer });

  /** A sampler already running: the worker's own start-up memory must not count in the first step measured. */
  static async start(): Promise<RssSampler> {
    const s = new RssSampler();
    await new Promise<void>((resolve, reject) => {
      s.worker.once("online", () => resolve());
      s.worker.once("error", reject);
    });
    s.measure(() => 0);
    return s;
  }

  /** Runs `f` with sampling on; peak and before in MB (process RSS), and what is left on the heap after it. */
  measure<T>(f: () => T): { value: T; beforeMB: number; peakMB: number; heapMB: number } {
    const a = this.cells;
    const heap = () => {
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const heapBefore = heap();
    const before = process.memoryUsage.rss();
    Atomics.store(a, 1, Math.round(before / 1024));
    Atomics.store(a, 2, 0);
    Atomics.store(a, 0, 1);
    Atomics.notify(a, 0);
    // Wait until the worker has taken its first sample, so the step is covered from its start.
    Atomics.wait(a, 2, 0, 10_000);
    const value = f();
    const after = process.memoryUsage.rss();
    const heapAfter = heap();
    Atomics.store(a, 0, 0);
    const peak = Math.max(Atomics.load(a, 1) * 1024, after);
    return { value, beforeMB: before / 1024 / 1024, peakMB: peak / 1024 / 1024, heapMB: (heapAfter - heapBefore) / 1024 / 1024 };
  }

  async close(): Promise<void> {
    Atomics.store(this.cells, 0, 2);
    Atomics.notify(this.cells, 0);
    await this.worker.terminate();
  }
}

let sampler: RssSampler;

/** The first run (cold, as a command runs it, with the step's own memory) and the median of `warm` more. */
function timeValidation(
  input: RoundInput,
  warm: number,
): { cold: number; warm: number; findings: number; stepMB: number; beforeMB: number; heapMB: number } {
  (globalThis as { gc?: () => void }).gc?.();
  let t = performance.now();
  const m = sampler.measure(() => validateRound(input).length);
  const cold = (performance.now() - t) / 1000;
  const findings = m.value;
  const runs: number[] = [];
  for (let i = 0; i < warm; i++) {
    t = performance.now();
    validateRound(input);
    runs.push((performance.now() - t) / 1000);
  }
  runs.sort((a, b) => a - b);
  return {
    cold,
    warm: runs.length ? runs[Math.floor(runs.length / 2)] : cold,
    findings,
    stepMB: m.peakMB - m.beforeMB,
    beforeMB: m.beforeMB,
    heapMB: m.heapMB,
  };
}

async function benchScale(scale: Scale, rows: BenchRow[]): Promise<void> {
  const file = ensureFixture(scale);
  const dir = fs.mkdtempSync(path.join(path.dirname(file), "run-"));
  try {
    const whole = await measured(async () => {
      const wb = new StreamedFileWorkbook(file, { output: path.join(dir, "kiem-tra.xlsx") });
      const result = await validateRoundCommand({ wb, today: TODAY }, "D1");
      await wb.flush();
      return result;
    });
    const errors = whole.value.findings.filter((f) => f.severity === "error").length;
    rows.push({
      name: `whole validate command (streamed in, Kiểm tra to a separate workbook), ${scale.name} (${scoreCount(scale).toLocaleString("en")} scores)`,
      seconds: whole.seconds,
      peakRssMB: whole.stepPeakMB,
      note: `${errors} errors, ${whole.value.findings.length - errors} warnings; lifetime peak ${peakRssMB().toFixed(0)} MB`,
    });

    // The domain step on the same file's data, read and parsed beforehand (not timed).
    const inputs = await loadRoundInputs({ wb: new StreamedFileWorkbook(file, { output: path.join(dir, "unused.xlsx") }), today: TODAY }, "D1");
    const n = scoresOf(inputs.input);
    const t = timeValidation(inputs.input, scale === WARD ? 9 : 3);
    rows.push({
      name: `validation step alone (validateRound on read data), ${scale.name}`,
      seconds: t.cold,
      peakRssMB: t.stepMB,
      note:
        `${n.toLocaleString("en")} score cells; warm median ${(t.warm * 1000).toFixed(scale === WARD ? 2 : 0)} ms = ${((t.warm / n) * 1e6).toFixed(3)} s per million scores; ` +
        `memory = the step's own peak RSS above the ${t.beforeMB.toFixed(0)} MB held before it (data read and parsed); ` +
        `heap + array buffers ${t.heapMB >= 0 ? "+" : ""}${t.heapMB.toFixed(1)} MB after it`,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchValidation(): Promise<BenchRow[]> {
  ensureFixture(WARD);
  ensureFixture(PROVINCE);
  sampler = await RssSampler.start();
  const rows: BenchRow[] = [];
  await benchScale(WARD, rows);
  await benchScale(PROVINCE, rows);

  // Linearity: the same step on synthetic rounds of growing size (all valid, so every rule runs in full).
  for (const share of [0.25, 0.5, 1]) {
    const units = Math.round(PROVINCE.units * share);
    const input = syntheticRound({ units, criteria: PROVINCE.criteria, judges: PROVINCE.judges, seed: 7 });
    const n = scoresOf(input);
    const t = timeValidation(input, 5);
    rows.push({
      name: `validation step, synthetic ${share === 1 ? "all" : share === 0.5 ? "1/2" : "1/4"} of province (${units.toLocaleString("en")} units × ${PROVINCE.criteria} × ${PROVINCE.judges})`,
      seconds: t.warm,
      peakRssMB: t.stepMB,
      note: `${(n / 1e6).toFixed(2)} M score cells; step's own peak RSS above ${t.beforeMB.toFixed(0)} MB before, heap ${t.heapMB >= 0 ? "+" : ""}${t.heapMB.toFixed(1)} MB after; ${((t.warm / n) * 1e6).toFixed(3)} s per million scores (warm median of 5; cold ${t.cold.toFixed(2)} s); ${t.findings} findings`,
    });
  }
  await sampler.close();
  return rows;
}
