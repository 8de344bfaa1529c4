/**
 * Scoring rules, over every judge sheet of the round. Hot loops touch typed arrays only; a string is built
 * only for a finding that will be listed (see Emitter.listed).
 */
import type { RuleContext, SheetScan } from "./context";
import { K_BONUS, K_DEDUCTION, K_VETO } from "./context";
import { numberSetting } from "../settings";
import { invisibleChars, isNotFiniteText, withoutInvisible } from "../typedNumbers";
import { shown } from "./emitter";
import { unitCodeKey } from "./unitCode";
import { CELL_INVALID, CELL_NUMBER, CELL_TEXT_NUMBER, cellA1, inputCell, type JudgeSheet } from "./judgeSheet";

const EPS = 1e-9;

function judgeLabel(ctx: RuleContext, js: JudgeSheet): string {
  const m = ctx.member(js.judgeCode);
  return m ? `${m.name} (${m.code})` : js.judgeCode || js.sheet;
}

export function scoreNoSheets(ctx: RuleContext): void {
  if (ctx.input.judgeSheets.length === 0)
    ctx.out.emit("SCORE_NO_SHEETS", ctx.input.layout.council.sheet, "", { round: ctx.roundName });
}

/** A scoring member without a sheet (only meaningful once the round has sheets at all). */
export function scoreSheetMissing(ctx: RuleContext): void {
  if (ctx.input.judgeSheets.length === 0) return;
  const have = new Set(ctx.input.judgeSheets.map((j) => j.judgeCode.trim().toUpperCase()));
  const l = ctx.input.layout.council;
  for (const m of ctx.input.members) {
    if (m.scores && !have.has(m.code.trim().toUpperCase())) {
      ctx.out.emit("SCORE_SHEET_MISSING", l.sheet, m.row ? `${l.code}${m.row}` : "", {
        judge: `${m.name} (${m.code})`,
        sheet: m.shortName,
      });
    }
  }
}

export function scoreUnknownJudge(ctx: RuleContext): void {
  for (const js of ctx.input.judgeSheets) {
    const m = ctx.member(js.judgeCode);
    if (!m || !m.scores)
      ctx.out.emit("SCORE_UNKNOWN_JUDGE", js.sheet, cellA1(js.judgeCell.row, js.judgeCell.col), { value: js.judgeCode });
  }
}

export function scoreBlanks(ctx: RuleContext): void {
  for (const js of ctx.input.judgeSheets) {
    const s = ctx.scan(js);
    if (s.totalBlanks === 0) continue;
    ctx.out.emit("SCORE_BLANK_JUDGE", js.sheet, firstBlankCell(js, s), { blanks: s.totalBlanks, units: s.unitsWithBlanks });
    for (let u = 0; u < js.unitCount; u++) {
      if (s.blanks[u] === 0) continue;
      if (!ctx.out.listed("SCORE_BLANK_UNIT", js.sheet)) {
        ctx.out.countOnly("SCORE_BLANK_UNIT", js.sheet);
        continue;
      }
      ctx.out.emit("SCORE_BLANK_UNIT", js.sheet, inputCell(js, u, s.firstBlank[u]), {
        unit: ctx.input.units[u].code,
        blanks: s.blanks[u],
      });
    }
  }
}

/** The blank input highest up the sheet (leftmost on its row): where a judge picks up, and where the link goes. */
function firstBlankCell(js: JudgeSheet, s: SheetScan): string {
  let best = -1;
  for (let u = 0; u < js.unitCount; u++) {
    if (s.blanks[u] > 0 && (best < 0 || js.rowOfUnit[u] < js.rowOfUnit[best])) best = u;
  }
  return best < 0 ? "" : inputCell(js, best, s.firstBlank[best]);
}

/**
 * Where a unit missing from a judge's sheet belongs: the "Mã đơn vị" header of the block that lists units
 * of its grid (another unit with the same criteria is there), else of the sheet's first block.
 */
