import { describe, expect, it } from 'vitest';
import type { Bin } from './aggregate';
import { barAt, densityPath, layoutDensityBars } from './density-bars';

const bin = (x0: number, x1: number, count: number): Bin => ({ t: x0 * 1000, end: x1 * 1000, x0, x1, count });

describe('layoutDensityBars', () => {
  it('scales bars to the fullest bin, grows them up from the base and leaves a 1 px gap between them', () => {
    const bars = layoutDensityBars([bin(0, 10, 4), bin(10, 20, 2)], 100, 4, 36);
    expect(bars).toEqual([
      { x: 0, y: 64, width: 9, height: 36 },
      { x: 10, y: 82, width: 9, height: 18 },
    ]);
  });

  it('keeps a lone event visible (1.5 px tall) and a narrow bin 1 px wide', () => {
    const [bar] = layoutDensityBars([bin(5, 5.5, 1)], 50, 1000, 36);
    expect(bar.height).toBe(1.5);
    expect(bar.y).toBe(48.5);
    expect(bar.width).toBe(1);
  });
});

describe('densityPath', () => {
  it('draws each bar as one closed rectangle, in hundredths of a pixel', () => {
    const d = densityPath([
      { x: 0, y: 64, width: 9, height: 36 },
      { x: 10.123456, y: 82.5, width: 8.876544, height: 17.5 },
    ]);
    expect(d).toBe('M0 64h9v36h-9zM10.12 82.5h8.88v17.5h-8.88z');
  });

  it('is empty without bars', () => {
    expect(densityPath([])).toBe('');
  });
});

describe('barAt', () => {
  const bars = layoutDensityBars([bin(0, 10, 1), bin(10, 20, 1), bin(40, 50, 1)], 100, 1, 36);

  it('finds the bar whose extent holds x', () => {
    expect(barAt(bars, 0)).toBe(0);
    expect(barAt(bars, 12)).toBe(1);
    expect(barAt(bars, 45)).toBe(2);
  });

  it('finds none in a gap between bars or beyond them', () => {
    expect(barAt(bars, 9.5)).toBe(-1);
    expect(barAt(bars, 30)).toBe(-1);
    expect(barAt(bars, 60)).toBe(-1);
    expect(barAt([], 5)).toBe(-1);
  });
});
