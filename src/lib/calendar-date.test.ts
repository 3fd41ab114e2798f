import { describe, expect, it } from 'vitest';
import {
  compareCalendarDates,
  dateSpan,
  endMs,
  endOf,
  formatCalendarDate,
  formatEventDate,
  parseCalendarDate,
  startMs,
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

describe('startMs / endMs', () => {
  it('give the same instants as startOf / endOf for every form and edge', () => {
    const values = [
      '2023',
      '2023-03',
      '2023-03-18',
      '2023-12',
      '2023-12-31',
      '2024-02-29',
      // Overflow rolls over as utcDate rolls it.
      '2023-02-29',
      '2023-13',
      '2023-04-31',
      // Left to startOf / endOf: month or day 00, years below 100, BCE and long years.
      '2023-00',
      '2023-05-00',
      '0099',
      '0050-06-15',
      '0100',
      '-0044-03-15',
      '-1',
      '12345',
      '1970-01-01',
      '1969-12-31',
    ];
    for (const v of values) {
      expect(startMs(v), `start of ${v}`).toBe(+startOf(v));
      expect(endMs(v), `end of ${v}`).toBe(+endOf(v));
    }
  });

  it('agree with startOf / endOf on every day of a few years, and every month and year form', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    for (const year of [1999, 2000, 2023, 2024]) {
      expect(startMs(String(year))).toBe(+startOf(String(year)));
      expect(endMs(String(year))).toBe(+endOf(String(year)));
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${pad(m)}`;
        expect(startMs(month)).toBe(+startOf(month));
        expect(endMs(month)).toBe(+endOf(month));
        for (let d = 1; d <= 31; d++) {
          const v = `${month}-${pad(d)}`;
          expect(startMs(v)).toBe(+startOf(v));
          expect(endMs(v)).toBe(+endOf(v));
        }
      }
    }
  });

  it('reject what is not a calendar date, as startOf does', () => {
    for (const v of ['2023-3-18', '2023/03/18', 'May 2023', '', '20a3', '2023-03-1x', '2023-0a', '2023x03']) {
      expect(() => startMs(v), v).toThrow(/not a calendar date/);
      expect(() => endMs(v), v).toThrow(/not a calendar date/);
    }
  });
});
