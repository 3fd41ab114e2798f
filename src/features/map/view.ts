/** The map view reported to the URL: rounded so the URL stays short and stable. */
import type { MapView } from '../../state/view-state';

export const FIT_MAX_ZOOM = 6;
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 10;

export function roundView(lat: number, lon: number, zoom: number): MapView {
  const r3 = (x: number) => Math.round(x * 1000) / 1000 || 0;
  // Leaflet keeps panning past ±180; fold the centre back so the URL names a real longitude.
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return {
    lat: r3(Math.max(-85, Math.min(85, lat))),
    lon: r3(wrapped),
    zoom: Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(zoom * 2) / 2)),
  };
}

export function sameView(a: MapView | undefined, b: MapView | undefined): boolean {
  if (!a || !b) return a === b;
  return a.lat === b.lat && a.lon === b.lon && a.zoom === b.zoom;
}

/** The lowest zoom (in 0.5 steps) at which the world is at least as wide as the map, so no empty margin shows. */
export function minZoomToFill(widthPx: number): number {
  if (!(widthPx > 0)) return MIN_ZOOM;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.ceil(Math.log2(widthPx / 256) * 2) / 2));
}
