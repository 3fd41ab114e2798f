/**
 * Keyboard use of the plot: a roving tab stop over the marks (arrows, Home/End), Enter to
 * select, Escape to clear, +/− to zoom, Shift+arrows (or arrows on the plot itself) to pan.
 */
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineLayout } from './layout';
import { isNavKey, navigateMarks } from './navigation';

type ZoomBy = (factor: number, atX?: number) => void;
type PanBy = (px: number) => void;

export function useTimelineKeys({
  layout,
  width,
  onSelect,
}: {
  layout: TimelineLayout;
  width: number;
  onSelect(id: string | undefined): void;
}) {
  const ref = useRef<SVGSVGElement>(null);
  const [active, setActive] = useState<string>();
  const marks = layout.marks;
  const nav = useMemo(() => marks.map((m) => ({ id: m.item.id, laneIndex: m.laneIndex, cx: m.cx })), [marks]);

  const tabStop = (selectedId?: string): string | undefined => {
    const has = (id?: string) => id !== undefined && nav.some((m) => m.id === id);
    if (has(active)) return active;
    if (has(selectedId)) return selectedId;
    return nav[0]?.id;
  };

  const focusMark = (id: string) =>
    ref.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();

  const onKeyDown = (e: KeyboardEvent, zoomBy: ZoomBy, panBy: PanBy) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const markId =
      (e.target as Element).closest?.('[data-event-id]')?.getAttribute('data-event-id') ?? undefined;
    const mark = markId ? marks.find((m) => m.item.id === markId) : undefined;
    const { key } = e;
    if (key === '+' || key === '=') zoomBy(2, mark?.cx);
    else if (key === '-' || key === '_') zoomBy(0.5, mark?.cx);
    else if (key === 'Escape') onSelect(undefined);
    else if ((key === 'Enter' || key === ' ') && markId) onSelect(markId);
    else if ((key === 'ArrowLeft' || key === 'ArrowRight') && (e.shiftKey || !markId)) {
      // The focused mark may scroll out of view: keep focus on the plot instead of losing it.
      if (markId) ref.current?.focus();
      panBy((key === 'ArrowRight' ? 1 : -1) * width * 0.25);
    } else if (isNavKey(key) && nav.length) {
      const next = navigateMarks(nav, markId, key);
      if (!next) return;
      setActive(next);
      focusMark(next);
    } else return;
    e.preventDefault();
  };

  const setActiveStable = useCallback((id: string) => setActive(id), []);
  /** Moves the roving tab stop to a mark and focuses it (after zooming into a density bin). */
  const focusStable = useCallback((id: string) => {
    setActive(id);
    ref.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();
  }, []);
  return { ref, tabStop, onKeyDown, setActive: setActiveStable, focusMark: focusStable };
}
