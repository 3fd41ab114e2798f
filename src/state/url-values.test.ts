import { describe, expect, it } from 'vitest';
import { formatMapView, isIsoDay, isValidId, parseIdList, roundMapView } from './url-values';

describe('isIsoDay', () => {
  it.each([
    ['2023-03-18', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-04-31', false],
    ['0999-01-01', true],
    ['2023-3-18', false],
    [' 2023-03-18', false],
  ])('%s → %s', (value, ok) => expect(isIsoDay(value)).toBe(ok));
});

describe('isValidId', () => {
  it.each([
    ['economic-security', true],
    ['000_d85cbbf49fa03a6f:s3', true],
    ['2023-05-g7-summit-hiroshima', true],
    ['münchen', true],
    ['-lead', false],
    ['a b', false],
    ['a,b', false],
    ['a~b', false],
    ['<x>', false],
    ['', false],
  ])('%s → %s', (value, ok) => expect(isValidId(value)).toBe(ok));
});

describe('parseIdList', () => {
  it('accepts a custom predicate', () => {
    expect(parseIdList('a,B,c', (x) => x === x.toLowerCase())).toEqual(['a', 'c']);
  });
  it('gives an empty list for nothing', () => {
    expect(parseIdList(null)).toEqual([]);
    expect(parseIdList(',,')).toEqual([]);
  });
});

describe('map view formatting', () => {
  it('rounds to about a metre and never writes -0', () => {
    expect(roundMapView({ lat: -0.000001, lon: 10.123456, zoom: 3.14159 })).toEqual({
      lat: 0,
      lon: 10.12346,
      zoom: 3.14,
    });
    expect(formatMapView({ lat: -0.000001, lon: 10.123456, zoom: 3 })).toBe('0,10.12346,3');
  });
});
