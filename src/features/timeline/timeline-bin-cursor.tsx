import type { RefObject } from 'react';
import { describePeriod, type FoundBin } from './bin-navigation';
import { formatCount } from './format-count';
import type { TimelineLayout } from './layout';
import { BIN_CURSOR_ATTR } from './use-bin-cursor';

/**
 * The density's keyboard stop: a transparent button over the current bin, outlined only
 * while it has keyboard focus. Pointer input passes through to the plot (zoom, brush).
 */
export function TimelineBinCursor(props: {
  cursorRef: RefObject<HTMLButtonElement | null>;
  found?: FoundBin;
  layout: TimelineLayout;
  left: number;
  width: number;
  laneHeader: number;
  densityHeight: number;
}) {
  const { found, layout, left, width, laneHeader, densityHeight } = props;
  if (!found) return null;
  const lane = layout.lanes[found.lane];
  const { bin } = found;
  const x0 = Math.max(-2, bin.x0 - 2);
  const x1 = Math.min(width + 2, bin.x1 + 1);
  const noun = bin.count === 1 ? 'event' : 'events';
  return (
    <button
      ref={props.cursorRef}
      type="button"
      className="tl-bin-cursor"
      {...{ [BIN_CURSOR_ATTR]: '' }}
      style={{
        left: left + x0,
        top: lane.y + laneHeader,
        width: Math.max(4, x1 - x0),
        height: densityHeight + 4,
      }}
      aria-label={`${lane.lane.label}, ${describePeriod(bin.t, bin.end)}: ${formatCount(bin.count)} ${noun}. Enter zooms in.`}
    />
  );
}
