import { describe, expect, it } from 'vitest';
import { endOf, startOf } from '../../lib/calendar-date';
import { endMs, shapeOf, startMs } from './event-spans';

describe('startMs / endMs', () => {
  it('give the same instants as the calendar module for every form and edge', () => {
    const values = [
      '2023',
      '2023-03',
      '2023-03-18',
      '2023-12',
      '2023-12-31',
      '2024-02-29',
      // Overflow rolls over as the calendar module rolls it.
      '2023-02-29',
      '2023-13',
      '2023-04-31',
      // Left to the calendar module: month or day 00, years below 100, BCE and long years.
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

  it('agree with the calendar module on every day of a few years', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    for (const year of [1999, 2000, 2023, 2024])
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 31; d++) {
          const v = `${year}-${pad(m)}-${pad(d)}`;
          expect(startMs(v)).toBe(+startOf(v));
          expect(endMs(v)).toBe(+endOf(v));
        }
  });

  it('reject what is not a calendar date, as the calendar module does', () => {
    for (const v of ['2023-3-18', '2023/03/18', 'May 2023', '', '20a3', '2023-03-1x'])
      expect(() => startMs(v), v).toThrow(/not a calendar date/);
  });
});

describe('shapeOf', () => {
  it('draws a known day as a point, a run of known days as a span, a month or year as fuzzy', () => {
    expect(shapeOf({ start: '2023-03-18', precision: 'day' })).toBe('point');
    expect(shapeOf({ start: '2023-03-18', end: '2023-03-18', precision: 'day' })).toBe('point');
    expect(shapeOf({ start: '2023-03-18', end: '2023-03-19', precision: 'day' })).toBe('span');
    expect(shapeOf({ start: '2023-05', precision: 'month' })).toBe('fuzzy');
    expect(shapeOf({ start: '2022', end: '2023', precision: 'year' })).toBe('fuzzy');
  });
});
