/**
 * d3-zoom as the input device for the time axis: wheel, drag, pinch and double-click
 * change a zoom transform, which we turn into a time window. React renders; d3 only
 * tracks gestures. The transform is kept in step with the window we are given, so a
 * window from the URL or a Fit starts the next gesture from the right place.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { transformForWindow, windowForTransform, zoomLimits, type ViewWindow } from './view-window';

export interface ZoomOptions {
  width: number;
  height: number;
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
  const { width, height, view, reference } = options;
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  // The one d3 selection, made in the effect below; buttons and keys drive the behaviour through it.
  const selectionRef = useRef<Selection<SVGSVGElement, unknown, null, undefined> | null>(null);
  const syncing = useRef(false);
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  useEffect(
    function attachZoomBehaviour() {
      const svg = svgRef.current;
      if (!svg) return;
      const behaviour = zoom<SVGSVGElement, unknown>()
        .filter(acceptGesture)
        .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
          if (syncing.current) return;
          const { reference: ref, width: w, onUserView } = latest.current;
          if (w > 0) onUserView(windowForTransform(event.transform, ref, w));
        });
      behaviourRef.current = behaviour;
      // Vertical swipes keep scrolling the page on phones; horizontal ones pan the timeline.
      const selection = select<SVGSVGElement, unknown>(svg).call(behaviour).style('touch-action', 'pan-y');
      selectionRef.current = selection;
      return () => {
        selection.on('.zoom', null);
        behaviourRef.current = null;
        selectionRef.current = null;
      };
    },
    [svgRef],
  );

  useEffect(
    function configureZoomLimits() {
      const behaviour = behaviourRef.current;
      if (!behaviour || width <= 0) return;
      const { minK, maxK } = zoomLimits(reference);
      // Panning may go one data-span beyond either end of the reference (which spans [0, width]).
      behaviour
        .extent([
          [0, 0],
          [width, Math.max(1, height)],
        ])
        .scaleExtent([minK, maxK])
        .translateExtent([
          [-width, -Infinity],
          [width * 2, Infinity],
        ]);
    },
    [width, height, reference],
  );

  useEffect(
    function syncZoomTransformToView() {
      const svg = svgRef.current;
      const behaviour = behaviourRef.current;
      const selection = selectionRef.current;
      if (!svg || !behaviour || !selection || width <= 0) return;
      const { k, x } = transformForWindow(view, reference, width);
      const current = zoomTransform(svg);
      if (Math.abs(current.k - k) <= k * 1e-9 && Math.abs(current.x - x) < 0.01) return;
      syncing.current = true;
      try {
        behaviour.transform(selection, zoomIdentity.translate(x, 0).scale(k));
      } finally {
        syncing.current = false;
      }
    },
    [svgRef, view, reference, width],
  );

  const zoomBy = useCallback((factor: number, atX?: number) => {
    const selection = selectionRef.current;
    if (selection) behaviourRef.current?.scaleBy(selection, factor, [atX ?? latest.current.width / 2, 0]);
  }, []);

  /** Moves the view by `px` screen pixels (positive: later dates). */
  const panBy = useCallback((px: number) => {
    const selection = selectionRef.current;
    if (selection) behaviourRef.current?.translateBy(selection, -px / zoomTransform(selection.node()!).k, 0);
  }, []);

  return { zoomBy, panBy };
}
