/**
 * Facet counts, standard faceted-search style: the count next to each value
 * is how many events would match if it were the facet's only selection,
 * given all OTHER active filters. A topic counts its descendants' events too.
 */
import type { EventKind, EventStatus } from '../../data/schema';
import type { Filters } from '../../state/view-state';
import { popcount, type Posting } from './bitset';
import { countValuesIn } from './facet-counts';
import { deriveMasks, intersectMasks, VALUE_FACETS, type ValueFacet } from './apply-filters';
import type { FilterIndex } from './filter-index';

export interface Facets {
  /** Events in the dataset. */
  total: number;
  /** Events matching all filters. */
  matching: number;
  topics: Map<string, number>;
  people: Map<string, number>;
  places: Map<string, number>;
  kinds: Map<EventKind, number>;
  statuses: Map<EventStatus, number>;
  sources: Map<string, number>;
}

export function deriveFacets(index: FilterIndex, filters: Filters): Facets {
  const masks = deriveMasks(index, filters);
  const all = intersectMasks(masks);
  const facets = { total: index.size, matching: all ? popcount(all) : index.size } as Facets;
  for (const facet of VALUE_FACETS) {
    // An inactive facet's "other filters" are all of them: the intersection already made.
    const others = masks[facet] ? intersectMasks(masks, facet) : all;
    const postings = index[facet] as Map<string, Posting>;
    let counts: Map<string, number>;
    if (others) counts = countValuesIn(postings, index.size, others);
    else {
      counts = new Map();
      for (const [id, posting] of postings) counts.set(id, posting.count);
    }
    (facets as unknown as Record<ValueFacet, Map<string, number>>)[facet] = counts;
  }
  return facets;
}
