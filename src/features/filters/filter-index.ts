/**
 * Everything filtering needs, precomputed once per dataset: events in
 * display order, one posting per facet value and date spans as numbers, plus
 * the normalized search text, built on the first search rather than on load.
 * Positions in every posting and text list refer to `events`.
 */
import type { Dataset, EventKind, EventStatus, NewsEvent, Place } from '../../data/schema';
import { deriveDisplayOrder, deriveEventSpans } from '../../lib/display-order';
import { fullBitset, PostingsBuilder, type Bitset, type Posting } from './bitset';
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
}

/** Topic id → itself and its ancestors (cycles in bad data are cut). */
function ancestorsOf(dataset: Dataset): (id: string) => string[] {
  const parent = new Map<string, string | undefined>();
  for (const t of dataset.topics) parent.set(t.id, t.parent);
  return (id) => {
    const chain: string[] = [];
    for (let t: string | undefined = id; t !== undefined && !chain.includes(t); t = parent.get(t))
      chain.push(t);
    return chain;
  };
}

/** Place id → the place ids a place filter can reach it by (itself and its country). */
function placeKeysOf(dataset: Dataset): (id: string) => string[] {
  const byId = new Map<string, Place>();
  const countryPlace = new Map<string, string>();
  for (const p of dataset.places) {
    byId.set(p.id, p);
    if (p.kind === 'country' && p.country) countryPlace.set(p.country, p.id);
  }
  return (id) => {
    const code = byId.get(id)?.country;
    const country = code ? countryPlace.get(code) : undefined;
    return country && country !== id ? [id, country] : [id];
  };
}

/** Memoizes `keysOf` per id, as slots of `builder` (assigned in the order the keys are listed). */
function slotsOf(builder: PostingsBuilder, keysOf: (id: string) => string[]): (id: string) => Uint32Array {
  const memo = new Map<string, Uint32Array>();
  return (id) => {
    let hit = memo.get(id);
    if (!hit) {
      hit = Uint32Array.from(keysOf(id), (key) => builder.slot(key));
      memo.set(id, hit);
    }
    return hit;
  };
}

const cache = new WeakMap<Dataset, FilterIndex>();

// One pass over the events in display order with integer slots and flat typed arrays: at 100,000
// events the per-event arrays, closures and Map-of-lists of a straightforward build cost ~0.9 s.
export function buildFilterIndex(dataset: Dataset): FilterIndex {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const source = dataset.events;
  const size = source.length;
  const spans = deriveEventSpans(source);
  const order = deriveDisplayOrder(source, spans.start);
  const facets = {
    topics: new PostingsBuilder(),
    people: new PostingsBuilder(),
    places: new PostingsBuilder(),
    kinds: new PostingsBuilder(),
    statuses: new PostingsBuilder(),
    sources: new PostingsBuilder(),
  };
  const { topics, people, places, kinds, statuses, sources } = facets;
  const topicSlots = slotsOf(topics, ancestorsOf(dataset));
  const placeSlots = slotsOf(places, placeKeysOf(dataset));
  const events = order ? new Array<NewsEvent>(size) : source.slice();
  let start = spans.start;
  let end = spans.end;
  if (order) {
    start = new Float64Array(size);
    end = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      const o = order[i];
      events[i] = source[o];
      start[i] = spans.start[o];
      end[i] = spans.end[o];
    }
  }

  // Indexed loops, not for-of: this runs once per load, mostly before the JIT steps in, where
  // an iterator per list costs more than the work.
  for (let i = 0; i < size; i++) {
    const e = events[i];
    const eventTopics = e.topics;
    for (let t = 0; t < eventTopics.length; t++) topics.addAll(topicSlots(eventTopics[t]), i);
    const participants = e.participants;
    for (let p = 0; p < participants.length; p++) people.addKey(participants[p], i);
    if (e.place !== undefined) places.addAll(placeSlots(e.place), i);
    if (e.origin !== undefined) places.addAll(placeSlots(e.origin), i);
    kinds.addKey(e.kind, i);
    statuses.addKey(e.status, i);
    const evidence = e.evidence;
    for (let x = 0; x < evidence.length; x++) sources.addKey(evidence[x].source, i);
  }

  const index: FilterIndex = {
    dataset,
    events,
    size,
    all: fullBitset(size),
    topics: facets.topics.finish(size),
    people: facets.people.finish(size),
    places: facets.places.finish(size),
    kinds: facets.kinds.finish<EventKind>(size),
    statuses: facets.statuses.finish<EventStatus>(size),
    sources: facets.sources.finish(size),
    start,
    end,
  };
  cache.set(dataset, index);
  return index;
}

/** Person id → "\nname\nalias…", normalized ("" for unknown ids). */
function personTextOf(dataset: Dataset): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of dataset.people) {
    let text = '\n' + p.name;
    for (const alias of p.aliases) text += '\n' + alias;
    out.set(p.id, normalizeText(text));
  }
  return out;
}

interface TextBuild {
  text: string[];
  /** Events whose line is built (lines are built in order). */
  done: number;
  placeNames: Map<string, string>;
  personText: Map<string, string>;
}

const textCache = new WeakMap<FilterIndex, TextBuild>();

function textBuild(index: FilterIndex): TextBuild {
  let build = textCache.get(index);
  if (!build) {
    const placeNames = new Map<string, string>();
    for (const p of index.dataset.places) placeNames.set(p.id, normalizeText(p.name));
    const personText = personTextOf(index.dataset);
    build = { text: new Array<string>(index.size), done: 0, placeNames, personText };
    textCache.set(index, build);
  }
  return build;
}

/** Builds the next `count` lines (or all that are left); true once every line is built. */
function buildLines(index: FilterIndex, build: TextBuild, count: number): boolean {
  const { events, size } = index;
  const { text, placeNames, personText } = build;
  const end = Math.min(size, build.done + count);
  for (let i = build.done; i < end; i++) {
    const e = events[i];
    let own = e.title;
    for (const x of e.evidence) own += '\n' + x.quote;
    let line = normalizeText(own);
    for (const id of e.participants) line += personText.get(id) ?? '';
    line += '\n' + ((e.place && placeNames.get(e.place)) ?? '');
    line += '\n' + ((e.origin && placeNames.get(e.origin)) ?? '');
    text[i] = line;
  }
  build.done = end;
  return end === size;
}

/**
 * Each event's normalized title, quotes, participants' names and aliases and place names, one
 * per line, by position. Not built on load (~250 characters per event to lowercase and, rarely,
 * decompose: ~0.2 s at 100,000 events): in slices when the page is idle (`prepareSearchText`),
 * and whatever is left on the first search. Normalizing line by line gives the same text as
 * normalizing the whole, since no case or mark folding reaches across a newline.
 */
export function searchText(index: FilterIndex): readonly string[] {
  const build = textBuild(index);
  if (build.done < index.size) buildLines(index, build, index.size);
  return build.text;
}

/** Builds up to `count` more lines of the search text; true once it is complete. */
export function prepareSearchText(index: FilterIndex, count: number): boolean {
  return buildLines(index, textBuild(index), count);
}
