/**
 * Synthetic datasets of N events in the app's format (valid against the
 * shared schema), deterministic from a seed: 2015–2025, ~70% day / 20% month /
 * 10% year precision, 200 real cities and their countries, ~300 people, the
 * topic taxonomy, 1–3 verbatim evidence quotes per event from ~N/20 sources.
 */
import {
  SCHEMA_VERSION,
  type InlineDataset,
  type EventKind,
  type EventStatus,
  type NewsEvent,
  type Precision,
  type Source,
  type Topic,
} from '../src/data/schema';
import { worldPlaces, type GazetteerPlace } from './gazetteer';
import { generatePeople, type BenchPerson } from './people';
import { MONTHS, OUTLETS, WEEKDAYS, evidenceOptions, writeFiller } from './prose';
import { Rng, ZipfPicker } from './prng';
import { DOCUMENTED_TOPICS } from './taxonomy';

export interface DatasetOptions {
  events: number;
  seed?: number;
  topics?: Topic[];
  cities?: number;
  people?: number;
  /** Events per source article, on average. */
  eventsPerSource?: number;
}

const KINDS: Record<EventKind, number> = {
  meeting: 35,
  statement: 20,
  visit: 15,
  decision: 10,
  policy: 8,
  summit: 5,
  other: 7,
};
const STATUS: Record<EventStatus, number> = { held: 80, planned: 10, background: 10 };
const PRECISION: Record<Precision, number> = { day: 70, month: 20, year: 10 };
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

interface Draft {
  event: Omit<NewsEvent, 'evidence' | 'order'>;
  sortKey: number;
  when: { weekday?: string; month?: string; year: number };
  people: BenchPerson[];
  place?: GazetteerPlace;
  origin?: GazetteerPlace;
  topicLabel: string;
  country: string;
}

function draftEvent(rng: Rng, i: number, w: World): Draft {
  const precision = rng.weighted(PRECISION);
  const year = rng.int(2015, 2025);
  const month = rng.int(1, 12);
  const day = rng.int(1, daysIn(year, month));
  const start =
    precision === 'year'
      ? `${year}`
      : precision === 'month'
        ? `${year}-${pad(month)}`
        : `${year}-${pad(month)}-${pad(day)}`;
  const utc = Date.UTC(year, precision === 'year' ? 0 : month - 1, precision === 'day' ? day : 1);
  const kind = rng.weighted(KINDS);
  const status = rng.weighted(STATUS);
  const date: NewsEvent['date'] = { start, precision };
  if (precision === 'day' && (kind === 'summit' || kind === 'visit') && rng.chance(0.4)) {
    const end = new Date(utc + rng.int(1, 3) * 86_400_000).toISOString().slice(0, 10);
    date.end = end;
  }
  const place = rng.chance(0.92)
    ? rng.chance(0.85)
      ? w.cities[w.cityZipf.pick(rng)]
      : rng.pick(w.countries)
    : undefined;
  const origin = kind === 'visit' && rng.chance(0.8) ? w.cities[w.cityZipf.pick(rng)] : undefined;
  const nPeople =
    kind === 'policy'
      ? rng.int(0, 1)
      : kind === 'meeting' || kind === 'summit'
        ? rng.int(2, 4)
        : rng.int(1, 2);
  const people = new Map<string, BenchPerson>();
  while (people.size < nPeople) {
    const p = w.people[w.peopleZipf.pick(rng)];
    people.set(p.id, p);
  }
  const topicCount = rng.weighted({ 1: 50, 2: 35, 3: 15 } as Record<string, number>);
  const topics = rng.sample(w.topics, Number(topicCount));
  const ps = [...people.values()];
  const lead = ps[0];
  const where = place?.name ?? lead?.countryName ?? 'the capital';
  const t0 = topics[0].label;
  const titles: Record<EventKind, string> = {
    meeting: ps[1] ? `${lead.surname} and ${ps[1].surname} meet in ${where}` : `Talks in ${where}`,
    visit: lead ? `${lead.surname} visits ${where}` : `Delegation visits ${where}`,
    statement: lead ? `${lead.surname} speaks on ${t0}` : `Statement on ${t0}`,
    policy: `New policy on ${t0} in ${lead?.countryName ?? where}`,
    summit: `${t0} summit in ${where}`,
    decision: lead ? `${lead.surname} announces decision on ${t0}` : `Decision on ${t0}`,
    other: `${t0}: developments in ${where}`,
  };
  const event: Draft['event'] = {
    id: `${start}-${kind}-${i.toString(36)}`,
    title: titles[kind],
    kind,
    status,
    date,
    ...(place ? { place: place.id } : {}),
    ...(origin && origin.id !== place?.id ? { origin: origin.id } : {}),
    participants: ps.map((p) => p.id),
    topics: topics.map((t) => t.id),
  };
  return {
    event,
    sortKey: utc,
    when: {
      year,
      month: precision !== 'year' ? MONTHS[month - 1] : undefined,
      weekday: precision === 'day' ? WEEKDAYS[(new Date(utc).getUTCDay() + 6) % 7] : undefined,
    },
    people: ps,
    place,
    origin: event.origin ? origin : undefined,
    topicLabel: t0,
    country: lead?.countryName ?? place?.name ?? 'the country',
  };
}

