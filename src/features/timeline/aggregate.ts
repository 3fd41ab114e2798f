/**
 * Density per lane for overview zooms: events counted per calendar interval
 * (days, weeks, months, years, whichever suits the zoom) instead of one mark each.
 */
import { bin } from 'd3-array';
import { utcDay, utcTickInterval } from './utc-time';
import type { ViewWindow } from './view-window';

export interface Bin {
  /** Start of the interval (or of the window), ms: a key that stays put while the view moves. */
  t: number;
  /** End of the interval (or of the window), ms, exclusive. */
  end: number;
  /** Pixel extent of the interval. */
  x0: number;
  x1: number;
  count: number;
}

/** Calendar interval boundaries inside the window, about `px` pixels apart, never finer than a day. */
export function binThresholds(view: ViewWindow, width: number, px = 8): number[] {
  const [lo, hi] = view;
  const count = Math.max(1, Math.floor(width / px));
  let interval = utcTickInterval(new Date(lo), new Date(hi), count);
  if (!interval || +interval.offset(new Date(lo), 1) - lo < 86_400_000) interval = utcDay;
  return interval.range(new Date(lo), new Date(hi)).map(Number);
}

/**
 * Counts items (by their start, clamped into the window so spans that began earlier
 * still count) per interval. Only non-empty bins are returned.
 */
export function binItems<T extends { start: number }>(
  items: readonly T[],
  view: ViewWindow,
  width: number,
  thresholds: number[] = binThresholds(view, width),
): Bin[] {
  const [lo, hi] = view;
  const x = (t: number) => ((t - lo) / (hi - lo)) * width;
  const bins = bin<T, number>()
    .domain([lo, hi])
    .thresholds(thresholds)
    .value((d) => Math.min(hi, Math.max(lo, d.start)))(items);
  return bins
    .filter((b) => b.length > 0)
    .map((b) => ({ t: b.x0 ?? lo, end: b.x1 ?? hi, x0: x(b.x0 ?? lo), x1: x(b.x1 ?? hi), count: b.length }));
}

/** Date-sorted items as columns: what `binLanes` reads. */
export interface ItemColumns {
  starts: Float64Array;
  ends: Float64Array;
  /** Lane index of each item. */
  laneOf: Uint16Array;
}

/**
 * `binItems` for every lane at once, over items [from, to) of date-sorted columns: one pass,
 * no arrays of items. Items outside the window are skipped; the rest count as `binItems`
 * counts them (by their start clamped into the window), so the bins are the same. Since
 * starts ascend, the bin of each item is found by moving forward, never by searching.
 */
export function binLanes(
  columns: ItemColumns,
  laneCount: number,
  [from, to]: [number, number],
  view: ViewWindow,
  width: number,
  thresholds: number[] = binThresholds(view, width),
): { bins: Bin[][]; inView: Uint32Array } {
  const { starts, ends, laneOf } = columns;
  const [lo, hi] = view;
  // As d3's bin: thresholds at or before the window's start, or after its end, are dropped.
  let a = 0;
  let b = thresholds.length;
  while (a < b && thresholds[a] <= lo) a++;
  while (b > a && thresholds[b - 1] > hi) b--;
  const m = b - a;
  const stride = m + 1;
  const counts = new Uint32Array(laneCount * stride);
  const inView = new Uint32Array(laneCount);
  let p = 0;
  for (let i = from; i < to; i++) {
    const start = starts[i];
    if (start >= hi) break;
    if (ends[i] <= lo) continue;
    const v = start > lo ? start : lo;
    while (p < m && thresholds[a + p] <= v) p++;
    counts[laneOf[i] * stride + p]++;
    inView[laneOf[i]]++;
  }
  const x = (t: number) => ((t - lo) / (hi - lo)) * width;
  const bins: Bin[][] = [];
  for (let lane = 0; lane < laneCount; lane++) {
    const out: Bin[] = [];
    for (let k = 0; k <= m; k++) {
      const count = counts[lane * stride + k];
      if (!count) continue;
      const t0 = k > 0 ? thresholds[a + k - 1] : lo;
      const t1 = k < m ? thresholds[a + k] : hi;
      out.push({ t: t0, end: t1, x0: x(t0), x1: x(t1), count });
    }
    bins.push(out);
  }
  return { bins, inView };
}
