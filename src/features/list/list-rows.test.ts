import { describe, expect, it } from 'vitest';
import type { Dataset, NewsEvent } from '../../data/schema';
import { DEFAULT_SORT, deriveRows, nextSort, orderEvents, SORT_KEYS, sortRows } from './list-rows';

const ev = (id: string, start: string, extra: Partial<NewsEvent> = {}): NewsEvent => ({
  id,
  title: id,
  kind: 'meeting',
  status: 'held',
  date: { start, precision: start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day' },
  order: 0,
  participants: [],
  topics: [],
  evidence: [{ source: 's1', sentence: 's1:0', quote: 'q' }],
  ...extra,
});

const dataset: Dataset = {
  schemaVersion: 1,
  sources: [],
  places: [{ id: 'tokyo', name: 'Tokyo', kind: 'city', lat: 0, lon: 0, mentions: [] }],
  people: [{ id: 'k', name: 'Fumio Kishida', aliases: [], verified: true, mentions: [] }],
  topics: [{ id: 'es', label: 'Economic security', aliases: [] }],
  events: [],
};

const events = [
  ev('Year 2022', '2022', { kind: 'policy' }),
  ev('Talks', '2023-03-18', { place: 'tokyo', participants: ['k'], topics: ['es'] }),
  ev('Consultations', '2023-03-18', {
    order: 1,
    evidence: [
      { source: 's1', sentence: 's1:1', quote: 'a' },
      { source: 's1', sentence: 's1:2', quote: 'b' },
      { source: 's2', sentence: 's2:1', quote: 'c' },
    ],
  }),
  ev('Summit', '2023-05', { kind: 'summit', status: 'planned' }),
];
const rows = deriveRows(dataset, events);
const titles = (key: Parameters<typeof nextSort>[1], dir: 'asc' | 'desc') =>
  sortRows(rows, { key, dir }).map((r) => r.event.title);

describe('deriveRows', () => {
  it('formats dates with their precision and resolves names', () => {
    expect(rows.map((r) => [r.date, r.precision])).toEqual([
      ['2022', 'year only'],
      ['18 March 2023', 'exact day'],
      ['18 March 2023', 'exact day'],
      ['May 2023', 'month only'],
    ]);
    expect(rows[1]).toMatchObject({
      place: 'Tokyo',
      participants: ['Fumio Kishida'],
      topics: ['Economic security'],
    });
    expect(rows[2].sources).toBe(2);
  });
});

describe('sortRows', () => {
  it('sorts dates chronologically whatever the precision, then by order', () => {
    const shuffled = [rows[3], rows[2], rows[0], rows[1]];
    expect(sortRows(shuffled, DEFAULT_SORT).map((r) => r.event.title)).toEqual([
      'Year 2022',
      'Talks',
      'Consultations',
      'Summit',
    ]);
    expect(titles('date', 'desc')).toEqual(['Summit', 'Consultations', 'Talks', 'Year 2022']);
  });

  it('sorts text columns alphabetically with chronological ties', () => {
    expect(titles('title', 'asc')).toEqual(['Consultations', 'Summit', 'Talks', 'Year 2022']);
    expect(titles('kind', 'asc')).toEqual(['Talks', 'Consultations', 'Year 2022', 'Summit']);
    expect(titles('kind', 'desc')).toEqual(['Summit', 'Year 2022', 'Talks', 'Consultations']);
  });

  it('sorts counts numerically', () => {
    expect(titles('sources', 'desc')[0]).toBe('Consultations');
    expect(titles('topics', 'desc')[0]).toBe('Talks');
  });
});

describe('orderEvents', () => {
  // Two events on the same day with the same order: a tie that must keep the incoming order.
  const twin = ev('Twin talks', '2023-03-18');
  const list = [events[3], twin, events[1], events[0], events[2]];

  it('gives the same order as sorting formatted rows, for every column and direction', () => {
    for (const key of SORT_KEYS)
      for (const dir of ['asc', 'desc'] as const)
        for (const input of [list, [...list].reverse()])
          expect(
            orderEvents(dataset, input, { key, dir }).map((e) => e.title),
            `${key} ${dir}`,
          ).toEqual(sortRows(deriveRows(dataset, input), { key, dir }).map((r) => r.event.title));
  });

  it('returns a chronological list as it is for the default sort', () => {
    const sorted = [events[0], events[1], twin, events[2], events[3]];
    expect(orderEvents(dataset, sorted, DEFAULT_SORT)).toBe(sorted);
    expect(orderEvents(dataset, list, DEFAULT_SORT)).not.toBe(list);
  });
});

describe('nextSort', () => {
  it('flips the current column and starts others ascending', () => {
    expect(nextSort(DEFAULT_SORT, 'date')).toEqual({ key: 'date', dir: 'desc' });
    expect(nextSort({ key: 'date', dir: 'desc' }, 'title')).toEqual({ key: 'title', dir: 'asc' });
  });
});

describe('deriveRows caching', () => {
  it('gives the same display data for an event whatever list it comes in', () => {
    const again = deriveRows(dataset, [events[2], events[0]]);
    expect(again.map((r) => r.position)).toEqual([0, 1]);
    expect(again[0]).toEqual({ ...rows[2], position: 0 });
  });
});
