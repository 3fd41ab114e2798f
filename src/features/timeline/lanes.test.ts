import { describe, expect, it } from 'vitest';
import { seedEvents, timelineDataset } from './fixture.test-data';
import { countryName, deriveLanes, UNKNOWN_LANE } from './lanes';

describe('deriveLanes', () => {
  it('orders kinds as the schema does and labels them', () => {
    expect(deriveLanes(seedEvents, 'kind', timelineDataset).map((l) => `${l.label}:${l.count}`)).toEqual([
      'Meetings:3',
      'Visits:1',
      'Statements:1',
      'Policies:1',
      'Summits:1',
    ]);
  });

  it('groups by the country of the place, busiest first, Unknown last', () => {
    const events = [
      ...seedEvents,
      { ...seedEvents[0], id: 'bonn', place: 'bonn' },
      { ...seedEvents[0], id: 'region', place: 'pacific' },
    ];
    expect(deriveLanes(events, 'country', timelineDataset).map((l) => [l.key, l.label, l.count])).toEqual([
      ['JP', 'Japan', 6],
      ['DE', 'Germany', 1],
      [UNKNOWN_LANE, 'Unknown', 2],
    ]);
  });

  it('names countries from the dataset first, then from the region name list', () => {
    expect(countryName('JP', timelineDataset)).toBe('Japan');
    expect(countryName('FR', timelineDataset)).toBe('France');
  });
});
