import { memo, useId } from 'react';
import type { FacetOption } from './panel-options';

interface Props {
  option: FacetOption;
  onToggle(id: string): void;
  /** Shown checked and locked because an ancestor topic is selected. */
  impliedBy?: string;
  /** Some descendant is selected (tri-state checkbox). */
  mixed?: boolean;
  /** Holds its list's tab stop (the other options are reached with the arrow keys). */
  tabbable?: boolean;
}

/** Re-render a row only when what it shows changed: a toggle changes a few counts, not every row. */
function sameRow(a: Props, b: Props): boolean {
  const x = a.option;
  const y = b.option;
  return (
    x.id === y.id &&
    x.label === y.label &&
    x.count === y.count &&
    x.active === y.active &&
    x.detail === y.detail &&
    x.unverified === y.unverified &&
    a.onToggle === b.onToggle &&
    a.impliedBy === b.impliedBy &&
    a.mixed === b.mixed &&
    a.tabbable === b.tabbable
  );
}

interface CheckboxProps {
  id: string;
  checked: boolean;
  disabled: boolean;
  tabbable: boolean;
  mixed: boolean;
  describedBy?: string;
  onToggle(id: string): void;
}

/**
 * The row's input, memoized on its own: a filter change re-renders the rows whose counts
 * changed, and React rewrites an input's type and name whenever it re-renders one.
 */
const Checkbox = memo(function Checkbox({
  id,
  checked,
  disabled,
  tabbable,
  mixed,
  describedBy,
  onToggle,
}: CheckboxProps) {
  return (
    <input
      type="checkbox"
      checked={checked}
      disabled={disabled}
      tabIndex={tabbable ? 0 : -1}
      data-option={id}
      ref={(el) => {
        if (el) el.indeterminate = mixed;
      }}
      aria-describedby={describedBy}
      onChange={() => onToggle(id)}
    />
  );
});

/**
 * One checkbox row. Its accessible name is "Label (count)", so tests and
 * screen readers find it by label; role or source details are a description.
 */
export const FilterOption = memo(function FilterOption({
  option,
  onToggle,
  impliedBy,
  mixed = false,
  tabbable = true,
}: Props) {
  const detailId = useId();
  const detail = option.detail ? [option.detail] : [];
  const described = detail.length > 0 || option.unverified || !!impliedBy;
  const empty = option.count === 0;
  // A zero-count option that is not selected would only empty the results; a selected one must stay removable.
  const disabled = !!impliedBy || (empty && !option.active);
  return (
    <div className={`flt-option${empty ? ' is-empty' : ''}${option.active ? ' is-active' : ''}`}>
      <label title={impliedBy ? `Included by ${impliedBy}` : undefined}>
        <Checkbox
          id={option.id}
          checked={option.active || !!impliedBy}
          disabled={disabled}
          tabbable={tabbable}
          mixed={mixed}
          describedBy={described ? detailId : undefined}
          onToggle={onToggle}
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
}, sameRow);
