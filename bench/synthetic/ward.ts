/**
 * A deterministic synthetic round of any size (research "ranking" B0): units in khối, a 100-point grid
 * with bonus and deduction lines, judges with small biases and one planted harsh, erratic judge, and
 * every score in 0.5-point steps. Used by the ranking bench and the province-scale tests; the same seed
 * always gives the same round, so figures can be compared between runs.
 */
import type { Criterion, Member, Unit, UnitType } from "../../src/domain/types";

export interface SyntheticOptions {
  units: number;
  /** Scored lines including 2 bonus and 2 deduction lines; at least 9. */
  criteria: number;
  judges: number;
  /** Number of khối; units are dealt round-robin. */
  blocks?: number;
  seed?: number;
  /** Index of the planted harsh judge (bias −0.18, noise 0.15); −1 for none. Default: the last judge. */
  harshJudge?: number;
  /** Share of units registered for the round. */
  registeredShare?: number;
}

export interface SyntheticRound {
  units: Unit[];
  members: Member[];
  /** Group headers first in each group, then items; then bonus and deduction lines. */
  criteria: Criterion[];
  /** The scored lines (no group headers), in the column order of `scores`. */
  columns: Criterion[];
  /** One array per member, [unit * columns.length + column], NaN = blank. */
  scores: Float64Array[];
  registered: boolean[];
}

/** mulberry32: small, fast, good enough for test data, and the same on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

const GROUPS = ["I", "II", "III", "IV", "V"];
const TYPES: UnitType[] = ["TDP", "CHIBO", "DOANTHE", "BANNGANH", "TRUONG", "COQUAN"];

function grid(lines: number): Criterion[] {
  const base = Math.max(5, lines - 4);
  const out: Criterion[] = [];
  // Base maxima in whole points summing to 100, spread as evenly as possible over 5 groups.
  const each = Math.floor(100 / base);
  let extra = 100 - each * base;
  const items: Criterion[] = [];
  for (let i = 0; i < base; i++) {
    const g = GROUPS[Math.floor((i * GROUPS.length) / base)];
    const max = each + (extra-- > 0 ? 1 : 0);
    items.push({ code: `${g}.${i + 1}`, group: g, text: `Tiêu chí ${g}.${i + 1}`, max, kind: "base", appliesTo: [] });
  }
  for (const g of GROUPS) {
    const mine = items.filter((c) => c.group === g);
    out.push({
      code: g,
      group: g,
      text: `Nhóm ${g}`,
      max: mine.reduce((a, c) => a + c.max, 0),
      kind: "base",
      appliesTo: [],
      groupMinShare: 0.5,
      isGroup: true,
    });
    out.push(...mine);
  }
  out.push({ code: "TH.1", group: "TH", text: "Điểm thưởng 1", max: 5, kind: "bonus", appliesTo: [] });
  out.push({ code: "TH.2", group: "TH", text: "Điểm thưởng 2", max: 5, kind: "bonus", appliesTo: [] });
  out.push({ code: "TR.1", group: "TR", text: "Điểm trừ 1", max: 5, kind: "deduction", appliesTo: [] });
  out.push({ code: "TR.2", group: "TR", text: "Điểm trừ 2", max: 5, kind: "deduction", appliesTo: [] });
  return out;
}

export function syntheticRound(o: SyntheticOptions): SyntheticRound {
  const rand = prng(o.seed ?? 20240101);
  const blocks = Math.max(1, o.blocks ?? Math.min(6, Math.max(2, Math.round(o.units / 8))));
  const harsh = o.harshJudge ?? o.judges - 1;
  const regShare = o.registeredShare ?? 0.95;
  const criteria = grid(o.criteria);
  const columns = criteria.filter((c) => !c.isGroup);
  const C = columns.length;
  const pad = String(o.units).length;

  const units: Unit[] = [];
  const quality = new Float64Array(o.units);
  const registered: boolean[] = [];
  for (let u = 0; u < o.units; u++) {
    const b = u % blocks;
    units.push({
      code: `DV${String(u + 1).padStart(pad, "0")}`,
      name: `Đơn vị số ${u + 1}`,
      type: TYPES[b % TYPES.length],
      block: `K${b + 1}`,
      row: u + 2,
    });
    quality[u] = 0.55 + 0.45 * rand();
    registered.push(rand() < regShare);
  }

  const members: Member[] = [];
  const scores: Float64Array[] = [];
  for (let j = 0; j < o.judges; j++) {
    const isHarsh = j === harsh;
    const bias = isHarsh ? -0.18 : 0.03 * normal(rand);
    const noise = isHarsh ? 0.15 : 0.05;
    // Each judge belongs to one unit (a conflict of interest there), spread over the list.
    const own = units[(j * 7919) % o.units].code;
    members.push({
      code: `GK${String(j + 1).padStart(2, "0")}`,
      name: `Giám khảo ${j + 1}`,
      shortName: `GK${j + 1}`,
      position: "Ủy viên",
      role: "UY_VIEN",
      follows: [],
      memberOf: [own],
      scores: true,
      row: j + 2,
    });
    const s = new Float64Array(o.units * C);
    for (let u = 0; u < o.units; u++) {
      const off = u * C;
      for (let c = 0; c < C; c++) {
        const col = columns[c];
        let v: number;
        if (col.kind === "base") {
          const x = quality[u] + bias + noise * normal(rand);
          v = Math.round(Math.min(1, Math.max(0, x)) * col.max * 2) / 2;
        } else if (col.kind === "bonus") {
          v = rand() < 0.2 ? Math.round(rand() * col.max * 2) / 2 : 0;
        } else {
          v = rand() < 0.1 ? Math.round(rand() * col.max * 2) / 2 : 0;
        }
        s[off + c] = v;
      }
    }
    scores.push(s);
  }
  return { units, members, criteria, columns, scores, registered };
}
