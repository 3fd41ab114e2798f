/**
 * Synthetic article corpora for the pipeline benchmark, in the seeds/*.md
 * format (YAML front matter, then the verbatim body): news prose with
 * relative dates ("on Tuesday", "in March"), real places, people and meeting
 * phrasing, drawn from templates with a seeded PRNG.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventKind, EventStatus } from '../src/data/schema';
import { worldPlaces } from './gazetteer';
import { generatePeople } from './people';
import { MONTHS, OUTLETS, WEEKDAYS, evidenceOptions, writeFiller } from './prose';
import { Rng, ZipfPicker } from './prng';
import { DOCUMENTED_TOPICS } from './taxonomy';

export interface SyntheticArticle {
  id: string;
  title: string;
  outlet: string;
  published: string;
  text: string;
}

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** First article number (ids are `bench-000123`), so a corpus can be extended with new articles. */
  offset?: number;
}

const KINDS: Record<EventKind, number> = {
  meeting: 40,
  visit: 20,
  statement: 20,
  decision: 10,
  summit: 5,
  policy: 5,
  other: 0,
};
const STATUS: Record<EventStatus, number> = { held: 80, planned: 12, background: 8 };

export function generateCorpus(options: CorpusOptions): SyntheticArticle[] {
  const offset = options.offset ?? 0;
  const { cities, countries } = worldPlaces(200);
  const people = generatePeople(new Rng(options.seed ?? 1), 300, countries);
  const cityZipf = new ZipfPicker(cities.length);
  const peopleZipf = new ZipfPicker(people.length, 0.8);
  const out: SyntheticArticle[] = [];
  for (let i = offset; i < offset + options.articles; i++) {
    // Each article has its own stream, so article i is the same whatever the corpus size.
    const rng = new Rng(((options.seed ?? 1) * 1_000_003 + i) >>> 0);
    const pub = new Date(Date.UTC(rng.int(2015, 2025), rng.int(0, 11), rng.int(1, 28)));
    const published = pub.toISOString().slice(0, 10);
    const weekdayBefore = (days: number) =>
      WEEKDAYS[(new Date(pub.getTime() - days * 86_400_000).getUTCDay() + 6) % 7];
    const paragraphs: string[] = [];
    let title = '';
    const nEvents = rng.int(4, 9);
    for (let e = 0; e < nEvents; e++) {
      const kind = rng.weighted(KINDS);
      const status = e === 0 ? 'held' : rng.weighted(STATUS);
      const cast = Array.from(
        { length: kind === 'meeting' || kind === 'summit' ? 2 : 1 },
        () => people[peopleZipf.pick(rng)],
      );
      const place = cities[cityZipf.pick(rng)];
      const when =
        status === 'background'
          ? { year: pub.getUTCFullYear() - rng.int(1, 3) }
          : status === 'planned'
            ? { year: pub.getUTCFullYear(), month: MONTHS[(pub.getUTCMonth() + rng.int(1, 4)) % 12] }
            : rng.chance(0.75)
              ? { year: pub.getUTCFullYear(), weekday: weekdayBefore(rng.int(0, 6)) }
              : { year: pub.getUTCFullYear(), month: MONTHS[pub.getUTCMonth()] };
      const topic = rng.pick(DOCUMENTED_TOPICS).label;
      const ctx = {
        kind,
        status,
        people: cast,
        place,
        origin: kind === 'visit' ? cities[cityZipf.pick(rng)] : undefined,
        topic,
        country: cast[0].countryName,
        when,
      };
      const sentences = rng.sample(evidenceOptions(rng, ctx), rng.int(1, 3)).map((w) => w.text);
      for (let f = rng.int(0, 2); f > 0; f--) sentences.push(writeFiller(rng));
      if (e === 0) {
        title =
          kind === 'meeting' || kind === 'summit'
            ? `${cast[0].surname} and ${cast[1].surname} hold talks in ${place.name}`
            : `${cast[0].surname} in ${place.name}: ${topic}`;
        sentences.unshift(
          `${cast[0].role} ${cast[0].name} met counterparts in ${place.name} ${when.weekday ? `on ${when.weekday}` : `in ${when.month ?? when.year}`}.`,
        );
      }
      paragraphs.push(sentences.join(' '));
    }
    const id = `bench-${String(i).padStart(6, '0')}`;
    out.push({
      id,
      title,
      outlet: rng.pick(OUTLETS),
      published,
      text: `${title}\n\n${paragraphs.join('\n\n')}\n`,
    });
  }
  return out;
}

export function formatArticle(a: SyntheticArticle): string {
  const q = (s: string) => JSON.stringify(s); // JSON strings are valid YAML double-quoted scalars
  return `---\nid: ${a.id}\ntitle: ${q(a.title)}\noutlet: ${q(a.outlet)}\npublished: ${a.published}\nlanguage: en\n---\n${a.text}`;
}

/** Writes one `<id>.md` per article into `dir` (created if missing). */
export function writeCorpus(dir: string, articles: SyntheticArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const a of articles) writeFileSync(join(dir, `${a.id}.md`), formatArticle(a));
}
