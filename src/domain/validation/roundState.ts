/**
 * How far a round got, as "Hôm nay" states it: units registered of the units on `Đơn vị`, and judge sheets
 * a thành viên Hội đồng has typed into of the round's judge sheets. Counted from the inputs a check read,
 * so it costs no read of its own. Pure.
 */
import { CELL_INVALID, CELL_NUMBER, CELL_TEXT_NUMBER, type JudgeSheet } from "./judgeSheet";
import type { RoundInput } from "./input";
import { registeredUnitCodes } from "./registration";

export interface RoundState {
  /** Units on `Đơn vị`, each expected to register for the round. */
  units: number;
  /** Of those, units with a registration row of the round (or of the year). */
  registered: number;
  /** The round's judge sheets, one per thành viên Hội đồng who scores. */
  judgeSheets: number;
  /** Judge sheets with at least one score typed (a mistyped one counts: someone started). */
  scored: number;
}

function hasScore(js: JudgeSheet): boolean {
  for (let i = 0; i < js.states.length; i++) {
    const s = js.states[i];
    if (s === CELL_NUMBER || s === CELL_TEXT_NUMBER || s === CELL_INVALID) return true;
  }
  return js.strays.some((s) => s.filled > 0);
}

export function roundStateOf(input: Pick<RoundInput, "round" | "units" | "registrations" | "judgeSheets">): RoundState {
  return {
    units: input.units.length,
    registered: registeredUnitCodes(input.registrations, input.round, input.units).size,
    judgeSheets: input.judgeSheets.length,
    scored: input.judgeSheets.filter(hasScore).length,
  };
}
