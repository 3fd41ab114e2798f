import { describe, expect, it } from 'vitest';
import type { Place } from '../../data/schema';
import { classifyCount, deriveChoroplethClasses, deriveCountryMentions } from './choropleth';

const place = (p: Partial<Place> & Pick<Place, 'id' | 'kind'>): Place => ({
  name: p.id,
  lat: 0,
  lon: 0,
  mentions: [],
  ...p,
});

describe('deriveCountryMentions', () => {
  it('counts distinct sentences naming a country or one of its cities', () => {
    const counts = deriveCountryMentions([
      place({ id: 'japan', kind: 'country', country: 'JP', mentions: ['s1', 's2', 's3'] }),
      place({ id: 'tokyo', kind: 'city', country: 'JP', mentions: ['s1', 's4'] }),
      place({ id: 'hiroshima', kind: 'city', country: 'jp', mentions: ['s5'] }),
      place({ id: 'berlin', kind: 'city', country: 'DE', mentions: ['s6'] }),
      place({ id: 'indo-pacific', kind: 'region', mentions: ['s7', 's8'] }),
      place({ id: 'atlantis', kind: 'city', mentions: ['s9'] }),
      place({ id: 'china', kind: 'country', country: 'CN', mentions: [] }),
    ]);
    expect(Object.fromEntries(counts)).toEqual({ JP: 5, DE: 1 });
  });
});

describe('deriveChoroplethClasses', () => {
  it('gives each count its own class when there are few', () => {
    expect(deriveChoroplethClasses(3).map((c) => c.label)).toEqual(['1', '2', '3']);
  });

  it('splits small maxima evenly into four classes that cover 1..max without gaps', () => {
    const classes = deriveChoroplethClasses(10);
    expect(classes.map((c) => c.label)).toEqual(['1–3', '4–5', '6–8', '9–10']);
  });

  it('splits skewed maxima geometrically', () => {
    const classes = deriveChoroplethClasses(1000);
    expect(classes.map((c) => [c.min, c.max])).toEqual([
      [1, 6],
      [7, 32],
      [33, 178],
      [179, 1000],
    ]);
  });

  it('has no classes when nothing is mentioned', () => {
    expect(deriveChoroplethClasses(0)).toEqual([]);
  });
});

describe('classifyCount', () => {
  const classes = deriveChoroplethClasses(10);
  it('puts counts in their class and unmentioned countries in class 0', () => {
    expect([undefined, 0, 1, 3, 4, 9, 10, 99].map((n) => classifyCount(classes, n))).toEqual([
      0, 0, 1, 1, 2, 4, 4, 4,
    ]);
  });
});
