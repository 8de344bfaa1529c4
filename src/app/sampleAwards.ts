/**
 * The sample council's vote, for the demo: counts typed into `Kiểm phiếu` as a clerk would after the
 * meeting. Deterministic: every member present, one vote fewer in favour for each next candidate in
 * a cycle of four, so one candidate falls short of 80 % of 11.
 */
import type { Tally } from "../domain/awards/model";
import { numberSetting, textSetting } from "../domain/settings";
import { msg } from "../i18n";
import { SHEET } from "../sheets/names";
import { buildTallySheet, readTallies, TALLY_MARKER } from "../sheets/tally";
import { takeSnapshot } from "../workbook/snapshot";
import { mastersFrom } from "./masters";
import { writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult } from "./types";
import { isMarker } from "../sheets/markers";

export async function fillSampleTally(ctx: CommandContext): Promise<CommandResult> {
  const snapshot = await takeSnapshot(ctx.wb, {
    read: [SHEET.units, SHEET.council, SHEET.settings],
    pick: (sheets) => sheets.filter((s) => isMarker(s.marker, TALLY_MARKER)).map((s) => s.name),
    replaces: (m) => isMarker(m, TALLY_MARKER),
  });
  const tallyInfo = snapshot.sheets.find((s) => isMarker(s.marker, TALLY_MARKER));
  const data = tallyInfo && snapshot.data.find((d) => d.name === tallyInfo.name);
  if (!tallyInfo || !data)
    return { ok: false, sheets: [], messages: [msg("SAMPLE_TALLY_NONE", { sheet: SHEET.tally })], findings: [] };
  const masters = mastersFrom(snapshot.data);
  const size = masters.members.length;
  const read = readTallies(data).tallies;
  const counts: Tally[] = read.map((t, i) => ({ ...t, members: size, present: size, yes: Math.max(0, size - (i % 4)) }));
  const spec = buildTallySheet(
    read.map((t) => ({ code: t.code, name: t.name, title: t.title })),
    {
      ward: textSetting(masters.settings, "WARD_NAME"),
      year: numberSetting(masters.settings, "YEAR"),
      councilSize: size,
      previous: counts,
      name: tallyInfo.name,
    },
  );
  const written = await writeSafely(ctx, [spec], { snapshot, merged: new Set([tallyInfo.name]) });
  return {
    ok: true,
    sheets: written.outcomes,
    messages: [msg("SAMPLE_TALLY_DONE", { count: counts.length, sheet: tallyInfo.name })],
    findings: [],
  };
}
