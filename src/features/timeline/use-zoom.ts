/**
 * Wheel, drag, pinch and double-click zoom the time axis (zoom-gestures.ts): they change a
 * zoom transform, which we turn into a time window. React renders; the gestures only report.
 * The transform is kept in step with the window we are given, so a window from the URL or a
 * Fit starts the next gesture from the right place.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { transformForWindow, windowForTransform, zoomLimits, type ViewWindow } from './view-window';
import { attachZoomGestures } from './zoom-gestures';
import { applyPan, applyZoomBy, type ZoomBounds, type ZoomTransform } from './zoom-transform';

export interface ZoomOptions {
  width: number;
  view: ViewWindow;
  /** Fixed reference window (the whole dataset) that transform k = 1 shows. */
  reference: ViewWindow;
  onUserView(view: ViewWindow): void;
}

/** Gestures that start on controls inside the plot (the date brush) or double-clicks on marks are not zooms. */
function acceptGesture(event: Event): boolean {
  const target = event.target as Element | null;
  if (target?.closest?.('[data-no-zoom]')) return false;
  if (event.type === 'dblclick' && target?.closest?.('[data-event-id]')) return false;
  const mouse = event as MouseEvent;
  return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
}

export function useZoom(svgRef: RefObject<SVGSVGElement | null>, options: ZoomOptions) {
  const { width, view, reference } = options;
  const transform = useRef<ZoomTransform>({ k: 1, x: 0 });
  const cancelAnimation = useRef<() => void>(() => {});
  // Windows we reported (with the width and reference they were measured on): when one comes back
  // as `view` the transform is already there (or past it, if React rendered it a frame late), so
  // it must not reset the transform or end an animation.
  const reported = useRef(new WeakMap<ViewWindow, { width: number; reference: ViewWindow }>());
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  const bounds = useCallback((): ZoomBounds | undefined => {
    const { width: w, reference: ref } = latest.current;
    return w > 0 ? { width: w, ...zoomLimits(ref) } : undefined;
  }, []);
  const apply = useCallback((t: ZoomTransform) => {
    transform.current = t;
    const { reference: ref, width: w, onUserView } = latest.current;
    if (w <= 0) return;
    const next = windowForTransform(t, ref, w);
    reported.current.set(next, { width: w, reference: ref });
    onUserView(next);
  }, []);

  useEffect(
    function attachZoomGesturesToPlot() {
      const svg = svgRef.current;
      if (!svg) return;
      // Vertical swipes keep scrolling the page on phones; horizontal ones pan the timeline.
      svg.style.touchAction = 'pan-y';
      svg.style.setProperty('-webkit-tap-highlight-color', 'rgba(0,0,0,0)');
      const gestures = attachZoomGestures(svg, {
        get: () => transform.current,
        set: apply,
        bounds,
        accept: acceptGesture,
      });
      cancelAnimation.current = gestures.cancel;
      return () => {
        gestures.stop();
        cancelAnimation.current = () => {};
      };
    },
    [svgRef, apply, bounds],
  );

  useEffect(
    function syncZoomTransformToView() {
      const ours = reported.current.get(view);
      if (width <= 0 || (ours && ours.width === width && ours.reference === reference)) return;
      const { k, x } = transformForWindow(view, reference, width);
      const current = transform.current;
      if (Math.abs(current.k - k) <= k * 1e-9 && Math.abs(current.x - x) < 0.01) return;
      // A window set from outside (URL, Fit, reveal) ends a double-click animation.
      cancelAnimation.current();
      transform.current = { k, x };
    },
    [view, reference, width],
  );

  const zoomBy = useCallback(
    (factor: number, atX?: number) => {
      const b = bounds();
      if (b) apply(applyZoomBy(transform.current, factor, atX ?? b.width / 2, b));
    },
    [apply, bounds],
  );

  /** Moves the view by `px` screen pixels (positive: later dates). */
  const panBy = useCallback(
    (px: number) => {
      const b = bounds();
      if (b) apply(applyPan(transform.current, -px, b));
    },
    [apply, bounds],
  );

  return { zoomBy, panBy };
}
