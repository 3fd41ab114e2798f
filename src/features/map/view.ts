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

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface FitPadding {
  paddingTopLeft: [number, number];
  paddingBottomRight: [number, number];
}

/**
 * Padding for fitting the events so that no marker ends up under a control drawn over
 * the map (zoom buttons, "Fit to events", the legend). Each overlay in a corner is kept
 * clear either by a horizontal or a vertical margin, whichever costs the smaller share
 * of the map: the wide legend costs less as a bottom margin, the narrow zoom bar as a left one.
 */
export function deriveFitPadding(map: Rect, overlays: readonly Rect[], base = 40, gap = 8): FitPadding {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  let [left, top, right, bottom] = [base, base, base, base];
  if (!(width > 0 && height > 0)) return { paddingTopLeft: [left, top], paddingBottomRight: [right, bottom] };
  for (const o of overlays) {
    const w = Math.min(o.right, map.right) - Math.max(o.left, map.left);
    const h = Math.min(o.bottom, map.bottom) - Math.max(o.top, map.top);
    if (!(w > 0 && h > 0)) continue;
    const nearLeft = o.left - map.left < map.right - o.right;
    const nearTop = o.top - map.top < map.bottom - o.bottom;
    if (w / width < h / height) {
      if (nearLeft) left = Math.max(left, o.right - map.left + gap);
      else right = Math.max(right, map.right - o.left + gap);
    } else if (nearTop) top = Math.max(top, o.bottom - map.top + gap);
    else bottom = Math.max(bottom, map.bottom - o.top + gap);
  }
  // Never pad away more than 60% of either side, or the fit would degenerate on a tiny map.
  const cap = (a: number, b: number, size: number) => {
    const k = Math.min(1, (size * 0.6) / (a + b));
    return [Math.round(a * k), Math.round(b * k)] as const;
  };
  [left, right] = cap(left, right, width);
  [top, bottom] = cap(top, bottom, height);
  return { paddingTopLeft: [left, top], paddingBottomRight: [right, bottom] };
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Whether two corners (container pixels) lie in the part of the map a fit would use: inside the
 * map, clear of the padding kept for the controls. A filter change whose places are all there
 * does not refit (each refit re-projects and re-clips every country).
 */
export function cornersInView(corners: readonly Point[], size: Point, padding: FitPadding): boolean {
  const [left, top] = padding.paddingTopLeft;
  const [right, bottom] = padding.paddingBottomRight;
  return corners.every((p) => p.x >= left && p.x <= size.x - right && p.y >= top && p.y <= size.y - bottom);
}
