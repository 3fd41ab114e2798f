/**
 * Zoom transform math for the time axis (what d3-zoom did, in one dimension): a transform
 * {k, x} maps reference pixels r to screen pixels k·r + x. Scale stays within [minK, maxK];
 * panning may go one plot width beyond either end of the reference, which spans [0, width].
 */
export interface ZoomTransform {
  k: number;
  x: number;
}

export interface ZoomBounds {
  width: number;
  minK: number;
  maxK: number;
}

export type Point = readonly [number, number];

/** The reference pixel under screen pixel `px`. */
export const invertX = (t: ZoomTransform, px: number) => (px - t.x) / t.k;

/** Shifts `t` so that the visible part of the reference stays within [-width, 2·width] (d3's default constrain). */
export function constrainTransform(t: ZoomTransform, { width }: ZoomBounds): ZoomTransform {
  const dx0 = invertX(t, 0) + width;
  const dx1 = invertX(t, width) - 2 * width;
  const dx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
  return dx ? { k: t.k, x: t.x + t.k * dx } : t;
}

export const clampScale = (k: number, { minK, maxK }: ZoomBounds) => Math.max(minK, Math.min(maxK, k));

/** Scale `k` (clamped) with reference pixel `ref` at screen pixel `px`, then constrained. */
export function applyZoomAt(k: number, px: number, ref: number, bounds: ZoomBounds): ZoomTransform {
  const k1 = clampScale(k, bounds);
  return constrainTransform({ k: k1, x: px - ref * k1 }, bounds);
}

/** Zooms by `factor` keeping what is under screen pixel `px` in place (buttons, keys, double-click). */
export function applyZoomBy(t: ZoomTransform, factor: number, px: number, bounds: ZoomBounds): ZoomTransform {
  return applyZoomAt(t.k * factor, px, invertX(t, px), bounds);
}

/** Moves the content by `dx` screen pixels (positive: content moves right, earlier dates come in). */
export function applyPan(t: ZoomTransform, dx: number, bounds: ZoomBounds): ZoomTransform {
  return constrainTransform({ k: t.k, x: t.x + dx }, bounds);
}

/** The wheel's zoom factor, as d3-zoom computes it (pixel, line and page delta modes; pinch-to-zoom trackpads send ctrl). */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  return 2 ** (-deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002) * (ctrlKey ? 10 : 1));
}

/**
 * One or two pointers dragging from where they went down (`from`, screen) while the transform
 * was `start`: one pans, keeping its point under the finger; two also scale by how far apart
 * they have moved, keeping the point between them under the midpoint.
 */
export function applyPointers(
  start: ZoomTransform,
  from: readonly Point[],
  now: readonly Point[],
  bounds: ZoomBounds,
): ZoomTransform {
  if (from.length >= 2 && now.length >= 2) {
    const ratio =
      Math.hypot(now[1][0] - now[0][0], now[1][1] - now[0][1]) /
      Math.hypot(from[1][0] - from[0][0], from[1][1] - from[0][1]);
    const k = Number.isFinite(ratio) && ratio > 0 ? start.k * ratio : start.k;
    return applyZoomAt(k, (now[0][0] + now[1][0]) / 2, invertX(start, (from[0][0] + from[1][0]) / 2), bounds);
  }
  return applyZoomAt(start.k, now[0][0], invertX(start, from[0][0]), bounds);
}

/** d3's default easing (cubic in-out), for the double-click zoom. */
export const easeCubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/** Between two transforms at eased progress `e`: scale geometric, keeping screen pixel `px` on the same instant. */
export function interpolateZoom(a: ZoomTransform, b: ZoomTransform, px: number, e: number): ZoomTransform {
  if (e >= 1) return b;
  const k = a.k * (b.k / a.k) ** e;
  const ref = invertX(a, px);
  // The end's constrain shift (if any) is blended in linearly.
  const shift = b.x - (px - ref * b.k);
  return { k, x: px - ref * k + shift * e };
}
