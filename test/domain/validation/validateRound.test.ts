import fc from "fast-check";
import { validateRound } from "../../../src/domain/validation";
import { CELL_BLANK, CELL_INVALID, CELL_NUMBER, CELL_TEXT_NUMBER, inputCell } from "../../../src/domain/validation/judgeSheet";
import { syntheticRound } from "../../../src/domain/validation/synthetic";
import type { RoundInput } from "../../../src/domain/validation";

const codes = (input: RoundInput) => validateRound(input).map((f) => f.code);

describe("validateRound on synthetic rounds", () => {
  test("a complete valid round gives no finding", () => {
    expect(validateRound(syntheticRound({ units: 40, criteria: 20, judges: 11 }))).toEqual([]);
  });

  test("property: random valid scoring data gives no error", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 4, max: 30 }), fc.integer({ min: 1, max: 9 }), fc.integer(), (u, c, j, seed) => {
        const findings = validateRound(syntheticRound({ units: u, criteria: c, judges: j, seed }));
        expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  type Corruption = "blank" | "text" | "textNumber" | "over" | "negative" | "dropUnit" | "conflict";
  const CORRUPTIONS: Record<Corruption, string> = {
    blank: "SCORE_BLANK_UNIT",
    text: "SCORE_NOT_NUMBER",
    textNumber: "SCORE_TEXT_NUMBER",
    over: "SCORE_OUT_OF_RANGE",
    negative: "SCORE_OUT_OF_RANGE",
    dropUnit: "SCORE_UNIT_MISSING",
    conflict: "SCORE_CONFLICT",
  };

  test("property: one random corruption of a valid round gives the finding for it, at its cell", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(CORRUPTIONS) as Corruption[])),
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 6, max: 20 }),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (kind, U, C, J, pu, pc, pj) => {
          const input = syntheticRound({ units: U, criteria: C, judges: J, seed: pu + pc });
          const u = pu % U;
          const j = pj % J;
          const js = input.judgeSheets[j];
          const scored = input.criteria.map((c, i) => (c.isGroup || c.kind !== "base" ? -1 : i)).filter((i) => i >= 0);
          const c = scored[pc % scored.length];
          const idx = u * js.criterionCount + c;
          let cell = inputCell(js, u, c);
          const unit = input.units[u];
          switch (kind) {
            case "blank":
              js.states[idx] = CELL_BLANK;
              js.values[idx] = NaN;
              break;
            case "text":
              js.states[idx] = CELL_INVALID;
              js.invalidText.set(idx, "tốt");
              break;
            case "textNumber":
              js.states[idx] = CELL_TEXT_NUMBER;
              js.invalidText.set(idx, "1,5");
              js.values[idx] = 0;
              break;
            case "over":
              js.states[idx] = CELL_NUMBER;
              js.values[idx] = input.criteria[c].max + 0.5;
              break;
            case "negative":
              js.states[idx] = CELL_NUMBER;
              js.values[idx] = -1;
              break;
            case "dropUnit": {
              // The link goes to the "Mã đơn vị" header of the block the unit was in.
              const block = js.blocks[js.blockOfUnit[u]];
              cell = `${String.fromCharCode(65 + js.codeCol)}${block.headerRow + 1}`;
              js.rowOfUnit[u] = -1;
              js.blockOfUnit[u] = -1;
              break;
            }
            case "conflict":
              input.members[j].memberOf = [unit.code];
              cell = `A${js.rowOfUnit[u] + 1}`;
              break;
          }
          const findings = validateRound(input);
          const want = CORRUPTIONS[kind];
          expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: want, sheet: js.sheet, cell })]));
        },
      ),
      { numRuns: 150 },
    );
  });

  test("findings are capped per rule and sheet, with one summary line for the rest", () => {
    const input = syntheticRound({ units: 300, criteria: 10, judges: 1 });
    const js = input.judgeSheets[0];
    js.states.forEach((s, i) => {
      if (s === CELL_NUMBER) {
        js.states[i] = CELL_INVALID;
        js.invalidText.set(i, "x");
      }
    });
    const findings = validateRound({ ...input, findingCap: 50 });
    expect(findings.filter((f) => f.code === "SCORE_NOT_NUMBER")).toHaveLength(50);
    const summary = findings.filter((f) => f.code === "FINDINGS_TRUNCATED");
    expect(summary).toHaveLength(1);
    expect(summary[0].message_en).toMatch(/^2950 more findings of type SCORE_NOT_NUMBER/);
  });

  test("a unit's judges far apart raise one spread warning naming both ends", () => {
    const input = syntheticRound({ units: 3, criteria: 10, judges: 3 });
    const js = input.judgeSheets[2];
    for (let c = 0; c < js.criterionCount; c++) {
      if (js.states[c] === CELL_NUMBER && input.criteria[c].kind === "base") js.values[c] = 0; // unit 0: base all zero
    }
    const spread = validateRound(input).filter((f) => f.code === "SCORE_SPREAD");
    expect(spread).toHaveLength(1);
    expect(spread[0]).toMatchObject({ sheet: js.sheet, cell: "A12", severity: "warning" });
    expect(spread[0].message_vi).toContain("U1");
  });

  test("blank inputs are counted per judge and per unit, not per cell", () => {
    const input = syntheticRound({ units: 10, criteria: 12, judges: 2, blankShare: 0.3, seed: 7 });
    const js = input.judgeSheets[0];
    let blanks = 0;
    const unitsWithBlanks = new Set<number>();
    js.states.forEach((s, i) => {
      if (s === CELL_BLANK) {
        blanks++;
        unitsWithBlanks.add(Math.floor(i / js.criterionCount));
      }
    });
    const f = validateRound(input).filter((x) => x.sheet === js.sheet);
    const perJudge = f.filter((x) => x.code === "SCORE_BLANK_JUDGE");
    expect(perJudge).toHaveLength(1);
    expect(perJudge[0].message_en).toBe(`${blanks} score cells are still blank, for ${unitsWithBlanks.size} units.`);
    expect(f.filter((x) => x.code === "SCORE_BLANK_UNIT")).toHaveLength(unitsWithBlanks.size);
    expect(codes(input)).not.toContain("SCORE_NOT_NUMBER");
  });
});
