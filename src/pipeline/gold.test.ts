/**
 * The gold test: what a careful reader of the two seed articles lists, found by
 * the pipeline from the text alone (the editorial files hold no event).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, type InlineDataset, type NewsEvent } from '../data/schema';
import { runPipeline } from './run';
import { EDITORIAL_DIR, SEEDS_DIR } from './test-resources';

const NHK = '000_d85cbbf49fa03a6f';
const AP = '004_d1234d4bdc7d581f';

let data: InlineDataset;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gold-'));
  const out = join(dir, 'dataset.json');
  const result = await runPipeline({
    seedsDir: SEEDS_DIR,
    outFile: out,
    editorialDir: EDITORIAL_DIR,
    cacheDir: false,
  });
  expect(result.ok).toBe(true);
  data = dataset.parse(JSON.parse(readFileSync(out, 'utf8'))) as InlineDataset;
}, 120_000); // loads the gazetteer and the NLP packages: slow on a busy machine
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sources = (e: NewsEvent) => [...new Set(e.evidence.map((x) => x.source))].sort();
const quotes = (e: NewsEvent) => e.evidence.map((x) => x.quote).join(' ');
function only(predicate: (e: NewsEvent) => boolean): NewsEvent {
  const hits = data.events.filter(predicate);
  expect(hits).toHaveLength(1);
  return hits[0];
}
const onDay = (e: NewsEvent) => e.date.start === '2023-03-18' && e.date.precision === 'day';

describe('gold events of the seed articles', () => {
  it('1. Kishida–Scholz talks in Tokyo on 18 March 2023, with their topics, from NHK', () => {
    const e = only((x) => onDay(x) && x.kind === 'meeting' && /interpreters/.test(quotes(x)));
    expect(e).toMatchObject({ status: 'held', place: 'tokyo', order: 0 });
    expect([...e.participants].sort()).toEqual(['fumio-kishida', 'olaf-scholz']);
    expect(e.topics).toEqual(
      expect.arrayContaining([
        'sanctions',
        'aid-to-ukraine',
        'nuclear-threats',
        'indo-pacific',
        'g7-hiroshima-summit',
        'un-security-council-reform',
        'nuclear-disarmament',
      ]),
    );
    expect(quotes(e)).toContain('about 50 minutes');
    expect(sources(e)).toEqual([NHK]);
  });

  it('2. the first government consultations, one event with evidence from both articles', () => {
    const e = only((x) => onDay(x) && x.kind === 'meeting' && sources(x).length === 2);
    expect(e).toMatchObject({ status: 'held', place: 'tokyo', order: 1 });
    expect([...e.participants].sort()).toEqual(['fumio-kishida', 'olaf-scholz']);
    expect(e.topics).toEqual(
      expect.arrayContaining([
        'economic-security',
        'supply-chains',
        'critical-minerals-semiconductors',
        'infrastructure-protection',
        'cybersecurity',
        'emerging-technologies',
        'indo-pacific',
      ]),
    );
    expect(quotes(e)).toContain('first cabinet-level meeting');
    expect(quotes(e)).toContain('very first round of government consultations');
    expect(sources(e)).toEqual([NHK, AP]);
  });

  it('3. defense ministers Hamada and Pistorius met separately, from AP', () => {
    const e = only((x) => onDay(x) && x.kind === 'meeting' && x.participants.includes('yasukazu-hamada'));
    expect(e).toMatchObject({ status: 'held', place: 'tokyo' });
    expect([...e.participants].sort()).toEqual(['boris-pistorius', 'yasukazu-hamada']);
    expect(e.topics).toEqual(expect.arrayContaining(['defense-cooperation', 'indo-pacific']));
    expect(sources(e)).toEqual([AP]);
  });

  it('4. Kishida’s statement to reporters after the talks, from NHK', () => {
    const e = only((x) => onDay(x) && x.kind === 'statement');
    expect(e).toMatchObject({ status: 'held', place: 'tokyo', participants: ['fumio-kishida'] });
    expect(quotes(e)).toContain('Kishida told reporters');
    expect(sources(e)).toEqual([NHK]);
  });

  it('the four events of 18 March follow the text: talks, consultations, then the others', () => {
    const day = data.events.filter(onDay).sort((a, b) => a.order - b.order);
    expect(day.map((e) => e.order)).toEqual([0, 1, 2, 3]);
    expect(day[0].evidence[0].quote).toBe('The two leaders held talks in Tokyo on Saturday.');
    expect(sources(day[1])).toEqual([NHK, AP]);
    expect(
      day
        .slice(2)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['meeting', 'statement']);
  });

  it('5. the G7 summit in Hiroshima, May 2023, planned, from NHK', () => {
    const e = only((x) => x.kind === 'summit');
    expect(e).toMatchObject({
      status: 'planned',
      date: { start: '2023-05', precision: 'month' },
      place: 'hiroshima',
    });
    expect(e.topics).toContain('g7-hiroshima-summit');
    expect(sources(e)).toEqual([NHK]);
  });

  it('6. Scholz’s 2022 visit to Japan, then China: background, from Germany, from AP', () => {
    const e = only((x) => x.kind === 'visit');
    expect(e).toMatchObject({
      status: 'background',
      date: { start: '2022', precision: 'year' },
      place: 'japan',
      origin: 'germany',
      participants: ['olaf-scholz'],
    });
    expect(e.title).toMatch(/China/);
    expect(sources(e)).toEqual([AP]);
  });

  it('7. Japan’s new national security strategy of 2022: a background policy, from AP', () => {
    const e = only((x) => x.kind === 'policy');
    expect(e).toMatchObject({ status: 'background', date: { start: '2022', precision: 'year' } });
    expect(quotes(e)).toContain('adopted a new national safety method');
    expect(sources(e)).toEqual([AP]);
  });

  it('has no other events, and every quote is a verbatim sentence of its source', () => {
    expect(data.events).toHaveLength(7);
    const byId = new Map(data.sources.map((s) => [s.id, s]));
    for (const e of data.events)
      for (const x of e.evidence) {
        const src = byId.get(x.source)!;
        const s = src.sentences.find((y) => y.id === x.sentence)!;
        expect(src.text.slice(s.start, s.end)).toBe(x.quote);
        expect(src.text).toContain(x.quote);
      }
  });

  it('places: cities with GeoNames coordinates, countries with ISO codes, the Indo-Pacific as a region', () => {
    const place = (id: string) => data.places.find((p) => p.id === id)!;
    expect(place('tokyo')).toMatchObject({ kind: 'city', country: 'JP', lat: 35.6895, lon: 139.69171 });
    expect(place('berlin')).toMatchObject({ kind: 'city', country: 'DE', lat: 52.52437, lon: 13.41053 });
    expect(place('hiroshima')).toMatchObject({ kind: 'city', country: 'JP', lat: 34.4, lon: 132.45 });
    expect(place('beijing')).toMatchObject({ kind: 'city', country: 'CN', lat: 39.9075, lon: 116.39723 });
    const countries = data.places.filter((p) => p.kind === 'country').map((p) => [p.id, p.country]);
    expect(countries).toEqual(
      expect.arrayContaining([
        ['japan', 'JP'],
        ['germany', 'DE'],
        ['ukraine', 'UA'],
        ['russia', 'RU'],
        ['china', 'CN'],
        ['north-korea', 'KP'],
        ['united-states', 'US'],
        ['australia', 'AU'],
        ['united-kingdom', 'GB'],
      ]),
    );
    expect(place('indo-pacific').kind).toBe('region');
    // The dateline and the reporters' line count as mentions.
    expect(place('tokyo').mentions).toContain(`${AP}-s1`);
    expect(place('berlin').mentions).toEqual([`${AP}-s19`]);
    // Demonyms name no place: "European", "Southeast Asian" and "Japanese" add nothing.
    expect(data.places.map((p) => p.id).sort()).toEqual([
      'australia',
      'beijing',
      'berlin',
      'china',
      'germany',
      'hiroshima',
      'indo-pacific',
      'japan',
      'north-korea',
      'russia',
      'tokyo',
      'ukraine',
      'united-kingdom',
      'united-states',
    ]);
  });

  it('people: the four registry people, Kishida under all three spellings', () => {
    expect(data.people.map((p) => [p.id, p.verified])).toEqual([
      ['boris-pistorius', true],
      ['fumio-kishida', true],
      ['olaf-scholz', true],
      ['yasukazu-hamada', true],
    ]);
    const kishida = data.people.find((p) => p.id === 'fumio-kishida')!;
    const text = (id: string) => {
      const [src] = data.sources.filter((s) => id.startsWith(s.id));
      const s = src.sentences.find((x) => x.id === id)!;
      return src.text.slice(s.start, s.end);
    };
    const said = kishida.mentions.map(text).join(' ');
    expect(said).toContain('Kishida Fumio');
    expect(said).toContain('Fumio Kishida');
    expect(said).toContain('Kishida’s government');
  });
});
