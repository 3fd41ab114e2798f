import { useState } from 'react';
import { FilterOption } from './filter-option';
import type { FacetOption } from './panel-options';

interface Props {
  options: FacetOption[];
  onToggle(id: string): void;
  /** What the options are, for the "Show all" button ("people", "places"). */
  noun: string;
  /** Options shown before "Show all"; selected ones are always shown. */
  limit?: number;
}

export function OptionList({ options, onToggle, noun, limit = 8 }: Props) {
  const [all, setAll] = useState(false);
  const long = options.length > limit;
  const visible = all || !long ? options : options.filter((o, i) => i < limit || o.active);
  return (
    <>
      <ul className="flt-options">
        {visible.map((o) => (
          <li key={o.id}>
            <FilterOption option={o} onToggle={onToggle} />
          </li>
        ))}
      </ul>
      {long && (
        <button type="button" className="flt-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show fewer ${noun}` : `Show all ${options.length} ${noun}`}
        </button>
      )}
    </>
  );
}
