/**
 * A small dataset shaped like the seed articles, for the details tests.
 * Sources are built from paragraphs of sentences so offsets are always right.
 */
import type { InlineDataset, Source } from '../../data/schema';

/** Builds a source whose text is the paragraphs joined by blank lines; sentence ids are `${id}:s${n}`. */
export function buildSource(
  id: string,
  meta: Omit<Source, 'id' | 'text' | 'sentences' | 'language'>,
  paragraphs: string[][],
  heading?: string,
): Source {
  let text = heading ? `${heading}\n\n` : '';
  const sentences: Source['sentences'] = [];
  paragraphs.forEach((para, p) => {
    if (p > 0) text += '\n\n';
    para.forEach((s, i) => {
      if (i > 0) text += ' ';
      sentences.push({ id: `${id}:s${sentences.length}`, start: text.length, end: text.length + s.length });
      text += s;
    });
  });
  return { id, language: 'en', text, sentences, ...meta };
}

export const nhk = buildSource(
  'nhk',
  {
    title: 'Japan, Germany leaders vow further support for Ukraine',
    outlet: 'NHK WORLD-JAPAN',
    published: '2023-03-18',
  },
  [
    [
      "Japan's Prime Minister Kishida Fumio and German Chancellor Olaf Scholz have agreed to continue strict sanctions on Russia.",
    ],
    ['The two leaders held talks in Tokyo on Saturday.', 'Kishida expressed his hope to talk with Scholz.'],
    ['The ministers agreed to promote cooperation in the area of economic security.'],
  ],
  'Japan, Germany leaders vow further support for Ukraine',
);

export const ap = buildSource(
  'ap',
  {
    title: 'Germany, Japan hold first government consultations in Tokyo',
    outlet: 'Associated Press (republished)',
    published: '2023-03-18',
    note: 'Machine-paraphrased: "financial safety" stands for economic security.',
    url: 'https://example.org/ap',
  },
  [
    [
      'TOKYO — German Chancellor Olaf Scholz and Japanese Prime Minister Fumio Kishida held consultations in Tokyo.',
    ],
    ['Scholz brought six ministers for talks on the Indo-Pacific area.'],
    ['Linked Press reporter Geir Moulson in Berlin contributed.'],
  ],
);

export const fixtureDataset: InlineDataset = {
  schemaVersion: 1,
  sources: [nhk, ap],
  places: [
    {
      id: 'tokyo',
      name: 'Tokyo',
      kind: 'city',
      lat: 35.68,
      lon: 139.69,
      country: 'JP',
      mentions: ['nhk:s1', 'ap:s0'],
    },
    { id: 'berlin', name: 'Berlin', kind: 'city', lat: 52.52, lon: 13.4, country: 'DE', mentions: [] },
    {
      id: 'japan',
      name: 'Japan',
      kind: 'country',
      lat: 36.2,
      lon: 138.25,
      country: 'JP',
      mentions: ['nhk:s0'],
    },
    { id: 'indo-pacific', name: 'Indo-Pacific', kind: 'region', lat: 5, lon: 120, mentions: ['ap:s1'] },
  ],
  people: [
    {
      id: 'fumio-kishida',
      name: 'Fumio Kishida',
      aliases: ['Kishida', 'Kishida Fumio'],
      role: 'Prime Minister of Japan',
      country: 'JP',
      verified: true,
      mentions: ['nhk:s0', 'nhk:s2', 'ap:s0'],
    },
    {
      id: 'olaf-scholz',
      name: 'Olaf Scholz',
      aliases: ['Scholz'],
      role: 'Chancellor of Germany',
      country: 'DE',
      verified: true,
      mentions: ['nhk:s0', 'ap:s0', 'ap:s1'],
    },
    { id: 'geir-moulson', name: 'Geir Moulson', aliases: [], verified: false, mentions: ['ap:s2'] },
  ],
  topics: [
    { id: 'economic-security', label: 'Economic security', aliases: ['financial safety'] },
    { id: 'supply-chains', label: 'Supply chains', parent: 'economic-security', aliases: [] },
    { id: 'indo-pacific', label: 'Indo-Pacific', aliases: [] },
    { id: 'russia-ukraine-war', label: "Russia's war in Ukraine", aliases: [] },
    { id: 'sanctions', label: 'Sanctions', parent: 'russia-ukraine-war', aliases: [] },
  ],
  events: [
    {
      id: 'consultations',
      title: 'First Japan–Germany government consultations',
      kind: 'meeting',
      status: 'held',
      date: { start: '2023-03-18', precision: 'day' },
      order: 1,
      place: 'tokyo',
      participants: ['fumio-kishida', 'olaf-scholz', 'geir-moulson'],
      topics: ['economic-security', 'supply-chains'],
      evidence: [
        {
          source: 'nhk',
          sentence: 'nhk:s3',
          quote: 'The ministers agreed to promote cooperation in the area of economic security.',
        },
        {
          source: 'ap',
          sentence: 'ap:s1',
          quote: 'Scholz brought six ministers for talks on the Indo-Pacific area.',
        },
        { source: 'nhk', sentence: 'nhk:s1', quote: 'The two leaders held talks in Tokyo on Saturday.' },
        { source: 'nhk', sentence: 'nhk:s1', quote: 'The two leaders held talks in Tokyo on Saturday.' },
      ],
    },
    {
      id: 'g7',
      title: 'G7 summit in Hiroshima',
      kind: 'summit',
      status: 'planned',
      date: { start: '2023-05', precision: 'month' },
      order: 0,
      participants: [],
      topics: [],
      evidence: [
        { source: 'nhk', sentence: 'nhk:s2', quote: 'Kishida expressed his hope to talk with Scholz.' },
      ],
    },
    {
      id: 'visit',
      title: 'Scholz visits Japan',
      kind: 'visit',
      status: 'background',
      date: { start: '2022', precision: 'year' },
      order: 0,
      place: 'japan',
      origin: 'berlin',
      participants: ['olaf-scholz'],
      topics: [],
      evidence: [{ source: 'ap', sentence: 'ap:s1', quote: 'Scholz brought six ministers' }],
    },
  ],
};
