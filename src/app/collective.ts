/**
 * "Danh hiệu tập thể": each unit's collective title from its members on `Cá nhân` (collected from its form
 * or typed), its households on the register, and its tier in the year's bình xét (the same ranking
 * `Xếp hạng` shows). One read, one compute, one write.
 */
import { textSetting } from "../domain/settings";
import type { CollectiveResult } from "../domain/units/titles";
import { msg } from "../i18n";
import { buildCollectiveSheet, COLLECTIVE_MARKER } from "../sheets/collective";
import { isMarker } from "../sheets/markers";
import { takeSnapshot } from "../workbook/snapshot";
import { COLLECTIVE_READS, collectivePick, collectiveResultsOf } from "./collectiveResults";
import { writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult } from "./types";

export async function collectiveCommand(ctx: CommandContext): Promise<CommandResult> {
  ctx.progress?.(0, 3, "PROGRESS_READ");
  const snapshot = await takeSnapshot(ctx.wb, {
    read: COLLECTIVE_READS,
    pick: collectivePick,
    replaces: (m) => isMarker(m, COLLECTIVE_MARKER),
  });
  ctx.progress?.(1, 3, "PROGRESS_COMPUTE");
  const { results, tiers, scored, settings } = collectiveResultsOf(snapshot);
  ctx.progress?.(2, 3, "PROGRESS_WRITE");
  const spec = buildCollectiveSheet(results, tiers, textSetting(settings, "WARD_NAME"));
  const written = await writeSafely(ctx, [spec], { snapshot });
  ctx.progress?.(3, 3, "PROGRESS_DONE");
  const count = (o: CollectiveResult["outcome"]) => results.filter((r) => r.outcome === o).length;
  const messages = [
    msg("COLL_WRITTEN", {
      sheet: written.names.get(spec.name) ?? spec.name,
      eligible: count("eligible"),
      not: count("not-eligible"),
      pending: count("pending"),
    }),
  ];
  if (!scored) messages.push(msg("COLL_NO_ROUND"));
  return { ok: true, sheets: written.outcomes, messages: [...written.messages, ...messages], findings: [] };
}
