import { describe, expect, it } from 'vitest';
import type { Place } from '../data/schema';
import { datesCompatible, mergeEvents, orderEvents, type SourcedEvent } from './merge';

const places = new Map<string, Place>([
  ['tokyo', { id: 'tokyo', name: 'Tokyo', kind: 'city', lat: 35.7, lon: 139.7, country: 'JP', mentions: [] }],
  ['japan', { id: 'japan', name: 'Japan', kind: 'country', lat: 36, lon: 138, country: 'JP', mentions: [] }],
  ['osaka', { id: 'osaka', name: 'Osaka', kind: 'city', lat: 34.7, lon: 135.5, country: 'JP', mentions: [] }],
]);

let n = 0;
function ev(source: string, trigger: number, over: Partial<SourcedEvent> = {}): SourcedEvent {
  return {
    kind: 'meeting',
    status: 'held',
    date: { start: '2023-03-18', precision: 'day' },
    place: 'tokyo',
    participants: ['kishida', 'scholz'],
    topics: [],
    evidence: [trigger],
    trigger,
    format: 'talks',
    first: false,
    title: `event ${++n}`,
    idWords: ['e'],
    named: false,
    position: trigger / 20,
    source,
    sourceRank: source === 'a' ? 0 : 1,
    published: '2023-03-18',
    ...over,
  };
}

describe('mergeEvents', () => {
  it('merges the same event told by two articles, keeping the talks and the consultations apart', () => {
    const talksA = ev('a', 2);
    const consultA = ev('a', 12, { format: 'consultations', first: true, topics: ['economic-security'] });
    const consultB = ev('b', 0, {
      format: 'consultations',
      first: true,
      named: true,
      topics: ['economic-security'],
    });
    const merged = mergeEvents([consultB, talksA, consultA], places);
    expect(merged.map((m) => m.members.map((x) => `${x.source}${x.trigger}`))).toEqual([
      ['a2'],
      ['a12', 'b0'],
    ]);
  });

  it('needs shared participants, a compatible date and place, and the same kind', () => {
    const base = ev('a', 1);
    for (const other of [
      ev('b', 1, { participants: ['hamada', 'pistorius'] }),
      ev('b', 1, { date: { start: '2023-03-19', precision: 'day' } }),
      ev('b', 1, { place: 'osaka' }),
      ev('b', 1, { kind: 'visit' }),
    ])
      expect(mergeEvents([base, other], places)).toHaveLength(2);
  });

  it('merges a coarser date and a country with a day and a city in it, keeping the precise ones', () => {
    const [m] = mergeEvents(
      [ev('a', 1, { date: { start: '2023-03', precision: 'month' }, place: 'japan' }), ev('b', 1)],
      places,
    );
    expect(m.date).toEqual({ start: '2023-03-18', precision: 'day' });
    expect(m.place).toBe('tokyo');
    expect(
      datesCompatible({ start: '2022', precision: 'year' }, { start: '2023-01', precision: 'month' }),
    ).toBe(false);
  });

  it('merges a repeat within one article only when the people of one telling are among the other’s', () => {
    expect(mergeEvents([ev('a', 1), ev('a', 5, { participants: ['hamada'] })], places)).toHaveLength(2);
    expect(mergeEvents([ev('a', 1), ev('a', 5, { participants: [] })], places)).toHaveLength(2);
    expect(mergeEvents([ev('a', 1), ev('a', 5, { participants: ['kishida'] })], places)).toHaveLength(1);
    expect(mergeEvents([ev('a', 1), ev('a', 5)], places)).toHaveLength(1);
  });
});

describe('orderEvents', () => {
  it('follows each article’s text order and breaks ties by position in the article', () => {
    // Article a tells talks (2), consultations (12), statement (15); b tells consultations (0), defense (6).
    const merged = mergeEvents(
      [
        ev('a', 2),
        ev('a', 12, { format: 'consultations' }),
        ev('a', 15, { kind: 'statement', format: undefined }),
        ev('b', 0, { format: 'consultations', position: 0 }),
        ev('b', 6, { participants: ['hamada', 'pistorius'], position: 0.3 }),
      ],
      places,
    );
    const order = orderEvents(merged);
    const label = (i: number) => merged[i].members.map((x) => `${x.source}${x.trigger}`).join('+');
    const sorted = [...merged.keys()].sort((x, y) => order.get(merged[x])! - order.get(merged[y])!);
    expect(sorted.map(label)).toEqual(['a2', 'a12+b0', 'b6', 'a15']);
  });

  it('numbers each date separately and survives articles that disagree', () => {
    const merged = mergeEvents(
      [
        ev('a', 1, { participants: ['x'] }),
        ev('a', 2, { participants: ['y'] }),
        ev('b', 1, { participants: ['y'] }),
        ev('b', 2, { participants: ['x'] }),
        ev('a', 3, { date: { start: '2022', precision: 'year' }, kind: 'visit' }),
      ],
      places,
    );
    const order = orderEvents(merged);
    expect(merged.map((m) => order.get(m)).sort()).toEqual([0, 0, 1]);
  });
});
