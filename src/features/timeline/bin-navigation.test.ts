import { describe, expect, it } from 'vitest';
import { startOf } from '../../lib/calendar-date';
import type { Bin } from './aggregate';
import { describePeriod, findBin, navigateBins, windowForBin } from './bin-navigation';

const day = (s: string) => +startOf(s);
const DAY = 86_400_000;

/** Monthly bins of 2020 at 10 px a month, for the given months (1-12) only. */
function months(...which: number[]): Bin[] {
  return which.map((m) => ({
    t: Date.UTC(2020, m - 1, 1),
    end: Date.UTC(2020, m, 1),
    x0: (m - 1) * 10,
    x1: m * 10,
    count: m,
  }));
}

// Lane 0 busy all year, lane 1 empty in view, lane 2 only in spring and autumn.
const lanes = [months(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), [], months(3, 4, 10)];

describe('findBin', () => {
  it('starts on the first bin of the first lane that has any', () => {
    expect(findBin(lanes)).toMatchObject({ lane: 0, index: 0 });
    expect(findBin([[], months(5)])).toMatchObject({ lane: 1, index: 0 });
    expect(findBin([[], []])).toBeUndefined();
  });

  it('keeps the cursor on the period containing its date, or the nearest one in its lane', () => {
    expect(findBin(lanes, { lane: 0, t: day('2020-04-17') })).toMatchObject({ lane: 0, index: 3 });
    expect(findBin(lanes, { lane: 2, t: day('2020-07-01') })).toMatchObject({ lane: 2, index: 1 });
    expect(findBin(lanes, { lane: 2, t: day('2020-09-20') })).toMatchObject({ lane: 2, index: 2 });
    // Its lane has nothing in view any more: back to the first bin.
    expect(findBin(lanes, { lane: 1, t: day('2020-04-17') })).toMatchObject({ lane: 0, index: 0 });
  });
});

describe('navigateBins', () => {
  const at = (lane: number, month: number) => ({ lane, t: Date.UTC(2020, month - 1, 1) });

  it('moves along a lane with Left/Right, stopping at its ends, and jumps with Home/End', () => {
    expect(navigateBins(lanes, at(0, 4), 'ArrowRight')).toEqual(at(0, 5));
    expect(navigateBins(lanes, at(0, 4), 'ArrowLeft')).toEqual(at(0, 3));
    expect(navigateBins(lanes, at(0, 1), 'ArrowLeft')).toEqual(at(0, 1));
    expect(navigateBins(lanes, at(0, 12), 'ArrowRight')).toEqual(at(0, 12));
    expect(navigateBins(lanes, at(2, 4), 'ArrowRight')).toEqual(at(2, 10));
    expect(navigateBins(lanes, at(2, 4), 'End')).toEqual(at(2, 10));
    expect(navigateBins(lanes, at(0, 7), 'Home')).toEqual(at(0, 1));
  });

  it('moves to the nearest period on screen in the next lane that has any, skipping empty lanes', () => {
    expect(navigateBins(lanes, at(0, 5), 'ArrowDown')).toEqual(at(2, 4));
    expect(navigateBins(lanes, at(0, 9), 'ArrowDown')).toEqual(at(2, 10));
    expect(navigateBins(lanes, at(2, 10), 'ArrowUp')).toEqual(at(0, 10));
    // Nothing further that way: stay.
    expect(navigateBins(lanes, at(2, 3), 'ArrowDown')).toEqual(at(2, 3));
    expect(navigateBins(lanes, at(0, 3), 'ArrowUp')).toEqual(at(0, 3));
  });

  it('moves from the first bin when the cursor has not been placed yet', () => {
    expect(navigateBins(lanes, undefined, 'ArrowRight')).toEqual(at(0, 2));
    expect(navigateBins(lanes, undefined, 'ArrowDown')).toEqual(at(2, 3));
    expect(navigateBins([[], []], undefined, 'ArrowRight')).toBeUndefined();
  });
});

describe('describePeriod', () => {
  it('names a bin by its calendar period', () => {
    expect(describePeriod(day('2020'), day('2021'))).toBe('2020');
    expect(describePeriod(day('2020-03'), day('2020-04'))).toBe('March 2020');
    expect(describePeriod(day('2020-03-02'), day('2020-03-03'))).toBe('2 March 2020');
    expect(describePeriod(day('2020-03-02'), day('2020-03-09'))).toBe('2 March 2020 – 8 March 2020');
    // A bin cut by the window's edge names the days it covers.
    expect(describePeriod(day('2020-03-10') + 3600_000, day('2020-04-01'))).toBe(
      '10 March 2020 – 31 March 2020',
    );
  });
});

describe('windowForBin', () => {
  it('shows the period, widened about its middle to the closest zoom', () => {
    expect(windowForBin({ t: day('2020-03'), end: day('2020-04') }, 4 * DAY)).toEqual([
      day('2020-03'),
      day('2020-04'),
    ]);
    expect(windowForBin({ t: day('2020-03-02'), end: day('2020-03-03') }, 4 * DAY)).toEqual([
      day('2020-03-02') - 1.5 * DAY,
      day('2020-03-03') + 1.5 * DAY,
    ]);
  });
});
