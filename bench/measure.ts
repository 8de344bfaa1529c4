/** Timing and memory helpers shared by the bench modules. */
import { performance } from "node:perf_hooks";

/** Peak resident memory of this process so far, in MB (getrusage maxrss). */
export function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export async function timed<T>(f: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const value = await f();
  return { value, seconds: (performance.now() - t0) / 1000 };
}
