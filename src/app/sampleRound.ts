/**
 * Sample registrations and scores for a prepared round, for the demo only. These are the sheets people
 * type into (`Đăng ký`, the judges' sheets), so the command refuses, writing nothing, unless they are
 * exactly as prepare left them: no registration row, not one score. It can therefore never overwrite a
 * person's input; on a new demo workbook it fills them in one read and one write.
 *
 * The port has no "set these cells": the filled sheets are rebuilt with the very builders prepare uses,
 * the sample values passed as the values a judge typed (the path prepare takes to keep typed scores on a
 * re-run), so every cell sits where prepare put it and carries its formats and validation.
 */
import { ROUND_NAMES } from "../domain/codes";
import { sampleRoundData, type SampleMistake, type TypedValue } from "../domain/sample/roundData";
import { dateSetting, textSetting } from "../domain/settings";
import type { Criterion, Member, RoundCode, Unit } from "../domain/types";
import { CELL_BLANK, CELL_ABSENT, inputCell, unitsForJudge, type JudgeSheet } from "../domain/validation";
import { msg, type Bilingual, type MessageCode } from "../i18n";
import { matchHeaders, tableRows, text, a1 } from "../sheets/cells";
import { SHEET } from "../sheets/names";
import { buildRegistrationsSheet, REGISTRATION_COLUMNS } from "../sheets/registrations";
import { buildScoringSheet, typedScores, TypedScores } from "../sheets/scoring";
import type { SheetData, SheetSpec } from "../workbook/port";
import { AppError } from "../shared/errors";
import { totalsRule } from "../domain/ranking/publishedTotal";
import { loadRoundInputs, type RoundInputs } from "./roundInputs";
import { writeSafely } from "./safeWrite";
import type { CommandContext, CommandResult, SheetOutcome } from "./types";
import { isMarker, prepareMarker } from "../sheets/markers";

/** A planted slip and the cell where it sits. */
export interface PlacedMistake extends SampleMistake {
  sheet: string;
  cell: string;
}

export interface SampleRoundResult extends CommandResult {
  mistakes: PlacedMistake[];
}

/** A score the clerk corrects: the value found must still be `from`, or nothing is written. */
export interface ScoreCorrection {
  judge: string;
  unit: string;
  criterion: string;
  from: TypedValue;
  to: number;
}

function filledInputs(js: JudgeSheet): number {
  let n = 0;
  for (let i = 0; i < js.states.length; i++) if (js.states[i] !== CELL_ABSENT && js.states[i] !== CELL_BLANK) n++;
  for (const s of js.strays) n += s.filled;
  return n;
}

/** Refuses (AppError) unless the round is prepared and nobody has typed a registration or a score. */
function checkUntouched(inputs: RoundInputs, round: RoundCode): void {
  const regInfo = inputs.sheets.find((s) => s.name === SHEET.registrations);
  if (inputs.judgeSheets.length === 0 || !inputs.present.registrations)
    throw new AppError("SAMPLE_NOT_PREPARED", { round: ROUND_NAMES[round] });
  const regRead = inputs.detail.registrations;
  const unreadable =
    regRead?.findings.some((f) => f.code === "REG_BAD_ROUND" || f.code === "REG_BAD_KIND" || f.code === "REG_SHEET_MISSING") ??
    false;
  // A Đăng ký prepare did not make is a person's sheet, whatever it holds.
  if (inputs.registrations.length > 0 || unreadable || !isMarker(regInfo?.marker, prepareMarker("registrations"))) {
    throw new AppError("SAMPLE_HAS_REGISTRATIONS", { sheet: SHEET.registrations });
  }
  for (const js of inputs.judgeSheets) {
    const count = filledInputs(js) + js.duplicates.length;
    if (count > 0) throw new AppError("SAMPLE_HAS_SCORES", { sheet: js.sheet, count });
  }
}

function memberOf(inputs: RoundInputs, js: JudgeSheet): Member {
  const m = inputs.masters.members.find((x) => x.code === js.judgeCode && x.scores);
  if (!m) throw new AppError("SAMPLE_NOT_PREPARED", { round: ROUND_NAMES[inputs.round] });
  return m;
}

