/** Summaries for benchmark figures: percentiles within a run, median with min–max across runs. */

/** Linear-interpolated percentile (p in 0..100) of unsorted values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** The value of each run, in run order. */
  runs: number[];
}

/** Median with min–max over runs (NaN runs, i.e. failed ones, are left out). */
export function spread(runs: readonly number[]): Spread | undefined {
  const ok = runs.filter((x) => Number.isFinite(x));
  if (ok.length === 0) return undefined;
  return { median: percentile(ok, 50), min: Math.min(...ok), max: Math.max(...ok), runs: ok.map(round) };
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** "123 ms (98–140, 5 runs)" style text for reports. */
export function formatSpread(s: Spread | undefined, unit: string, digits = 0): string {
  if (!s) return 'n/a';
  const f = (x: number) =>
    x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${f(s.median)} ${unit} (${f(s.min)}–${f(s.max)}, ${s.runs.length} run${s.runs.length === 1 ? '' : 's'})`;
}
