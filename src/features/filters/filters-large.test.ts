/**
 * The bitset paths against a deliberately naive implementation of the same
 * rules, on 10,000 generated events and many random filter combinations.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, NewsEvent } from '../../data/schema';
import { dateSpan, endOf, startOf } from '../../lib/calendar-date';
import { EMPTY_FILTERS, type Filters } from '../../state/view-state';
import { mulberry32 } from '../../state/random-state';
import { applyFilters, buildFilterIndex } from './apply-filters';
import { deriveFacets } from './facets';
import { generateDataset } from './fixture-dataset';
import { normalizeText, searchWords } from './search-text';

type Facet = 'topics' | 'people' | 'places' | 'kinds' | 'statuses' | 'sources';

function naive(data: Dataset) {
  const parent = new Map(data.topics.map((t) => [t.id, t.parent]));
  const place = new Map(data.places.map((p) => [p.id, p]));
  const person = new Map(data.people.map((p) => [p.id, p]));
  const topicKeys = (e: NewsEvent) =>
    new Set(
      e.topics.flatMap((t) => {
        const out: string[] = [];
        for (let x: string | undefined = t; x; x = parent.get(x)) out.push(x);
        return out;
      }),
    );
  const placeKeys = (e: NewsEvent) =>
    new Set(
      [e.place, e.origin].flatMap((id) => {
        if (!id) return [];
        const p = place.get(id)!;
        const country = data.places.find((c) => c.kind === 'country' && c.country === p.country);
        return country ? [id, country.id] : [id];
      }),
    );
  const valuesOf = (e: NewsEvent, facet: Facet): Set<string> => {
    if (facet === 'topics') return topicKeys(e);
    if (facet === 'places') return placeKeys(e);
    if (facet === 'people') return new Set(e.participants);
    if (facet === 'kinds') return new Set([e.kind]);
    if (facet === 'statuses') return new Set([e.status]);
    return new Set(e.evidence.map((x) => x.source));
  };
  const text = (e: NewsEvent) =>
    normalizeText(
      [
        e.title,
        ...e.evidence.map((x) => x.quote),
        ...e.participants.flatMap((p) => [person.get(p)!.name, ...person.get(p)!.aliases]),
        ...[e.place, e.origin].map((p) => (p ? place.get(p)!.name : undefined)),
      ].join('\n'),
    );
  // Memoized only to keep the test quick; the rule itself stays the naive one.
  const texts = new Map(data.events.map((e) => [e, text(e)]));
  const spans = new Map(data.events.map((e) => [e, dateSpan(e.date)]));
  const facetValues = new Map<NewsEvent, Map<Facet, Set<string>>>();
  const values = (e: NewsEvent, facet: Facet): Set<string> => {
    let byFacet = facetValues.get(e);
    if (!byFacet) facetValues.set(e, (byFacet = new Map()));
    if (!byFacet.has(facet)) byFacet.set(facet, valuesOf(e, facet));
    return byFacet.get(facet)!;
  };
  const position = new Map(data.events.map((e, i) => [e, i]));
  const matches = (e: NewsEvent, f: Filters, skip?: Facet) => {
    for (const facet of ['topics', 'people', 'places', 'kinds', 'statuses', 'sources'] as Facet[]) {
      if (facet === skip || f[facet].length === 0) continue;
      const have = values(e, facet);
      if (!f[facet].some((v) => have.has(v))) return false;
    }
    const [a, b] = spans.get(e)!;
    if (f.from && b <= startOf(f.from)) return false;
    if (f.to && a >= endOf(f.to)) return false;
    const t = texts.get(e)!;
    return searchWords(f.q).every((w) => t.includes(w));
  };
  const sorted = [...data.events].sort(
    (x, y) =>
      startOf(x.date.start).getTime() - startOf(y.date.start).getTime() ||
      x.order - y.order ||
      position.get(x)! - position.get(y)!,
  );
  return {
    apply: (f: Filters) => sorted.filter((e) => matches(e, f)).map((e) => e.id),
    count: (f: Filters, facet: Facet) => {
      const counts = new Map<string, number>();
      for (const e of data.events) {
        if (!matches(e, f, facet)) continue;
        for (const v of values(e, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return counts;
    },
  };
}

function randomFilters(data: Dataset, rand: () => number): Filters {
  const some = <T>(xs: T[], p: number, max: number): T[] =>
    rand() < p
      ? [
          ...new Set(
            Array.from({ length: 1 + Math.floor(rand() * max) }, () => xs[Math.floor(rand() * xs.length)]),
          ),
        ]
      : [];
  const day = () =>
    `${2000 + Math.floor(rand() * 25)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
  const f: Filters = {
    ...EMPTY_FILTERS,
    topics: some(data.topics.map((t) => t.id).concat('unknown'), 0.5, 3),
    people: some(
      data.people.map((p) => p.id),
      0.2,
      20,
    ),
    places: some(data.places.map((p) => p.id).slice(0, 40), 0.3, 3),
    kinds: some(['meeting', 'visit', 'summit', 'policy'] as const satisfies Filters['kinds'], 0.4, 2),
    statuses: some(['held', 'planned', 'background'] as const satisfies Filters['statuses'], 0.3, 2),
    sources: some(
      data.sources.map((s) => s.id),
      0.3,
      5,
    ),
    q:
      rand() < 0.3
        ? ['alpha', 'EPSILON beta', 'cite 1', 'person 12', 'quote gamma', 'zzz'][Math.floor(rand() * 6)]
        : '',
  };
  if (rand() < 0.3) f.from = day();
  if (rand() < 0.3) f.to = f.from && rand() < 0.5 ? `${Number(f.from.slice(0, 4)) + 3}-01-01` : day();
  return f;
}

describe('filtering 10,000 events', () => {
  const data = generateDataset(10_000, mulberry32(2026));
  const index = buildFilterIndex(data);
  const slow = naive(data);
  const rand = mulberry32(11);

  it('agrees with the naive implementation on results and facet counts', () => {
    let nonEmpty = 0;
    for (let i = 0; i < 40; i++) {
      const f = randomFilters(data, rand);
      const got = applyFilters(index, f).map((e) => e.id);
      expect(got, JSON.stringify(f)).toEqual(slow.apply(f));
      if (got.length) nonEmpty++;
      const facets = deriveFacets(index, f);
      expect(facets.matching).toBe(got.length);
      for (const facet of ['topics', 'people', 'places', 'kinds', 'statuses', 'sources'] as Facet[]) {
        const expected = slow.count(f, facet);
        const actual = new Map([...(facets[facet] as Map<string, number>)].filter(([, n]) => n > 0));
        expect(actual, `${facet} ${JSON.stringify(f)}`).toEqual(expected);
      }
    }
    // The generator must exercise non-trivial results, not only empty ones.
    expect(nonEmpty).toBeGreaterThan(10);
  });
});
