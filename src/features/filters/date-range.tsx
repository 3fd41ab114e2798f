import { useState } from 'react';
import { isIsoDay } from '../../state/url-values';

interface Props {
  from?: string;
  to?: string;
  /** Earliest and latest day with events, as hints for the date pickers. */
  min?: string;
  max?: string;
  onChange(from: string | undefined, to: string | undefined): void;
}

/** A date input that keeps partial typing local and commits only whole, plausible days. */
function DayInput(props: {
  label: string;
  value?: string;
  min?: string;
  max?: string;
  onCommit(v?: string): void;
}) {
  const [draft, setDraft] = useState(props.value ?? '');
  const [seen, setSeen] = useState(props.value);
  if (props.value !== seen) {
    setSeen(props.value);
    setDraft(props.value ?? '');
  }
  // While a year is typed digit by digit the input reports 0002-…, 0020-…: wait for four digits.
  const complete = (v: string) => isIsoDay(v) && v >= '1000';
  return (
    <label>
      <span>{props.label}</span>
      <input
        type="date"
        value={draft}
        min={props.min}
        max={props.max}
        onChange={(e) => {
          const v = e.target.value;
          setDraft(v);
          if (v === '') props.onCommit(undefined);
          else if (complete(v)) props.onCommit(v);
        }}
        onBlur={() => {
          if (draft !== '' && !complete(draft)) setDraft(props.value ?? '');
        }}
      />
    </label>
  );
}

export function DateRange({ from, to, min, max, onChange }: Props) {
  // A reversed range would match nothing: swap it rather than surprise the reader.
  const commit = (a?: string, b?: string) => (a && b && a > b ? onChange(b, a) : onChange(a, b));
  return (
    <div className="flt-dates">
      <DayInput label="From" value={from} min={min} max={max} onCommit={(v) => commit(v, to)} />
      <DayInput label="To" value={to} min={min} max={max} onCommit={(v) => commit(from, v)} />
      {(from || to) && (
        <button type="button" className="flt-more" onClick={() => onChange(undefined, undefined)}>
          Clear dates
        </button>
      )}
    </div>
  );
}
