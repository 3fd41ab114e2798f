/**
 * What the first filter change after a load would otherwise build or run for the first time,
 * split into small steps for idle time after the first draw (`runWhenIdle` in src/lib): the facet counts'
 * per-event lists, and up to 20,000 events one pass of every derivation a toggle runs (so that
 * code is compiled and the dataset's lazy lookups exist) and the search text in slices. Each step
 * is a few milliseconds at 10,000 events, so a click is never held up by much.
 */
import type { Dataset } from '../../data/schema';
import { EMPTY_FILTERS, type Filters } from '../../state/view-state';
import { deriveChips } from './active-chips';
import { applyFilters, VALUE_FACETS } from './apply-filters';
import type { Posting } from './bitset';
import { prepareFacetCounts } from './facet-counts';
import { prepareSearchText, type FilterIndex } from './filter-index';
import { derivePanelOptions } from './panel-options';

/** Search text lines built per step (~2-4 ms). */
const TEXT_SLICE = 2000;

/** The value with the most events in a facet: a filter a reader is likely to pick. */
function commonest(postings: ReadonlyMap<string, Posting>): string | undefined {
  let best: string | undefined;
  let most = -1;
  for (const [id, p] of postings)
    if (p.count > most) {
      most = p.count;
      best = id;
    }
  return best;
}

/** Everything the filter panel and the explorer derive for one filter (their results are dropped). */
export function deriveAsOnToggle(dataset: Dataset, index: FilterIndex, filters: Filters): void {
  applyFilters(index, filters);
  derivePanelOptions(dataset, index, filters);
  deriveChips(dataset, filters);
}

/**
 * Above this many events only the per-event lists are prepared (one facet per step), and the
 * samples and the search text are left for when they are needed: there each sample is a step of
 * tens of milliseconds that a click arriving meanwhile would wait for, and the search text alone
 * is ~0.2 s and ~20 MB at 100,000 events.
 */
const LARGE = 20_000;

export function warmUpSteps(dataset: Dataset, index: FilterIndex): (() => void)[] {
  // The per-event lists one facet at a time (the sample toggle would build them all in one
  // step), then what a click right after the load compiles and builds: a common topic.
  const steps: (() => void)[] = VALUE_FACETS.map(
    (facet) => () => prepareFacetCounts([index[facet] as Map<string, Posting>], index.size),
  );
  if (index.size > LARGE) return steps;
  const topic = commonest(index.topics);
  if (topic) steps.push(() => deriveAsOnToggle(dataset, index, { ...EMPTY_FILTERS, topics: [topic] }));
  // A rare person (counted per posting), and the search text in slices.
  const person = index.people.keys().next().value;
  if (person) steps.push(() => deriveAsOnToggle(dataset, index, { ...EMPTY_FILTERS, people: [person] }));
  for (let i = 0; i < index.size; i += TEXT_SLICE)
    steps.push(() => void prepareSearchText(index, TEXT_SLICE));
  return steps;
}
