/** The screen-reader summary of what the timeline shows: "7 events from 2022 to May 2023". */
import type { NewsEvent } from '../../data/schema';
import { endOf, formatCalendarDate, startOf } from '../../lib/calendar-date';

export function describeEvents(events: readonly NewsEvent[]): string {
  if (!events.length) return 'No events match the current filters.';
  let first = events[0];
  let last = events[0];
  let lastEnd = +endOf(last.date.end ?? last.date.start);
  for (const e of events) {
    if (+startOf(e.date.start) < +startOf(first.date.start)) first = e;
    const end = +endOf(e.date.end ?? e.date.start);
    if (end > lastEnd) {
      last = e;
      lastEnd = end;
    }
  }
  const noun = events.length === 1 ? 'event' : 'events';
  const from = formatCalendarDate(first.date.start);
  const to = formatCalendarDate(last.date.end ?? last.date.start);
  const on = first.date.precision === 'day' ? 'on' : 'in';
  return from === to
    ? `${events.length} ${noun} ${on} ${from}`
    : `${events.length} ${noun} from ${from} to ${to}`;
}
