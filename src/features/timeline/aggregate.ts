/**
 * Density per lane for overview zooms: events counted per calendar interval
 * (days, weeks, months, years, whichever suits the zoom) instead of one mark each.
 */
import { bin } from 'd3-array';
import { utcDay, utcTickInterval } from 'd3-time';
import type { ViewWindow } from './view-window';

export interface Bin {
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
    .map((b) => ({ x0: x(b.x0 ?? lo), x1: x(b.x1 ?? hi), count: b.length }));
}
