/**
 * The `Xếp hạng Đ1` and `Tiến độ chấm Đ1` sheets as data. One real table sorted by khối then rank (with
 * a Khối column, so a clerk can filter), the method stated above it, judge flags listed, and, at ward
 * scale, audit formulas (ROUND of AVERAGE, MEDIAN and the explicit trimmed mean over the judge columns)
 * that recalculate in Excel or LibreOffice to the numbers the add-in wrote.
 */
import { ROUND_NAMES } from "../domain/codes";
import { textSetting, type Settings } from "../domain/settings";
import type { RoundCode } from "../domain/types";
import { CellStatus, TIER_NAMES, type RankingResult, type Reason, type UnitResult } from "../domain/ranking";
import { msg, type Bilingual, type MessageCode } from "../i18n";
import type { CellInput, ConditionalFormatSpec, SheetSpec, StyleSpec } from "../workbook/port";
import { a1, a1Range } from "./cells";
import { progressSheetName, rankingSheetName } from "./names";
import { COLORS, TABLE_STYLE, bodyStyle, fitWidths, headerStyle, printSetup, range } from "./style";
import { progressMarker, rankingMarker } from "./markers";

/** Above this many units the sheet carries values only: a formula per row adds nothing a clerk can audit at that size. */
export const AUDIT_FORMULA_MAX_UNITS = 1000;

export interface RankingSheetOptions {
  round: RoundCode;
  /** Judges in the order of the ranking input, with the short name shown in column headers. */
  judges: readonly { code: string; shortName: string }[];
  settings: Settings;
  provisional: boolean;
  /** Write audit formulas (default: when the round has at most AUDIT_FORMULA_MAX_UNITS units). */
  formulas?: boolean;
}

const PROGRESS_FILL: Record<number, string> = {
  [CellStatus.Complete]: "#C6EFCE",
  [CellStatus.Partial]: "#FFEB9C",
  [CellStatus.Empty]: "#FFC7CE",
  [CellStatus.Conflict]: "#D9D9D9",
  [CellStatus.NotAssigned]: "#F2F2F2",
};
const PROGRESS_TEXT: Record<number, MessageCode> = {
  [CellStatus.Complete]: "PS_COMPLETE",
  [CellStatus.Partial]: "PS_PARTIAL",
  [CellStatus.Empty]: "PS_EMPTY",
  [CellStatus.Conflict]: "PS_CONFLICT",
  [CellStatus.NotAssigned]: "PS_NOT_ASSIGNED",
};

const vi = (code: MessageCode, params?: Record<string, string | number>): string => msg(code, params).vi;

function pct(x: number): string {
  return `${(Math.round(x * 1000) / 10).toString().replace(".", ",")}%`;
}

function num(x: number): string {
  return String(x).replace(".", ",");
}

/** A tie-break key as a clerk reads it. */
export function tieKeyText(key: string): Bilingual {
  if (key.startsWith("GROUP:")) return msg("TIEKEY_GROUP", { group: key.slice(6) });
  const code = TIE_KEY_TEXT[key];
  return code ? msg(code) : { vi: key, en: key };
}

const TIE_KEY_TEXT: Readonly<Record<string, MessageCode>> = {
  FINAL: "TIEKEY_FINAL",
  TRIMMED: "TIEKEY_TRIMMED",
  MEDIAN: "TIEKEY_MEDIAN",
  MEAN: "TIEKEY_MEAN",
  DEDUCTIONS: "TIEKEY_DEDUCTIONS",
  BONUS: "TIEKEY_BONUS",
};

/** A unit's reason in both languages (tie-break keys translated). */
export function describeReason(r: Reason): Bilingual {
  if (r.code === "RANK_TIE_BROKEN") {
    const keys = String(r.params?.keys ?? "")
      .split(", ")
      .filter(Boolean)
      .map(tieKeyText);
    return msg(r.code, { keys: keys.map((k) => k.vi).join(", ") });
  }
  return msg(r.code, r.params);
}

function uniqueHeaders(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const k = h.toLowerCase();
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? h : `${h} (${n})`;
  });
}

