/**
 * Keeps the Leaflet view and the URL in step: applies the `view` prop (from the
 * URL) or fits the filtered events, and reports the user's own pans/zooms
 * (debounced, rounded). Moves we make ourselves are not reported back.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { FitBoundsOptions, LatLng, LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import type { MapView as MapViewState } from '../../state/view-state';
import type { LatLonBounds } from './markers';
import {
  cornersInView,
  deriveFitPadding,
  FIT_MAX_ZOOM,
  minZoomToFill,
  roundView,
  sameView,
  type FitPadding,
} from './view';

export const FIT_OPTIONS: FitBoundsOptions = { padding: [40, 40], maxZoom: FIT_MAX_ZOOM, animate: false };

/** Controls drawn over the map; the fit keeps the events out from under them. */
const OVERLAYS = '.map-fit, .map-legend, .leaflet-control-zoom';

type FitOptions = FitBoundsOptions & FitPadding;

/** Reads the overlays' rectangles: a forced layout, so only when the map's size is new (see useFitOptions). */
function measureFitOptions(map: LeafletMap): FitOptions {
  const container = map.getContainer();
  const root = container.closest('.map-view') ?? container;
  const overlays = [...root.querySelectorAll(OVERLAYS)].map((el) => el.getBoundingClientRect());
  return {
    ...deriveFitPadding(container.getBoundingClientRect(), overlays),
    maxZoom: FIT_MAX_ZOOM,
    animate: false,
  };
}
/**
 * The fit's options, measured once per map size: the overlays sit at fixed places in the map's
 * corners, so their padding changes only when the map is resized (then `forget` is called) or
 * new data changes the legend (`scope`, the dataset, is part of the key). A
 * filter change that refits must not force a layout in the middle of the click.
 */
function useFitOptions(map: LeafletMap) {
  const cached = useRef<{ key: string; scope: object; options: FitOptions } | undefined>(undefined);
  return useMemo(
    () => ({
      get(scope: object): FitOptions {
        const s = map.getSize(); // Leaflet's cached size: no layout
        const key = `${s.x}x${s.y}`;
        if (cached.current?.key !== key || cached.current.scope !== scope)
          cached.current = { key, scope, options: measureFitOptions(map) };
        return cached.current.options;
      },
      forget() {
        cached.current = undefined;
      },
    }),
    [map],
  );
}

const REPORT_DELAY_MS = 400;
/** A resize or filter change whose refit would shift the view by less than this keeps it (about a marker's radius). */
const SMALL_SHIFT_PX = 16;

/** Leaflet 1.9's own steps of `fitBounds`, so a refit that would not move the map can be skipped. */
interface FitSteps {
  _getBoundsCenterZoom(
    bounds: LatLngBoundsExpression,
    options: FitBoundsOptions,
  ): { center: LatLng; zoom: number };
  _limitZoom(zoom: number): number;
  _limitCenter(center: LatLng, zoom: number, bounds: LatLngBoundsExpression | undefined): LatLng;
}

/**
 * Whether fitting `bounds` would keep the zoom and move the centre by less than `px` (after a
 * resize: a panel above the map growing by a line on a filter change shifts the fit by a few
 * pixels; a filter change when the events never fit at the lowest zoom). Such a refit is
 * skipped: even one that changes nothing fires moveend, which re-clips and redraws every
 * country and re-places every marker and label.
 */
function fitBarelyMoves(
  map: LeafletMap,
  bounds: LatLonBounds,
  options: FitBoundsOptions,
  px: number,
): boolean {
  const steps = map as unknown as Partial<FitSteps>;
  if (!steps._getBoundsCenterZoom || !steps._limitZoom || !steps._limitCenter) return false;
  const target = steps._getBoundsCenterZoom(bounds, options);
  const zoom = steps._limitZoom(target.zoom);
  if (zoom !== map.getZoom()) return false;
  const center = steps._limitCenter(target.center, zoom, map.options.maxBounds);
  return map.project(center, zoom).distanceTo(map.project(map.getCenter(), zoom)) < px;
}

export interface ViewSyncProps {
  view?: MapViewState;
  bounds?: LatLonBounds;
  /** Bumped by the "Fit to events" button: refit even if nothing else changed. */
  fitRequest: number;
  /** The data shown (the dataset): a new one is fitted like a first load. */
  scope: object;
  onViewChange(view: MapViewState | undefined): void;
}

