import { memo, useState } from 'react';
import { FilterOption } from './filter-option';
import type { FacetOption } from './panel-options';
import { pickTabStop } from './roving';
import { useRovingList } from './use-roving-list';

interface Props {
  options: FacetOption[];
  onToggle(id: string): void;
  /** What the options are, for the "Show all" button ("people", "places"). */
  noun: string;
  /** Options shown before "Show all"; selected ones are always shown. */
  limit?: number;
}

const enabled = (o: FacetOption) => o.count > 0 || o.active;

/** Checkbox options with one tab stop (arrow keys move within), the first `limit` until "Show all". */
export const OptionList = memo(function OptionList({ options, onToggle, noun, limit = 8 }: Props) {
  const [all, setAll] = useState(false);
  const roving = useRovingList();
  const long = options.length > limit;
  const visible = all || !long ? options : options.filter((o, i) => i < limit || o.active);
  const stop = pickTabStop(
    visible.map((o) => ({ id: o.id, enabled: enabled(o) })),
    roving.current,
  );
  return (
    <>
      <ul className="flt-options" onFocus={roving.onFocus} onKeyDown={roving.onKeyDown}>
        {visible.map((o) => (
          <li key={o.id}>
            <FilterOption option={o} onToggle={onToggle} tabbable={o.id === stop} />
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
});
