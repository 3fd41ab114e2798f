/**
 * A lane's density histogram as geometry: one bar per bin, and all bars of a lane as a single
 * SVG path. One element per lane instead of one per bin keeps a zoom frame cheap (the browser
 * restyles, lays out and hit-tests a handful of paths, not hundreds of rects), and a path of
 * non-overlapping rectangles paints exactly as the rectangles did.
 */
import type { Bin } from './aggregate';

export interface DensityBar {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Bars grow up from `base`, scaled so the fullest bin of any lane (`maxBin`) is `height` tall. */
export function layoutDensityBars(
  bins: readonly Bin[],
  base: number,
  maxBin: number,
  height: number,
): DensityBar[] {
  const scale = height / Math.max(1, maxBin);
  return bins.map((b) => {
    // Never thinner than 1.5 px (a single event stays visible) or narrower than 1 px.
    const h = Math.max(1.5, b.count * scale);
    return { x: b.x0, y: base - h, width: Math.max(1, b.x1 - b.x0 - 1), height: h };
  });
}

/** Hundredths of a pixel: well below what anti-aliasing can show, and short strings. */
const r = (v: number) => Math.round(v * 100) / 100;

/** The bars as one path: a closed rectangle per bar. */
export function densityPath(bars: readonly DensityBar[]): string {
  let d = '';
  for (const b of bars) d += `M${r(b.x)} ${r(b.y)}h${r(b.width)}v${r(b.height)}h${r(-b.width)}z`;
  return d;
}

/** Index of the bar under x (bars in ascending x, not overlapping), or -1 between bars. */
export function barAt(bars: readonly DensityBar[], x: number): number {
  let lo = 0;
  let hi = bars.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = bars[mid];
    if (x < b.x) hi = mid - 1;
    else if (x > b.x + b.width) lo = mid + 1;
    else return mid;
  }
  return -1;
}
