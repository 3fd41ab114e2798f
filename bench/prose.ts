/**
 * Sentence templates for synthetic news prose, shared by the dataset and the
 * corpus generators. Each sentence reports who and where it names, so the
 * dataset generator can record mentions and the quotes stay verbatim.
 */
import type { EventKind, EventStatus } from '../src/data/schema';
import type { Rng } from './prng';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export { MONTHS } from '../src/lib/calendar-date';
export const OUTLETS = [
  'Global Wire',
  'The Morning Ledger',
  'Pacific Herald',
  'Continental Times',
  'Evening Courier',
  'World Desk',
  'Harbour Post',
  'Capital Report',
];

export interface Actor {
  id: string;
  name: string;
  surname: string;
  role?: string;
}
export interface Where {
  id: string;
  name: string;
}

export interface SentenceContext {
  kind: EventKind;
  status: EventStatus;
  people: Actor[];
  place?: Where;
  origin?: Where;
  topic: string; // a topic label, lower-cased where it reads better
  country: string;
  /** Day of week, month name or year, as the event's precision allows. */
  when: { weekday?: string; month?: string; year: number };
}

export interface Written {
  text: string;
  people: string[];
  places: string[];
}

function whenPhrase(c: SentenceContext): string {
  if (c.when.weekday) return `on ${c.when.weekday}`;
  if (c.when.month) return `in ${c.when.month}`;
  return `in ${c.when.year}`;
}

/** Sentences that could report the event: the templates that fit its kind and status. */
export function evidenceOptions(rng: Rng, c: SentenceContext): Written[] {
  const [a, b] = c.people;
  const at = c.place ? ` in ${c.place.name}` : '';
  const places = c.place ? [c.place.id] : [];
  const who = b ? `${a.name} and ${b.name}` : a ? a.name : `Officials from ${c.country}`;
  const people = c.people.slice(0, 2).map((p) => p.id);
  const options: Written[] = [];
  const say = (text: string, ps = people, pl = places) => options.push({ text, people: ps, places: pl });
  if (c.status === 'planned') {
    say(`${who} are expected to meet${at} ${whenPhrase(c)} to discuss ${c.topic}.`);
    say(`A summit on ${c.topic} is planned${at} ${whenPhrase(c)}, officials said.`, [], places);
  } else if (c.status === 'background') {
    say(
      `${whenPhrase(c).replace(/^./, (x) => x.toUpperCase())}, ${c.country} adopted a new strategy on ${c.topic}.`,
      [],
      [],
    );
    if (a) say(`${a.name} had already raised ${c.topic} ${whenPhrase(c)}.`, [a.id], []);
  } else {
    switch (c.kind) {
      case 'meeting':
      case 'summit':
        say(`${who} held talks${at} ${whenPhrase(c)} on ${c.topic}.`);
        say(
          `The meeting${at} lasted about ${rng.int(3, 12) * 10} minutes, according to officials.`,
          [],
          places,
        );
        if (a)
          say(
            `${a.role ?? 'The leader'} ${a.name} said the two sides agreed to deepen cooperation on ${c.topic}.`,
            [a.id],
            [],
          );
        break;
      case 'visit':
        if (a && c.origin)
          say(
            `${a.name} travelled from ${c.origin.name}${at.replace(' in ', ' to ')} ${whenPhrase(c)} for a ${rng.int(2, 5)}-day visit.`,
            [a.id],
            [...places, c.origin.id],
          );
        if (a)
          say(
            `${a.name} arrived${at} ${whenPhrase(c)}, the first visit of its kind in years.`,
            [a.id],
            places,
          );
        break;
      case 'statement':
        if (a)
          say(
            `${a.name} told reporters${at} that ${c.topic} remained a priority for ${c.country}.`,
            [a.id],
            places,
          );
        if (a) say(`"We will not step back on ${c.topic}," ${a.surname} said ${whenPhrase(c)}.`, [a.id], []);
        break;
      case 'policy':
      case 'decision':
        say(`The government of ${c.country} approved a new plan on ${c.topic} ${whenPhrase(c)}.`, [], []);
        if (a) say(`${a.name} announced the decision on ${c.topic}${at} ${whenPhrase(c)}.`, [a.id], places);
        break;
      default:
        say(`Officials${at} discussed ${c.topic} ${whenPhrase(c)}.`, [], places);
    }
  }
  if (options.length === 0) say(`Officials${at} discussed ${c.topic} ${whenPhrase(c)}.`, [], places);
  return options;
}

const FILLER = [
  'The talks came amid growing concern over regional stability.',
  'Analysts said the outcome would be watched closely by neighbouring governments.',
  'No joint statement was issued after the session.',
  'Both sides described the exchange as candid and constructive.',
  'The ministry did not immediately respond to a request for comment.',
  'Markets reacted calmly to the news.',
];

/** A sentence that reports no event: articles are not made only of evidence. */
export function writeFiller(rng: Rng): string {
  return rng.pick(FILLER);
}
