import { describe, expect, it } from 'vitest';
import { startOf } from '../../lib/calendar-date';
import { binItems, binLanes, binThresholds } from './aggregate';

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

describe('binLanes', () => {
  it('bins every lane in one pass exactly as binItems bins each lane', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const lo = day('2010-01-01');
    const span = day('2020-01-01') - lo;
    const items = Array.from({ length: 4000 }, () => {
      const start = lo - span * 0.1 + random() * span * 1.2;
      return {
        start,
        end: start + (random() < 0.9 ? 86_400_000 : random() * 400 * 86_400_000),
        lane: Math.floor(random() * 5),
      };
    }).sort((a, b) => a.start - b.start);
    const columns = {
      starts: Float64Array.from(items, (i) => i.start),
      ends: Float64Array.from(items, (i) => i.end),
      laneOf: Uint16Array.from(items, (i) => i.lane),
    };
    for (const [view, width] of [
      [[day('2012-03-01'), day('2016-07-01')], 900],
      [[day('2009-01-01'), day('2021-01-01')], 1200],
      [[day('2015-02-03') + 3600_000, day('2015-05-01')], 400],
      [[day('2014-01-01'), day('2014-01-03')], 300],
    ] as [[number, number], number][]) {
      const { bins, inView } = binLanes(columns, 5, [0, items.length], view, width);
      for (let lane = 0; lane < 5; lane++) {
        const visible = items.filter((i) => i.lane === lane && i.start < view[1] && i.end > view[0]);
        expect(bins[lane]).toEqual(binItems(visible, view, width));
        expect(inView[lane]).toBe(visible.length);
      }
    }
  });
});
