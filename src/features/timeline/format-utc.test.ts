import { describe, expect, it } from 'vitest';
import { utcFormat } from 'd3-time-format';
import { utcFormatter } from './format-utc';

const PATTERNS = ['%Y', '%b', '%b %Y', '%-d %b', '%-d %b %Y', '%Y-%m-%d', '%-d %B %Y', '%B %Y'];

describe('utcFormatter', () => {
  it('prints like d3 utcFormat for every pattern the timeline uses', () => {
    const days = [Date.UTC(2023, 2, 18), Date.UTC(1999, 11, 31), Date.UTC(2024, 1, 29), Date.UTC(5, 0, 1)];
    // Every day of two years, at the end of the day (still that day in UTC).
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) days.push(t + 86_399_999);
    for (const pattern of PATTERNS) {
      const ours = utcFormatter(pattern);
      const d3 = utcFormat(pattern);
      for (const t of days) expect(ours(new Date(t))).toBe(d3(new Date(t)));
    }
  });

  it('formats numbers as instants', () => {
    expect(utcFormatter('%-d %b %Y')(Date.UTC(2023, 2, 8))).toBe('8 Mar 2023');
    expect(utcFormatter('%Y-%m-%d')(Date.UTC(2023, 2, 8))).toBe('2023-03-08');
  });

  it('refuses directives it does not know', () => {
    expect(() => utcFormatter('%H:%M')).toThrow(/unsupported %H/);
  });
});
