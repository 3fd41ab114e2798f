import { describe, expect, it } from 'vitest';
import { formatSpread, percentile, spread } from './stats';

describe('percentile', () => {
  it('interpolates between ranks', () => {
    expect(percentile([3, 1, 2, 4], 50)).toBe(2.5);
    expect(percentile([10, 20], 95)).toBe(19.5);
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('spread', () => {
  it('is the median with min and max, leaving failed runs out', () => {
    expect(spread([5, 1, NaN, 3])).toEqual({ median: 3, min: 1, max: 5, runs: [5, 1, 3] });
    expect(spread([NaN])).toBeUndefined();
  });
  it('formats for reports', () => {
    expect(formatSpread(spread([120, 100, 1400]), 'ms')).toBe('120 ms (100–1,400, 3 runs)');
    expect(formatSpread(undefined, 'ms')).toBe('n/a');
  });
});
