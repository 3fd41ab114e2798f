/**
 * Keyboard use of the density (overview zoom): one focusable cursor over a bin. Arrows move
 * it between periods and lanes, Enter (or Space) zooms into its period, and once the events
 * there are drawn as marks, focus goes to the first of them in that lane.
 */
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { findBin, navigateBins, windowForBin, type BinCursor } from './bin-navigation';
import type { TimelineLayout } from './layout';
import { isNavKey } from './navigation';
import { MIN_SPAN, type ViewWindow } from './view-window';

type ZoomBy = (factor: number, atX?: number) => void;
type PanBy = (px: number) => void;

export const BIN_CURSOR_ATTR = 'data-bin-cursor';

export function useBinCursor({
  layout,
  width,
  setView,
  focusMark,
}: {
  layout: TimelineLayout;
  width: number;
  setView(view: ViewWindow): void;
  focusMark(id: string): void;
}) {
  const [cursor, setCursor] = useState<BinCursor>();
  const ref = useRef<HTMLButtonElement>(null);
  const lanes = useMemo(() => layout.lanes.map((l) => l.bins ?? []), [layout.lanes]);
  const found = layout.aggregated ? findBin(lanes, cursor) : undefined;
  // Set by Enter: the period zoomed into, whose first event gets focus once marks are drawn.
  const entering = useRef<BinCursor | undefined>(undefined);

  useLayoutEffect(
    function focusAfterZoomingIn() {
      const target = entering.current;
      if (!target) return;
      entering.current = undefined;
      if (layout.aggregated) {
        setCursor(target);
        return;
      }
      const inLane = layout.marks.filter((m) => m.laneIndex === target.lane);
      // The first event that starts in the period, else one that runs through it.
      const mark =
        inLane.find((m) => m.item.start >= target.t) ??
        inLane.find((m) => m.item.end > target.t) ??
        inLane[0] ??
        layout.marks[0];
      if (mark) focusMark(mark.item.id);
    },
    [layout, focusMark],
  );

  /** Handles keys on the cursor; false for keys it leaves to the plot (Escape, Shift+arrows). */
  const onKeyDown = (e: KeyboardEvent, zoomBy: ZoomBy, panBy: PanBy): boolean => {
    if (!found || !(e.target as Element).hasAttribute?.(BIN_CURSOR_ATTR)) return false;
    if (e.altKey || e.ctrlKey || e.metaKey) return false;
    const { key } = e;
    const mid = Math.max(0, Math.min(width, (found.bin.x0 + found.bin.x1) / 2));
    if (key === 'Enter' || key === ' ') {
      entering.current = { lane: found.lane, t: found.bin.t };
      setView(windowForBin(found.bin, MIN_SPAN));
    } else if (key === '+' || key === '=') zoomBy(2, mid);
    else if (key === '-' || key === '_') zoomBy(0.5, mid);
    else if ((key === 'ArrowLeft' || key === 'ArrowRight') && e.shiftKey) {
      panBy((key === 'ArrowRight' ? 1 : -1) * width * 0.25);
    } else if (isNavKey(key)) {
      const next = navigateBins(lanes, { lane: found.lane, t: found.bin.t }, key);
      if (next) setCursor(next);
    } else return false;
    e.preventDefault();
    return true;
  };

  return { ref, found, onKeyDown };
}
