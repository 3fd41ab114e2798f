/**
 * The typed-array index build against a straightforward reference (lists per value in Maps,
 * regex date parsing, one joined string per event), on generated data with odd cases mixed in.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, NewsEvent } from '../../data/schema';
import { dateSpan } from '../../lib/calendar-date';
import { mulberry32 } from '../../state/random-state';
import { forEachBit, type Posting } from './bitset';
import { buildFilterIndex, prepareSearchText, searchText } from './filter-index';
import { generateDataset } from './fixture-dataset';
import { normalizeText } from './search-text';

const FACETS = ['topics', 'people', 'places', 'kinds', 'statuses', 'sources'] as const;

function reference(data: Dataset) {
  const spans = data.events.map((e) => dateSpan(e.date).map((d) => d.getTime()));
  const order = data.events
    .map((_, i) => i)
    .sort((a, b) => spans[a][0] - spans[b][0] || data.events[a].order - data.events[b].order || a - b);
  const events = order.map((i) => data.events[i]);
  const parent = new Map(data.topics.map((t) => [t.id, t.parent]));
  const place = new Map(data.places.map((p) => [p.id, p]));
  const countryPlace = new Map<string, string>();
  for (const p of data.places) if (p.kind === 'country' && p.country) countryPlace.set(p.country, p.id);
  const person = new Map(data.people.map((p) => [p.id, p]));
  const keysOf: Record<(typeof FACETS)[number], (e: NewsEvent) => string[]> = {
    topics: (e) =>
      e.topics.flatMap((id) => {
        const chain: string[] = [];
        for (let t: string | undefined = id; t !== undefined && !chain.includes(t); t = parent.get(t))
          chain.push(t);
        return chain;
      }),
    people: (e) => e.participants,
    places: (e) =>
      [e.place, e.origin].flatMap((id) => {
        if (id === undefined) return [];
        const code = place.get(id)?.country;
        const country = code ? countryPlace.get(code) : undefined;
        return country && country !== id ? [id, country] : [id];
      }),
    kinds: (e) => [e.kind],
    statuses: (e) => [e.status],
    sources: (e) => e.evidence.map((x) => x.source),
  };
  const postings = Object.fromEntries(
    FACETS.map((facet) => {
      const lists = new Map<string, number[]>();
      events.forEach((e, i) => {
        for (const key of new Set(keysOf[facet](e))) {
          if (!lists.has(key)) lists.set(key, []);
          lists.get(key)!.push(i);
        }
      });
      return [facet, [...lists]];
    }),
  );
  const text = events.map((e) =>
    normalizeText(
      [
        e.title,
        ...e.evidence.map((x) => x.quote),
        ...e.participants.flatMap((id) => {
          const p = person.get(id);
          return p ? [p.name, ...p.aliases] : [];
        }),
        ...[e.place, e.origin].map((id) => (id ? place.get(id)?.name : undefined)),
      ].join('\n'),
    ),
  );
  return {
    ids: events.map((e) => e.id),
    start: order.map((i) => spans[i][0]),
    end: order.map((i) => spans[i][1]),
    postings,
    text,
  };
}

const positionsOf = (p: Posting) => {
  const out: number[] = [];
  if (p.bits) forEachBit(p.bits, (i) => out.push(i));
  else out.push(...p.positions!);
  return out;
};

function actual(data: Dataset) {
  const index = buildFilterIndex(data);
  return {
    ids: index.events.map((e) => e.id),
    start: [...index.start],
    end: [...index.end],
    postings: Object.fromEntries(
      FACETS.map((facet) => {
        const map = index[facet] as Map<string, Posting>;
        for (const p of map.values()) expect(p.count).toBe(positionsOf(p).length);
        return [facet, [...map].map(([key, p]) => [key, positionsOf(p)])];
      }),
    ),
    text: [...searchText(index)],
  };
}

/** Generated events plus the cases a careless fast path gets wrong. */
function oddDataset(): Dataset {
  const data = generateDataset(3000, mulberry32(7));
  data.topics.push(
    { id: 'loop-a', label: 'Loop A', parent: 'loop-b', aliases: [] },
    { id: 'loop-b', label: 'Loop B', parent: 'loop-a', aliases: [] },
  );
  data.people.push(
    { id: 'greek', name: 'ΟΔΥΣΣΕΥΣ', aliases: ['Ὀδυσσεύς', 'İstanbul Müller'], verified: true, mentions: [] },
    { id: 'dash', name: 'Japan–Germany “Group”', aliases: [], verified: false, mentions: [] },
  );
  data.places.push({ id: 'nowhere', name: 'Nöwhere', kind: 'region', lat: 0, lon: 0, mentions: [] });
  const odd: Partial<NewsEvent>[] = [
    { participants: ['greek', 'greek', 'ghost', 'dash'], topics: ['loop-a', 't7', 't7', 'ghost-topic'] },
    { place: 'nowhere', origin: 'ghost-place', date: { start: '0050', precision: 'year' } },
    { place: 'country-JP', origin: 'city-1', date: { start: '-0044-03-15', precision: 'day' } },
    { place: '', date: { start: '2023-00', end: '2023-05-00', precision: 'month' } },
    { date: { start: '12345', precision: 'year' }, title: 'ΣΊΣΥΦΟΣ Σ' },
    { date: { start: '2023-02-29', end: '2023-13', precision: 'day' } },
  ];
  odd.forEach((patch, k) => Object.assign(data.events[k * 400], patch));
  // Two events with the same start and order: the dataset position decides.
  Object.assign(data.events[10], { date: { start: '2010-05-05', precision: 'day' }, order: 1 });
  Object.assign(data.events[11], { date: { start: '2010-05-05', precision: 'day' }, order: 1 });
  return data;
}

