import { describe, expect, it } from 'vitest';
import { minZoomToFill, roundView, sameView } from './view';

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
