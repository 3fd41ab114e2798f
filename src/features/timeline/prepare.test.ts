import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../data/schema';
import { endOf, startOf } from '../../lib/calendar-date';
import { datasetWith, generateEvents, seedEvents, timelineDataset } from './fixture.test-data';
import { deriveLaneKey, deriveLanes } from './lanes';
import { datasetExtent, prepareTimeline, selectInOrder } from './prepare';

/** Some multi-day spans and long fuzzy ranges among generated events, so maxSpan matters. */
const events: NewsEvent[] = generateEvents(3000).map((e, i) =>
  i % 50 === 0 && e.date.precision === 'day'
    ? { ...e, date: { ...e.date, end: `${e.date.start.slice(0, 8)}28` } }
    : i % 97 === 0
      ? { ...e, date: { start: e.date.start.slice(0, 4), end: '2021', precision: 'year' as const } }
      : e,
);
const dataset = datasetWith(events);

/** The display order filtering returns: date start, then `order`, then dataset position. */
const displayOrder = events
  .map((e, i) => ({ e, i, start: +startOf(e.date.start) }))
  .sort((a, b) => a.start - b.start || a.e.order - b.e.order || a.i - b.i)
  .map((x) => x.e);

/** What the timeline showed before the per-dataset table: everything derived from scratch. */
function reference(list: readonly NewsEvent[], mode: 'kind' | 'country') {
  const items = list.map((e) => ({
    id: e.id,
    lane: deriveLaneKey(e, mode, dataset),
    start: +startOf(e.date.start),
    end: +endOf(e.date.end ?? e.date.start),
  }));
  return {
    items,
    maxSpan: Math.max(0, ...items.map((i) => i.end - i.start)),
    extent: list.length
      ? [Math.min(...items.map((i) => i.start)), Math.max(...items.map((i) => i.end))]
      : undefined,
    lanes: deriveLanes(list, mode, dataset),
  };
}