describe('buildFilterIndex', () => {
  it('matches the straightforward build on generated events', () => {
    const data = generateDataset(5000, mulberry32(2027));
    expect(actual(data)).toEqual(reference(data));
  });

  it('matches it on odd dates, unknown ids, topic cycles, repeats and non-ASCII names', () => {
    const data = oddDataset();
    const got = actual(data);
    expect(got).toEqual(reference(data));
    // The odd cases really are in there.
    expect(got.text.some((t) => t.includes('οδυσσευς'))).toBe(true);
    expect(got.postings.topics.some(([key]) => key === 'loop-b')).toBe(true);
  });

  it('keeps events that already are in display order as they are, ties and odd dates included', () => {
    const data = oddDataset();
    const shuffled = actual(data).ids;
    // The file's own order (as files are written): the index skips its sort and keeps it.
    const byId = new Map(data.events.map((e) => [e.id, e]));
    const sorted: Dataset = { ...data, events: shuffled.map((id) => byId.get(id)!) };
    const index = buildFilterIndex(sorted);
    expect(index.events).toEqual(sorted.events);
    index.events.forEach((e, i) => expect(e).toBe(sorted.events[i]));
    expect(actual(sorted)).toEqual(reference(sorted));
    // One pair out of order, next to a tie: sorted again, to the same result as the reference.
    const swapped = sorted.events.slice();
    [swapped[100], swapped[101]] = [swapped[101], swapped[100]];
    const unsorted: Dataset = { ...data, events: swapped };
    expect(actual(unsorted)).toEqual(reference(unsorted));
    expect(actual(unsorted).ids).toEqual(shuffled);
  });

  it('builds the search text once per index', () => {
    const index = buildFilterIndex(generateDataset(50, mulberry32(1)));
    expect(searchText(index)).toBe(searchText(index));
  });

  it('builds the same search text in slices (idle time), finishing on the first search', () => {
    const data = oddDataset();
    const whole = [...searchText(buildFilterIndex(data))];
    const sliced = buildFilterIndex(structuredClone(data));
    expect(prepareSearchText(sliced, 1000)).toBe(false);
    expect(prepareSearchText(sliced, 1000)).toBe(false);
    // A search before the slices are done builds the rest at once.
    expect([...searchText(sliced)]).toEqual(whole);
    expect(prepareSearchText(sliced, 1000)).toBe(true);
    const inSlices = buildFilterIndex(structuredClone(data));
    let slices = 0;
    while (!prepareSearchText(inSlices, 700)) slices++;
    expect(slices).toBe(Math.ceil(whole.length / 700) - 1);
    expect([...searchText(inSlices)]).toEqual(whole);
  });
});