export function ViewSync({ view, bounds, fitRequest, scope, onViewChange }: ViewSyncProps) {
  const map = useMap();
  const quiet = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ view, bounds, scope, onViewChange });
  const applied = useRef<{ fitRequest: number; scope: object; view: boolean } | undefined>(undefined);
  const fit = useFitOptions(map);
  useEffect(() => {
    latest.current = { view, bounds, scope, onViewChange };
  });

  const boundsKey = bounds ? bounds.flat().join(',') : '';
  useEffect(
    function applyViewOrFit() {
      clearTimeout(timer.current);
      const { view: v, bounds: b } = latest.current;
      const last = applied.current;
      applied.current = { fitRequest, scope, view: !!v };
      quiet.current = true;
      try {
        if (v) {
          const c = map.getCenter();
          if (!sameView(roundView(c.lat, c.lng, map.getZoom()), v))
            map.setView([v.lat, v.lon], v.zoom, { animate: false });
        } else if (b) {
          // A refit re-projects and re-clips every country: on a filter change only when some
          // filtered place is out of view; always on the first view, "Fit to events" (which also
          // clears the URL's view), and new data.
          const asked = !last || last.fitRequest !== fitRequest || last.scope !== scope || last.view;
          const options = fit.get(scope);
          const corners = b.map((ll) => map.latLngToContainerPoint(ll));
          // Events spread wider than the map at its lowest zoom never fit: each filter change then
          // refitted to that same zoom a few pixels off (1,000 events: ~15 px, every toggle), and
          // the moveend re-placed every marker and label in a second render after the first frame.
          if (
            asked ||
            (!cornersInView(corners, map.getSize(), options) &&
              !fitBarelyMoves(map, b, options, SMALL_SHIFT_PX))
          )
            map.fitBounds(b, options);
        }
      } finally {
        quiet.current = false;
      }
    },
    [map, fit, view?.lat, view?.lon, view?.zoom, boundsKey, fitRequest, scope],
  );

  useEffect(
    function reportUserMoves() {
      // A popup panning itself into view is a consequence of a click, not the reader choosing a view.
      let autoPanning = false;
      const onAutoPan = () => {
        autoPanning = true;
      };
      const onMoveEnd = () => {
        if (autoPanning) {
          autoPanning = false;
          return;
        }
        if (quiet.current) return;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          const c = map.getCenter();
          const next = roundView(c.lat, c.lng, map.getZoom());
          if (!sameView(next, latest.current.view)) latest.current.onViewChange(next);
        }, REPORT_DELAY_MS);
      };
      map.on('moveend', onMoveEnd);
      map.on('autopanstart', onAutoPan);
      return () => {
        map.off('moveend', onMoveEnd);
        map.off('autopanstart', onAutoPan);
        clearTimeout(timer.current);
      };
    },
    [map],
  );

  useEffect(
    function followContainerSize() {
      // The dashboard grid resizes the panel without a window resize, which Leaflet would miss.
      let frame = 0;
      let fitted = false;
      // Deferred to the next frame: resizing inside the callback would trip "ResizeObserver loop" errors.
      const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          quiet.current = true;
          try {
            map.invalidateSize({ animate: false });
            fit.forget();
            const size = map.getSize();
            const minZoom = minZoomToFill(size.x);
            // Our own zoom, not the reader's: raised without animation, so it ends while quiet and
            // is not written to the URL as a chosen view (which would stop later fits).
            if (map.getZoom() < minZoom) map.setZoom(minZoom, { animate: false });
            map.setMinZoom(minZoom);
            const { view: v, bounds: b, scope: data } = latest.current;
            const options = fit.get(data);
            if (!v && b && !(fitted && fitBarelyMoves(map, b, options, SMALL_SHIFT_PX)))
              map.fitBounds(b, options);
            fitted = size.x > 0 && size.y > 0;
          } finally {
            quiet.current = false;
          }
        });
      });
      observer.observe(map.getContainer());
      return () => {
        observer.disconnect();
        cancelAnimationFrame(frame);
      };
    },
    [map, fit],
  );
  return null;
}
