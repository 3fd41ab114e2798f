/** The screen-reader summary of what the timeline shows: "7 events from 2022 to May 2023". */
import type { NewsEvent } from '../../data/schema';
import { formatCalendarDate } from '../../lib/calendar-date';
import { endMs, startMs } from './event-spans';

/**
 * The summary from the count and the two events that bound the set: the one that starts
 * first and the one that ends last (a prepared timeline knows both without a pass).
 */
export function describeSpan(count: number, first?: NewsEvent, last?: NewsEvent): string {
  if (!count || !first || !last) return 'No events match the current filters.';
  const noun = count === 1 ? 'event' : 'events';
  const from = formatCalendarDate(first.date.start);
  const to = formatCalendarDate(last.date.end ?? last.date.start);
  const on = first.date.precision === 'day' ? 'on' : 'in';
  return from === to ? `${count} ${noun} ${on} ${from}` : `${count} ${noun} from ${from} to ${to}`;
}

/** The summary of any list of events (earliest start and latest end, first in list order on ties). */
export function describeEvents(events: readonly NewsEvent[]): string {
  if (!events.length) return describeSpan(0);
  let first = events[0];
  let last = events[0];
  let firstStart = startMs(first.date.start);
  let lastEnd = endMs(last.date.end ?? last.date.start);
  for (const e of events) {
    const start = startMs(e.date.start);
    if (start < firstStart) {
      first = e;
      firstStart = start;
    }
    const end = endMs(e.date.end ?? e.date.start);
    if (end > lastEnd) {
      last = e;
      lastEnd = end;
    }
  }
  return describeSpan(events.length, first, last);
}
