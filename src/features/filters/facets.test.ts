import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../state/view-state';
import { buildFilterIndex } from './apply-filters';
import { deriveFacets } from './facets';
import { seedLikeDataset } from './fixture-dataset';

const index = buildFilterIndex(seedLikeDataset());
const facets = (f: Partial<Filters>) => deriveFacets(index, { ...EMPTY_FILTERS, ...f });

describe('deriveFacets', () => {
  it('counts every value over the whole dataset when nothing is active', () => {
    const f = facets({});
    expect(f.total).toBe(7);
    expect(f.matching).toBe(7);
    expect(Object.fromEntries(f.kinds)).toEqual({ meeting: 3, statement: 1, summit: 1, visit: 1, policy: 1 });
    expect(Object.fromEntries(f.statuses)).toEqual({ held: 4, planned: 1, background: 2 });
    expect(Object.fromEntries(f.sources)).toEqual({ a: 5, b: 3 });
  });

  it('counts parents with their descendants', () => {
    const f = facets({});
    expect(f.topics.get('economic-security')).toBe(2);
    expect(f.topics.get('supply-chains')).toBe(2);
    expect(f.topics.get('chips')).toBe(1);
    expect(f.places.get('japan')).toBe(6);
  });

  it('computes each facet with the OTHER active filters only', () => {
    const f = facets({ kinds: ['meeting'], topics: ['defense-cooperation'] });
    expect(f.matching).toBe(1);
    // Kinds ignore the kind filter but apply the topic filter: defense (meeting) and strategy (policy).
    expect(Object.fromEntries(f.kinds)).toEqual({ meeting: 1, policy: 1, statement: 0, summit: 0, visit: 0 });
    // Topics ignore the topic filter but apply the kind filter: the three meetings.
    expect(f.topics.get('indo-pacific')).toBe(3);
    expect(f.topics.get('economic-security')).toBe(1);
    // People apply both.
    expect(f.people.get('hamada')).toBe(1);
    expect(f.people.get('kishida')).toBe(0);
  });

  it('applies the date and text filters to every facet', () => {
    const f = facets({ q: 'scholz', from: '2023-01-01' });
    expect(f.matching).toBe(2);
    expect(f.people.get('scholz')).toBe(2);
    expect(f.places.get('tokyo')).toBe(2);
    expect(f.places.get('berlin')).toBe(0);
  });
});