/** The judge's sheet rebuilt as prepare builds it, holding `typed` as the judge's inputs. */
function judgeSpec(inputs: RoundInputs, js: JudgeSheet, typed: TypedScores): SheetSpec {
  const { settings, units } = inputs.masters;
  const judge = memberOf(inputs, js);
  const { scored, excluded } = unitsForJudge(judge, units, settings);
  return buildScoringSheet({
    round: inputs.round,
    judge,
    units: scored,
    excluded,
    criteria: inputs.criteria,
    rule: totalsRule(settings),
    deadline: dateSetting(settings, `SCORING_DEADLINE_${inputs.round}`),
    carried: typed,
    name: js.sheet,
  });
}

function cellOf(
  js: JudgeSheet | undefined,
  units: readonly Unit[],
  criteria: readonly Criterion[],
  unit: string,
  criterion: string,
): string {
  if (!js) return "";
  const u = units.findIndex((x) => x.code === unit);
  const c = criteria.findIndex((x) => x.code === criterion && !x.isGroup);
  return u < 0 || c < 0 ? "" : inputCell(js, u, c);
}

/** Row (1-based) of each unit's registration on the built `Đăng ký`, found as the reader finds it. */
function registrationRows(spec: SheetSpec): Map<string, number> {
  const values = spec.cells.map((row) =>
    row.map((c) => (c !== null && typeof c === "object" && !(c instanceof Date) ? null : c)),
  );
  const match = matchHeaders(values, REGISTRATION_COLUMNS);
  const out = new Map<string, number>();
  if (!match) return out;
  for (const r of tableRows(values, match)) out.set(text(r.get("unit")), r.row + 1);
  return out;
}

/** Only what a person should hear about the write: a sheet kept aside or renamed. */
function writeNotes(outcomes: readonly SheetOutcome[]): Bilingual[] {
  return outcomes.flatMap((o) =>
    o.action === "copied"
      ? [msg("SHEET_EDIT_COPIED", { sheet: o.from ?? "", copy: o.sheet })]
      : o.action === "renamed"
        ? [msg("SHEET_RENAMED", { wanted: o.from ?? "", sheet: o.sheet })]
        : [],
  );
}

const MISTAKE_MESSAGE: Readonly<Record<SampleMistake["kind"], MessageCode>> = {
  "not-registered": "SAMPLE_MISTAKE_NOT_REGISTERED",
  "late-registration": "SAMPLE_MISTAKE_LATE",
  "text-number": "SAMPLE_MISTAKE_TEXT",
  blank: "SAMPLE_MISTAKE_BLANK",
  "missing-comma": "SAMPLE_MISTAKE_COMMA",
};

function numberText(v: TypedValue | undefined): string {
  return typeof v === "number" ? String(v).replace(".", ",") : String(v ?? "");
}

export function describeMistake(m: PlacedMistake, round: RoundCode): Bilingual {
  return msg(MISTAKE_MESSAGE[m.kind], {
    cell: `${m.sheet}!${m.cell}`,
    unit: m.unit,
    judge: m.judge ?? "",
    criterion: m.criterion ?? "",
    typed: numberText(m.typed),
    intended: numberText(m.intended),
    round: ROUND_NAMES[round],
  });
}

