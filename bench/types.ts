/** One line of `npm run bench`: a measured step, its time, the peak memory seen, and free notes (ratios, sync counts). */
export interface BenchRow {
  name: string;
  seconds: number;
  peakRssMB: number;
  note?: string;
}
