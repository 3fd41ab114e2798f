import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './gazetteer';
import { datelineSpan, findPlaces, unplacedNames } from './places';
import { shippedEditorial } from './test-resources';

const gazetteer = () => loadGazetteer(shippedEditorial().places);
const found = (sentences: string[], excluded: { start: number; end: number }[][] = []) =>
  findPlaces(sentences, gazetteer(), excluded).map((m) => ({
    text: m.text,
    id: m.place.id,
    kind: m.place.kind,
    country: m.place.country,
  }));

describe('findPlaces with the real gazetteer', () => {
  it('geocodes Tokyo, Berlin, Hiroshima and Beijing from GeoNames with correct coordinates', () => {
    const mentions = findPlaces(
      [
        'Talks in Tokyo, then Hiroshima; reporters in Berlin; ties with Tokyo more than Beijing. Japan and Germany.',
      ],
      gazetteer(),
    );
    const at = (id: string) => mentions.find((m) => m.place.id === id)!.place;
    expect(at('tokyo')).toMatchObject({ kind: 'city', country: 'JP' });
    expect(at('tokyo').lat).toBeCloseTo(35.69, 1);
    expect(at('tokyo').lon).toBeCloseTo(139.69, 1);
    expect(at('berlin')).toMatchObject({ kind: 'city', country: 'DE' });
    expect(at('berlin').lat).toBeCloseTo(52.52, 1);
    expect(at('berlin').lon).toBeCloseTo(13.41, 1);
    expect(at('hiroshima')).toMatchObject({ kind: 'city', country: 'JP' });
    expect(at('hiroshima').lat).toBeCloseTo(34.4, 1);
    expect(at('hiroshima').lon).toBeCloseTo(132.45, 1);
    expect(at('beijing')).toMatchObject({ kind: 'city', country: 'CN' });
    expect(at('beijing').lat).toBeCloseTo(39.9, 1);
    expect(at('beijing').lon).toBeCloseTo(116.4, 1);
    expect(mentions.filter((m) => m.place.id === 'tokyo')).toHaveLength(2);
  });

  it('finds countries by atlas name, ISO alias and editorial alias, with alpha-2 codes and a pin inside them', () => {
    const sentence =
      'Japan, noting threats from China and North Korea, works with the United States, Australia, Britain and Russia, America’s rival, and Ukraine.';
    expect(found([sentence]).map((m) => [m.text, m.id, m.kind, m.country])).toEqual([
      ['Japan', 'japan', 'country', 'JP'],
      ['China', 'china', 'country', 'CN'],
      ['North Korea', 'north-korea', 'country', 'KP'],
      ['United States', 'united-states', 'country', 'US'],
      ['Australia', 'australia', 'country', 'AU'],
      ['Britain', 'united-kingdom', 'country', 'GB'],
      ['Russia', 'russia', 'country', 'RU'],
      ['America', 'united-states', 'country', 'US'],
      ['Ukraine', 'ukraine', 'country', 'UA'],
    ]);
    const russia = findPlaces(['Russia'], gazetteer())[0].place;
    // Russia's shape crosses the antimeridian; its pin must still be in Siberia.
    expect(russia.lon).toBeGreaterThan(60);
    expect(russia.lon).toBeLessThan(140);
    expect(russia.lat).toBeGreaterThan(50);
  });

  it('reads "Indo-Pacific" as a region from the editorial regions file', () => {
    expect(found(['They confirmed the engagement of German forces in the Indo-Pacific area.'])).toEqual([
      { text: 'Indo-Pacific', id: 'indo-pacific', kind: 'region', country: undefined },
    ]);
  });

  it('reads a dateline in capitals and possessives', () => {
    expect(datelineSpan('TOKYO — German Chancellor Olaf Scholz')).toEqual({ start: 0, end: 5 });
    expect(datelineSpan('BERLIN (AP) — text')).toEqual({ start: 0, end: 6 });
    expect(datelineSpan('Tokyo — no dateline in title case')).toBeUndefined();
    expect(found(['TOKYO — Leaders met in China’s capital.'])).toEqual([
      { text: 'TOKYO', id: 'tokyo', kind: 'city', country: 'JP' },
      { text: 'China', id: 'china', kind: 'country', country: 'CN' },
    ]);
  });

  it('does not turn demonyms, month names, sentence-opening words or people into places', () => {
    const sentences = [
      'Of the 17 members of the cabinet, six are Japanese and German.',
      'Japanese Defense Minister Yasukazu Hamada met in May.',
    ];
    const hamada = sentences[1].indexOf('Yasukazu Hamada');
    expect(found(sentences, [[], [{ start: hamada, end: hamada + 'Yasukazu Hamada'.length }]])).toEqual([]);
  });

  it('prefers a city in a country the article names, but a capital keeps its weight', () => {
    // Hamilton, New Zealand (pop. ~170k) over Hamilton, Canada (~500k) when New Zealand is named.
    expect(found(['Hamilton is a city in New Zealand.'])[0]).toMatchObject({
      id: expect.any(String),
      country: 'NZ',
    });
    expect(found(['Hamilton is a big city.'])[0]).toMatchObject({ country: 'CA' });
    // Paris, Texas does not beat the French capital just because the United States is named.
    expect(found(['Paris and the United States.'])[0]).toMatchObject({ id: 'paris', country: 'FR' });
  });

  it('rejects small towns far from the story', () => {
    // Council, Idaho (pop. 800) is not what "Security Council" means, nor is Pacific, Missouri.
    expect(found(['The Council met in Pacific waters.'])).toEqual([]);
  });

  it('reports names after "in" that no gazetteer knows', () => {
    const s = 'They met in Zzyzxville and in Tokyo in May.';
    expect(unplacedNames(s, findPlaces([s], gazetteer()))).toEqual(['Zzyzxville']);
  });
});
