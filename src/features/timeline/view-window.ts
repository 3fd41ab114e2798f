/**
 * The visible time window: fitting it to events, turning it into the URL's
 * `YYYY-MM-DD..YYYY-MM-DD` and back, and the zoom-transform math that maps it
 * onto a fixed reference scale. Windows are [start, end) in UTC milliseconds.
 */
import type { NewsEvent } from '../../data/schema';
import { dateSpan, endOf, startOf } from '../../lib/calendar-date';
import { utcFormatter } from './format-utc';

export type ViewWindow = [number, number];

export const DAY = 86_400_000;
/** Closest zoom: a few days across the plot, so one day's marks can spread out. */
export const MIN_SPAN = 4 * DAY;
/** Narrowest window a fit produces, so one event does not fill the plot edge to edge. */
export const MIN_FIT_SPAN = 60 * DAY;

const formatIsoDay = utcFormatter('%Y-%m-%d');
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD of the UTC day containing `ms`. */
export function isoDay(ms: number): string {
  return formatIsoDay(new Date(ms));
}

/** The window covering all events (and `extra` instants such as a publication date), padded. */
export function fitWindow(events: readonly NewsEvent[], extra: number[] = []): ViewWindow {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const [a, b] = dateSpan(e.date);
    if (+a < lo) lo = +a;
    if (+b > hi) hi = +b;
  }
  return fitExtent(Number.isFinite(lo) ? [lo, hi] : undefined, extra);
}

/** Pads an extent [earliest start, latest end) into a view; a year up to now when there is nothing. */
export function fitExtent(extent: ViewWindow | undefined, extra: number[] = []): ViewWindow {
  let [lo, hi] = extent ?? [Infinity, -Infinity];
  for (const t of extra) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  if (!Number.isFinite(lo)) {
    const now = Date.now();
    return [now - 365 * DAY, now + 30 * DAY];
  }
  const grow = Math.max(0, MIN_FIT_SPAN - (hi - lo)) / 2;
  lo -= grow;
  hi += grow;
  const pad = (hi - lo) * 0.04;
  return [lo - pad, hi + pad];
}

/** The URL range as a window ([first day start, last day end)); undefined when malformed or reversed. */
export function parseRange(range: readonly [string, string] | undefined): ViewWindow | undefined {
  if (!range || !ISO_DAY.test(range[0]) || !ISO_DAY.test(range[1])) return undefined;
  const lo = +startOf(range[0]);
  const hi = +endOf(range[1]);
  return Number.isFinite(lo) && Number.isFinite(hi) && hi > lo ? [lo, hi] : undefined;
}

/** The inclusive days a window shows, for the URL. */
export function formatRange([lo, hi]: ViewWindow): [string, string] {
  return [isoDay(lo), isoDay(Math.max(lo, hi - 1))];
}

export function rangeKey(range: readonly [string, string] | undefined): string {
  return range ? `${range[0]}..${range[1]}` : '';
}

/**
 * The d3-zoom transform (scale k, x translation) that shows `view` when the reference
 * scale maps `reference` onto [0, width]: k·ref(t) + x puts view[0] at 0 and view[1] at width.
 */
export function transformForWindow(
  view: ViewWindow,
  reference: ViewWindow,
  width: number,
): { k: number; x: number } {
  const px = (t: number) => ((t - reference[0]) / (reference[1] - reference[0])) * width;
  const k = width / (px(view[1]) - px(view[0]));
  return { k, x: -k * px(view[0]) };
}

/** The inverse of transformForWindow. */
export function windowForTransform(
  t: { k: number; x: number },
  reference: ViewWindow,
  width: number,
): ViewWindow {
  const time = (px: number) => reference[0] + ((px - t.x) / t.k / width) * (reference[1] - reference[0]);
  return [time(0), time(width)];
}

/** Zoom limits relative to the reference window: from MIN_SPAN up to a few times the data's span. */
export function zoomLimits(reference: ViewWindow): { minK: number; maxK: number; maxSpan: number } {
  const span = reference[1] - reference[0];
  const maxSpan = Math.max(3 * span, 3 * 365 * DAY);
  return { minK: span / maxSpan, maxK: Math.max(1, span / MIN_SPAN), maxSpan };
}

/** The day range [from, to] (inclusive) covering two instants, in either order. */
export function dayRange(a: number, b: number): [string, string] {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return [isoDay(lo), isoDay(hi)];
}

/** The window moved (same width) to centre `span`, or undefined when `span` is already in view. */
export function panToInclude(view: ViewWindow, span: ViewWindow): ViewWindow | undefined {
  if (span[1] > view[0] && span[0] < view[1]) return undefined;
  const half = (view[1] - view[0]) / 2;
  const mid = (span[0] + span[1]) / 2;
  return [mid - half, mid + half];
}
