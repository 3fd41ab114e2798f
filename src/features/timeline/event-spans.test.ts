import { describe, expect, it } from 'vitest';
// startMs / endMs are the calendar module's (tested in src/lib/calendar-date.test.ts).
import { shapeOf } from './event-spans';

describe('shapeOf', () => {
  it('draws a known day as a point, a run of known days as a span, a month or year as fuzzy', () => {
    expect(shapeOf({ start: '2023-03-18', precision: 'day' })).toBe('point');
    expect(shapeOf({ start: '2023-03-18', end: '2023-03-18', precision: 'day' })).toBe('point');
    expect(shapeOf({ start: '2023-03-18', end: '2023-03-19', precision: 'day' })).toBe('span');
    expect(shapeOf({ start: '2023-05', precision: 'month' })).toBe('fuzzy');
    expect(shapeOf({ start: '2022', end: '2023', precision: 'year' })).toBe('fuzzy');
  });
});