function missingUnitCell(ctx: RuleContext, js: JudgeSheet, u: number): string {
  if (js.blocks.length === 0) return "";
  let block = 0;
  const grid = ctx.gridOfUnit[u];
  for (let o = 0; o < js.unitCount; o++) {
    if (js.blockOfUnit[o] >= 0 && ctx.gridOfUnit[o] === grid) {
      block = js.blockOfUnit[o];
      break;
    }
  }
  return cellA1(js.blocks[block].headerRow, js.codeCol);
}

/** Calls `visit` for every input of a sheet in one state (a rare one: the loop itself stays on typed arrays). */
function eachInput(ctx: RuleContext, js: JudgeSheet, state: number, visit: (u: number, c: number, idx: number) => void): void {
  const C = js.criterionCount;
  const states = js.states;
  for (let u = 0; u < js.unitCount; u++) {
    if (js.rowOfUnit[u] < 0) continue;
    const grid = ctx.grids[ctx.gridOfUnit[u]];
    const off = u * C;
    for (let k = 0; k < grid.length; k++) {
      const c = grid[k];
      if (states[off + c] === state) visit(u, c, off + c);
    }
  }
}

export function scoreNotNumber(ctx: RuleContext): void {
  for (const js of ctx.input.judgeSheets) {
    eachInput(ctx, js, CELL_INVALID, (u, c, idx) => {
      const value = js.invalidText.get(idx) ?? "";
      // Infinity, NaN or 1e308 (written by a script, or typed beyond Excel's range) is named for what it is.
      const code = isNotFiniteText(value) ? "SCORE_NOT_FINITE" : "SCORE_NOT_NUMBER";
      if (!ctx.out.listed(code, js.sheet)) return ctx.out.countOnly(code, js.sheet);
      ctx.out.emit(code, js.sheet, inputCell(js, u, c), {
        value,
        unit: ctx.input.units[u].code,
        criterion: ctx.input.criteria[c].code,
      });
    });
  }
}

export function scoreTextNumber(ctx: RuleContext): void {
  for (const js of ctx.input.judgeSheets) {
    eachInput(ctx, js, CELL_TEXT_NUMBER, (u, c, idx) => {
      const typed = js.invalidText.get(idx) ?? String(js.values[idx]);
      // A character that does not show (a zero-width space pasted after a digit) is named by its code point.
      const hidden = invisibleChars(typed);
      const code = hidden.length ? "SCORE_HIDDEN_CHARS" : "SCORE_TEXT_NUMBER";
      if (!ctx.out.listed(code, js.sheet)) return ctx.out.countOnly(code, js.sheet);
      ctx.out.emit(code, js.sheet, inputCell(js, u, c), {
        value: withoutInvisible(typed),
        number: shown(js.values[idx]),
        chars: hidden.join(", "),
      });
    });
  }
}

export function scoreOutOfRange(ctx: RuleContext): void {
  // Upper bound per criterion: a veto is 0/1, an uncapped deduction line has none.
  const upper = ctx.maxima.map(
    (m, c) => (ctx.kinds[c] === K_VETO ? 1 : ctx.kinds[c] === K_DEDUCTION && m <= 0 ? Infinity : m) + EPS,
  );
  for (const js of ctx.input.judgeSheets) {
    const C = js.criterionCount;
    const { states, values } = js;
    for (let u = 0; u < js.unitCount; u++) {
      if (js.rowOfUnit[u] < 0) continue;
      const grid = ctx.grids[ctx.gridOfUnit[u]];
      const off = u * C;
      for (let k = 0; k < grid.length; k++) {
        const c = grid[k];
        const st = states[off + c];
        if (st !== CELL_NUMBER && st !== CELL_TEXT_NUMBER) continue;
        const v = values[off + c];
        if (v >= -EPS && v <= upper[c]) continue;
        if (!ctx.out.listed("SCORE_OUT_OF_RANGE", js.sheet)) {
          ctx.out.countOnly("SCORE_OUT_OF_RANGE", js.sheet);
          continue;
        }
        const max = upper[c] - EPS;
        ctx.out.emit("SCORE_OUT_OF_RANGE", js.sheet, inputCell(js, u, c), {
          value: shown(v),
          criterion: ctx.input.criteria[c].code,
          unit: ctx.input.units[u].code,
          max: Number.isFinite(max) ? shown(max) : "∞",
        });
      }
    }
  }
}

