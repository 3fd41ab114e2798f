/**
 * Timeline test data shaped like the seed articles (7 events: four on 18 March 2023,
 * a planned May 2023 summit, two 2022 background events), plus a generator of many events.
 */
import { dataset as datasetSchema, type Dataset, type EventKind, type NewsEvent } from '../../data/schema';

const TEXT = 'Kishida and Scholz held talks in Tokyo. The G7 summit will be held in Hiroshima in May.';

const evidence = [{ source: 'nhk', sentence: 'nhk:s0', quote: 'Kishida and Scholz held talks in Tokyo.' }];

function ev(
  id: string,
  title: string,
  kind: EventKind,
  date: NewsEvent['date'],
  extra: Partial<NewsEvent> = {},
): NewsEvent {
  return {
    id,
    title,
    kind,
    status: 'held',
    date,
    order: 0,
    participants: [],
    topics: [],
    evidence,
    ...extra,
  };
}

export const seedEvents: NewsEvent[] = [
  ev(
    'talks',
    'Kishida and Scholz hold talks in Tokyo',
    'meeting',
    { start: '2023-03-18', precision: 'day' },
    { place: 'tokyo' },
  ),
  ev(
    'consultations',
    'First Japan–Germany government consultations',
    'meeting',
    { start: '2023-03-18', precision: 'day' },
    { place: 'tokyo', order: 1 },
  ),
  ev(
    'defense',
    'Defense ministers Hamada and Pistorius meet',
    'meeting',
    { start: '2023-03-18', precision: 'day' },
    { place: 'tokyo', order: 2 },
  ),
  ev(
    'statement',
    'Kishida tells reporters Japan and Germany will step up cooperation',
    'statement',
    { start: '2023-03-18', precision: 'day' },
    { place: 'tokyo', order: 3 },
  ),
  ev(
    'g7',
    'G7 summit in Hiroshima',
    'summit',
    { start: '2023-05', precision: 'month' },
    {
      place: 'hiroshima',
      status: 'planned',
    },
  ),
  ev(
    'visit',
    'Scholz visits Japan, then China',
    'visit',
    { start: '2022', precision: 'year' },
    {
      place: 'japan',
      origin: 'berlin',
      status: 'background',
    },
  ),
  ev(
    'strategy',
    'Japan adopts a new national security strategy',
    'policy',
    { start: '2022', precision: 'year' },
    {
      status: 'background',
      order: 1,
    },
  ),
];

export const timelineDataset: Dataset = datasetSchema.parse({
  schemaVersion: 1,
  sources: [
    {
      id: 'nhk',
      title: 'Japan, Germany leaders vow further support for Ukraine',
      outlet: 'NHK WORLD-JAPAN',
      published: '2023-03-18',
      language: 'en',
      text: TEXT,
      sentences: [
        { id: 'nhk:s0', start: 0, end: 39 },
        { id: 'nhk:s1', start: 40, end: TEXT.length },
      ],
    },
    {
      id: 'ap',
      title: 'Germany, Japan hold first government consultations',
      outlet: 'AP',
      published: '2023-03-17',
      language: 'en',
      text: TEXT,
      sentences: [{ id: 'ap:s0', start: 0, end: 39 }],
    },
  ],
  places: [
    { id: 'tokyo', name: 'Tokyo', kind: 'city', lat: 35.68, lon: 139.69, country: 'JP', mentions: [] },
    {
      id: 'hiroshima',
      name: 'Hiroshima',
      kind: 'city',
      lat: 34.39,
      lon: 132.45,
      country: 'JP',
      mentions: [],
    },
    { id: 'japan', name: 'Japan', kind: 'country', lat: 36.2, lon: 138.25, country: 'JP', mentions: [] },
    { id: 'berlin', name: 'Berlin', kind: 'city', lat: 52.52, lon: 13.4, country: 'DE', mentions: [] },
    { id: 'bonn', name: 'Bonn', kind: 'city', lat: 50.73, lon: 7.1, country: 'DE', mentions: [] },
    { id: 'pacific', name: 'Indo-Pacific', kind: 'region', lat: 5, lon: 120, mentions: [] },
  ],
  people: [],
  topics: [],
  events: seedEvents,
});

/** A deterministic pseudo-random event set spread over `years` from 2000, mixed precisions and places. */
export function generateEvents(count: number, years = 20): NewsEvent[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const kinds: EventKind[] = ['meeting', 'visit', 'statement', 'policy', 'summit', 'decision', 'other'];
  const places = ['tokyo', 'hiroshima', 'berlin', 'bonn', 'pacific', undefined];
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, i) => {
    const year = 2000 + Math.floor(random() * years);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const p = random();
    const start =
      p < 0.8 ? `${year}-${pad(month)}-${pad(day)}` : p < 0.95 ? `${year}-${pad(month)}` : `${year}`;
    const precision = p < 0.8 ? 'day' : p < 0.95 ? 'month' : 'year';
    return ev(
      `gen-${i}`,
      `Generated event number ${i}`,
      kinds[i % kinds.length],
      { start, precision },
      {
        place: places[Math.floor(random() * places.length)],
        order: i % 3,
        status: (['held', 'planned', 'background'] as const)[i % 3],
      },
    );
  });
}

export function datasetWith(events: NewsEvent[]): Dataset {
  return { ...timelineDataset, events };
}
