import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../../data/schema';
import type { Filters } from '../../state/view-state';
import { DateRange } from './date-range';
import type { FilterIndex } from './filter-index';
import { FilterSection } from './filter-section';
import { OptionList } from './option-list';
import { deriveDateExtent, derivePanelOptions, toggleTopic, toggleValue } from './panel-options';
import { SearchBox } from './search-box';
import { TopicTree } from './topic-tree';
import { runWhenIdle } from '../../lib/run-when-idle';
import { warmUpSteps } from './warm-up';
import './filters.css';

export { ActiveFilters } from './active-filters';

interface Props {
  dataset: Dataset;
  index: FilterIndex;
  filters: Filters;
  onChange(f: Filters): void;
  /** Show the Dates section (false where another control, e.g. the timeline's, sets the dates). */
  dates?: boolean;
}

/**
 * Search, dates and one section per facet; counts reflect the other active filters.
 * Memoized: hovering an event elsewhere re-renders the dashboard, not this panel.
 */
export const FilterPanel = memo(function FilterPanel({
  dataset,
  index,
  filters,
  onChange,
  dates = true,
}: Props) {
  const extent = useMemo(() => deriveDateExtent(index), [index]);
  useEffect(
    function warmUpWhenIdle() {
      // After the first draw, so the first toggle costs like the others.
      return runWhenIdle(warmUpSteps(dataset, index));
    },
    [dataset, index],
  );
  const { topics, people, places, kinds, statuses, sources } = useMemo(
    () => derivePanelOptions(dataset, index, filters),
    [dataset, index, filters],
  );
  // Stable handlers that read the latest filters, so memoized option rows skip unchanged renders.
  const latest = useRef({ dataset, filters, onChange });
  useLayoutEffect(() => {
    latest.current = { dataset, filters, onChange };
  });
  const toggle = useMemo(() => {
    const by = (facet: 'people' | 'places' | 'sources' | 'kinds' | 'statuses') => (id: string) =>
      latest.current.onChange(toggleValue(latest.current.filters, facet, id as never));
    return {
      people: by('people'),
      places: by('places'),
      sources: by('sources'),
      kinds: by('kinds'),
      statuses: by('statuses'),
    };
  }, []);
  const onSearch = useCallback((q: string) => {
    const { filters: f, onChange: change } = latest.current;
    change({ ...f, q });
  }, []);
  const onTopic = useCallback((id: string) => {
    const { dataset: d, filters: f, onChange: change } = latest.current;
    change(toggleTopic(d, f, id));
  }, []);

  return (
    <div className="flt-panel">
      <SearchBox value={filters.q} onChange={onSearch} />
      {dates && (
        <FilterSection title="Dates" selected={(filters.from ? 1 : 0) + (filters.to ? 1 : 0)}>
          <DateRange
            from={filters.from}
            to={filters.to}
            min={extent.min}
            max={extent.max}
            onChange={(from, to) => onChange({ ...filters, from, to })}
          />
        </FilterSection>
      )}
      {topics.length > 0 && (
        <FilterSection title="Topics" selected={filters.topics.length}>
          <TopicTree nodes={topics} onToggle={onTopic} />
        </FilterSection>
      )}
      {people.length > 0 && (
        <FilterSection title="People" selected={filters.people.length}>
          <OptionList options={people} onToggle={toggle.people} noun="people" />
        </FilterSection>
      )}
      {places.length > 0 && (
        <FilterSection title="Places" selected={filters.places.length}>
          {places.map((group) => (
            <div key={group.kind} className="flt-group" role="group" aria-label={group.label}>
              <p className="flt-group-title" aria-hidden="true">
                {group.label}
              </p>
              <OptionList options={group.options} onToggle={toggle.places} noun={group.label.toLowerCase()} />
            </div>
          ))}
        </FilterSection>
      )}
      <FilterSection title="Event kind" selected={filters.kinds.length}>
        <OptionList options={kinds} onToggle={toggle.kinds} noun="kinds" />
      </FilterSection>
      <FilterSection title="Status" selected={filters.statuses.length}>
        <OptionList options={statuses} onToggle={toggle.statuses} noun="statuses" />
      </FilterSection>
      {sources.length > 0 && (
        <FilterSection title="Sources" selected={filters.sources.length}>
          <OptionList options={sources} onToggle={toggle.sources} noun="sources" limit={6} />
        </FilterSection>
      )}
    </div>
  );
});
