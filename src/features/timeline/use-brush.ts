/**
 * Dragging across the date axis selects a run of days as the date filter. Pointer events
 * with capture, so a drag that leaves the axis still ends cleanly.
 */
import { useState, type PointerEvent } from 'react';

export interface BrushDrag {
  a: number;
  b: number;
}

/** Less than this (px) is a click, not a selection. */
const MIN_DRAG = 4;

export function useBrush(onBrush: (x0: number, x1: number) => void) {
  const [drag, setDrag] = useState<BrushDrag | null>(null);
  const at = (e: PointerEvent<SVGElement>) => e.clientX - e.currentTarget.getBoundingClientRect().left;

  const handlers = {
    onPointerDown(e: PointerEvent<SVGElement>) {
      if (e.button !== 0) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      const x = at(e);
      setDrag({ a: x, b: x });
    },
    onPointerMove(e: PointerEvent<SVGElement>) {
      if (drag) setDrag({ a: drag.a, b: at(e) });
    },
    onPointerUp(e: PointerEvent<SVGElement>) {
      if (!drag) return;
      const b = at(e);
      setDrag(null);
      if (Math.abs(b - drag.a) >= MIN_DRAG) onBrush(Math.min(drag.a, b), Math.max(drag.a, b));
    },
    onPointerCancel() {
      setDrag(null);
    },
  };
  return { drag, handlers };
}
