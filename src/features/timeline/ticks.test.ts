import { describe, expect, it } from 'vitest';
import { startOf } from '../../lib/calendar-date';
import { deriveTicks, formatTick } from './ticks';

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

  it('never goes finer than a day and places ticks on the plot', () => {
    const { ticks, unit } = deriveTicks([day('2023-03-18'), day('2023-03-20')], 1400);
    expect(unit).toBe('day');
    expect(ticks.map((t) => t.label)).toEqual(['18 Mar 2023', '19 Mar', '20 Mar']);
    expect(ticks[1].x).toBeCloseTo(700);
  });

  it('formats in UTC whatever the local time zone', () => {
    expect(formatTick(new Date(Date.UTC(2023, 2, 18)), 'day')).toBe('18 Mar');
    expect(formatTick(new Date(Date.UTC(2023, 0, 1)), 'month')).toBe('Jan 2023');
    expect(formatTick(new Date(Date.UTC(2023, 0, 1)), 'year')).toBe('2023');
  });
});
