import { describe, expect, it } from 'vitest';
import { cornersInView, deriveFitPadding, minZoomToFill, roundView, sameView } from './view';

describe('roundView', () => {
  it('rounds to 3 decimals and half zoom steps', () => {
    expect(roundView(35.123456, 139.98765, 4.26)).toEqual({ lat: 35.123, lon: 139.988, zoom: 4.5 });
    expect(roundView(0.0001, -0.0001, 3)).toEqual({ lat: 0, lon: 0, zoom: 3 });
  });
  it('folds longitudes panned past ±180 and clamps latitude and zoom', () => {
    expect(roundView(89, 200, 40)).toEqual({ lat: 85, lon: -160, zoom: 10 });
    expect(roundView(10, -190, 0)).toEqual({ lat: 10, lon: 170, zoom: 1 });
  });
});

describe('sameView', () => {
  it('compares views by value', () => {
    expect(sameView({ lat: 1, lon: 2, zoom: 3 }, { lat: 1, lon: 2, zoom: 3 })).toBe(true);
    expect(sameView({ lat: 1, lon: 2, zoom: 3 }, { lat: 1, lon: 2, zoom: 3.5 })).toBe(false);
    expect(sameView(undefined, undefined)).toBe(true);
    expect(sameView(undefined, { lat: 1, lon: 2, zoom: 3 })).toBe(false);
  });
});

describe('minZoomToFill', () => {
  it('is the first half step at which 256·2^z covers the width', () => {
    expect(minZoomToFill(795)).toBe(2); // 2^1.5·256 = 724 < 795 ≤ 1024
    expect(minZoomToFill(700)).toBe(1.5);
    expect(minZoomToFill(360)).toBe(1);
    expect(minZoomToFill(0)).toBe(1);
  });
});

describe('deriveFitPadding', () => {
  const map = { left: 100, top: 50, right: 900, bottom: 450 }; // 800 × 400
  it('keeps the base padding without overlays', () => {
    expect(deriveFitPadding(map, [])).toEqual({ paddingTopLeft: [40, 40], paddingBottomRight: [40, 40] });
  });

  it('clears the legend (bottom left) below, the fit button (top right) above and the zoom bar on the left', () => {
    const legend = { left: 110, top: 370, right: 370, bottom: 440 };
    const fit = { left: 790, top: 60, right: 890, bottom: 92 };
    const zoom = { left: 110, top: 60, right: 144, bottom: 126 };
    expect(deriveFitPadding(map, [legend, fit, zoom])).toEqual({
      paddingTopLeft: [52, 50],
      paddingBottomRight: [40, 88],
    });
  });

  it('ignores overlays outside the map and never pads away most of a small map', () => {
    const outside = { left: 0, top: 0, right: 50, bottom: 500 };
    const huge = { left: 100, top: 200, right: 900, bottom: 450 };
    const { paddingTopLeft, paddingBottomRight } = deriveFitPadding(map, [outside, huge]);
    expect(paddingTopLeft[0]).toBe(40);
    expect(paddingTopLeft[1] + paddingBottomRight[1]).toBeLessThanOrEqual(240);
  });
});

describe('cornersInView', () => {
  const size = { x: 800, y: 400 };
  const padding = {
    paddingTopLeft: [60, 40] as [number, number],
    paddingBottomRight: [40, 90] as [number, number],
  };

  it('is true when both corners are inside the padded map', () => {
    expect(
      cornersInView(
        [
          { x: 60, y: 40 },
          { x: 760, y: 310 },
        ],
        size,
        padding,
      ),
    ).toBe(true);
  });

  it('is false when a corner is under a control or outside the map', () => {
    // Under the zoom bar (left padding), under the legend (bottom padding), off the map.
    expect(
      cornersInView(
        [
          { x: 59, y: 100 },
          { x: 300, y: 200 },
        ],
        size,
        padding,
      ),
    ).toBe(false);
    expect(
      cornersInView(
        [
          { x: 100, y: 100 },
          { x: 300, y: 311 },
        ],
        size,
        padding,
      ),
    ).toBe(false);
    expect(
      cornersInView(
        [
          { x: -500, y: 100 },
          { x: 300, y: 200 },
        ],
        size,
        padding,
      ),
    ).toBe(false);
  });
});
