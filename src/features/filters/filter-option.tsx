import { useId } from 'react';
import type { FacetOption } from './panel-options';

interface Props {
  option: FacetOption;
  onToggle(id: string): void;
  /** Shown checked and locked because an ancestor topic is selected. */
  impliedBy?: string;
  /** Some descendant is selected (tri-state checkbox). */
  mixed?: boolean;
}

/**
 * One checkbox row. Its accessible name is "Label (count)", so tests and
 * screen readers find it by label; role or source details are a description.
 */
export function FilterOption({ option, onToggle, impliedBy, mixed = false }: Props) {
  const detailId = useId();
  const detail = option.detail ? [option.detail] : [];
  const described = detail.length > 0 || option.unverified || !!impliedBy;
  const empty = option.count === 0;
  // A zero-count option that is not selected would only empty the results; a selected one must stay removable.
  const disabled = !!impliedBy || (empty && !option.active);
  return (
    <div className={`flt-option${empty ? ' is-empty' : ''}${option.active ? ' is-active' : ''}`}>
      <label title={impliedBy ? `Included by ${impliedBy}` : undefined}>
        <input
          type="checkbox"
          checked={option.active || !!impliedBy}
          disabled={disabled}
          ref={(el) => {
            if (el) el.indeterminate = mixed;
          }}
          aria-describedby={described ? detailId : undefined}
          onChange={() => onToggle(option.id)}
        />
        <span className="flt-option-label">{option.label}</span>
        {option.unverified && (
          <span className="flt-badge" aria-hidden="true" title="Not in the people registry">
            unverified
          </span>
        )}
        <span className="visually-hidden"> ({option.count})</span>
        <span className="flt-count" aria-hidden="true">
          {option.count}
        </span>
      </label>
      {described && (
        <span id={detailId} className="flt-option-detail">
          {detail.join(' · ')}
          {/* The locked tick and the badge say these visually; screen readers get the words. */}
          {impliedBy && <span className="visually-hidden">Included by {impliedBy}</span>}
          {option.unverified && (
            <span className="visually-hidden">
              {detail.length || impliedBy ? ' · ' : ''}unverified name: found in the text, not in the people
              registry
            </span>
          )}
        </span>
      )}
    </div>
  );
}
