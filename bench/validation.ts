/**
 * Validate (issue 3): at ward scale (40 units × 20 criteria × 11 judges) and province scale (10,000 × 30
 * × 15 = 4.5 M scores), the domain step alone (validateRound on data already read and parsed) and the
 * whole command (read the file as a stream, parse, validate, write `Kiểm tra` to a separate workbook, as
 * the CLI does on a large file). Then the domain step on synthetic rounds of 1/4, 1/2 and all of the
 * province size, as seconds per million scores: flat when the step is linear in the number of scores.
 *
 * Memory: whole commands show the peak RSS sampled during the step; the domain step is synchronous, so
 * its row shows the process's lifetime peak after it (data already read included). Ward runs first.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { loadRoundInputs } from "../src/app/roundInputs";
import { validateRoundCommand } from "../src/app/validate";
import { validateRound, type RoundInput } from "../src/domain/validation";
import { syntheticRound } from "../src/domain/validation/synthetic";
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

/** The first run (cold, as a command runs it) and the median of `warm` more. */
function timeValidation(input: RoundInput, warm: number): { cold: number; warm: number; findings: number } {
  (globalThis as { gc?: () => void }).gc?.();
  let t = performance.now();
  const findings = validateRound(input).length;
  const cold = (performance.now() - t) / 1000;
  const runs: number[] = [];
  for (let i = 0; i < warm; i++) {
    t = performance.now();
    validateRound(input);
    runs.push((performance.now() - t) / 1000);
  }
  runs.sort((a, b) => a - b);
  return { cold, warm: runs.length ? runs[Math.floor(runs.length / 2)] : cold, findings };
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
      peakRssMB: peakRssMB(),
      note: `${n.toLocaleString("en")} score cells; warm median ${(t.warm * 1000).toFixed(scale === WARD ? 2 : 0)} ms = ${((t.warm / n) * 1e6).toFixed(3)} s per million scores`,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchValidation(): Promise<BenchRow[]> {
  ensureFixture(WARD);
  ensureFixture(PROVINCE);
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
      peakRssMB: peakRssMB(),
      note: `${(n / 1e6).toFixed(2)} M score cells; ${((t.warm / n) * 1e6).toFixed(3)} s per million scores (warm median of 5; cold ${t.cold.toFixed(2)} s); ${t.findings} findings`,
    });
  }
  return rows;
}
