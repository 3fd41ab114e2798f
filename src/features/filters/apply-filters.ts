/**
 * Filtering over a FilterIndex: AND across facets, OR within a facet.
 * Each active facet becomes one bitset ("mask"); the result is their
 * intersection, read out in display order (date start, then `order`).
 */
import type { NewsEvent } from '../../data/schema';
import { endMs, startMs } from '../../lib/calendar-date';
import type { Filters } from '../../state/view-state';
import { andInto, createBitset, forEachBit, orPosting, popcount, type Bitset, type Posting } from './bitset';
import { searchText, type FilterIndex } from './filter-index';
import { searchWords } from './search-text';

export { buildFilterIndex, type FilterIndex } from './filter-index';

/** The facets that have one posting per value, in the order masks are listed. */
export const VALUE_FACETS = ['topics', 'people', 'places', 'kinds', 'statuses', 'sources'] as const;
export type ValueFacet = (typeof VALUE_FACETS)[number];
export type FacetName = ValueFacet | 'date' | 'text';

/** One mask per facet; `null` when the facet is inactive (matches everything). */
export type FacetMasks = Record<FacetName, Bitset | null>;

function valueMask(
  index: FilterIndex,
  postings: Map<string, Posting>,
  ids: readonly string[],
): Bitset | null {
  if (ids.length === 0) return null;
  const mask = createBitset(index.size);
  for (const id of ids) {
    const posting = postings.get(id);
    // Unknown ids are harmless: they simply add no events.
    if (posting) orPosting(mask, posting);
  }
  return mask;
}

function dateMask(index: FilterIndex, from?: string, to?: string): Bitset | null {
  if (!from && !to) return null;
  const lo = from ? startMs(from) : -Infinity;
  const hi = to ? endMs(to) : Infinity;
  const mask = createBitset(index.size);
  // Spans are half-open [start, end): an event matches when it overlaps [from, to] at all.
  for (let i = 0; i < index.size; i++)
    if (index.start[i] < hi && index.end[i] > lo) mask[i >>> 5] |= 1 << (i & 31);
  return mask;
}

// Typing changes only `q`, and facet counting asks for the same text mask
// several times: remember the last one per index.
const lastText = new WeakMap<FilterIndex, { key: string; mask: Bitset | null }>();

function textMask(index: FilterIndex, q: string): Bitset | null {
  const words = searchWords(q);
  const key = words.join(' ');
  const hit = lastText.get(index);
  if (hit && hit.key === key) return hit.mask;
  let mask: Bitset | null = null;
  if (words.length) {
    mask = createBitset(index.size);
    const texts = searchText(index);
    for (let i = 0; i < index.size; i++) {
      const text = texts[i];
      if (words.every((w) => text.includes(w))) mask[i >>> 5] |= 1 << (i & 31);
    }
  }
  lastText.set(index, { key, mask });
  return mask;
}

export function deriveMasks(index: FilterIndex, filters: Filters): FacetMasks {
  return {
    topics: valueMask(index, index.topics, filters.topics),
    people: valueMask(index, index.people, filters.people),
    places: valueMask(index, index.places, filters.places),
    kinds: valueMask(index, index.kinds, filters.kinds),
    statuses: valueMask(index, index.statuses, filters.statuses),
    sources: valueMask(index, index.sources, filters.sources),
    date: dateMask(index, filters.from, filters.to),
    text: textMask(index, filters.q),
  };
}

/** The intersection of all masks except `skip`, or null when none is active. */
export function intersectMasks(masks: FacetMasks, skip?: FacetName): Bitset | null {
  let out: Bitset | null = null;
  for (const [name, mask] of Object.entries(masks) as [FacetName, Bitset | null][]) {
    if (!mask || name === skip) continue;
    out = out ? andInto(out, mask) : mask.slice();
  }
  return out;
}

export function matchMask(index: FilterIndex, filters: Filters): Bitset {
  return intersectMasks(deriveMasks(index, filters)) ?? index.all;
}

/** The events matching all filters, sorted by date start, then `order`. */
export function applyFilters(index: FilterIndex, filters: Filters): NewsEvent[] {
  const mask = intersectMasks(deriveMasks(index, filters));
  if (!mask) return index.events;
  const out: NewsEvent[] = [];
  forEachBit(mask, (i) => out.push(index.events[i]));
  return out;
}

export function countMatches(index: FilterIndex, filters: Filters): number {
  const mask = intersectMasks(deriveMasks(index, filters));
  return mask ? popcount(mask) : index.size;
}
