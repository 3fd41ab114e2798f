/**
 * Test datasets: a small one shaped like the seed articles, and a seeded
 * generator of large ones for checking the fast paths against naive code.
 */
import type { Dataset, EventKind, EventStatus, NewsEvent } from '../../data/schema';

const TEXT_A =
  'Kishida and Scholz met in Tokyo. The leaders agreed on supply chains. Defense ministers Hamada and Pistorius met. ' +
  'Kishida told reporters about Müller. The G7 summit will be held in Hiroshima in May.';
const TEXT_B = 'Scholz visited Japan, then China. Japan adopted a new national security strategy.';

const sentences = (prefix: string, text: string) => {
  const out: { id: string; start: number; end: number }[] = [];
  let start = 0;
  text.split(/(?<=\.) /).forEach((s, i) => {
    out.push({ id: `${prefix}:s${i}`, start, end: start + s.length });
    start += s.length + 1;
  });
  return out;
};

const ev = (e: Partial<NewsEvent> & Pick<NewsEvent, 'id' | 'title' | 'date'>): NewsEvent => ({
  kind: 'meeting',
  status: 'held',
  order: 0,
  participants: [],
  topics: [],
  evidence: [{ source: 'a', sentence: 'a:s0', quote: 'Kishida and Scholz met in Tokyo.' }],
  ...e,
});

export function seedLikeDataset(): Dataset {
  return {
    schemaVersion: 1,
    sources: [
      {
        id: 'a',
        title: 'Leaders vow support',
        outlet: 'NHK',
        published: '2023-03-18',
        language: 'en',
        text: TEXT_A,
        sentences: sentences('a', TEXT_A),
      },
      {
        id: 'b',
        title: 'First consultations',
        outlet: 'AP',
        published: '2023-03-19',
        language: 'en',
        text: TEXT_B,
        sentences: sentences('b', TEXT_B),
      },
    ],
    places: [
      { id: 'tokyo', name: 'Tokyo', kind: 'city', lat: 35.7, lon: 139.7, country: 'JP', mentions: [] },
      {
        id: 'hiroshima',
        name: 'Hiroshima',
        kind: 'city',
        lat: 34.4,
        lon: 132.5,
        country: 'JP',
        mentions: [],
      },
      { id: 'berlin', name: 'Berlin', kind: 'city', lat: 52.5, lon: 13.4, country: 'DE', mentions: [] },
      { id: 'japan', name: 'Japan', kind: 'country', lat: 36, lon: 138, country: 'JP', mentions: [] },
      { id: 'indo-pacific', name: 'Indo-Pacific', kind: 'region', lat: 0, lon: 120, mentions: [] },
    ],
    people: [
      {
        id: 'kishida',
        name: 'Fumio Kishida',
        aliases: ['Kishida'],
        role: 'Prime Minister',
        verified: true,
        mentions: [],
      },
      { id: 'scholz', name: 'Olaf Scholz', aliases: ['Scholz'], verified: true, mentions: [] },
      { id: 'hamada', name: 'Yasukazu Hamada', aliases: [], verified: true, mentions: [] },
      { id: 'mueller', name: 'Jürgen Müller', aliases: [], verified: false, mentions: [] },
    ],
    topics: [
      { id: 'economic-security', label: 'Economic security', aliases: [] },
      { id: 'supply-chains', label: 'Supply chains', parent: 'economic-security', aliases: [] },
      { id: 'chips', label: 'Semiconductors', parent: 'supply-chains', aliases: [] },
      { id: 'indo-pacific', label: 'Indo-Pacific', aliases: [] },
      { id: 'defense-cooperation', label: 'Defense cooperation', aliases: [] },
    ],
    events: [
      ev({
        id: 'talks',
        title: 'Kishida and Scholz hold talks',
        date: { start: '2023-03-18', precision: 'day' },
        place: 'tokyo',
        participants: ['kishida', 'scholz'],
        topics: ['indo-pacific'],
      }),
      ev({
        id: 'consultations',
        title: 'First Japan–Germany government consultations',
        date: { start: '2023-03-18', precision: 'day' },
        order: 1,
        place: 'tokyo',
        participants: ['kishida', 'scholz'],
        topics: ['supply-chains', 'indo-pacific'],
        evidence: [
          { source: 'a', sentence: 'a:s1', quote: 'The leaders agreed on supply chains.' },
          { source: 'b', sentence: 'b:s0', quote: 'Scholz visited Japan' },
        ],
      }),
      ev({
        id: 'defense',
        title: 'Defense ministers meet',
        date: { start: '2023-03-18', precision: 'day' },
        order: 2,
        place: 'tokyo',
        participants: ['hamada'],
        topics: ['defense-cooperation', 'indo-pacific'],
        evidence: [{ source: 'a', sentence: 'a:s2', quote: 'Defense ministers Hamada and Pistorius met.' }],
      }),
      ev({
        id: 'statement',
        title: 'Kishida tells reporters',
        kind: 'statement',
        date: { start: '2023-03-18', precision: 'day' },
        order: 3,
        participants: ['kishida', 'mueller'],
        evidence: [{ source: 'a', sentence: 'a:s3', quote: 'Kishida told reporters about Müller.' }],
      }),
      ev({
        id: 'g7',
        title: 'G7 summit in Hiroshima',
        kind: 'summit',
        status: 'planned',
        date: { start: '2023-05', precision: 'month' },
        place: 'hiroshima',
        evidence: [
          { source: 'a', sentence: 'a:s4', quote: 'The G7 summit will be held in Hiroshima in May.' },
        ],
      }),
      ev({
        id: 'visit',
        title: 'Scholz visits Japan, then China',
        kind: 'visit',
        status: 'background',
        date: { start: '2022', precision: 'year' },
        place: 'japan',
        origin: 'berlin',
        participants: ['scholz'],
        topics: ['chips'],
        evidence: [{ source: 'b', sentence: 'b:s0', quote: 'Scholz visited Japan, then China.' }],
      }),
      ev({
        id: 'strategy',
        title: 'Japan adopts a security strategy',
        kind: 'policy',
        status: 'background',
        date: { start: '2022', precision: 'year' },
        order: 1,
        place: 'japan',
        topics: ['defense-cooperation'],
        evidence: [
          { source: 'b', sentence: 'b:s1', quote: 'Japan adopted a new national security strategy.' },
        ],
      }),
    ],
  };
}

