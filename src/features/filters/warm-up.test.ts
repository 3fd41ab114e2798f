// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../state/view-state';
import { mulberry32 } from '../../state/random-state';
import { buildFilterIndex } from './apply-filters';
import { deriveFacets } from './facets';
import { prepareSearchText, searchText } from './filter-index';
import { generateDataset } from './fixture-dataset';
import { warmUpSteps } from './warm-up';

describe('warmUpSteps', () => {
  it('builds the search text in slices and changes no result', () => {
    const data = generateDataset(5000, mulberry32(11));
    const cold = buildFilterIndex(structuredClone(data));
    const warm = buildFilterIndex(data);
    const steps = warmUpSteps(data, warm);
    // Six facets, two sample toggles, three text slices.
    expect(steps).toHaveLength(6 + 2 + 3);
    expect(prepareSearchText(warm, 0)).toBe(false);
    for (const step of steps) step();
    expect(prepareSearchText(warm, 1)).toBe(true);
    expect([...searchText(warm)]).toEqual([...searchText(cold)]);
    const topic = data.topics[0].id;
    const person = data.people[3].id;
    for (const filters of [
      EMPTY_FILTERS,
      { ...EMPTY_FILTERS, topics: [topic] },
      { ...EMPTY_FILTERS, people: [person] },
    ])
      expect(deriveFacets(warm, filters)).toEqual(deriveFacets(cold, filters));
  });

  it('only prepares the per-event lists on large datasets (the search text waits for a search)', () => {
    const data = generateDataset(25_000, mulberry32(5));
    const index = buildFilterIndex(data);
    const steps = warmUpSteps(data, index);
    expect(steps).toHaveLength(6);
    for (const step of steps) step();
    expect(prepareSearchText(index, 0)).toBe(false);
  });
});
