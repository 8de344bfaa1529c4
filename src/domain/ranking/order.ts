/**
 * Competition ranking within one khối (research A1): 1 + the number of units strictly ahead on the
 * rounded final score, then on each tie-break key in order. Units equal on every key share the rank.
 * Row order and names never decide anything.
 */

/** One comparison key: values per unit (rounded), and whether higher is better. */
export interface OrderKey {
  name: string;
  values: Float64Array;
  higherIsBetter: boolean;
}

/** Negative when unit a is ahead of unit b on this key; NaN (no value) sits behind any number. */
function compareKey(k: OrderKey, a: number, b: number): number {
  const x = k.values[a];
  const y = k.values[b];
  if (x === y) return 0;
  if (x !== x) return y !== y ? 0 : 1;
  if (y !== y) return -1;
  return k.higherIsBetter ? y - x : x - y;
}

/** Index of the first key on which a and b differ, or keys.length when equal on all. */
function firstDifference(keys: readonly OrderKey[], a: number, b: number): number {
  for (let i = 0; i < keys.length; i++) if (compareKey(keys[i], a, b) !== 0) return i;
  return keys.length;
}

export interface BlockOrder {
  /** Units in rank order (units equal on every key: by code, for display only). */
  sorted: number[];
  rank: Map<number, number>;
  shared: Set<number>;
  /** For a unit that shares its final score (key 0) with another but not its rank: the deciding keys' names. */
  decidedBy: Map<number, string[]>;
}

/** keys[0] is the final score; `codes` only orders equal units for display. */
export function orderBlock(members: readonly number[], keys: readonly OrderKey[], codes: readonly string[]): BlockOrder {
  const K = keys.length;
  const cmp = (a: number, b: number): number => {
    for (let i = 0; i < K; i++) {
      const d = compareKey(keys[i], a, b);
      if (d !== 0) return d;
    }
    return 0;
  };
  const sorted = [...members].sort((a, b) => cmp(a, b) || (codes[a] < codes[b] ? -1 : codes[a] > codes[b] ? 1 : 0));
  const rank = new Map<number, number>();
  const shared = new Set<number>();
  const decidedBy = new Map<number, string[]>();

  // Runs of units identical on every key share a rank: the rank of the first of the run.
  const runs: [number, number][] = [];
  for (let i = 0; i < sorted.length;) {
    let e = i + 1;
    while (e < sorted.length && cmp(sorted[i], sorted[e]) === 0) e++;
    runs.push([i, e]);
    for (let k = i; k < e; k++) {
      rank.set(sorted[k], i + 1);
      if (e - i > 1) shared.add(sorted[k]);
    }
    i = e;
  }
  // The keys that separate a run from its neighbouring runs with the same final score: what a chair
  // answers when asked why two units with equal scores are not tied.
  for (let r = 0; r < runs.length; r++) {
    const here = sorted[runs[r][0]];
    const used = new Set<number>();
    for (const n of [r - 1, r + 1]) {
      if (n < 0 || n >= runs.length) continue;
      const d = firstDifference(keys, here, sorted[runs[n][0]]);
      if (d > 0 && d < keys.length) used.add(d);
    }
    if (used.size > 0) {
      const names = [...used].sort((a, b) => a - b).map((d) => keys[d].name);
      for (let k = runs[r][0]; k < runs[r][1]; k++) decidedBy.set(sorted[k], names);
    }
  }
  return { sorted, rank, shared, decidedBy };
}