export function scoreBonusCap(ctx: RuleContext): void {
  if (!Number.isFinite(ctx.bonusCap)) return;
  for (const js of ctx.input.judgeSheets) {
    const s = ctx.scan(js);
    for (let u = 0; u < js.unitCount; u++) {
      if (js.rowOfUnit[u] < 0 || s.bonus[u] <= ctx.bonusCap + EPS) continue;
      const grid = ctx.grids[ctx.gridOfUnit[u]];
      let last = -1;
      for (const c of grid) if (ctx.kinds[c] === K_BONUS) last = c;
      ctx.out.emit("SCORE_BONUS_OVER_CAP", js.sheet, inputCell(js, u, last), {
        unit: ctx.input.units[u].code,
        sum: shown(s.bonus[u]),
        cap: shown(ctx.bonusCap),
      });
    }
  }
}

/** Rows whose code is not a unit: a code changed by hand when the name still names a unit, else a foreign unit. */
export function scoreStrayRows(ctx: RuleContext): void {
  for (const js of ctx.input.judgeSheets) {
    for (const r of js.strays) {
      const cell = cellA1(r.row, js.codeCol);
      if (r.nameMatch >= 0) {
        ctx.out.emit("SCORE_UNIT_CODE_CHANGED", js.sheet, cell, { value: r.code, unit: ctx.input.units[r.nameMatch].code });
      } else {
        ctx.out.emit("SCORE_UNKNOWN_UNIT", js.sheet, cell, { unit: r.code, round: ctx.roundName });
      }
    }
    for (const d of js.duplicates) {
      ctx.out.emit("SCORE_DUPLICATE_UNIT", js.sheet, cellA1(d.row, js.codeCol), {
        unit: ctx.input.units[d.unit].code,
        first: d.firstRow + 1,
      });
    }
  }
}

export function scoreUnitMissing(ctx: RuleContext): void {
  for (const js of ctx.input.judgeSheets) {
    const m = ctx.member(js.judgeCode);
    if (!m) continue; // an unknown judge is reported once; listing every unit as missing would bury it
    for (const u of ctx.expectedUnits(m)) {
      if (js.rowOfUnit[u] >= 0) continue;
      if (!ctx.out.listed("SCORE_UNIT_MISSING", js.sheet)) {
        ctx.out.countOnly("SCORE_UNIT_MISSING", js.sheet);
        continue;
      }
      const unit = ctx.input.units[u];
      ctx.out.emit("SCORE_UNIT_MISSING", js.sheet, missingUnitCell(ctx, js, u), { unit: unit.code, name: unit.name });
    }
  }
}

export function scoreHeaders(ctx: RuleContext): void {
  for (const js of ctx.input.judgeSheets) {
    js.blocks.forEach((b, bi) => {
      for (const h of b.unknownHeaders)
        ctx.out.emit("SCORE_CRITERION_CHANGED", js.sheet, cellA1(b.headerRow, h.col), { value: h.text });
      // Criteria the block's units need but whose column is gone.
      const needed = new Set<number>();
      for (let u = 0; u < js.unitCount; u++) {
        if (js.blockOfUnit[u] !== bi) continue;
        for (const c of ctx.grids[ctx.gridOfUnit[u]]) if (b.colOfCriterion[c] < 0) needed.add(c);
      }
      for (const c of needed)
        ctx.out.emit("SCORE_CRITERION_MISSING", js.sheet, cellA1(b.headerRow, js.codeCol), {
          criterion: ctx.input.criteria[c].code,
        });
    });
  }
}

export function scoreConflict(ctx: RuleContext): void {
  for (const js of ctx.input.judgeSheets) {
    const m = ctx.member(js.judgeCode);
    if (!m) continue;
    for (const code of ctx.conflicts(m)) {
      const u = ctx.unitOf(code);
      if (u === undefined || js.rowOfUnit[u] < 0) continue;
      if (!hasAnyScore(ctx, js, u)) continue;
      ctx.out.emit("SCORE_CONFLICT", js.sheet, cellA1(js.rowOfUnit[u], js.codeCol), {
        judge: `${m.name} (${m.code})`,
        unit: ctx.input.units[u].code,
      });
    }
  }
}

