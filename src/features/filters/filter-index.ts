/**
 * Everything filtering needs, precomputed once per dataset: events in
 * display order, one posting per facet value, date spans as numbers and
 * normalized search text. Positions in every posting refer to `events`.
 */
import type { Dataset, EventKind, EventStatus, NewsEvent } from '../../data/schema';
import { dateSpan } from '../../lib/calendar-date';
import { createPosting, fullBitset, type Bitset, type Posting } from './bitset';
import { normalizeText } from './search-text';

export interface FilterIndex {
  dataset: Dataset;
  /** Events sorted by date start, then `order`, then dataset position. */
  events: NewsEvent[];
  size: number;
  all: Bitset;
  /** Topic id → events with the topic or one of its descendants. */
  topics: Map<string, Posting>;
  people: Map<string, Posting>;
  /** Place id → events at (or travelling from) the place; a country also covers its cities. */
  places: Map<string, Posting>;
  kinds: Map<EventKind, Posting>;
  statuses: Map<EventStatus, Posting>;
  /** Source id → events with evidence from it. */
  sources: Map<string, Posting>;
  /** Half-open UTC span of each event, in ms. */
  start: Float64Array;
  end: Float64Array;
  /** Normalized title, quotes, participant and place names. */
  text: string[];
}

/** Topic id → itself and its ancestors (cycles in bad data are cut). */
function ancestorsOf(dataset: Dataset): (id: string) => string[] {
  const parent = new Map(dataset.topics.map((t) => [t.id, t.parent]));
  const memo = new Map<string, string[]>();
  return (id) => {
    const hit = memo.get(id);
    if (hit) return hit;
    const chain: string[] = [];
    for (let t: string | undefined = id; t !== undefined && !chain.includes(t); t = parent.get(t))
      chain.push(t);
    memo.set(id, chain);
    return chain;
  };
}

/** Place id → the place ids a place filter can reach it by (itself and its country). */
function placeKeysOf(dataset: Dataset): (id: string) => string[] {
  const byId = new Map(dataset.places.map((p) => [p.id, p]));
  const countryPlace = new Map<string, string>();
  for (const p of dataset.places) if (p.kind === 'country' && p.country) countryPlace.set(p.country, p.id);
  return (id) => {
    const code = byId.get(id)?.country;
    const country = code ? countryPlace.get(code) : undefined;
    return country && country !== id ? [id, country] : [id];
  };
}

/** Display order: date start, then `order`, then dataset position. */
function eventOrder(events: NewsEvent[], startMs: Float64Array): number[] {
  const order = events.map((_, i) => i);
  return order.sort((a, b) => startMs[a] - startMs[b] || events[a].order - events[b].order || a - b);
}

const cache = new WeakMap<Dataset, FilterIndex>();

export function buildFilterIndex(dataset: Dataset): FilterIndex {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const size = dataset.events.length;
  const spanStart = new Float64Array(size);
  const spanEnd = new Float64Array(size);
  dataset.events.forEach((e, i) => {
    const [a, b] = dateSpan(e.date);
    spanStart[i] = a.getTime();
    spanEnd[i] = b.getTime();
  });
  const order = eventOrder(dataset.events, spanStart);
  const events = order.map((i) => dataset.events[i]);
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const placeNames = new Map(dataset.places.map((p) => [p.id, p.name]));
  const topicKeys = ancestorsOf(dataset);
  const placeKeys = placeKeysOf(dataset);

  const lists = {
    topics: new Map<string, number[]>(),
    people: new Map<string, number[]>(),
    places: new Map<string, number[]>(),
    kinds: new Map<string, number[]>(),
    statuses: new Map<string, number[]>(),
    sources: new Map<string, number[]>(),
  };
  // Positions are visited in ascending order, so checking the last entry keeps lists sorted and distinct.
  const addOne = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  const add = (map: Map<string, number[]>, keys: string[], i: number) => {
    for (const key of keys) addOne(map, key, i);
  };
  const start = new Float64Array(size);
  const end = new Float64Array(size);
  const text: string[] = new Array(size);

  events.forEach((e, i) => {
    start[i] = spanStart[order[i]];
    end[i] = spanEnd[order[i]];
    add(lists.topics, e.topics.flatMap(topicKeys), i);
    add(lists.people, e.participants, i);
    add(lists.places, [e.place, e.origin].filter((p) => p !== undefined).flatMap(placeKeys), i);
    addOne(lists.kinds, e.kind, i);
    addOne(lists.statuses, e.status, i);
    add(
      lists.sources,
      e.evidence.map((x) => x.source),
      i,
    );
    const names = e.participants.flatMap((id) => {
      const p = people.get(id);
      return p ? [p.name, ...p.aliases] : [];
    });
    const places = [e.place, e.origin].map((id) => (id ? placeNames.get(id) : undefined));
    text[i] = normalizeText([e.title, ...e.evidence.map((x) => x.quote), ...names, ...places].join('\n'));
  });

  const postings = <K extends string>(map: Map<string, number[]>) =>
    new Map([...map].map(([k, v]) => [k as K, createPosting(v, size)]));
  const index: FilterIndex = {
    dataset,
    events,
    size,
    all: fullBitset(size),
    topics: postings(lists.topics),
    people: postings(lists.people),
    places: postings(lists.places),
    kinds: postings<EventKind>(lists.kinds),
    statuses: postings<EventStatus>(lists.statuses),
    sources: postings(lists.sources),
    start,
    end,
    text,
  };
  cache.set(dataset, index);
  return index;
}
