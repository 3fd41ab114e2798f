/**
 * The events' calendar spans in UTC ms and their display order (date start, then `order`, then
 * position), shared by the filter index and the timeline: both need them for every event on
 * load, and at 100,000 events the two passes are worth doing the same fast way.
 */
import type { NewsEvent } from '../data/schema';
import { endMs, startMs } from './calendar-date';

export interface EventSpans {
  /** First instant of each event's start date. */
  start: Float64Array;
  /** First instant after each event's end date (its start date when it has no end). */
  end: Float64Array;
}

/** Each event's half-open span; a date text equal to the previous event's is not parsed again. */
export function deriveEventSpans(events: readonly NewsEvent[]): EventSpans {
  const size = events.length;
  const start = new Float64Array(size);
  const end = new Float64Array(size);
  let lastStart: string | undefined;
  let lastEnd: string | undefined;
  let s = 0;
  let e = 0;
  for (let i = 0; i < size; i++) {
    const date = events[i].date;
    const a = date.start;
    const b = date.end ?? a;
    // Sorted events repeat dates (100,000 events: ~4,000 distinct starts in a row), and strings
    // from JSON are interned, so `!==` is mostly a pointer test and most dates are not parsed.
    if (a !== lastStart) s = startMs((lastStart = a));
    if (b !== lastEnd) e = endMs((lastEnd = b));
    start[i] = s;
    end[i] = e;
  }
  return { start, end };
}

/**
 * The display order as positions into `events`; undefined when the events already are in it
 * (files are written that way, data from elsewhere may not be). The check is the sort's own
 * comparator on neighbours, so skipping the sort gives exactly its result.
 */
export function deriveDisplayOrder(
  events: readonly NewsEvent[],
  start: Float64Array,
): Uint32Array | undefined {
  const n = events.length;
  let i = 1;
  while (i < n && !((start[i] - start[i - 1] || events[i].order - events[i - 1].order) < 0)) i++;
  if (i >= n) return undefined;
  const order = new Array<number>(n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => start[a] - start[b] || events[a].order - events[b].order || a - b);
  return Uint32Array.from(order);
}
