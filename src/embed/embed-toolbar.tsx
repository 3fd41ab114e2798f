/** The compact controls above a chart embed: a topic picker, then the active filters (with the event count). */
import { useId, useMemo } from 'react';
import { ActiveFilters } from '../features/filters/active-filters';
import type { Explorer } from '../explorer/use-explorer';
import { deriveTopicOptions } from './topic-options';

const SEVERAL = '__several__';

export function EmbedToolbar({ x }: { x: Explorer }) {
  const id = useId();
  const { dataset, state } = x;
  const options = useMemo(() => deriveTopicOptions(dataset.topics), [dataset.topics]);
  const chosen = state.filters.topics;
  const value = chosen.length === 0 ? '' : chosen.length === 1 ? chosen[0] : SEVERAL;

  return (
    <div className="embed-toolbar">
      <label htmlFor={id}>Topic</label>
      <select
        id={id}
        value={value}
        onChange={(e) => x.setFilters({ ...state.filters, topics: e.target.value ? [e.target.value] : [] })}
      >
        <option value="">All topics</option>
        {value === SEVERAL && (
          <option value={SEVERAL} disabled>
            {chosen.length} topics
          </option>
        )}
        {options.map((t) => (
          <option key={t.id} value={t.id}>
            {'\u00a0\u00a0'.repeat(t.depth)}
            {t.label}
          </option>
        ))}
      </select>
      <ActiveFilters dataset={dataset} filters={state.filters} onChange={x.setFilters} />
    </div>
  );
}
