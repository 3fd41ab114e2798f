/** A small dataset shaped like the seed articles, for the map's unit tests (valid against the schema). */
import { dataset, type Dataset, type NewsEvent, type Place } from '../../data/schema';

const text =
  'Kishida met Scholz in Tokyo. The G7 meets in Hiroshima. Scholz flew from Berlin to Japan and Beijing.';
const sentences = [
  { id: 's1', start: 0, end: 28 },
  { id: 's2', start: 29, end: 55 },
  { id: 's3', start: 56, end: text.length },
];

const place = (
  id: string,
  kind: Place['kind'],
  lat: number,
  lon: number,
  country?: string,
  mentions = ['s1'],
): Place => ({
  id,
  name: id[0].toUpperCase() + id.slice(1),
  kind,
  lat,
  lon,
  country,
  mentions,
});

const event = (id: string, placeId: string | undefined, extra: Partial<NewsEvent> = {}): NewsEvent => ({
  id,
  title: `Event ${id}`,
  kind: 'meeting',
  status: 'held',
  date: { start: '2023-03-18', precision: 'day' },
  order: 0,
  place: placeId,
  participants: [],
  topics: [],
  evidence: [{ source: 'src', sentence: 's1', quote: 'Kishida met Scholz' }],
  ...extra,
});

export function makeFixture(): Dataset {
  return dataset.parse({
    schemaVersion: 1,
    sources: [
      { id: 'src', title: 'T', outlet: 'O', published: '2023-03-18', language: 'en', text, sentences },
    ],
    places: [
      place('tokyo', 'city', 35.68, 139.69, 'JP', ['s1']),
      place('hiroshima', 'city', 34.39, 132.45, 'JP', ['s2']),
      place('berlin', 'city', 52.52, 13.4, 'DE', ['s3']),
      place('beijing', 'city', 39.9, 116.4, 'CN', ['s3']),
      place('japan', 'country', 36.2, 138.25, 'JP', ['s3']),
      place('germany', 'country', 51.1, 10.4, 'DE', []),
      place('indo-pacific', 'region', 0, 120, undefined, ['s1']),
    ],
    people: [],
    topics: [],
    events: [
      event('talks', 'tokyo'),
      event('consultations', 'tokyo', { order: 1 }),
      event('g7', 'hiroshima', {
        kind: 'summit',
        status: 'planned',
        date: { start: '2023-05', precision: 'month' },
      }),
      event('visit', 'japan', {
        kind: 'visit',
        origin: 'berlin',
        date: { start: '2022', precision: 'year' },
      }),
      event('nowhere', undefined, { kind: 'statement' }),
    ],
  });
}