/** Units sorted for the sheet: khối, then rank (unranked last), then code for equal ranks. */
export function sheetOrder(units: readonly UnitResult[]): UnitResult[] {
  return [...units].sort(
    (a, b) =>
      a.block.localeCompare(b.block, "vi") ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

function methodLines(result: RankingResult, o: RankingSheetOptions): string[] {
  const m = result.method;
  const lines: string[] = [];
  lines.push(vi(`RS_METHOD_AGG_${m.aggregation}`, { precision: m.precision, trim: m.trimMinJudges }));
  lines.push(
    vi("RS_METHOD_TOTAL", {
      base: num(m.baseTotal),
      bonus: Number.isFinite(m.bonusCap) ? num(m.bonusCap) : "∞",
      floor: num(m.scoreFloor),
    }),
  );
  lines.push(
    vi("RS_METHOD_TIERS", {
      xs: num(m.thresholds.XS),
      tot: num(m.thresholds.TOT),
      kha: num(m.thresholds.KHA),
      tb: num(m.thresholds.TB),
    }),
  );
  const shares = [...new Set(result.groups.map((g) => g.minShare))];
  lines.push(
    vi("RS_METHOD_GATES", {
      tiers: m.gateTiers.map((t) => TIER_NAMES[t]).join(", ") || "—",
      share: shares.map(pct).join(" / ") || pct(m.gateShare),
      veto: TIER_NAMES[m.vetoMaxTier],
    }),
  );
  const used = m.tieBreak.filter((k) => !m.ignoredTieBreak.includes(k));
  lines.push(vi("RS_METHOD_RANK", { keys: used.map((k) => tieKeyText(k).vi).join("; ") || "—" }));
  if (m.ignoredTieBreak.length) lines.push(vi("RS_IGNORED_TIEBREAK", { keys: m.ignoredTieBreak.join(", ") }));
  if (m.higherRound) lines.push(vi("RS_METHOD_HIGHER", { level: m.higherLevel, quota: pct(m.quotaHigher) }));
  lines.push(vi("RS_METHOD_PROPOSAL", { tier: TIER_NAMES[m.proposalMinTier], quota: pct(m.quotaGiayKhen) }));
  for (const b of result.blocks) {
    const higher = m.higherRound
      ? vi("RS_BLOCK_HIGHER", { quota: b.quotaHigher, n: b.proposedHigher, share: pct(b.shareHigher) })
      : "";
    lines.push(
      vi("RS_BLOCK_LINE", {
        block: b.block,
        units: b.units,
        quotaGk: b.quotaGiayKhen,
        gk: b.proposedGiayKhen,
        shareGk: pct(b.shareGiayKhen),
        higher,
      }),
    );
  }
  const names = new Map(o.judges.map((j) => [j.code, j.shortName]));
  const flagged = result.judges.filter((q) => q.biasFlag || q.correlationFlag);
  if (flagged.length === 0) lines.push(vi("RS_JUDGES_OK"));
  for (const q of flagged) {
    const judge = names.get(q.code) ?? q.code;
    if (q.biasFlag)
      lines.push(
        vi("RS_JUDGE_BIAS", {
          judge,
          bias: num(Math.round(q.bias * 100) / 100),
          z: num(Math.round(q.robustZ * 10) / 10),
          limit: num(m.robustZ),
          minPoints: num(Math.round(m.minBiasShare * m.baseTotal * 100) / 100),
        }),
      );
    if (q.correlationFlag)
      lines.push(vi("RS_JUDGE_CORR", { judge, r: num(Math.round(q.correlation * 100) / 100), limit: num(m.minCorrelation) }));
  }
  const spread = result.units.filter((u) => u.spreadAlert).length;
  if (spread) lines.push(vi("RS_SPREAD_COUNT", { n: spread, share: pct(m.spreadShare) }));
  lines.push(vi("RS_LEGEND"));
  return lines;
}

export function buildRankingSheet(result: RankingResult, o: RankingSheetOptions): SheetSpec {
  const J = o.judges.length;
  const m = result.method;
  const ward = textSetting(o.settings, "WARD_NAME");
  const title = vi("RS_TITLE", { round: ROUND_NAMES[o.round].toUpperCase() });
  const top: CellInput[][] = [[title], [ward]];
  if (o.provisional) top.push([vi("RS_PROVISIONAL")]);
  const methodStart = top.length;
  for (const line of methodLines(result, o)) top.push([line]);
  top.push([]);
  const headerRow = top.length;

  const judgeHeaders = o.judges.map((j) => j.shortName || j.code);
  const headers = uniqueHeaders([
    vi("RS_H_NO"),
    vi("RS_H_BLOCK"),
    vi("RS_H_CODE"),
    vi("RS_H_NAME"),
    ...judgeHeaders,
    vi("RS_H_COUNTED"),
    vi("RS_H_MEAN"),
    vi("RS_H_TRIMMED"),
    vi("RS_H_MEDIAN"),
    vi("RS_H_BONUS"),
    vi("RS_H_DEDUCTIONS"),
    vi("RS_H_FINAL"),
    vi("RS_H_TIER"),
    vi("RS_H_RANK"),
    vi("RS_H_REGISTERED"),
    vi("RS_H_ELIGIBLE"),
    vi("RS_H_PROPOSAL"),
    vi("RS_H_REASON"),
  ]);
  const firstJudge = 4;
  const cCounted = firstJudge + J;
  const cMean = cCounted + 1;
  const cTrimmed = cMean + 1;
  const cMedian = cTrimmed + 1;
  const cFinal = cMedian + 3;
  const cRank = cFinal + 2;
  const cols = headers.length;

  const ordered = sheetOrder(result.units);
  const formulas = o.formulas ?? ordered.length <= AUDIT_FORMULA_MAX_UNITS;
  const P = m.precision;
  const rows: CellInput[][] = [headers];
  ordered.forEach((u, i) => {
    const r = headerRow + 1 + i;
    const judgeCells: CellInput[] = [];
    for (let j = 0; j < J; j++) {
      const st = result.progress[j * result.units.length + u.index];
      const t = result.judgeTotals[u.index * J + j];
      judgeCells.push(st === CellStatus.Conflict ? "—" : t === t ? t : null);
    }
    const span = J > 0 ? a1Range(r, firstJudge, 1, J) : "";
    const scored = u.counted > 0 && J > 0;
    const val = (x: number): CellInput => (x === x ? x : null);
    const mean: CellInput = scored && formulas ? { formula: `=ROUND(AVERAGE(${span}),${P})`, result: u.mean } : val(u.mean);
    const trimmed: CellInput =
      scored && formulas
        ? {
            formula: `=IF(COUNT(${span})>=${m.trimMinJudges},ROUND((SUM(${span})-MAX(${span})-MIN(${span}))/(COUNT(${span})-2),${P}),ROUND(AVERAGE(${span}),${P}))`,
            result: u.trimmed,
          }
        : val(u.trimmed);
    const median: CellInput = scored && formulas ? { formula: `=ROUND(MEDIAN(${span}),${P})`, result: u.median } : val(u.median);
    const chosenCol = m.aggregation === "trimmed" ? cTrimmed : m.aggregation === "median" ? cMedian : cMean;
    const final: CellInput = scored && formulas ? { formula: `=${a1(r, chosenCol)}`, result: u.final } : val(u.final);
    const proposal =
      u.proposal === "GIAY_KHEN"
        ? vi("RS_PROPOSAL_GIAY_KHEN")
        : u.proposal === "HIGHER"
          ? vi("RS_PROPOSAL_HIGHER", { level: m.higherLevel })
          : null;
    rows.push([
      i + 1,
      u.block,
      u.code,
      u.name,
      ...judgeCells,
      u.counted,
      mean,
      trimmed,
      median,
      val(u.bonus),
      val(u.deductions),
      final,
      u.tier ? TIER_NAMES[u.tier] : null,
      u.rank ?? null,
      vi(u.registered ? "RS_YES" : "RS_NO"),
      vi(u.eligible ? "RS_YES" : "RS_NO"),
      proposal,
      u.reasons.map((x) => describeReason(x).vi).join(" ") || null,
    ]);
  });

  const cells: CellInput[][] = [...top, ...rows];
  const n = ordered.length;
  const styles: StyleSpec[] = [
    { range: range(0, 0), bold: true, fontSize: 14 },
    { range: range(1, 0), bold: true },
    headerStyle(cols, headerRow),
    bodyStyle(n, cols, headerRow + 1),
  ];
  if (o.provisional) styles.push({ range: range(2, 0), bold: true, fontColor: COLORS.warningFont, fill: COLORS.warningFill });
  styles.push({ range: range(methodStart, 0, headerRow - methodStart, 1), italic: true });
  const widthLimits = headers.map((_, c) =>
    c === cols - 1
      ? { min: 30, max: 70 }
      : c === 3
        ? { min: 18, max: 36 }
        : c >= firstJudge && c < cCounted
          ? { min: 6, max: 12 }
          : { min: 6, max: 14 },
  );
  return {
    name: rankingSheetName(o.round),
    marker: rankingMarker(o.round),
    cells,
    columnWidths: fitWidths(rows, widthLimits),
    styles,
    tables: [{ name: `XepHang_${o.round}`, range: range(headerRow, 0, n + 1, cols), style: TABLE_STYLE }],
    numberFormats: n
      ? [
          { range: range(headerRow + 1, firstJudge, n, J), format: "0.00" },
          { range: range(headerRow + 1, cMean, n, cFinal - cMean + 1), format: "0.00" },
          { range: range(headerRow + 1, cRank, n, 1), format: "0" },
        ].filter((f) => f.range.cols > 0)
      : [],
    freeze: { rows: headerRow + 1, cols: 4 },
    print: { ...printSetup(ward, title, "landscape"), repeatRows: { first: headerRow, last: headerRow } },
    tabColor: COLORS.tabGenerated,
  };
}

export function buildProgressSheet(result: RankingResult, o: RankingSheetOptions): SheetSpec {
  const J = o.judges.length;
  const U = result.units.length;
  const ward = textSetting(o.settings, "WARD_NAME");
  const title = vi("PS_TITLE", { round: ROUND_NAMES[o.round].toUpperCase() });
  const top: CellInput[][] = [[title], [ward], [vi("PS_LEGEND")]];
  o.judges.forEach((j, jj) => {
    const count = [0, 0, 0, 0, 0];
    for (let u = 0; u < U; u++) count[result.progress[jj * U + u]]++;
    const expected = U - count[CellStatus.Conflict] - count[CellStatus.NotAssigned];
    top.push([
      vi("PS_JUDGE_LINE", {
        judge: j.shortName || j.code,
        complete: count[CellStatus.Complete],
        partial: count[CellStatus.Partial],
        empty: count[CellStatus.Empty],
        expected,
      }),
    ]);
  });
  top.push([]);
  const headerRow = top.length;
  const headers = uniqueHeaders([
    vi("RS_H_NO"),
    vi("RS_H_BLOCK"),
    vi("RS_H_CODE"),
    vi("RS_H_NAME"),
    ...o.judges.map((j) => j.shortName || j.code),
  ]);
  const rows: CellInput[][] = [headers];
  sheetOrder(result.units).forEach((u, i) => {
    const row: CellInput[] = [i + 1, u.block, u.code, u.name];
    for (let j = 0; j < J; j++) row.push(vi(PROGRESS_TEXT[result.progress[j * U + u.index]]));
    rows.push(row);
  });
  const n = U;
  const conditionalFormats: ConditionalFormatSpec[] =
    n > 0 && J > 0
      ? Object.entries(PROGRESS_TEXT).map(([st, code]) => ({
          type: "expression" as const,
          range: range(headerRow + 1, 4, n, J),
          formula: `=${a1(headerRow + 1, 4)}="${vi(code)}"`,
          fill: PROGRESS_FILL[Number(st)],
        }))
      : [];
  return {
    name: progressSheetName(o.round),
    marker: progressMarker(o.round),
    cells: [...top, ...rows],
    columnWidths: fitWidths(
      rows,
      headers.map((_, c) => (c === 3 ? { min: 18, max: 36 } : { min: 6, max: 16 })),
    ),
    styles: [
      { range: range(0, 0), bold: true, fontSize: 14 },
      { range: range(1, 0), bold: true },
      headerStyle(headers.length, headerRow),
      bodyStyle(n, headers.length, headerRow + 1),
    ],
    tables: [{ name: `TienDo_${o.round}`, range: range(headerRow, 0, n + 1, headers.length), style: TABLE_STYLE }],
    conditionalFormats,
    freeze: { rows: headerRow + 1, cols: 4 },
    print: { ...printSetup(ward, title, "landscape"), repeatRows: { first: headerRow, last: headerRow } },
    tabColor: COLORS.tabGenerated,
  };
}
