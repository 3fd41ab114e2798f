import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../state/view-state';
import { deriveChips } from './active-chips';
import { seedLikeDataset } from './fixture-dataset';

const data = seedLikeDataset();

describe('deriveChips', () => {
  it('has no chips without filters', () => {
    expect(deriveChips(data, EMPTY_FILTERS)).toEqual([]);
  });

  it('labels each active value, unknown ids by themselves', () => {
    const chips = deriveChips(data, {
      ...EMPTY_FILTERS,
      topics: ['economic-security', 'gone'],
      people: ['kishida'],
      places: ['tokyo'],
      kinds: ['meeting'],
      statuses: ['planned'],
      sources: ['b'],
      from: '2023-03-01',
      to: '2023-05-31',
      q: '  supply  ',
    });
    expect(chips.map((c) => c.label)).toEqual([
      'Topic: Economic security',
      'Topic: gone',
      'Person: Fumio Kishida',
      'Place: Tokyo',
      'Kind: Meeting',
      'Status: Planned',
      'Source: AP: First consultations',
      'Dates: 1 March 2023 – 31 May 2023',
      'Search: “supply”',
    ]);
  });

  it('removes exactly its own value', () => {
    const filters = { ...EMPTY_FILTERS, topics: ['a', 'b'], from: '2023-01-01', q: 'x' };
    const [a, , dates, q] = deriveChips(data, filters);
    expect(a.without.topics).toEqual(['b']);
    expect(dates.label).toBe('Dates: from 1 January 2023');
    expect(dates.without).toEqual({ ...filters, from: undefined, to: undefined });
    expect(q.without.q).toBe('');
  });
});