/** A large synthetic dataset; not quote-verbatim, so do not validate it against the schema. */
export function generateDataset(size: number, rand: () => number): Dataset {
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)];
  const few = <T>(xs: readonly T[], max: number) => [
    ...new Set(Array.from({ length: int(max + 1) }, () => pick(xs))),
  ];
  const topics = Array.from({ length: 40 }, (_, i) => ({
    id: `t${i}`,
    label: `Topic ${i}`,
    parent: i >= 5 ? `t${i < 15 ? i % 5 : 5 + (i % 10)}` : undefined,
    aliases: [],
  }));
  const countries = ['JP', 'DE', 'FR', 'US', 'CN'];
  const places = [
    ...countries.map((c) => ({
      id: `country-${c}`,
      name: `Country ${c}`,
      kind: 'country' as const,
      lat: 0,
      lon: 0,
      country: c,
      mentions: [],
    })),
    ...Array.from({ length: 300 }, (_, i) => ({
      id: `city-${i}`,
      name: `Cité ${i}`,
      kind: 'city' as const,
      lat: 0,
      lon: 0,
      country: pick(countries),
      mentions: [],
    })),
  ];
  const people = Array.from({ length: 2000 }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    aliases: [],
    verified: i % 3 !== 0,
    mentions: [],
  }));
  const sources = Array.from({ length: 50 }, (_, i) => ({
    id: `s${i}`,
    title: `Source ${i}`,
    outlet: `Outlet ${i % 7}`,
    published: '2023-01-01',
    language: 'en',
    text: '',
    sentences: [],
  }));
  const kinds: EventKind[] = ['meeting', 'visit', 'statement', 'policy', 'summit', 'decision', 'other'];
  const statuses: EventStatus[] = ['held', 'planned', 'background'];
  const words = ['alpha', 'beta', 'gamma', 'delta', 'épsilon', 'zeta', 'eta', 'theta'];
  const events: NewsEvent[] = Array.from({ length: size }, (_, i) => {
    const year = 2000 + int(25);
    const month = String(1 + int(12)).padStart(2, '0');
    const day = String(1 + int(28)).padStart(2, '0');
    const precision = pick(['year', 'month', 'day', 'day'] as const);
    const start =
      precision === 'year'
        ? `${year}`
        : precision === 'month'
          ? `${year}-${month}`
          : `${year}-${month}-${day}`;
    return {
      id: `e${i}`,
      title: `${pick(words)} ${pick(words)} event ${i}`,
      kind: pick(kinds),
      status: pick(statuses),
      date: { start, precision, ...(rand() < 0.1 ? { end: `${year + 1}` } : {}) },
      order: int(4),
      place: rand() < 0.9 ? pick(places).id : undefined,
      origin: rand() < 0.1 ? pick(places).id : undefined,
      participants: few(people, 3).map((p) => p.id),
      topics: few(topics, 3).map((t) => t.id),
      evidence: few(sources, 2).map((s) => ({
        source: s.id,
        sentence: `${s.id}:s0`,
        quote: `${pick(words)} quote`,
      })),
    };
  });
  return { schemaVersion: 1, sources, places, people, topics, events };
}
