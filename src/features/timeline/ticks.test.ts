import { describe, expect, it } from 'vitest';
import { startOf } from '../../lib/calendar-date';
import { estimateTextWidth } from './label-packing';
import { deriveTicks, formatTick, placeTickLabels } from './ticks';

const day = (s: string) => +startOf(s);

describe('ticks', () => {
  it('uses years, then months, then days as the window narrows', () => {
    const years = deriveTicks([day('2000-01-01'), day('2024-01-01')], 800);
    expect(years.unit).toBe('year');
    expect(years.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);

    const months = deriveTicks([day('2022-11-01'), day('2023-07-01')], 800);
    expect(months.unit).toBe('month');
    expect(months.ticks.map((t) => t.label)).toContain('Mar');
    expect(months.ticks.map((t) => t.label)).toContain('Jan 2023');

    const days = deriveTicks([day('2023-03-10'), day('2023-03-25')], 800);
    expect(days.unit).toBe('day');
    expect(days.ticks.map((t) => t.label)).toContain('18 Mar');
    expect(days.ticks[0].label).toMatch(/^\d{1,2} Mar 2023$/);
  });

  it('keeps several ticks on a phone-width plot', () => {
    const { unit, ticks } = deriveTicks([day('2021-12-10'), day('2023-06-20')], 350);
    expect(unit).toBe('month');
    expect(ticks.length).toBeGreaterThanOrEqual(4);
  });

  it('never goes finer than a day and places ticks on the plot', () => {
    const { ticks, unit } = deriveTicks([day('2023-03-18'), day('2023-03-20')], 1400);
    expect(unit).toBe('day');
    expect(ticks.map((t) => t.label)).toEqual(['18 Mar 2023', '19 Mar']);
    expect(ticks[1].x).toBeCloseTo(700);
  });

  it('formats in UTC whatever the local time zone', () => {
    expect(formatTick(new Date(Date.UTC(2023, 2, 18)), 'day')).toBe('18 Mar');
    expect(formatTick(new Date(Date.UTC(2023, 0, 1)), 'month')).toBe('Jan 2023');
    expect(formatTick(new Date(Date.UTC(2023, 0, 1)), 'year')).toBe('2023');
  });
});

describe('placeTickLabels', () => {
  const measure = (s: string) => s.length * 6;

  it('centres labels on their ticks, nudging them inside the plot at the edges', () => {
    const placed = placeTickLabels(
      [
        { t: 0, x: 5, label: 'Jan 2022' },
        { t: 1, x: 150, label: 'Jul' },
        { t: 2, x: 297, label: 'Jan 2023' },
      ],
      300,
      measure,
    );
    expect(placed.map((p) => p.labelX)).toEqual([25, 150, 275]);
    expect(placed.every((p) => p.showLabel)).toBe(true);
  });

  it('hides a label that would run into the previous one, keeping the tick', () => {
    const placed = placeTickLabels(
      [
        { t: 0, x: 10, label: 'Jan 2022' },
        { t: 1, x: 40, label: 'Apr' },
        { t: 2, x: 90, label: 'Jul' },
      ],
      300,
      measure,
    );
    expect(placed.map((p) => p.showLabel)).toEqual([true, false, true]);
    expect(placed).toHaveLength(3);
  });

  it('never lets shown labels overlap on a real axis', () => {
    for (const width of [300, 350, 600, 900]) {
      const { ticks } = deriveTicks([day('2021-12-10'), day('2023-06-20')], width);
      const shown = ticks.filter((t) => t.showLabel);
      expect(shown.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < shown.length; i++) {
        const prevEnd = shown[i - 1].labelX + estimateTextWidth(shown[i - 1].label, 11) / 2;
        expect(shown[i].labelX - estimateTextWidth(shown[i].label, 11) / 2).toBeGreaterThanOrEqual(prevEnd);
      }
    }
  });
});
