import type { FeatureCollection, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCountryLookup, countryLookupOf } from './country-lookup';

const square = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

const countries: FeatureCollection<MultiPolygon, { name: string }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Islands' },
      // Two islands, the first with a lake.
      geometry: {
        type: 'MultiPolygon',
        coordinates: [[square(0, 0, 10, 10), square(4, 4, 6, 6)], [square(20, 0, 30, 10)]],
      },
    },
    {
      type: 'Feature',
      properties: { name: 'Mainland' },
      geometry: { type: 'MultiPolygon', coordinates: [[square(-20, 0, -5, 10)]] },
    },
  ],
};

describe('buildCountryLookup', () => {
  const lookup = buildCountryLookup(countries);
  it('finds the country on either of its islands and on another country', () => {
    expect(lookup(2, 2)).toBe(0);
    expect(lookup(25, 5)).toBe(0);
    expect(lookup(-10, 5)).toBe(1);
  });
  it('reports the sea between the islands, outside everything and inside a lake', () => {
    expect(lookup(15, 5)).toBe(-1);
    expect(lookup(2, 50)).toBe(-1);
    expect(lookup(5, 5)).toBe(-1);
  });
});

describe('countryLookupOf', () => {
  it('builds one lookup per basemap and answers like buildCountryLookup', () => {
    const lookup = countryLookupOf(countries);
    expect(countryLookupOf(countries)).toBe(lookup);
    expect(countryLookupOf({ ...countries })).not.toBe(lookup);
    expect([lookup(2, 2), lookup(-10, 5), lookup(15, 5)]).toEqual([0, 1, -1]);
  });
});
