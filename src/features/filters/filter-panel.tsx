// SKELETON: the filters engineer replaces this.
import type { Dataset } from '../../data/schema';
import type { Filters } from '../../state/view-state';
import type { FilterIndex } from './apply-filters';

export function FilterPanel(_props: {
  dataset: Dataset;
  index: FilterIndex;
  filters: Filters;
  onChange(f: Filters): void;
}) {
  return <p>Filters are coming.</p>;
}
export function ActiveFilters(_props: { dataset: Dataset; filters: Filters; onChange(f: Filters): void }) {
  return null;
}
