import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../state/view-state';
import { buildFilterIndex } from './apply-filters';
import { deriveFacets } from './facets';
import { seedLikeDataset } from './fixture-dataset';
import {
  deriveDateExtent,
  derivePeopleOptions,
  derivePlaceOptions,
  deriveKindOptions,
  deriveSourceOptions,
  deriveTopicTree,
  orderOptions,
  toggleTopic,
  toggleValue,
  type TopicNode,
} from './panel-options';

const data = seedLikeDataset();
const index = buildFilterIndex(data);
const setup = (f: Partial<Filters> = {}) => {
  const filters = { ...EMPTY_FILTERS, ...f };
  return { filters, facets: deriveFacets(index, filters) };
};
const flat = (nodes: TopicNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.label} ${n.count}${n.active ? ' [x]' : ''}${n.impliedBy ? ` (via ${n.impliedBy})` : ''}${n.mixed ? ' [-]' : ''}`,
    ...flat(n.children, depth + 1),
  ]);

describe('deriveTopicTree', () => {
  it('nests topics with counts that include descendants', () => {
    const { filters, facets } = setup();
    expect(flat(deriveTopicTree(data, index, facets, filters))).toEqual([
      'Economic security 2',
      '  Supply chains 2',
      '    Semiconductors 1',
      'Indo-Pacific 3',
      'Defense cooperation 2',
    ]);
  });

  it('marks the selected topic, the topics it implies and the ancestors of a selection', () => {
    const { filters, facets } = setup({ topics: ['supply-chains'] });
    expect(flat(deriveTopicTree(data, index, facets, filters))).toEqual([
      'Economic security 2 [-]',
      '  Supply chains 2 [x]',
      '    Semiconductors 1 (via Supply chains)',
      'Indo-Pacific 3',
      'Defense cooperation 2',
    ]);
  });

  it('keeps counts of the topic facet independent of the topic filter but not of others', () => {
    const { filters, facets } = setup({ topics: ['indo-pacific'], kinds: ['visit'] });
    expect(flat(deriveTopicTree(data, index, facets, filters))[0]).toBe('Economic security 1');
    expect(flat(deriveTopicTree(data, index, facets, filters))[3]).toBe('Indo-Pacific 0 [x]');
  });
});

describe('toggleTopic', () => {
  it('selecting a parent drops its selected descendants; toggling again removes it', () => {
    const f = { ...EMPTY_FILTERS, topics: ['chips', 'indo-pacific'] };
    const on = toggleTopic(data, f, 'economic-security');
    expect(on.topics).toEqual(['indo-pacific', 'economic-security']);
    expect(toggleTopic(data, on, 'economic-security').topics).toEqual(['indo-pacific']);
  });
});

describe('flat options', () => {
  it('lists people by overall count with roles and an unverified flag', () => {
    const { filters, facets } = setup({ kinds: ['statement'] });
    const people = derivePeopleOptions(data, index, facets, filters);
    expect(people.map((p) => [p.label, p.count])).toEqual([
      ['Fumio Kishida', 1],
      ['Olaf Scholz', 0],
      ['Jürgen Müller', 1],
      ['Yasukazu Hamada', 0],
    ]);
    expect(people[0].detail).toBe('Prime Minister');
    expect(people.find((p) => p.id === 'mueller')?.unverified).toBe(true);
  });

  it('groups places as countries, cities and regions, leaving out places without events', () => {
    const { filters, facets } = setup();
    const groups = derivePlaceOptions(data, index, facets, filters);
    expect(groups.map((g) => [g.label, g.options.map((o) => `${o.label} ${o.count}`)])).toEqual([
      ['Countries', ['Japan 6']],
      ['Cities', ['Tokyo 3', 'Berlin 1', 'Hiroshima 1']],
    ]);
  });

  it('keeps an active option even when it has no events', () => {
    const { filters, facets } = setup({ kinds: ['decision'] });
    expect(deriveKindOptions(index, facets, filters).map((o) => o.id)).toEqual([
      'meeting',
      'visit',
      'statement',
      'policy',
      'summit',
      'decision',
    ]);
  });

  it('labels sources with outlet and title', () => {
    const { filters, facets } = setup();
    expect(deriveSourceOptions(data, index, facets, filters).map((o) => o.label)).toEqual([
      'NHK: Leaders vow support',
      'AP: First consultations',
    ]);
  });

  it('keeps the overall order whatever the filters, and a selected place without events at its place', () => {
    const all = setup();
    const byKind = setup({ kinds: ['statement'], places: ['berlin'] });
    const order = (f: ReturnType<typeof setup>) =>
      derivePlaceOptions(data, index, f.facets, f.filters).flatMap((g) => g.options.map((o) => o.id));
    expect(order(byKind)).toEqual(order(all));
    const berlin = derivePlaceOptions(data, index, byKind.facets, byKind.filters)
      .flatMap((g) => g.options)
      .find((o) => o.id === 'berlin');
    expect(berlin).toMatchObject({ active: true, count: 0 });
  });

  it('sorts a facet once per index: by overall count, ties by label', () => {
    let builds = 0;
    const build = () => {
      builds++;
      return [
        { id: 'b', label: 'Bravo' },
        { id: 'a', label: 'Alpha' },
        { id: 'kishida', label: 'Zulu' },
      ];
    };
    const fresh = buildFilterIndex(seedLikeDataset());
    const first = orderOptions(fresh, 'people', build);
    expect(first.map((o) => [o.id, o.total])).toEqual([
      ['kishida', fresh.people.get('kishida')!.count],
      ['a', 0],
      ['b', 0],
    ]);
    expect(orderOptions(fresh, 'people', build)).toBe(first);
    expect(builds).toBe(1);
  });

  it('toggles flat values', () => {
    const f = toggleValue(EMPTY_FILTERS, 'kinds', 'visit');
    expect(f.kinds).toEqual(['visit']);
    expect(toggleValue(f, 'kinds', 'visit').kinds).toEqual([]);
  });
});

describe('deriveDateExtent', () => {
  it('covers the first to the last day of any event, whatever its precision', () => {
    expect(deriveDateExtent(index)).toEqual({ min: '2022-01-01', max: '2023-05-31' });
  });
});