describe('prepareTimeline on filter results', () => {
  const subsets: [string, NewsEvent[]][] = [
    ['all', displayOrder],
    ['meetings', displayOrder.filter((e) => e.kind === 'meeting')],
    ['in Germany', displayOrder.filter((e) => e.place === 'berlin' || e.place === 'bonn')],
    ['every seventh', displayOrder.filter((_, i) => i % 7 === 3)],
    ['one', displayOrder.slice(1200, 1201)],
    ['none', []],
  ];

  it('gives the same items, lanes, extent and longest span as deriving them from scratch', () => {
    for (const mode of ['kind', 'country'] as const)
      for (const [name, list] of subsets) {
        const p = prepareTimeline(list, mode, dataset);
        const ref = reference(list, mode);
        expect(
          p.items.map(({ id, lane, start, end }) => ({ id, lane, start, end })),
          `${name} by ${mode}`,
        ).toEqual(ref.items);
        expect([...p.starts]).toEqual(ref.items.map((i) => i.start));
        expect([...p.ends]).toEqual(ref.items.map((i) => i.end));
        expect(p.lanes, `${name} by ${mode}`).toEqual(ref.lanes);
        expect(p.extent).toEqual(ref.extent);
        expect(p.maxSpan).toBe(ref.maxSpan);
        p.items.forEach((item, i) => expect(p.lanes[p.laneOf[i]].key).toBe(item.lane));
      }
  });

  it('reuses the per-dataset items, so a filter change builds no new item objects', () => {
    const all = prepareTimeline(displayOrder, 'kind', dataset);
    const meetings = prepareTimeline(
      displayOrder.filter((e) => e.kind === 'meeting'),
      'kind',
      dataset,
    );
    const byId = new Map(all.items.map((i) => [i.id, i]));
    for (const item of meetings.items) expect(item).toBe(byId.get(item.id));
  });

  it('sorts a list that is not in display order itself, with the same result', () => {
    const list = displayOrder.filter((_, i) => i % 5 === 0);
    const shuffled = [...list].reverse();
    const a = prepareTimeline(list, 'country', dataset);
    const b = prepareTimeline(shuffled, 'country', dataset);
    // Same date and `order`: the input's order decides, as it always has.
    const expected = shuffled
      .map((e, i) => ({ e, i, start: +startOf(e.date.start) }))
      .sort((x, y) => x.start - y.start || x.e.order - y.e.order || x.i - y.i)
      .map((x) => x.e.id);
    expect(b.items.map((i) => i.id)).toEqual(expected);
    expect(b.lanes).toEqual(a.lanes);
    // Events that are not the dataset's own objects (copies) are prepared on their own too.
    const copies = list.map((e) => ({ ...e }));
    expect(prepareTimeline(copies, 'country', dataset).items.map((i) => i.id)).toEqual(
      a.items.map((i) => i.id),
    );
  });

  it('keeps a dataset already in display order as it is, ties in input order, and sorts one that is not', () => {
    // Few dates and orders, so many events tie on both and only their position tells them apart.
    const tied = events.slice(0, 400).map((e, i) => ({
      ...e,
      id: `tie-${i}`,
      date: { start: `2020-0${1 + (i % 3)}`, precision: 'month' as const },
      order: (i * 7) % 4,
    }));
    const byReference = (list: NewsEvent[]) =>
      list
        .map((e, i) => ({ e, i, start: +startOf(e.date.start) }))
        .sort((a, b) => a.start - b.start || a.e.order - b.e.order || a.i - b.i)
        .map((x) => x.e);
    const sorted = byReference(tied);
    const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
    const inOrder = datasetWith(sorted);
    expect(ids(prepareTimeline(inOrder.events, 'kind', inOrder).items)).toEqual(ids(sorted));
    expect(datasetExtent(inOrder)).toEqual([+startOf('2020-01'), +endOf('2020-03')]);
    for (const list of [tied, [...sorted].reverse()]) {
      const ds = datasetWith(list);
      const p = prepareTimeline(ds.events, 'kind', ds);
      expect(ids(p.items)).toEqual(ids(byReference(list)));
      expect([...p.starts]).toEqual(byReference(list).map((e) => +startOf(e.date.start)));
    }
  });

  it('finds items by event id within the result only', () => {
    const list = displayOrder.filter((e) => e.kind === 'visit');
    const p = prepareTimeline(list, 'kind', dataset);
    expect(p.indexOf(list[10].id)).toBe(10);
    expect(p.items[p.indexOf(list.at(-1)!.id)].id).toBe(list.at(-1)!.id);
    expect(p.indexOf(displayOrder.find((e) => e.kind === 'meeting')!.id)).toBe(-1);
    expect(p.indexOf('no-such-event')).toBe(-1);
  });

  it('knows the event that ends last, for the summary', () => {
    const p = prepareTimeline(seedEvents, 'kind', timelineDataset);
    expect(p.items[0].id).toBe('visit');
    expect(p.last?.id).toBe('g7');
    expect(prepareTimeline([], 'kind', timelineDataset).last).toBeUndefined();
  });
});

describe('selectInOrder', () => {
  const table = displayOrder.slice(0, 10);

  it('gives the positions of a subsequence', () => {
    expect([...selectInOrder(table, [table[1], table[4], table[9]])!]).toEqual([1, 4, 9]);
    expect([...selectInOrder(table, [])!]).toEqual([]);
  });

  it('refuses events out of order, repeated or from elsewhere', () => {
    expect(selectInOrder(table, [table[4], table[1]])).toBeUndefined();
    expect(selectInOrder(table, [table[4], table[4]])).toBeUndefined();
    expect(selectInOrder(table, [{ ...table[0] }])).toBeUndefined();
  });
});

describe('datasetExtent', () => {
  it('spans the earliest start to the latest end of the whole dataset', () => {
    const ref = reference(events, 'kind').extent;
    expect(datasetExtent(dataset)).toEqual(ref);
    expect(datasetExtent(datasetWith([]))).toBeUndefined();
  });
});
