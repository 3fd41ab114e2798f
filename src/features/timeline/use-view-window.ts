/**
 * The visible window: the URL's `range` when given, else a fit of the events; while the
 * reader zooms, a local window that is reported (debounced) once the gesture settles.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PreparedTimeline } from './layout';
import { formatRange, panToInclude, parseRange, rangeKey, type ViewWindow } from './view-window';

export const SETTLE_MS = 250;

interface Local {
  view: ViewWindow;
  /** URL ranges this local window stands for: the one it started from and the one it reported. */
  keys: string[];
}

export function useViewWindow(options: {
  range?: [string, string];
  fit: ViewWindow;
  onRangeChange(range: [string, string] | undefined): void;
}) {
  const { range, fit, onRangeChange } = options;
  const key = rangeKey(range);
  const [local, setLocal] = useState<Local | null>(null);
  const fromProps = useMemo(
    () => parseRange(key ? (key.split('..') as [string, string]) : undefined) ?? fit,
    [key, fit],
  );
  // A range that changes from outside (back button, Fit, another panel) wins over the local window.
  const view = local && local.keys.includes(key) ? local.view : fromProps;

  const latest = useRef({ key, onRangeChange });
  useEffect(() => {
    latest.current = { key, onRangeChange };
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setUserView = useCallback((next: ViewWindow) => {
    setLocal((l) => ({
      view: next,
      keys: l && l.keys.includes(latest.current.key) ? l.keys : [latest.current.key],
    }));
    clearTimeout(timer.current);
    timer.current = setTimeout(function reportSettledRange() {
      const settled = formatRange(next);
      const k = rangeKey(settled);
      if (k === latest.current.key) return;
      setLocal((l) => (l ? { ...l, keys: [latest.current.key, k] } : l));
      latest.current.onRangeChange(settled);
    }, SETTLE_MS);
  }, []);

  const fitView = useCallback(() => {
    clearTimeout(timer.current);
    setLocal(null);
    if (latest.current.key) latest.current.onRangeChange(undefined);
  }, []);

  return { view, setUserView, fitView };
}

/**
 * When an event is selected elsewhere (map, list, a link) while the timeline is zoomed
 * away from it, pan (keeping the zoom) so it comes into view.
 */
export function useRevealSelected(
  selectedId: string | undefined,
  prepared: PreparedTimeline,
  view: ViewWindow,
  setUserView: (view: ViewWindow) => void,
) {
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  });
  useEffect(
    function revealSelectedEvent() {
      const at = selectedId ? prepared.indexOf(selectedId) : -1;
      const item = at >= 0 ? prepared.items[at] : undefined;
      const next = item && panToInclude(viewRef.current, [item.start, item.end]);
      if (next) setUserView(next);
    },
    [selectedId, prepared, setUserView],
  );
}
