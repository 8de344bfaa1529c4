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
  /** Aligned with `sorted`: each unit's rank. */
  rank: Int32Array;
  /** Aligned with `sorted`: 1 when the unit shares its rank with another. */
  shared: Uint8Array;
  /**
   * Aligned with `sorted`: for a unit that shares its final score (key 0) with another but not its rank, the
   * deciding keys' names (one array per set of keys, shared by the units it explains); else undefined.
   */
  decidedBy: (string[] | undefined)[];
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
  const n = sorted.length;
  const rank = new Int32Array(n);
  const shared = new Uint8Array(n);
  const decidedBy: (string[] | undefined)[] = new Array<string[] | undefined>(n).fill(undefined);

  // Runs of units identical on every key share a rank: the rank of the first of the run. starts[r] is where
  // run r begins in `sorted`; starts[runs] = n.
  const starts = new Int32Array(n + 1);
  let runs = 0;
  for (let i = 0; i < n;) {
    let e = i + 1;
    while (e < n && cmp(sorted[i], sorted[e]) === 0) e++;
    starts[runs++] = i;
    rank.fill(i + 1, i, e);
    if (e - i > 1) shared.fill(1, i, e);
    i = e;
  }
  starts[runs] = n;
  // The keys that separate a run from its neighbouring runs with the same final score: what a chair
  // answers when asked why two units with equal scores are not tied. At most two keys, one per neighbour.
  const namesOf = new Map<number, string[]>();
  const separating = (here: number, other: number): number => {
    const d = firstDifference(keys, here, other);
    return d > 0 && d < K ? d : 0;
  };
  for (let r = 0; r < runs; r++) {
    const here = sorted[starts[r]];
    const a = r > 0 ? separating(here, sorted[starts[r - 1]]) : 0;
    const b = r + 1 < runs ? separating(here, sorted[starts[r + 1]]) : 0;
    if (a === 0 && b === 0) continue;
    const lo = a === 0 ? b : b === 0 ? a : Math.min(a, b);
    const hi = Math.max(a, b);
    let names = namesOf.get(lo * (K + 1) + hi);
    if (!names) namesOf.set(lo * (K + 1) + hi, (names = lo === hi ? [keys[lo].name] : [keys[lo].name, keys[hi].name]));
    for (let k = starts[r]; k < starts[r + 1]; k++) decidedBy[k] = names;
  }
  return { sorted, rank, shared, decidedBy };
}
