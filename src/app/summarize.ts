/**
 * "Tổng hợp": one summary sheet per round or period, in one read, one compute, one write.
 *
 * Reading: ONE snapshot of everything every summary asked for needs (`Kế hoạch`, the master lists,
 * `Tiêu chí`, `Danh hiệu`, `Đăng ký`, every judge sheet of every round involved, and the summary sheets
 * it may replace). The per-round parsing is roundInputsFrom over that snapshot, so the
 * parsing stays in one place and the host sees one read.
 * Computing: summaryModelsOf (summaryModels.ts, which the khối's consolidation shares): validateRound, and
 * rankRound over rankingInputOfRound, the same functions the validate and rank commands use, so the
 * summary shows the ranking `Xếp hạng` shows.
 * Writing: writeSafely, which replaces only the add-in's own summary sheets and keeps a person's edit
 * of one as a copy.
 */
import { textSetting } from "../domain/settings";
import { currentSummaryTarget, type SummaryScope } from "../domain/summary";
import { ROUND_CODES } from "../domain/types";
import { msg, type Bilingual } from "../i18n";
import { buildSummaryAnnex, buildSummarySheet, summaryDocumentOptions, summarySheetName } from "../sheets/summary";
import { isSummaryMarker, summaryAnnexMarker, summaryMarker } from "../sheets/markers";
import type { SheetSpec } from "../workbook/port";
import { takeSnapshot } from "../workbook/snapshot";
import { judgeSheetInfos } from "./roundInputs";
import { writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult, SummaryTarget } from "./types";
import { COMMON_SHEETS, summaryModelsOf } from "./summaryModels";

export { scopesOf } from "./summaryModels";

export { currentSummaryTarget };

function utcToday(d: Date = new Date()): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export async function summarize(ctx: CommandContext, target: SummaryTarget): Promise<CommandResult> {
  const today = utcToday(ctx.today);
  // Step labels are catalog codes: the pane shows a code's text in the user's language.
  ctx.progress?.(0, 3, "PROGRESS_READ");

  // The plan is read in the same call as everything else, so which rounds a period covers is not known
  // when the list of sheets to read is made: a period or --all reads every round's scoring sheets, and
  // the rounds the workbook's plan puts in the scope are picked after.
  const roundKey = "round" in target ? target.round : undefined;
  // A round or period target names its one summary sheet; "all" may replace any of them.
  const ownScope: SummaryScope | undefined =
    "all" in target
      ? undefined
      : "round" in target
        ? { kind: "round", round: target.round }
        : { kind: "period", period: target.period };
  const ownKeys = ownScope ? [summaryMarker(ownScope).key, summaryAnnexMarker(ownScope).key] : undefined;
  const snapshot = await takeSnapshot(ctx.wb, {
    read: COMMON_SHEETS,
    pick: (sheets) => (roundKey ? [roundKey] : ROUND_CODES).flatMap((r) => judgeSheetInfos(r, sheets).map((j) => j.name)),
    replaces: (m) => isSummaryMarker(m) && (ownKeys === undefined || ownKeys.includes(m.key)),
  });
  ctx.progress?.(1, 3, "PROGRESS_COMPUTE");
  const computed = summaryModelsOf(snapshot, target, today);
  const settings = computed.masters.settings;
  const blockNames = new Map(computed.masters.blocks.map((b) => [b.code, b.name]));
  const specs: SheetSpec[] = computed.models.flatMap((model) => {
    const scope = model.scope;
    const options = {
      ward: textSetting(settings, "WARD_NAME"),
      place: textSetting(settings, "PLACE"),
      chair: textSetting(settings, "CHAIR_NAME"),
      document: summaryDocumentOptions(settings, scope),
      blockNames,
      name: summarySheetName(scope),
    };
    // The signed report, and beside it the office's annex of scoring progress and open findings.
    return [buildSummarySheet(model, options), buildSummaryAnnex(model, options)];
  });

  ctx.progress?.(2, 3, "PROGRESS_WRITE");
  const written = await writeSafely(ctx, specs, { snapshot });
  ctx.progress?.(3, 3, "PROGRESS_DONE");
  const messages: Bilingual[] = [];
  for (const spec of specs)
    if (!spec.marker?.key.endsWith(":annex"))
      messages.push(msg("SUMMARY_WRITTEN", { sheet: written.names.get(spec.name) ?? spec.name }));
  return {
    ok: true,
    sheets: written.outcomes,
    messages: [...written.messages, ...computed.messages, ...messages],
    findings: computed.findings,
  };
}
