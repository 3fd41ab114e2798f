// SKELETON: the filters engineer replaces this with the full, tested implementation.
import type { Dataset, NewsEvent } from '../../data/schema';
import type { Filters } from '../../state/view-state';

export interface FilterIndex {
  dataset: Dataset;
}
export function buildFilterIndex(dataset: Dataset): FilterIndex {
  return { dataset };
}
export function applyFilters(index: FilterIndex, filters: Filters): NewsEvent[] {
  return index.dataset.events.filter((e) => filters.topics.every((t) => e.topics.includes(t)));
}
