/**
 * "Prepare round" (Chuẩn bị đợt): one scoring sheet per judge, plus `Tiêu chí`, `Danh hiệu` and `Đăng ký`
 * when they are absent (never rewritten once they exist: they are the clerk's).
 *
 * Re-running keeps what judges typed: each existing judge sheet is read in the same single read, and its
 * scores are written into the new sheet by unit code × criterion code (a column whose code was renamed on
 * `Tiêu chí` is recognised by its wording and maximum). When every typed value finds a place, the old sheet
 * is simply replaced; when some cannot (a unit removed, a criterion gone, a note typed beside the grid),
 * the whole old sheet is first copied to "… (bản cũ)" and the result says, per sheet, how many scores and
 * notes only the copy holds. A judge no longer scoring keeps their sheet untouched.
 */
import { defaultCriteria, isScored, appliesToUnit } from "../domain/criteria";
import { ROUND_NAMES } from "../domain/codes";
import { totalsRule } from "../domain/ranking/publishedTotal";
import { dateSetting, textSetting } from "../domain/settings";
import { defaultTitles } from "../domain/titles";
import type { Criterion, RoundCode, Unit } from "../domain/types";
import { unitsForJudge } from "../domain/validation";
import { msg, type Bilingual } from "../i18n";
import { buildCriteriaSheet, readCriteria } from "../sheets/criteria";
import { editCopyName, KEPT_SUFFIX, SHEET, scoringSheetName } from "../sheets/names";
import { buildRegistrationsSheet } from "../sheets/registrations";
import { buildScoringSheet, notesNotOn, readScoringSheet, typedOnSheet, type TypedScores } from "../sheets/scoring";
import { buildTitlesSheet } from "../sheets/titles";
import type { SheetSpec } from "../workbook/port";
import { takeSnapshot } from "../workbook/snapshot";
import { MASTER_SHEETS, mastersFrom } from "./masters";
import { isJudgeSheetOf, judgeOfMarker } from "../sheets/markers";
import { writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult } from "./types";
import { sameSheetName } from "../shared/sheetNames";

export async function prepareRound(ctx: CommandContext, round: RoundCode): Promise<CommandResult> {
  // One read: masters, criteria and the round's earlier judge sheets (with formulas: writeSafely compares
  // the ones whose scores could not all be carried over, to keep a person's edit).
  const snapshot = await takeSnapshot(ctx.wb, {
    read: [...MASTER_SHEETS, SHEET.criteria],
    replaces: (m) => isJudgeSheetOf(round, m),
  });
  const infos = snapshot.sheets;
  const has = (name: string) => infos.some((s) => sameSheetName(s.name, name));
  // A judge's earlier sheet: where prepare put it (marker), else under the standard name.
  const earlier = new Map<string, string>();
  for (const s of infos) {
    const judge = judgeOfMarker(round, s.marker);
    if (judge !== undefined) earlier.set(judge, s.name);
  }
  const masters = mastersFrom(snapshot.data, [SHEET.criteria, ...earlier.values()]);
  const byName = new Map(masters.extra.map((d) => [d.name, d]));
  const { units, members, settings } = masters;
  const messages: Bilingual[] = [];
  const findings = [...masters.findings];

  const critData = byName.get(SHEET.criteria);
  const criteria: Criterion[] = critData ? readCriteria(critData).criteria : defaultCriteria();
  const judges = members.filter((m) => m.scores);
  if (units.length === 0 || judges.length === 0) {
    messages.push(msg(units.length === 0 ? "PREPARE_NO_UNITS" : "PREPARE_NO_JUDGES"));
    return { ok: false, sheets: [], messages, findings };
  }

  const ward = textSetting(settings, "WARD_NAME");
  const specs: SheetSpec[] = [];
  if (!critData && !has(SHEET.criteria)) specs.push(buildCriteriaSheet(criteria, { ward }));
  if (!has(SHEET.titles)) specs.push(buildTitlesSheet(defaultTitles(), { ward }));
  if (!has(SHEET.registrations)) specs.push(buildRegistrationsSheet([], { ward }));

  const rule = totalsRule(settings);
  const deadline = dateSetting(settings, `SCORING_DEADLINE_${round}`);
  const merged = new Set<string>();
  /** Earlier sheets holding typed values the new sheet cannot place: copied aside before the write. */
  const keep: { sheet: string; scores: number; notes: number }[] = [];
  for (const judge of judges) {
    const { scored, excluded } = unitsForJudge(judge, units, settings);
    const wanted = scoringSheetName(round, judge.shortName);
    // Only a sheet prepare marked is an earlier version; a person's sheet under the same name stays theirs.
    const oldName = earlier.get(judge.code);
    const old = oldName ? byName.get(oldName) : undefined;
    let carried: TypedScores | undefined;
    let unplaced = 0;
    let notes: string[] = [];
    if (old) {
      const typed = typedOnSheet(old, readScoringSheet(old, criteria, units, { matchRenamed: true }), criteria, units);
      carried = typed.scores;
      const placed = countPlaced(carried, scored, criteria);
      if (carried.size > 0) messages.push(msg("PREPARE_SCORES_KEPT", { sheet: old.name, count: placed }));
      unplaced = carried.size - placed + typed.unplaced;
      notes = typed.notes;
    }
    const spec = buildScoringSheet({
      round,
      judge,
      units: scored,
      excluded,
      criteria,
      rule,
      deadline,
      carried,
      name: old?.name ?? wanted,
    });
    specs.push(spec);
    if (old) {
      const lost = { sheet: old.name, scores: unplaced, notes: notesNotOn(notes, spec) };
      if (lost.scores + lost.notes > 0) keep.push(lost);
      // Replacing it loses nothing: either every typed value is carried, or the whole sheet is copied first.
      merged.add(old.name);
    }
    if (excluded.length)
      messages.push(
        msg("PREPARE_CONFLICTS", { judge: `${judge.name} (${judge.code})`, units: excluded.map((u) => u.code).join(", ") }),
      );
  }
  // A judge taken off `Hội đồng` (or no longer scoring) gets no new sheet; the old one stays as it is.
  const scoring = new Set(judges.map((j) => j.code));
  for (const [code, name] of earlier) {
    const data = byName.get(name);
    if (scoring.has(code) || !data) continue;
    const typed = typedOnSheet(data, readScoringSheet(data, criteria, units), criteria, units);
    const count = typed.scores.size + typed.unplaced + typed.notes.length;
    if (count > 0) messages.push(msg("PREPARE_JUDGE_GONE", { sheet: name, judge: code, count }));
  }
  const taken = new Set([...infos.map((s) => s.name), ...specs.map((s) => s.name)]);
  for (const k of keep) {
    const copy = editCopyName(k.sheet, taken, KEPT_SUFFIX);
    taken.add(copy);
    await ctx.wb.copySheet(k.sheet, copy);
    messages.push(msg("PREPARE_TYPED_MOVED", { sheet: k.sheet, copy, scores: k.scores, notes: k.notes }));
  }

  const written = await writeSafely(ctx, specs, { merged, snapshot });
  messages.unshift(msg("PREPARE_DONE", { round: ROUND_NAMES[round], sheets: judges.length, units: units.length }));
  return { ok: true, sheets: written.outcomes, messages: [...messages, ...written.messages], findings };
}

function countPlaced(carried: TypedScores, scored: readonly Unit[], criteria: readonly Criterion[]): number {
  let n = 0;
  for (const u of scored) for (const c of criteria) if (isScored(c) && appliesToUnit(c, u) && carried.has(u.code, c.code)) n++;
  return n;
}
