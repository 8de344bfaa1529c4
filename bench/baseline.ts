import type { BenchRow } from "./types";
import { peakRssMB } from "./measure";

export async function benchBaseline(): Promise<BenchRow[]> {
  return [{ name: "baseline", seconds: 0, peakRssMB: peakRssMB() }];
}
