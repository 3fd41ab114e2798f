import { ActiveFilters, FilterPanel } from '../../features/filters';
import type { PanelProps } from '../panel-props';

export function FiltersPanel({ x }: PanelProps) {
  return (
    <section aria-label="Filters" className="embed-panel embed-scroll embed-filters">
      <ActiveFilters dataset={x.dataset} filters={x.state.filters} onChange={x.setFilters} />
      <FilterPanel dataset={x.dataset} index={x.index} filters={x.state.filters} onChange={x.setFilters} />
    </section>
  );
}
