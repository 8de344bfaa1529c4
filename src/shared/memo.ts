/**
 * Remembers a pure text function's answers. The matching keys (unit codes, names, headers) are asked for
 * the same few thousand strings once per row of every judge sheet, and Unicode normalisation is the cost:
 * at province scale a command asks about 150,000 times for 10,000 distinct strings. The memory is bounded:
 * past `limit` entries it starts again empty.
 */
export function memoText(f: (s: string) => string, limit = 50_000): (s: string) => string {
  let seen = new Map<string, string>();
  return (s: string): string => {
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    const out = f(s);
    if (seen.size >= limit) seen = new Map();
    seen.set(s, out);
    return out;
  };
}
