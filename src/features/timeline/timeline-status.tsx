import { formatCount } from './format-count';
import type { TimelineLayout } from './layout';

/**
 * What the plot shows, in words: a visible status line (density mode, or the date filter
 * when the toolbar is hidden) and, for screen readers, the plot's name and a summary
 * with the keys it understands.
 */
export function TimelineStatus(props: {
  uid: string;
  /** From the prepared events (once per filter change, never per zoom frame). */
  summary: string;
  layout: TimelineLayout;
  dateText?: string;
}) {
  const { uid, summary, layout, dateText } = props;
  return (
    <>
      <p className="tl-status" aria-live="polite">
        {layout.aggregated
          ? `${formatCount(layout.inView)} events in view: zoom in to see each one.`
          : dateText
            ? `Dates: ${dateText}`
            : null}
      </p>
      <span className="visually-hidden" id={`${uid}-name`}>
        Timeline plot
      </span>
      <p className="visually-hidden" id={`${uid}-summary`}>
        {`${summary}. `}
        {layout.aggregated
          ? 'Arrow keys move between periods and lanes, Enter zooms into a period. Plus and minus zoom; Shift with arrow keys pans.'
          : layout.marks.length
            ? 'Arrow keys move between events, Enter selects, Escape clears the selection. Plus and minus zoom; Shift with arrow keys pans.'
            : 'Plus and minus zoom; arrow keys pan.'}
      </p>
    </>
  );
}
