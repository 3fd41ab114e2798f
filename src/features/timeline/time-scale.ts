/**
 * The UTC time scale the axis needs, without d3-scale: `scaleUtc` brings d3-interpolate,
 * d3-color and d3-format into the timeline embed for a linear map and interval ticks.
 * Same arithmetic as d3's (normalise, then interpolate from 0), so positions match it exactly.
 */
import type { TimeInterval } from './utc-time';
import type { ViewWindow } from './view-window';

export interface TimeScale {
  (t: number | Date): number;
  /** The instant (whole milliseconds) at `px`. */
  invert(px: number): number;
  /** Dates of `interval` within the domain, both ends inclusive (as d3's `scale.ticks(interval)`). */
  ticks(interval: TimeInterval): Date[];
}

export function createTimeScale(domain: ViewWindow, width: number): TimeScale {
  // Whole milliseconds, rounded as d3's time scale rounds a numeric domain (zoomed views are fractional).
  const [d0, d1] = domain.map(Math.round);
  const span = d1 - d0;
  const scale = ((t: number | Date) => (span ? width * ((+t - d0) / span) : width / 2)) as TimeScale;
  scale.invert = (px: number) => {
    const k = width ? px / width : 0.5;
    // Rounded to the millisecond, as d3's time scale rounds before making a Date.
    return Math.round(d0 * (1 - k) + d1 * k);
  };
  // As d3-time's utcTicks with an interval: the stop is inclusive, a reversed domain gives reversed ticks.
  scale.ticks = (interval) =>
    d0 <= d1
      ? interval.range(new Date(d0), new Date(d1 + 1))
      : interval.range(new Date(d1), new Date(d0 + 1)).reverse();
  return scale;
}
