import { memo, useMemo } from 'react';
import type { Dataset } from '../../data/schema';
import { EMPTY_FILTERS, hasActiveFilters, type Filters } from '../../state/view-state';
import { deriveChips } from './active-chips';
import { buildFilterIndex, countMatches } from './apply-filters';
import './filters.css';

interface Props {
  dataset: Dataset;
  filters: Filters;
  onChange(f: Filters): void;
  /** Matching events when the caller already knows (saves a second count). */
  matching?: number;
}

/** Removable chips for every active filter, "Clear all filters" and the result count. */
export const ActiveFilters = memo(function ActiveFilters({ dataset, filters, onChange, matching }: Props) {
  const chips = useMemo(() => deriveChips(dataset, filters), [dataset, filters]);
  const count = useMemo(
    () => matching ?? countMatches(buildFilterIndex(dataset), filters),
    [matching, dataset, filters],
  );
  const total = dataset.events.length;
  const active = hasActiveFilters(filters) || chips.length > 0;
  const noun = (n: number) => (n === 1 ? 'event' : 'events');

  return (
    <div className="flt-active" role="group" aria-label="Active filters">
      <p className="flt-result-count" role="status">
        {!active
          ? `${total} ${noun(total)}`
          : count === 0
            ? 'No events match these filters'
            : `${count} of ${total} ${noun(total)}`}
      </p>
      {chips.length > 0 && (
        <ul className="flt-chips">
          {chips.map((chip) => (
            <li key={chip.key}>
              <button
                type="button"
                className="flt-chip"
                aria-label={`Remove filter ${chip.label}`}
                onClick={() => onChange(chip.without)}
              >
                <span>{chip.label}</span>
                <span aria-hidden="true" className="flt-chip-x">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {active && (
        <button type="button" className="flt-clear" onClick={() => onChange(EMPTY_FILTERS)}>
          Clear all filters
        </button>
      )}
    </div>
  );
});
