/**
 * `Đợt thi đua`: the rounds of the plan (code for the command line, name, occasions, launch and
 * evaluation months, the report period they fold into) and each round's registration and scoring
 * deadlines from `Cấu hình`. Generated.
 */
import { PERIOD_NAMES } from "../domain/codes";
import type { Plan } from "../domain/plan/model";
import { dateSetting, type Settings } from "../domain/settings";
import type { CellInput, SheetSpec } from "../workbook/port";
import { buildListSheet } from "./listSheet";
import { monthsText } from "./movements";
import { SHEET } from "./names";
import { COLORS, DATE_FORMAT, MONTH_FORMAT } from "./style";

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
    marker: { command: "layout", key: "rounds" },
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
