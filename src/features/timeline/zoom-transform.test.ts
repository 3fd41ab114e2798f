import { describe, expect, it } from 'vitest';
import {
  applyPan,
  applyPointers,
  applyZoomBy,
  constrainTransform,
  easeCubicInOut,
  interpolateZoom,
  invertX,
  wheelFactor,
  type ZoomBounds,
} from './zoom-transform';

const B: ZoomBounds = { width: 600, minK: 0.25, maxK: 64 };
const id = { k: 1, x: 0 };

describe('applyZoomBy', () => {
  it('zooms about a point: what is under it stays under it', () => {
    const t = applyZoomBy(id, 2, 150, B);
    expect(t.k).toBe(2);
    expect(invertX(t, 150)).toBe(150);
    const t2 = applyZoomBy(t, 4, 420, B);
    expect(t2.k).toBe(8);
    expect(invertX(t2, 420)).toBeCloseTo(invertX(t, 420), 9);
  });

  it('clamps to the scale limits', () => {
    expect(applyZoomBy(id, 1000, 300, B).k).toBe(64);
    expect(applyZoomBy(id, 0.001, 300, B).k).toBe(0.25);
  });

  it('zooming out keeps the view within one plot width beyond the reference', () => {
    // At k = 0.5 about the left edge the view would show [0, 1200] in reference pixels: fine.
    expect(applyZoomBy(id, 0.5, 0, B)).toEqual({ k: 0.5, x: 0 });
    // At k = 0.25 the view spans 2400 reference px, wider than the 1800 allowed: centred on it.
    const t = applyZoomBy(id, 0.25, 0, B);
    expect((invertX(t, 0) + invertX(t, 600)) / 2).toBeCloseTo(300, 9);
  });
});

describe('applyPan and constrainTransform', () => {
  it('pans by screen pixels', () => {
    expect(applyPan({ k: 2, x: -300 }, 50, B)).toEqual({ k: 2, x: -250 });
  });

  it('stops one plot width beyond either end of the reference', () => {
    // Left edge of the view may reach reference -600 and no further.
    expect(invertX(applyPan(id, 5000, B), 0)).toBe(-600);
    expect(invertX(applyPan(id, -5000, B), 600)).toBe(1200);
    expect(invertX(applyPan({ k: 4, x: 0 }, -1e6, B), 600)).toBe(1200);
  });

  it('leaves a transform inside the bounds alone', () => {
    const t = { k: 3, x: -700 };
    expect(constrainTransform(t, B)).toBe(t);
  });
});

describe('applyPointers', () => {
  it('one pointer drags the content with it', () => {
    const t = applyPointers({ k: 2, x: -200 }, [[100, 10]], [[160, 40]], B);
    expect(t).toEqual({ k: 2, x: -140 });
  });

  it('two pointers pinch: scale by their spread, the midpoint keeps its instant', () => {
    const start = { k: 1, x: 0 };
    const t = applyPointers(
      start,
      [
        [200, 0],
        [300, 0],
      ],
      [
        [150, 0],
        [350, 0],
      ],
      B,
    );
    expect(t.k).toBe(2);
    expect(invertX(t, 250)).toBe(250);
    // Moving both fingers pans as well; the spread counts in two dimensions.
    const t2 = applyPointers(
      start,
      [
        [200, 0],
        [300, 0],
      ],
      [
        [300, 0],
        [300, 50],
      ],
      B,
    );
    expect(t2.k).toBeCloseTo(0.5, 12);
    expect(invertX(t2, 300)).toBeCloseTo(250, 9);
  });

  it('a pinch is clamped to the scale limits', () => {
    const t = applyPointers(
      id,
      [
        [299, 0],
        [301, 0],
      ],
      [
        [0, 0],
        [600, 0],
      ],
      { ...B, maxK: 10 },
    );
    expect(t.k).toBe(10);
  });
});

describe('wheelFactor', () => {
  it('matches d3-zoom: 2^(−deltaY·0.002) in pixels, 0.05 per line, 1 per page, ×10 with ctrl', () => {
    expect(wheelFactor(-500, 0, false)).toBe(2);
    expect(wheelFactor(100, 0, false)).toBeCloseTo(2 ** -0.2, 12);
    expect(wheelFactor(-20, 1, false)).toBe(2);
    expect(wheelFactor(-1, 2, false)).toBe(2);
    expect(wheelFactor(-50, 0, true)).toBe(2);
  });
});

describe('interpolateZoom', () => {
  it('goes from a to b keeping the point under px, geometric in scale', () => {
    const a = { k: 1, x: 0 };
    const b = applyZoomBy(a, 4, 200, B);
    expect(interpolateZoom(a, b, 200, 0)).toEqual(a);
    expect(interpolateZoom(a, b, 200, 1)).toBe(b);
    const mid = interpolateZoom(a, b, 200, 0.5);
    expect(mid.k).toBeCloseTo(2, 12);
    expect(invertX(mid, 200)).toBeCloseTo(200, 9);
  });

  it('eases in and out', () => {
    expect(easeCubicInOut(0)).toBe(0);
    expect(easeCubicInOut(0.5)).toBe(0.5);
    expect(easeCubicInOut(1)).toBe(1);
    expect(easeCubicInOut(0.1)).toBeLessThan(0.1);
  });
});
