/**
 * Ranking bench: the pure ranking step at ward and province scale, and the same
 * ranking done the way a clerk would in plain formulas (SUM per judge, AVERAGE, COUNTIFS rank within
 * khối, IF tiers), evaluated by HyperFormula, side by side as a ratio. HyperFormula's COUNTIFS rank is
 * quadratic, so it runs at ward scale and at 1,000 and 2,000 units only.
 */
import { performance } from "node:perf_hooks";
import { HyperFormula } from "hyperformula";
import { rankRound, type RankingInput } from "../src/domain/ranking";
import { syntheticRankingInput } from "./synthetic/ranking";
import { numberSetting } from "../src/domain/settings";
import { peakRssMB } from "./measure";
import type { BenchRow } from "./types";

const inputOf = (units: number, criteria: number, judges: number) => syntheticRankingInput({ units, criteria, judges });

/** Seconds of one ranking run: the first (cold, as a command runs it) and the median of 5 warm runs. */
function timeRanking(input: RankingInput): { cold: number; warm: number } {
  (globalThis as { gc?: () => void }).gc?.();
  let t = performance.now();
  rankRound(input);
  const cold = (performance.now() - t) / 1000;
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    rankRound(input);
    runs.push((performance.now() - t) / 1000);
  }
  runs.sort((a, b) => a - b);
  return { cold, warm: runs[2] };
}

/**
 * The floor under any ranking step: one pass over every score, summing each judge's non-blank scores of
 * each unit into a typed array, with nothing else (no caps, groups, aggregation, ranks or reasons). Timed
 * like the step: the first run, then the median of 5.
 */
function timeFloor(input: RankingInput): { cold: number; warm: number } {
  const U = input.units.length;
  const C = input.criteria.length;
  const J = input.judges.length;
  const pass = (): Float64Array => {
    const total = new Float64Array(U * J);
    for (let j = 0; j < J; j++) {
      const s = input.scores[j];
      for (let u = 0; u < U; u++) {
        let sum = 0;
        for (let c = u * C, end = c + C; c < end; c++) {
          const v = s[c];
          if (v === v) sum += v;
        }
        total[u * J + j] = sum;
      }
    }
    return total;
  };
  (globalThis as { gc?: () => void }).gc?.();
  let t = performance.now();
  pass();
  const cold = (performance.now() - t) / 1000;
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    pass();
    runs.push((performance.now() - t) / 1000);
  }
  runs.sort((a, b) => a - b);
  return { cold, warm: runs[2] };
}

/**
 * The clerk's workbook: one sheet per judge (raw scores, a capped total per row), and a summary sheet
 * with the judge totals, ROUND(AVERAGE), a COUNTIFS rank within khối and nested IF tiers. With
 * `totalsOnly`, the summary takes the judge totals as values (no judge sheets), as research B1 did at
 * 1–2k units to keep the formula engine's memory sane.
 *
 * It is the same ranking as the add-in's only if it leaves out what the add-in leaves out, as a careful
 * clerk would: a judge's own unit (a conflict of interest) gets a blank in that judge's column of the
 * summary, and a row the judge left entirely blank gets a blank total (AVERAGE skips both); a 0 there
 * would pull the mean down.
 */
function clerkSheets(input: RankingInput, totalsOnly: boolean): Record<string, (string | number | null)[][]> {
  const s = input.settings;
  const U = input.units.length;
  const C = input.criteria.length;
  const J = input.judges.length;
  const kinds = input.criteria.map((c) => c.kind);
  const col = (i: number) => {
    let out = "";
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    return out;
  };
  const span = (kind: string, r: number) => {
    const idx = kinds.map((k, i) => (k === kind ? i : -1)).filter((i) => i >= 0);
    return idx.length ? `SUM(${col(idx[0])}${r}:${col(idx[idx.length - 1])}${r})` : "0";
  };
  const sheets: Record<string, (string | number | null)[][]> = {};
  const totals: (number | null)[][] = [];
  const unitIndex = new Map(input.units.map((u, i) => [u.code, i]));
  const conflicted = input.judges.map((judge) => new Set(judge.conflicts.map((c) => unitIndex.get(c))));
  for (let j = 0; j < J; j++) {
    const rows: (string | number | null)[][] = [];
    const sc = input.scores[j];
    const tj: (number | null)[] = [];
    for (let u = 0; u < U; u++) {
      const r = u + 1;
      const row: (string | number | null)[] = [];
      let base = 0;
      let bonus = 0;
      let ded = 0;
      let filled = 0;
      for (let c = 0; c < C; c++) {
        const v = sc[u * C + c];
        row.push(v === v ? v : null);
        if (v === v) {
          filled++;
          if (kinds[c] === "base") base += v;
          else if (kinds[c] === "bonus") bonus += v;
          else if (kinds[c] === "deduction") ded += v;
        }
      }
      const left = conflicted[j].has(u);
      row.push(
        left
          ? null
          : `=IF(COUNT(A${r}:${col(C - 1)}${r})=0,"",MAX(${numberSetting(s, "SCORE_FLOOR")},MIN(${span("base", r)},${numberSetting(s, "BASE_TOTAL")})+MIN(${span("bonus", r)},${numberSetting(s, "BONUS_CAP")})-${span("deduction", r)}))`,
      );
      rows.push(row);
      tj.push(left || filled === 0 ? null : Math.max(0, Math.min(base, 100) + Math.min(bonus, 10) - ded));
    }
    totals.push(tj);
    if (!totalsOnly) sheets[`J${j + 1}`] = rows;
  }
  const totalCol = col(C);
  const summary: (string | number | null)[][] = [];
  const mCol = col(2 + J);
  const bCol = "B";
  for (let u = 0; u < U; u++) {
    const r = u + 1;
    const row: (string | number | null)[] = [input.units[u].code, input.units[u].block];
    for (let j = 0; j < J; j++) row.push(totalsOnly || conflicted[j].has(u) ? totals[j][u] : `=J${j + 1}!${totalCol}${r}`);
    row.push(`=ROUND(AVERAGE(C${r}:${col(1 + J)}${r}),${numberSetting(s, "PRECISION")})`);
    row.push(`=COUNTIFS($${bCol}$1:$${bCol}$${U},${bCol}${r},$${mCol}$1:$${mCol}$${U},">"&${mCol}${r})+1`);
    row.push(
      `=IF(${mCol}${r}>=${numberSetting(s, "TIER_XS_MIN")},"Xuất sắc",IF(${mCol}${r}>=${numberSetting(s, "TIER_TOT_MIN")},"Tốt",IF(${mCol}${r}>=${numberSetting(s, "TIER_KHA_MIN")},"Khá",IF(${mCol}${r}>=${numberSetting(s, "TIER_TB_MIN")},"Trung bình","Yếu"))))`,
    );
    summary.push(row);
  }
  sheets.TongHop = summary;
  return sheets;
}