/**
 * A unit whose row holds only veto marks: the judge has not scored it (ranking counts nothing of theirs
 * there, where it would otherwise read every blank as 0). An error at the row's first blank base input.
 */
export function scoreVetoOnly(ctx: RuleContext): void {
  for (const js of ctx.input.judgeSheets) {
    const m = ctx.member(js.judgeCode);
    const s = ctx.scan(js);
    const C = js.criterionCount;
    for (let u = 0; u < js.unitCount; u++) {
      if (js.rowOfUnit[u] < 0) continue;
      const off = u * C;
      let veto = false;
      let other = false;
      for (const c of ctx.grids[ctx.gridOfUnit[u]]) {
        const st = js.states[off + c];
        if (st !== CELL_NUMBER && st !== CELL_TEXT_NUMBER && st !== CELL_INVALID) continue;
        if (ctx.kinds[c] === K_VETO) veto = true;
        else other = true;
      }
      if (!veto || other) continue;
      if (!ctx.out.listed("SCORE_VETO_ONLY", js.sheet)) {
        ctx.out.countOnly("SCORE_VETO_ONLY", js.sheet);
        continue;
      }
      const cell = s.firstBlank[u] >= 0 ? inputCell(js, u, s.firstBlank[u]) : cellA1(js.rowOfUnit[u], js.codeCol);
      ctx.out.emit("SCORE_VETO_ONLY", js.sheet, cell, {
        judge: m ? `${m.name} (${m.code})` : judgeLabel(ctx, js),
        unit: ctx.input.units[u].code,
        cell,
      });
    }
  }
}

function hasAnyScore(ctx: RuleContext, js: JudgeSheet, u: number): boolean {
  const off = u * js.criterionCount;
  for (const c of ctx.grids[ctx.gridOfUnit[u]]) {
    const st = js.states[off + c];
    if (st === CELL_NUMBER || st === CELL_TEXT_NUMBER || st === CELL_INVALID) return true;
  }
  return false;
}

/** Judges who disagree: the spread of complete totals for a unit above SPREAD_ALERT_SHARE of the base maximum. */
export function scoreSpread(ctx: RuleContext): void {
  const share = numberSetting(ctx.input.settings, "SPREAD_ALERT_SHARE");
  if (!(share > 0)) return;
  const limit = share * ctx.baseTotal;
  const U = ctx.input.units.length;
  const lo = new Float64Array(U).fill(Infinity);
  const hi = new Float64Array(U).fill(-Infinity);
  const loJudge = new Int32Array(U).fill(-1);
  const hiJudge = new Int32Array(U).fill(-1);
  const sheets = ctx.input.judgeSheets;
  sheets.forEach((js, j) => {
    const m = ctx.member(js.judgeCode);
    const conflicts = ctx.conflicts(m);
    const s = ctx.scan(js);
    for (let u = 0; u < U; u++) {
      if (js.rowOfUnit[u] < 0 || !s.complete[u] || (conflicts.size > 0 && conflicts.has(unitCodeKey(ctx.input.units[u].code))))
        continue;
      const t = ctx.total(s, u);
      if (t < lo[u]) {
        lo[u] = t;
        loJudge[u] = j;
      }
      if (t > hi[u]) {
        hi[u] = t;
        hiJudge[u] = j;
      }
    }
  });
  for (let u = 0; u < U; u++) {
    if (loJudge[u] < 0 || hi[u] - lo[u] <= limit + EPS) continue;
    const low = sheets[loJudge[u]];
    const high = sheets[hiJudge[u]];
    ctx.out.emit("SCORE_SPREAD", low.sheet, cellA1(low.rowOfUnit[u], low.codeCol), {
      unit: ctx.input.units[u].code,
      spread: shown(hi[u] - lo[u]),
      low: shown(lo[u]),
      lowJudge: judgeLabel(ctx, low),
      high: shown(hi[u]),
      highJudge: judgeLabel(ctx, high),
      limit: shown(limit),
    });
  }
}
