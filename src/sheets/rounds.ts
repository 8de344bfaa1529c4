/**
 * `Đợt thi đua`: the rounds of the plan (code for the command line, name, occasions, launch and
 * evaluation months, the report period they fold into) and each round's registration and scoring
 * deadlines from `Cấu hình`. Generated.
 */
import { parsePeriod, parseRound, PERIOD_END_MONTH, PERIOD_NAMES, ROUND_NAMES } from "../domain/codes";
import type { Plan, PlanRound } from "../domain/plan/model";
import { dateSetting, type Settings } from "../domain/settings";
import { PERIOD_CODES, type Finding, type PeriodCode } from "../domain/types";
import type { CellInput, SheetData, SheetSpec } from "../workbook/port";
import { a1, formatDate, matchHeaders, tableRows, text, type ColumnDef } from "./cells";
import { buildListSheet } from "./listSheet";
import { finding } from "../domain/findingCodes";
import { readMonths } from "./planCells";
import { monthsText } from "./movements";
import { SHEET } from "./names";
import { COLORS, DATE_FORMAT, MONTH_FORMAT } from "./style";
import { layoutMarker } from "./markers";

/** The `Cấu hình` code holding a round's registration deadline. */
export function registrationDeadlineCode(round: string): string {
  return `REG_DEADLINE_${round}`;
}

/** The `Cấu hình` code holding the date by which judges finish scoring a round. */
export function scoringDeadlineCode(round: string): string {
  return `SCORING_DEADLINE_${round}`;
}

export function buildRoundsSheet(plan: Plan, settings: Settings, options: { ward: string; name?: string }): SheetSpec {
  const rows: CellInput[][] = plan.rounds.map((r) => [
    r.code,
    r.name,
    r.occasions.join("\n"),
    r.launchMonth ?? null,
    monthsText(r.evaluationMonths),
    PERIOD_NAMES[r.period],
    dateSetting(settings, registrationDeadlineCode(r.code)) ?? null,
    dateSetting(settings, scoringDeadlineCode(r.code)) ?? null,
    r.note ?? null,
  ]);
  return buildListSheet({
    name: options.name ?? SHEET.rounds,
    marker: layoutMarker("rounds"),
    tableName: "DotThiDua",
    columns: [
      { header: "Mã đợt", minWidth: 8, maxWidth: 8, hAlign: "center" },
      { header: "Tên đợt", minWidth: 14, maxWidth: 16 },
      { header: "Dịp thi đua", minWidth: 36, maxWidth: 55 },
      { header: "Tháng phát động", minWidth: 12, maxWidth: 12, hAlign: "center", format: MONTH_FORMAT },
      { header: "Tháng bình xét", minWidth: 12, maxWidth: 14, hAlign: "center" },
      { header: "Kỳ báo cáo", minWidth: 11, maxWidth: 12, hAlign: "center" },
      { header: "Hạn đăng ký", minWidth: 12, maxWidth: 12, hAlign: "center", format: DATE_FORMAT },
      { header: "Hạn chấm điểm", minWidth: 12, maxWidth: 12, hAlign: "center", format: DATE_FORMAT },
      { header: "Ghi chú", minWidth: 30, maxWidth: 60 },
    ],
    rows,
    ward: options.ward,
    title: `Các đợt thi đua năm ${plan.year}`,
    tabColor: COLORS.tabGenerated,
  });
}

type RoundKey = "code" | "name" | "occasions" | "launch" | "evaluation" | "period" | "note";

const ROUND_COLUMNS: readonly ColumnDef<RoundKey>[] = [
  { key: "code", header: "Mã đợt", aliases: ["Mã", "Đợt"], required: true },
  { key: "name", header: "Tên đợt" },
  { key: "occasions", header: "Dịp thi đua", aliases: ["Dịp"] },
  { key: "launch", header: "Tháng phát động", aliases: ["Phát động", "Ngày phát động"] },
  { key: "evaluation", header: "Tháng bình xét", aliases: ["Bình xét", "Ngày bình xét"], required: true },
  { key: "period", header: "Kỳ báo cáo", aliases: ["Kỳ"] },
  { key: "note", header: "Ghi chú" },
];

export interface RoundsRead {
  rounds: PlanRound[];
  findings: Finding[];
  /** False when the sheet has no recognisable header. */
  recognised: boolean;
}

/**
 * The rounds as the clerk left them on `Đợt thi đua`: a round whose months were moved there is the round
 * every command works with. A month outside the plan's year, an unknown code or an unreadable month is
 * a finding naming the cell; the round keeps what could be read.
 */
export function readRoundsSheet(data: SheetData, year: number): RoundsRead {
  const match = matchHeaders(data.values, ROUND_COLUMNS);
  if (!match || match.missing.length) {
    return {
      rounds: [],
      recognised: false,
      findings: [finding("PLAN_SHEET_UNREADABLE", data.name, "A1", { columns: "Mã đợt, Tháng bình xét" })],
    };
  }
  const findings: Finding[] = [];
  const rounds: PlanRound[] = [];
  const cell = (row: number, key: RoundKey) => a1(row, match.columns[key]);
  for (const r of tableRows(data.values, match)) {
    const codeText = text(r.get("code"));
    const code = parseRound(codeText) ?? parseRound(text(r.get("name")));
    if (!code) {
      findings.push(finding("PLAN_ROUND_UNKNOWN", data.name, cell(r.row, "code"), { value: codeText }));
      continue;
    }
    if (rounds.some((x) => x.code === code)) {
      findings.push(finding("PLAN_ROUND_TWICE", data.name, cell(r.row, "code"), { value: codeText }));
      continue;
    }
    const months = (key: "launch" | "evaluation"): number[] => {
      if (match.columns[key] < 0) return [];
      const m = readMonths(r.get(key), year);
      for (const d of m.outside)
        findings.push(finding("PLAN_DATE_OUTSIDE_YEAR", data.name, cell(r.row, key), { date: formatDate(d), year }));
      if (m.unreadable) findings.push(finding("PLAN_MONTH_UNREADABLE", data.name, cell(r.row, key), { value: text(r.get(key)) }));
      return m.months;
    };
    const launch = months("launch");
    const evaluation = months("evaluation").sort((a, b) => a - b);
    const periodText = text(r.get("period"));
    const period = parsePeriod(periodText) ?? (code === "NAM" || code === "DB" ? "NAM" : periodOfMonth(evaluation));
    if (periodText && !parsePeriod(periodText))
      findings.push(finding("PLAN_PERIOD_UNKNOWN", data.name, cell(r.row, "period"), { value: periodText }));
    const round: PlanRound = {
      code,
      name: text(r.get("name")) || ROUND_NAMES[code],
      occasions: text(r.get("occasions"))
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean),
      evaluationMonths: evaluation,
      period,
    };
    if (launch.length) round.launchMonth = Math.min(...launch);
    const note = text(r.get("note"));
    if (note) round.note = note;
    rounds.push(round);
  }
  return { rounds, findings, recognised: true };
}

/** The cumulative period a month's results fold into, for a round whose Kỳ báo cáo is blank. */
function periodOfMonth(months: readonly number[]): PeriodCode {
  const m = months.length ? Math.max(...months) : 12;
  return PERIOD_CODES.find((p) => m <= PERIOD_END_MONTH[p]) ?? "NAM";
}
