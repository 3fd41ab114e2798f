import { useMemo } from 'react';
import type { NewsEvent } from '../../data/schema';
import type { TimelineLayout } from './layout';
import { describeEvents } from './summary';

/**
 * What the plot shows, in words: a visible status line (density mode, or the date filter
 * when the toolbar is hidden) and, for screen readers, the plot's name and a summary
 * with the keys it understands.
 */
export function TimelineStatus(props: {
  uid: string;
  events: readonly NewsEvent[];
  layout: TimelineLayout;
  dateText?: string;
}) {
  const { uid, events, layout, dateText } = props;
  // A pass over every event: once per filter change, never per zoom frame.
  const summary = useMemo(() => describeEvents(events), [events]);
  return (
    <>
      <p className="tl-status" aria-live="polite">
        {layout.aggregated
          ? `${layout.inView.toLocaleString('en')} events in view: zoom in to see each one.`
          : dateText
            ? `Dates: ${dateText}`
            : null}
      </p>
      <span className="visually-hidden" id={`${uid}-name`}>
        Timeline plot
      </span>
      <p className="visually-hidden" id={`${uid}-summary`}>
        {`${summary}. `}
        {layout.marks.length
          ? 'Arrow keys move between events, Enter selects, Escape clears the selection. Plus and minus zoom; Shift with arrow keys pans.'
          : 'Plus and minus zoom; arrow keys pan.'}
      </p>
    </>
  );
}