export async function fillSampleRound(
  ctx: CommandContext,
  round: RoundCode,
  options: { mistakes: boolean },
): Promise<SampleRoundResult> {
  const inputs = await loadRoundInputs(ctx, round);
  checkUntouched(inputs, round);
  const { units, settings } = inputs.masters;
  const judgeSheets = inputs.judgeSheets;

  const data = sampleRoundData({
    round,
    units,
    criteria: inputs.criteria,
    judges: judgeSheets.map((js) => ({
      code: js.judgeCode,
      unitCodes: units.filter((_, u) => js.rowOfUnit[u] >= 0).map((u) => u.code),
    })),
    deadline:
      dateSetting(settings, `REG_DEADLINE_${round}`) ?? ctx.today ?? new Date(Date.UTC(new Date().getUTCFullYear(), 0, 31)),
    mistakes: options.mistakes,
  });

  const regSpec = buildRegistrationsSheet(data.registrations, { ward: textSetting(settings, "WARD_NAME") });
  const specs: SheetSpec[] = [regSpec];
  let scoreCells = 0;
  for (const [j, js] of judgeSheets.entries()) {
    const typed = new TypedScores();
    for (const v of data.scores[j].values) typed.set(v.unit, v.criterion, v.value);
    scoreCells += typed.size;
    specs.push(judgeSpec(inputs, js, typed));
  }
  const written = await writeSafely(ctx, specs);

  const regRows = registrationRows(regSpec);
  const sheetOfJudge = new Map(judgeSheets.map((js) => [js.judgeCode, js]));
  const unitLayout = inputs.input.layout.units;
  const mistakes: PlacedMistake[] = data.mistakes.map((m) => {
    if (m.kind === "not-registered") {
      const row = units.find((u) => u.code === m.unit)?.row;
      return { ...m, sheet: unitLayout.sheet, cell: row ? `${unitLayout.code}${row}` : "" };
    }
    if (m.kind === "late-registration") {
      const row = regRows.get(m.unit);
      const col = Math.max(
        0,
        REGISTRATION_COLUMNS.findIndex((c) => c.key === "date"),
      );
      return { ...m, sheet: SHEET.registrations, cell: row ? a1(row - 1, col) : "" };
    }
    const js = sheetOfJudge.get(m.judge ?? "");
    return { ...m, sheet: js?.sheet ?? "", cell: cellOf(js, units, inputs.criteria, m.unit, m.criterion ?? "") };
  });

  const messages: Bilingual[] = [
    msg("SAMPLE_FILLED", {
      round: ROUND_NAMES[round],
      registered: data.registrations.length,
      units: units.length,
      judges: judgeSheets.length,
      scores: scoreCells,
    }),
  ];
  if (mistakes.length) {
    messages.push(msg("SAMPLE_MISTAKES_HEAD", { count: mistakes.length }));
    for (const m of mistakes) {
      const d = describeMistake(m, round);
      messages.push({ vi: `- ${d.vi}`, en: d.en });
    }
  }
  messages.push(...writeNotes(written.outcomes));
  return { ok: true, sheets: written.outcomes, messages, findings: [], mistakes };
}

/**
 * The clerk's correction of scores, for the demo's story: each cell must still hold the value the
 * correction starts from, otherwise nothing is written (AppError), so it cannot undo someone's own fix.
 */
export async function correctSampleScores(
  ctx: CommandContext,
  round: RoundCode,
  corrections: readonly ScoreCorrection[],
): Promise<CommandResult> {
  const inputs = await loadRoundInputs(ctx, round);
  const { units } = inputs.masters;
  const dataOf = new Map<string, SheetData>(inputs.judgeData.map((d) => [d.name, d]));
  const specs: SheetSpec[] = [];
  const merged = new Set<string>();
  const messages: Bilingual[] = [];
  for (const js of inputs.judgeSheets) {
    const mine = corrections.filter((c) => c.judge === js.judgeCode);
    if (mine.length === 0) continue;
    const data = dataOf.get(js.sheet);
    if (!data) continue;
    const typed = typedScores(data, js, inputs.criteria, units);
    for (const c of mine) {
      const cell = `${js.sheet}!${cellOf(js, units, inputs.criteria, c.unit, c.criterion)}`;
      if ((typed.get(c.unit, c.criterion) ?? null) !== c.from)
        throw new AppError("SAMPLE_CORRECTION_STALE", { cell, typed: numberText(c.from) });
      typed.set(c.unit, c.criterion, c.to);
      messages.push(
        msg("SAMPLE_CORRECTED", { cell, judge: js.judgeCode, typed: numberText(c.from), intended: numberText(c.to) }),
      );
    }
    specs.push(judgeSpec(inputs, js, typed));
    // Every value the judge typed is carried into the rebuilt sheet: nothing to keep aside.
    merged.add(js.sheet);
  }
  if (specs.length === 0) return { ok: true, sheets: [], messages, findings: [] };
  const written = await writeSafely(ctx, specs, { merged });
  return { ok: true, sheets: written.outcomes, messages: [...messages, ...writeNotes(written.outcomes)], findings: [] };
}
