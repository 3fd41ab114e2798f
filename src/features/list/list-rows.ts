/**
 * Table rows for the event list: display text per column and sort keys, and
 * a stable sort by any column (dates chronologically whatever their precision).
 */
import type { Dataset, NewsEvent } from '../../data/schema';
import { dateSpan, formatEventDate, precisionLabel } from '../../lib/calendar-date';

export const SORT_KEYS = [
  'date',
  'title',
  'kind',
  'status',
  'place',
  'participants',
  'topics',
  'sources',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_SORT: SortState = { key: 'date', dir: 'asc' };

export interface EventRow {
  event: NewsEvent;
  /** Position in the incoming (chronological) list: the tie-breaker for every sort. */
  position: number;
  date: string;
  /** "exact day", "month only", "year only". */
  precision: string;
  start: number;
  place: string;
  participants: string[];
  topics: string[];
  sources: number;
}

type RowData = Omit<EventRow, 'position'>;

// Rows depend on the event only, not on the filters: format each event once per dataset.
const cache = new WeakMap<Dataset, Map<NewsEvent, RowData>>();

function rowData(dataset: Dataset): (event: NewsEvent) => RowData {
  let rows = cache.get(dataset);
  if (!rows) cache.set(dataset, (rows = new Map()));
  const memo = rows;
  let names:
    { places: Map<string, string>; people: Map<string, string>; topics: Map<string, string> } | undefined;
  return (event) => {
    const hit = memo.get(event);
    if (hit) return hit;
    names ??= {
      places: new Map(dataset.places.map((p) => [p.id, p.name])),
      people: new Map(dataset.people.map((p) => [p.id, p.name])),
      topics: new Map(dataset.topics.map((t) => [t.id, t.label])),
    };
    const { places, people, topics } = names;
    const row: RowData = {
      event,
      date: formatEventDate(event.date),
      precision: precisionLabel(event.date.precision),
      start: dateSpan(event.date)[0].getTime(),
      place: event.place ? (places.get(event.place) ?? event.place) : '',
      participants: event.participants.map((id) => people.get(id) ?? id),
      topics: event.topics.map((id) => topics.get(id) ?? id),
      sources: new Set(event.evidence.map((e) => e.source)).size,
    };
    memo.set(event, row);
    return row;
  };
}

export function deriveRows(dataset: Dataset, events: NewsEvent[]): EventRow[] {
  const data = rowData(dataset);
  return events.map((event, position) => ({ ...data(event), position }));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey): (a: EventRow, b: EventRow) => number {
  switch (key) {
    case 'date':
      return (a, b) => a.start - b.start || a.event.order - b.event.order;
    case 'title':
      return (a, b) => collator.compare(a.event.title, b.event.title);
    case 'kind':
      return (a, b) => collator.compare(a.event.kind, b.event.kind);
    case 'status':
      return (a, b) => collator.compare(a.event.status, b.event.status);
    case 'place':
      return (a, b) => collator.compare(a.place, b.place);
    case 'participants':
      return (a, b) => collator.compare(a.participants.join(', '), b.participants.join(', '));
    case 'topics':
      return (a, b) =>
        a.topics.length - b.topics.length || collator.compare(a.topics.join(', '), b.topics.join(', '));
    case 'sources':
      return (a, b) => a.sources - b.sources;
  }
}

/** Sorted copy; ties keep the incoming chronological order in both directions. */
export function sortRows(rows: EventRow[], sort: SortState): EventRow[] {
  const cmp = compareBy(sort.key);
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * cmp(a, b) || a.position - b.position);
}

/** Clicking the sorted column flips it; another column starts ascending (dates too). */
export function nextSort(current: SortState, key: SortKey): SortState {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}

// Start of each event's span in ms, parsed once per event (a toggle then only compares numbers).
const starts = new WeakMap<NewsEvent, number>();
function startMs(event: NewsEvent): number {
  let ms = starts.get(event);
  if (ms === undefined) starts.set(event, (ms = dateSpan(event.date)[0].getTime()));
  return ms;
}

const byDate = (a: NewsEvent, b: NewsEvent) => startMs(a) - startMs(b) || a.order - b.order;

/**
 * The events in table order, as `sortRows(deriveRows(…))` gives them, without
 * formatting every row: by date (the default) it compares numbers, and a list
 * already in chronological order (the filters' output) comes back as is, so a
 * filter toggle formats only the rows on screen.
 */
export function orderEvents(dataset: Dataset, events: NewsEvent[], sort: SortState): NewsEvent[] {
  if (sort.key !== 'date') return sortRows(deriveRows(dataset, events), sort).map((r) => r.event);
  // Ties keep the incoming order, so an already sorted list is its own ascending order.
  if (sort.dir === 'asc' && events.every((e, i) => i === 0 || byDate(events[i - 1], e) <= 0)) return events;
  const sign = sort.dir === 'asc' ? 1 : -1;
  return events
    .map((_, i) => i)
    .sort((a, b) => sign * byDate(events[a], events[b]) || a - b)
    .map((i) => events[i]);
}