function timeFormulas(input: RankingInput, totalsOnly: boolean): { seconds: number; agree: number; of: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const t = performance.now();
  const hf = HyperFormula.buildFromSheets(clerkSheets(input, totalsOnly), { licenseKey: "gpl-v3" });
  const id = hf.getSheetId("TongHop");
  if (id === undefined) throw new Error("no summary sheet");
  const values = hf.getSheetValues(id);
  const seconds = (performance.now() - t) / 1000;
  // The formulas must agree with the add-in on the mean of every unit (the plain mean ranking is what a
  // clerk's sheet does): a unit nobody counts is blank on both sides.
  const r = rankRound(input);
  const J = input.judges.length;
  const agree = r.units.filter((u, i) => {
    const v = values[i][2 + J];
    if (u.counted === 0) return typeof v !== "number";
    return typeof v === "number" && Math.abs(v - u.mean) < 1e-9;
  }).length;
  hf.destroy();
  return { seconds, agree, of: r.units.length };
}

export async function benchRanking(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const ward = inputOf(40, 20, 11);
  const w = timeRanking(ward);
  rows.push({
    name: "ranking step, ward (40 × 20 × 11 = 8,800 scores)",
    seconds: w.cold,
    peakRssMB: peakRssMB(),
    note: `warm median ${(w.warm * 1000).toFixed(2)} ms`,
  });

  const hfWard = timeFormulas(ward, false);
  rows.push({
    name: "clerk formulas in HyperFormula, ward (11 judge sheets + summary)",
    seconds: hfWard.seconds,
    peakRssMB: peakRssMB(),
    note: `${(hfWard.seconds / w.cold).toFixed(0)}× the ranking step (cold); means agree on ${hfWard.agree} of ${hfWard.of} units`,
  });

  for (const n of [1000, 2000]) {
    const input = inputOf(n, 30, 15);
    const ts = timeRanking(input);
    rows.push({
      name: `ranking step, ${n.toLocaleString("en")} units × 30 × 15`,
      seconds: ts.cold,
      peakRssMB: peakRssMB(),
      note: `warm median ${(ts.warm * 1000).toFixed(1)} ms`,
    });
    const hf = timeFormulas(input, true);
    rows.push({
      name: `clerk formulas in HyperFormula, ${n.toLocaleString("en")} units (judge totals as values + COUNTIFS rank)`,
      seconds: hf.seconds,
      peakRssMB: peakRssMB(),
      note: `${(hf.seconds / ts.cold).toFixed(0)}× the full ranking step (which also sums the 450 scores per unit); quadratic in units; means agree on ${hf.agree} of ${hf.of} units`,
    });
  }

  const province = inputOf(10000, 30, 15);
  const p = timeRanking(province);
  const floor = timeFloor(province);
  rows.push({
    name: "ranking step, province (10,000 × 30 × 15 = 4.5 M scores)",
    seconds: p.cold,
    peakRssMB: peakRssMB(),
    note:
      `cold ${(p.cold * 1000).toFixed(0)} ms (target ≤ 100 ms), warm median ${(p.warm * 1000).toFixed(0)} ms; ` +
      `floor (one typed-array pass summing every score) ${(floor.cold * 1000).toFixed(0)} ms cold, ${(floor.warm * 1000).toFixed(0)} ms warm: ` +
      `the step is ${(p.cold / floor.cold).toFixed(2)}× the floor cold; HyperFormula not run at this size (COUNTIFS rank took 202 s in research B1)`,
  });
  return rows;
}
