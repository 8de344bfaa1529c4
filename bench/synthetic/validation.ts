/**
 * Synthetic rounds of any size, straight into the validator's flat arrays: for property tests and the
 * bench (a province round is 10,000 units × 30 criteria × 15 judges). Deterministic for a given seed.
 * Every score is valid: within its maximum, judges close to each other, bonuses under the cap.
 */
import { prng } from "./ward";
import { defaultSettings } from "../../src/domain/settings";
import type { Criterion, Member, Unit } from "../../src/domain/types";
import type { InputLayout, RoundInput } from "../../src/domain/validation/input";
import { CELL_BLANK, CELL_NUMBER, emptyJudgeSheet, type JudgeSheet } from "../../src/domain/validation/judgeSheet";

export const SYNTHETIC_LAYOUT: InputLayout = {
  units: { sheet: "Đơn vị", code: "A", name: "B", block: "D" },
  council: { sheet: "Hội đồng", code: "A", units: "F" },
  registrations: { sheet: "Đăng ký", round: "A", kind: "B", unit: "C", person: "D", title: "E", date: "G", covenant: "H" },
  criteria: { sheet: "Tiêu chí", code: "A", group: "B", max: "D", kind: "E" },
  settingsSheet: "Cấu hình",
};

/** A flat 100-point grid: `groups` groups of equal items, plus one bonus and one deduction line. */
export function syntheticCriteria(items: number, wantedGroups = 5): Criterion[] {
  const out: Criterion[] = [];
  const base = Math.max(1, items - 2);
  const groups = Math.min(wantedGroups, base);
  const perGroup = Math.max(1, Math.floor(base / groups));
  let made = 0;
  for (let g = 0; g < groups && made < base; g++) {
    const n = g === groups - 1 ? base - made : Math.min(perGroup, base - made);
    const code = `G${g + 1}`;
    const share = 100 / groups;
    out.push({ code, group: code, text: code, max: share, kind: "base", appliesTo: [], isGroup: true, groupMinShare: 0.5 });
    for (let i = 0; i < n; i++)
      out.push({ code: `${code}.${i + 1}`, group: code, text: code, max: share / n, kind: "base", appliesTo: [] });
    made += n;
  }
  out.push({ code: "TH.1", group: "TH", text: "bonus", max: 5, kind: "bonus", appliesTo: [] });
  out.push({ code: "TR.1", group: "TR", text: "deduction", max: 5, kind: "deduction", appliesTo: [] });
  return out;
}

/** The same small pseudo-random generator as the ranking's synthetic rounds, so both are reproducible alike. */
export const rng = prng;

export interface SyntheticOptions {
  units: number;
  criteria: number;
  judges: number;
  seed?: number;
  /** Share of base inputs left blank (0 = complete sheets). */
  blankShare?: number;
}

/** A valid round: every unit registered, every judge scoring every unit, agreement within a few points. */
export function syntheticRound(o: SyntheticOptions): RoundInput {
  const random = rng(o.seed ?? 1);
  const criteria = syntheticCriteria(o.criteria);
  const units: Unit[] = Array.from({ length: o.units }, (_, i) => ({
    code: `U${i + 1}`,
    name: `Đơn vị ${i + 1}`,
    type: "TDP",
    block: `K${(i % 5) + 1}`,
    row: i + 2,
  }));
  const members: Member[] = Array.from({ length: o.judges }, (_, j) => ({
    code: `J${j + 1}`,
    name: `Giám khảo ${j + 1}`,
    shortName: `GK${j + 1}`,
    position: "",
    role: "UY_VIEN",
    follows: [units[j % units.length].code],
    memberOf: [],
    scores: true,
    row: j + 2,
  }));
  const C = criteria.length;
  const level = Float64Array.from({ length: o.units }, () => 0.6 + 0.35 * random());
  const judgeSheets: JudgeSheet[] = members.map((m, j) => {
    const js = emptyJudgeSheet(`Chấm điểm Đ1 - ${m.shortName}`, m.code, o.units, C);
    const cols = new Int32Array(C).fill(-1);
    criteria.forEach((c, ci) => {
      if (!c.isGroup) cols[ci] = 2 + ci;
    });
    js.blocks.push({ headerRow: 10, colOfCriterion: cols, unknownHeaders: [], firstUnitRow: 11 });
    const bias = (random() - 0.5) * 0.03;
    for (let u = 0; u < o.units; u++) {
      js.rowOfUnit[u] = 11 + u;
      js.blockOfUnit[u] = 0;
      const off = u * C;
      for (let ci = 0; ci < C; ci++) {
        const c = criteria[ci];
        if (c.isGroup) continue;
        if (c.kind === "base" && o.blankShare && random() < o.blankShare) {
          js.states[off + ci] = CELL_BLANK;
          continue;
        }
        const f = c.kind === "base" ? Math.min(1, Math.max(0, level[u] + bias + (random() - 0.5) * 0.04)) : random() * 0.5;
        js.states[off + ci] = CELL_NUMBER;
        js.values[off + ci] = Math.round(c.max * f * 4) / 4;
      }
    }
    void j;
    return js;
  });
  return {
    round: "D1",
    units,
    members,
    settings: defaultSettings(),
    criteria,
    titles: [{ code: "TTLDTT", name: "Tập thể lao động tiên tiến", kind: "unit", decidedBy: "" }],
    registrations: units.map((u, i) => ({
      round: "D1",
      subjectKind: "unit",
      unitCode: u.code,
      title: "Tập thể lao động tiên tiến",
      date: new Date(Date.UTC(2024, 0, 15)),
      covenant: true,
      row: i + 2,
    })),
    judgeSheets,
    blocks: ["K1", "K2", "K3", "K4", "K5"],
    layout: SYNTHETIC_LAYOUT,
  };
}
