import { describe, expect, it } from 'vitest';
import { startOf } from '../../lib/calendar-date';
import { seedEvents } from './fixture.test-data';
import {
  DAY,
  MIN_FIT_SPAN,
  dayRange,
  fitExtent,
  fitWindow,
  formatRange,
  panToInclude,
  parseRange,
  rangeKey,
  transformForWindow,
  windowForTransform,
  zoomLimits,
} from './view-window';

const day = (s: string) => +startOf(s);

describe('fitWindow', () => {
  it('covers every event span with a little padding', () => {
    const [lo, hi] = fitWindow(seedEvents);
    expect(lo).toBeLessThan(day('2022-01-01'));
    expect(hi).toBeGreaterThan(day('2023-06-01'));
    expect(day('2022-01-01') - lo).toBeLessThan(40 * DAY);
  });

  it('widens a single day to a readable minimum, centred on it', () => {
    const [lo, hi] = fitWindow([seedEvents[0]]);
    expect(hi - lo).toBeGreaterThanOrEqual(MIN_FIT_SPAN);
    expect((lo + hi) / 2).toBeCloseTo(day('2023-03-18') + DAY / 2);
  });

  it('fits an extent the same way, and falls back to the last year when there is none', () => {
    expect(fitExtent([day('2022-01-01'), day('2023-06-01')])).toEqual(fitWindow(seedEvents));
    const [lo, hi] = fitExtent(undefined);
    expect(hi - lo).toBeGreaterThan(365 * DAY);
    expect(Math.abs(hi - Date.now())).toBeLessThan(31 * DAY);
  });

  it('includes extra instants such as the publication date', () => {
    const [, hi] = fitWindow([seedEvents[6]], [day('2023-03-18')]);
    expect(hi).toBeGreaterThan(day('2023-03-18'));
  });
});

describe('ranges in the URL', () => {
  it('parses inclusive days into a half-open window and back', () => {
    const w = parseRange(['2023-03-01', '2023-03-31'])!;
    expect(w).toEqual([day('2023-03-01'), day('2023-04-01')]);
    expect(formatRange(w)).toEqual(['2023-03-01', '2023-03-31']);
  });

  it('rejects malformed or reversed ranges', () => {
    expect(parseRange(undefined)).toBeUndefined();
    expect(parseRange(['2023-03', '2023-04-01'])).toBeUndefined();
    expect(parseRange(['2023-04-01', '2023-03-01'])).toBeUndefined();
  });

  it('keys ranges for comparison', () => {
    expect(rangeKey(['2023-03-01', '2023-03-31'])).toBe('2023-03-01..2023-03-31');
    expect(rangeKey(undefined)).toBe('');
  });

  it('turns two instants in either order into a day range', () => {
    expect(dayRange(day('2023-03-20') + 5, day('2023-03-18') + 3600_000)).toEqual([
      '2023-03-18',
      '2023-03-20',
    ]);
  });
});

describe('zoom transform math', () => {
  const reference: [number, number] = [day('2022-01-01'), day('2024-01-01')];

  it('is the identity for the reference window', () => {
    const t = transformForWindow(reference, reference, 800);
    expect(t.k).toBeCloseTo(1);
    expect(t.x).toBeCloseTo(0);
  });

  it('round-trips a window through a transform', () => {
    const view: [number, number] = [day('2023-03-01'), day('2023-04-01')];
    const t = transformForWindow(view, reference, 800);
    expect(t.k).toBeGreaterThan(20);
    const back = windowForTransform(t, reference, 800);
    expect(back[0]).toBeCloseTo(view[0], -2);
    expect(back[1]).toBeCloseTo(view[1], -2);
  });

  it('limits zoom between a few days and a few times the data', () => {
    const { minK, maxK, maxSpan } = zoomLimits(reference);
    expect(minK).toBeLessThan(1);
    expect((reference[1] - reference[0]) / maxK).toBe(4 * DAY);
    expect(maxSpan).toBeGreaterThanOrEqual(3 * (reference[1] - reference[0]));
  });
});

describe('panToInclude', () => {
  const view: [number, number] = [day('2023-03-01'), day('2023-03-31')];

  it('leaves the view alone when the span is (partly) in it', () => {
    expect(panToInclude(view, [day('2023-03-18'), day('2023-03-19')])).toBeUndefined();
    expect(panToInclude(view, [day('2023-01-01'), day('2024-01-01')])).toBeUndefined();
  });

  it('centres an outside span, keeping the zoom', () => {
    const next = panToInclude(view, [day('2023-05-01'), day('2023-06-01')])!;
    expect(next[1] - next[0]).toBe(view[1] - view[0]);
    expect((next[0] + next[1]) / 2).toBe((day('2023-05-01') + day('2023-06-01')) / 2);
  });
});
