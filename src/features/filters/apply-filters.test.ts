import { describe, expect, it } from 'vitest';
import { dataset as datasetSchema } from '../../data/schema';
import { EMPTY_FILTERS, type Filters } from '../../state/view-state';
import { applyFilters, buildFilterIndex, countMatches } from './apply-filters';
import { seedLikeDataset } from './fixture-dataset';

const data = seedLikeDataset();
const index = buildFilterIndex(data);
const ids = (f: Partial<Filters>) => applyFilters(index, { ...EMPTY_FILTERS, ...f }).map((e) => e.id);

describe('the fixture', () => {
  it('is a valid dataset', () => {
    expect(datasetSchema.safeParse(data).error).toBeUndefined();
  });
});

describe('applyFilters', () => {
  it('returns every event sorted by date start, then order, when nothing is active', () => {
    expect(ids({})).toEqual(['visit', 'strategy', 'talks', 'consultations', 'defense', 'statement', 'g7']);
  });

  it('builds the index once per dataset', () => {
    expect(buildFilterIndex(data)).toBe(index);
  });

  it('matches a topic through its descendants, at any depth', () => {
    expect(ids({ topics: ['economic-security'] })).toEqual(['visit', 'consultations']);
    expect(ids({ topics: ['supply-chains'] })).toEqual(['visit', 'consultations']);
    expect(ids({ topics: ['chips'] })).toEqual(['visit']);
  });

  it('ORs within a facet and ANDs across facets', () => {
    expect(ids({ topics: ['economic-security', 'defense-cooperation'] })).toEqual([
      'visit',
      'strategy',
      'consultations',
      'defense',
    ]);
    expect(ids({ topics: ['indo-pacific'], people: ['hamada', 'scholz'] })).toEqual([
      'talks',
      'consultations',
      'defense',
    ]);
    expect(ids({ topics: ['indo-pacific'], kinds: ['statement'] })).toEqual([]);
  });

  it('treats unknown ids as matching nothing, without hiding the known ones', () => {
    expect(ids({ topics: ['no-such-topic'] })).toEqual([]);
    expect(ids({ people: ['nobody', 'hamada'] })).toEqual(['defense']);
  });

  it('matches a country for events in its cities and travel from a place', () => {
    expect(ids({ places: ['japan'] })).toEqual([
      'visit',
      'strategy',
      'talks',
      'consultations',
      'defense',
      'g7',
    ]);
    expect(ids({ places: ['berlin'] })).toEqual(['visit']);
    expect(ids({ places: ['hiroshima'] })).toEqual(['g7']);
  });

  it('filters by kind, status and source', () => {
    expect(ids({ kinds: ['summit', 'visit'] })).toEqual(['visit', 'g7']);
    expect(ids({ statuses: ['background'] })).toEqual(['visit', 'strategy']);
    expect(ids({ sources: ['b'] })).toEqual(['visit', 'strategy', 'consultations']);
  });

  it('keeps events whose date span overlaps [from, to], whatever their precision', () => {
    expect(ids({ from: '2023-05-31' })).toEqual(['g7']);
    expect(ids({ from: '2023-06-01' })).toEqual([]);
    expect(ids({ to: '2022-12-31' })).toEqual(['visit', 'strategy']);
    expect(ids({ from: '2022-07-01', to: '2022-07-01' })).toEqual(['visit', 'strategy']);
    expect(ids({ from: '2023-03-18', to: '2023-03-18' })).toEqual([
      'talks',
      'consultations',
      'defense',
      'statement',
    ]);
    expect(ids({ from: '2023-03-19', to: '2023-04-30' })).toEqual([]);
  });

  it('searches titles, quotes, participants and places; every word must match, case and accents ignored', () => {
    expect(ids({ q: 'supply' })).toEqual(['consultations']);
    expect(ids({ q: 'HIROSHIMA' })).toEqual(['g7']);
    expect(ids({ q: 'muller' })).toEqual(['statement']);
    expect(ids({ q: 'olaf tokyo' })).toEqual(['talks', 'consultations']);
    expect(ids({ q: 'olaf berlin' })).toEqual(['visit']);
    expect(ids({ q: 'japan-germany' })).toEqual(['consultations']);
    expect(ids({ q: 'kishida zzzz' })).toEqual([]);
    expect(ids({ q: '   ' })).toHaveLength(7);
  });

  it('counts matches without listing them', () => {
    expect(countMatches(index, { ...EMPTY_FILTERS, topics: ['indo-pacific'] })).toBe(3);
    expect(countMatches(index, EMPTY_FILTERS)).toBe(7);
  });
});
