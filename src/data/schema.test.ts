import { describe, expect, it } from 'vitest';
import { dataset, describeIssues, SCHEMA_VERSION } from './schema';

const text = 'Kishida met Scholz in Tokyo. They agreed on economic security.';
function valid() {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [
      {
        id: 'a',
        title: 'T',
        outlet: 'O',
        published: '2023-03-18',
        language: 'en',
        text,
        sentences: [
          { id: 'a-s0', start: 0, end: 28 },
          { id: 'a-s1', start: 29, end: text.length },
        ],
      },
      {
        id: 'b',
        title: 'T',
        outlet: 'O',
        published: '2023-03-18',
        language: 'en',
        text: 'Other.',
        sentences: [{ id: 'b-s0', start: 0, end: 6 }],
      },
    ],
    places: [
      {
        id: 'tokyo',
        name: 'Tokyo',
        kind: 'city',
        lat: 35.69,
        lon: 139.69,
        country: 'JP',
        mentions: ['a-s0'],
      },
    ],
    people: [{ id: 'kishida', name: 'Fumio Kishida', aliases: [], verified: true, mentions: ['a-s0'] }],
    topics: [{ id: 'economic-security', label: 'Economic security', aliases: [] }],
    events: [
      {
        id: 'e1',
        title: 'Kishida meets Scholz',
        kind: 'meeting',
        status: 'held',
        date: { start: '2023-03-18', precision: 'day' },
        order: 0,
        place: 'tokyo',
        participants: ['kishida'],
        topics: ['economic-security'],
        evidence: [{ source: 'a', sentence: 'a-s0', quote: 'Kishida met Scholz in Tokyo.' }],
      },
    ],
  };
}

const problems = (data: unknown) => {
  const r = dataset.safeParse(data);
  return r.success ? '' : describeIssues(r.error, 20);
};

describe('dataset cross-references', () => {
  it('accepts a consistent dataset', () => {
    expect(problems(valid())).toBe('');
  });

  it('names each broken reference with its path', () => {
    const d = valid();
    d.events[0].place = 'atlantis';
    d.events[0].participants = ['nobody'];
    d.events[0].topics = ['unknown-topic'];
    expect(problems(d)).toMatch(/events\.0\.place: unknown place "atlantis"/);
    expect(problems(d)).toMatch(/events\.0\.participants\.0: unknown person "nobody"/);
    expect(problems(d)).toMatch(/events\.0\.topics\.0: unknown topic "unknown-topic"/);
  });

  it('rejects a quote that is not verbatim, and a sentence of another source', () => {
    const d = valid();
    d.events[0].evidence = [
      { source: 'a', sentence: 'a-s0', quote: 'Kishida met Scholz in Berlin.' },
      { source: 'a', sentence: 'b-s0', quote: 'Kishida' },
    ];
    const out = problems(d);
    expect(out).toMatch(/evidence\.0\.quote: quote is not a verbatim substring/);
    expect(out).toMatch(/evidence\.1\.sentence: unknown sentence "b-s0"/);
  });

  it('accepts a quote that spans sentences as long as it is verbatim in the text', () => {
    const d = valid();
    d.events[0].evidence = [{ source: 'a', sentence: 'a-s0', quote: 'Tokyo. They agreed' }];
    expect(problems(d)).toBe('');
  });

  it('rejects duplicate ids, offsets past the text and calendar dates that are not dates', () => {
    const d = valid();
    d.places.push({ ...d.places[0] });
    d.sources[1].sentences[0].end = 99;
    d.events[0].date.start = '2023-3-18';
    const out = problems(d);
    expect(out).toMatch(/places\.1\.id: duplicate id "tokyo"/);
    expect(out).toMatch(/sentence b-s0 offsets out of range/);
    expect(out).toMatch(/expected YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});