interface World {
  cities: GazetteerPlace[];
  countries: GazetteerPlace[];
  people: BenchPerson[];
  topics: Topic[];
  cityZipf: ZipfPicker;
  peopleZipf: ZipfPicker;
}

let places: ReturnType<typeof worldPlaces> | undefined;
const placesFor = (n: number) => (places && places.cities.length === n ? places : (places = worldPlaces(n)));

export function generateDataset(options: DatasetOptions): InlineDataset {
  const rng = new Rng(options.seed ?? 1);
  const { cities, countries } = placesFor(options.cities ?? 200);
  const people = generatePeople(rng, options.people ?? 300, countries);
  const topics = options.topics ?? DOCUMENTED_TOPICS;
  const w: World = {
    cities,
    countries,
    people,
    topics,
    cityZipf: new ZipfPicker(cities.length),
    peopleZipf: new ZipfPicker(people.length, 0.8),
  };
  const drafts = Array.from({ length: options.events }, (_, i) => draftEvent(rng, i, w));
  // The pipeline emits events by date; articles report events close in time.
  drafts.sort((a, b) => a.sortKey - b.sortKey || a.event.date.start.localeCompare(b.event.date.start));
  const mentions = new Map<string, string[]>();
  const mention = (id: string, sentenceId: string) => {
    const list = mentions.get(id);
    if (list) list.push(sentenceId);
    else mentions.set(id, [sentenceId]);
  };
  const sources: Source[] = [];
  const events: NewsEvent[] = [];
  const perSource = options.eventsPerSource ?? 20;
  const orderOf = new Map<string, number>();
  for (let at = 0; at < drafts.length;) {
    const chunk = drafts.slice(
      at,
      (at += rng.int(Math.ceil(perSource * 0.75), Math.floor(perSource * 1.25))),
    );
    const id = `src-${String(sources.length).padStart(5, '0')}`;
    const last = chunk[chunk.length - 1].event.date.start;
    const published = last.length === 4 ? `${last}-12-31` : last.length === 7 ? `${last}-28` : last;
    const title = `${chunk[0].topicLabel.replace(/^./, (c) => c.toUpperCase())}: a round-up from ${chunk[0].place?.name ?? 'the capitals'}`;
    let text = `${title}\n\n`;
    const sentences: Source['sentences'] = [];
    const add = (s: string) => {
      const sid = `${id}:s${sentences.length}`;
      sentences.push({ id: sid, start: text.length, end: text.length + s.length });
      text += s + (sentences.length % 3 === 0 ? '\n\n' : ' ');
      return sid;
    };
    for (const d of chunk) {
      const evidence: NewsEvent['evidence'] = [];
      const options = evidenceOptions(rng, {
        kind: d.event.kind,
        status: d.event.status,
        people: d.people,
        place: d.place,
        origin: d.origin,
        topic: d.topicLabel,
        country: d.country,
        when: d.when,
      });
      for (const written of rng.sample(options, rng.int(1, 3))) {
        const sid = add(written.text);
        written.people.forEach((p) => mention(p, sid));
        written.places.forEach((p) => mention(p, sid));
        evidence.push({ source: id, sentence: sid, quote: written.text });
      }
      if (rng.chance(0.3)) add(writeFiller(rng));
      const order = orderOf.get(d.event.date.start) ?? 0;
      orderOf.set(d.event.date.start, order + 1);
      events.push({ ...d.event, order, evidence });
    }
    sources.push({
      id,
      title,
      outlet: rng.pick(OUTLETS),
      published,
      language: 'en',
      text: text.trimEnd(),
      sentences,
    });
  }
  const withMentions = <T extends { id: string }>(items: T[]) =>
    items.map((x) => ({ ...x, mentions: mentions.get(x.id) ?? [] }));
  return {
    schemaVersion: SCHEMA_VERSION,
    title: `Synthetic benchmark: ${options.events} events (seed ${options.seed ?? 1})`,
    sources,
    places: withMentions([...cities, ...countries]).map(({ population: _p, ...place }) => place),
    people: withMentions(people).map(({ countryName: _c, surname: _s, ...person }) => person),
    topics,
    events,
  };
}
