import { describe, expect, it } from 'vitest';
import { dataset, SCHEMA_VERSION, type Dataset } from '../data/schema';
import { EditorialError, parseEditorial } from './editorial';
import { applyOverrides } from './overrides';

const data: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  sources: [
    {
      id: 's',
      title: 'T',
      outlet: 'O',
      published: '2023-03-18',
      language: 'en',
      text: 'A met B. C spoke.',
      sentences: [
        { id: 's-s1', start: 0, end: 8 },
        { id: 's-s2', start: 9, end: 17 },
      ],
    },
  ],
  places: [
    { id: 'tokyo', name: 'Tokyo', kind: 'city', lat: 35.7, lon: 139.7, country: 'JP', mentions: ['s-s1'] },
    { id: 'japan', name: 'Japan', kind: 'country', lat: 36, lon: 138, country: 'JP', mentions: ['s-s1'] },
  ],
  people: [
    { id: 'a', name: 'A', aliases: [], verified: false, mentions: ['s-s1'] },
    { id: 'b', name: 'B', aliases: [], verified: false, mentions: ['s-s1'] },
  ],
  topics: [],
  events: [
    {
      id: 'e1',
      title: 'A and B meet',
      kind: 'meeting',
      status: 'held',
      date: { start: '2023-03-18', precision: 'day' },
      order: 0,
      place: 'tokyo',
      origin: 'japan',
      participants: ['a', 'b'],
      topics: [],
      evidence: [{ source: 's', sentence: 's-s1', quote: 'A met B.' }],
    },
    {
      id: 'e2',
      title: 'C speaks',
      kind: 'statement',
      status: 'held',
      date: { start: '2023-03-18', precision: 'day' },
      order: 1,
      participants: [],
      topics: [],
      evidence: [{ source: 's', sentence: 's-s2', quote: 'C spoke.' }],
    },
  ],
};
const overrides = (yaml: string) => parseEditorial({ 'overrides.yaml': yaml }).overrides;

describe('applyOverrides', () => {
  it('sets event fields, matched by id or by a sentence the event cites', () => {
    const { data: out, warnings } = applyOverrides(
      data,
      overrides(`
events:
  - match: { id: e1 }
    set: { title: "Talks in Tokyo", status: background }
  - match: { sentence: s-s2 }
    set: { kind: other, date: { start: "2023-03", precision: month } }
`),
    );
    expect(warnings).toEqual([]);
    expect(out.events[0]).toMatchObject({ title: 'Talks in Tokyo', status: 'background' });
    expect(out.events[1]).toMatchObject({ kind: 'other', date: { start: '2023-03', precision: 'month' } });
    expect(data.events[0].title).toBe('A and B meet'); // the input is not mutated
    expect(dataset.safeParse(out).success).toBe(true);
  });

  it('drops events, places and people, and removes references to them', () => {
    const { data: out } = applyOverrides(
      data,
      overrides(`
events: [{ match: { id: e2 }, drop: true }]
places: [{ match: { id: japan }, drop: true }, { match: { id: tokyo }, set: { name: "Tōkyō" } }]
people: [{ match: { id: b }, drop: true }]
`),
    );
    expect(out.events.map((e) => e.id)).toEqual(['e1']);
    expect(out.events[0].origin).toBeUndefined();
    expect(out.events[0].participants).toEqual(['a']);
    expect(out.places.map((p) => p.name)).toEqual(['Tōkyō']);
    expect(dataset.safeParse(out).success).toBe(true);
  });

  it('reports overrides that no longer match anything', () => {
    const { warnings } = applyOverrides(
      data,
      overrides(`
events: [{ match: { sentence: s-s9 }, drop: true }]
places: [{ match: { id: paris }, set: { lat: 1 } }]
people: [{ match: { id: z }, drop: true }]
`),
    );
    expect(warnings).toEqual([
      'overrides.yaml: events[0] matches no event ({"sentence":"s-s9"})',
      'overrides.yaml: places[0] matches no place ("paris")',
      'overrides.yaml: people[0] matches no person ("z")',
    ]);
  });
});

describe('parseEditorial', () => {
  it('rejects malformed editorial files with the file and the field', () => {
    const bad: [Parameters<typeof parseEditorial>[0], RegExp][] = [
      [{ 'people.yaml': 'people: [{ name: X, country: Japan }]' }, /people\.yaml: people\.0\.country/],
      [{ 'topics.yaml': 'topics: [{ id: a, label: A, parent: missing }]' }, /unknown parent "missing"/],
      [{ 'topics.yaml': 'topics: [{ id: a, label: A }, { id: a, label: B }]' }, /duplicate topic id "a"/],
      [{ 'places.yaml': 'regions: [{ name: R, lat: 100, lon: 0 }]' }, /places\.yaml: regions\.0\.lat/],
      [{ 'overrides.yaml': 'events: [{ match: {}, drop: true }]' }, /give "id" or "sentence"/],
      [{ 'people.yaml': 'people: [unclosed' }, /people\.yaml: not valid YAML/],
    ];
    for (const [files, message] of bad) {
      expect(() => parseEditorial(files)).toThrow(EditorialError);
      expect(() => parseEditorial(files)).toThrow(message);
    }
  });

  it('fills ids and family names, and treats missing files as empty', () => {
    const e = parseEditorial({
      'people.yaml': 'people: [{ name: Olaf Scholz }, { name: Xi Jinping, family: Xi }]',
    });
    expect(e.people.map((p) => [p.id, p.family])).toEqual([
      ['olaf-scholz', 'Scholz'],
      ['xi-jinping', 'Xi'],
    ]);
    expect(e.topics).toEqual([]);
    expect(e.overrides).toEqual({ events: [], places: [], people: [] });
  });
});
