import { memo, useId } from 'react';
import { formatCalendarDate } from '../../lib/calendar-date';
import type { Lanes } from '../../state/view-state';

interface Props {
  lanes: Lanes;
  onLanesChange(lanes: Lanes): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  dateFilter: { from?: string; to?: string };
  onDateFilterChange(from: string | undefined, to: string | undefined): void;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Ordered so a reversed pair still means the days between them. */
function ordered(from: string | undefined, to: string | undefined): [string | undefined, string | undefined] {
  return from && to && from > to ? [to, from] : [from, to];
}

/** Memoized (its callbacks are stable), so zoom frames skip it. */
export const TimelineToolbar = memo(function TimelineToolbar(props: Props) {
  const { lanes, dateFilter } = props;
  const name = useId();
  const setDate = (which: 'from' | 'to', value: string) => {
    const v = ISO_DAY.test(value) ? value : undefined;
    const next = { ...dateFilter, [which]: v };
    props.onDateFilterChange(...ordered(next.from, next.to));
  };
  const active = dateFilter.from || dateFilter.to;
  return (
    <div className="tl-toolbar">
      <fieldset className="tl-segmented">
        <legend>Lanes</legend>
        {(['kind', 'country'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={name}
              value={value}
              checked={lanes === value}
              onChange={() => props.onLanesChange(value)}
            />
            <span>{value === 'kind' ? 'By kind' : 'By country'}</span>
          </label>
        ))}
      </fieldset>
      <div className="tl-zoom" role="group" aria-label="Zoom">
        <button type="button" onClick={props.onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={props.onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={props.onFit} aria-label="Fit all events" title="Show all events">
          Fit
        </button>
      </div>
      <div className="tl-dates" role="group" aria-label="Date filter">
        <label>
          From
          <input
            type="date"
            value={dateFilter.from ?? ''}
            max={dateFilter.to}
            onChange={(e) => setDate('from', e.target.value)}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={dateFilter.to ?? ''}
            min={dateFilter.from}
            onChange={(e) => setDate('to', e.target.value)}
          />
        </label>
        {active && (
          <button
            type="button"
            className="tl-clear"
            onClick={() => props.onDateFilterChange(undefined, undefined)}
            aria-label={`Clear dates (${describeFilter(dateFilter)})`}
          >
            Clear dates
          </button>
        )}
      </div>
    </div>
  );
});

export function describeFilter({ from, to }: { from?: string; to?: string }): string {
  if (from && to) return `${formatCalendarDate(from)} – ${formatCalendarDate(to)}`;
  if (from) return `from ${formatCalendarDate(from)}`;
  return to ? `until ${formatCalendarDate(to)}` : '';
}
