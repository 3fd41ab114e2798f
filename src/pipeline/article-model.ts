/**
 * The per-article extraction model shared by the event steps: one record per
 * sentence with what was found in it, and the events found in one article
 * before they are merged across articles. Plain data, so it can be cached as JSON.
 */
import type { EventDate, EventKind, EventStatus } from '../data/schema';
import type { DateMention } from './dates';
import type { Trigger } from './triggers';

export interface SentenceFacts {
  /** Index in the article. */
  i: number;
  text: string;
  /** Person ids in order of appearance (unique), and where each first appears. */
  people: string[];
  peopleIndex: number[];
  /** Places in order of appearance, with the preposition that introduces each. */
  places: {
    id: string;
    index: number;
    kind: 'city' | 'country' | 'region';
    name: string;
    preposition?: string;
  }[];
  topics: string[];
  dates: DateMention[];
  credit: boolean;
}

export interface ArticleEvent {
  kind: EventKind;
  status: EventStatus;
  date: EventDate;
  place?: string;
  origin?: string;
  participants: string[];
  topics: string[];
  /** Sentence indices, trigger first then in text order. */
  evidence: number[];
  /** Sentence index of the trigger. */
  trigger: number;
  /** Position in the article's sequence of events when it differs from `trigger` ("Earlier, …"). */
  sequence?: number;
  format?: Trigger['format'];
  first?: boolean;
  title: string;
  /** Words the id is made from (after the date). */
  idWords: string[];
  /** The trigger sentence names its participants (a better title source when merging). */
  named: boolean;
  /** Position of the trigger in the article, 0…1: breaks ties when ordering across articles. */
  position: number;
}

/** What the event steps need to know about ids found elsewhere in the article. */
export interface ArticleContext {
  published: string;
  sentenceCount: number;
  /** The short name used in titles (family name for people). */
  personName(id: string): string;
  personCountry(id: string): string | undefined;
  placeName(id: string): string;
  /** The id of the country place with this ISO code, if the article names that country. */
  countryPlace(code: string): string | undefined;
}
