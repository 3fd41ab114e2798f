import { describe, expect, it } from 'vitest';
import { startOf } from '../../lib/calendar-date';
import { binItems, binThresholds } from './aggregate';

const day = (s: string) => +startOf(s);

describe('binItems', () => {
  it('counts items per calendar interval and clamps spans that began before the window', () => {
    const view: [number, number] = [day('2023-01-01'), day('2024-01-01')];
    const thresholds = binThresholds(view, 120, 10);
    expect(thresholds.map((t) => new Date(t).getUTCDate())).toSatisfy((d: number[]) =>
      d.every((x) => x === 1),
    );
    const items = [
      { start: day('2022-06-01') },
      { start: day('2023-01-20') },
      { start: day('2023-03-18') },
      { start: day('2023-03-19') },
    ];
    const bins = binItems(items, view, 120, thresholds);
    expect(bins.map((b) => b.count)).toEqual([2, 2]);
    expect(bins[0].x0).toBeCloseTo(0);
    expect(bins[1].x0).toBeCloseTo((59 / 365) * 120);
  });
});
