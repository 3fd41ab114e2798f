import { describe, expect, it } from 'vitest';
import {
  compareCalendarDates,
  dateSpan,
  endOf,
  formatCalendarDate,
  formatEventDate,
  parseCalendarDate,
  startOf,
} from './calendar-date';

describe('calendar dates', () => {
  it('parses each precision', () => {
    expect(parseCalendarDate('2023-03-18')).toEqual({ year: 2023, month: 3, day: 18 });
    expect(parseCalendarDate('2023-05')).toEqual({ year: 2023, month: 5, day: undefined });
    expect(parseCalendarDate('2022')).toEqual({ year: 2022, month: undefined, day: undefined });
    expect(parseCalendarDate('-500').year).toBe(-500);
    expect(() => parseCalendarDate('2023-3-18')).toThrow(/not a calendar date/);
  });

  it('maps a date to the half-open UTC interval of its unit', () => {
    expect(startOf('2023-03-18').toISOString()).toBe('2023-03-18T00:00:00.000Z');
    expect(endOf('2023-03-18').toISOString()).toBe('2023-03-19T00:00:00.000Z');
    expect(endOf('2023-12').toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(endOf('2022').toISOString()).toBe('2023-01-01T00:00:00.000Z');
    expect(startOf('0045').getUTCFullYear()).toBe(45);
    const [a, b] = dateSpan({ start: '2021', end: '2022' });
    expect([a.toISOString(), b.toISOString()]).toEqual([
      '2021-01-01T00:00:00.000Z',
      '2023-01-01T00:00:00.000Z',
    ]);
  });

  it('formats with the precision it has, never more', () => {
    expect(formatCalendarDate('2023-03-18')).toBe('18 March 2023');
    expect(formatCalendarDate('2023-05')).toBe('May 2023');
    expect(formatCalendarDate('2022')).toBe('2022');
    expect(formatCalendarDate('-43')).toBe('44 BCE');
    expect(formatEventDate({ start: '2023-03-18', end: '2023-03-19' })).toBe('18–19 March 2023');
    expect(formatEventDate({ start: '2021', end: '2022' })).toBe('2021 – 2022');
  });

  it('orders mixed precisions chronologically', () => {
    const sorted = ['2023-05', '2022', '2023-03-18'].sort(compareCalendarDates);
    expect(sorted).toEqual(['2022', '2023-03-18', '2023-05']);
  });
});
