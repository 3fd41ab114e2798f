/**
 * Everything one article yields, independent of the other articles, so the
 * result can be cached by content hash and computed in parallel: sentences,
 * people, places, topics, dates and the article's events.
 */
import type { Person, Place, Source } from '../data/schema';
import type { ArticleContext, ArticleEvent, SentenceFacts } from './article-model';
import { findDates } from './dates';
import { detectEvents } from './events';
import type { Gazetteer } from './gazetteer';
import { findPeople, isCreditLine, type Registry } from './people';
import { findPlaces, unplacedNames, type Excluded } from './places';
import type { Article } from './read-article';
import { splitSentences } from './sentences';
import type { TopicMatcher } from './topics';

export interface Resources {
  /** Lazy: only articles missing from the cache need the gazetteer. */
  gazetteer(): Gazetteer;
  registry: Registry;
  topics: TopicMatcher;
}

export interface ArticleExtraction {
  source: Source;
  places: Place[];
  people: Person[];
  events: ArticleEvent[];
  warnings: string[];
}

const BIG_CITY = 100_000;

export function extractArticle(article: Article, res: Resources): ArticleExtraction {
  const sentences = splitSentences(article.text, article.id);
  const texts = sentences.map((s) => article.text.slice(s.start, s.end));
  const gazetteer = res.gazetteer();
  // A country, region or big city is not a person's name ("North Korea", "New Delhi").
  const isPlace = (key: string) =>
    gazetteer.lookup(key).some((e) => e.kind !== 'city' || e.population >= BIG_CITY);
  const personMentions = findPeople(texts, res.registry, isPlace);
  const excluded: Excluded[][] = texts.map(() => []);
  for (const m of personMentions) excluded[m.sentence].push({ start: m.index, end: m.index + m.text.length });
  const placeMentions = findPlaces(texts, gazetteer, excluded);

  const facts: SentenceFacts[] = texts.map((text, i) => ({
    i,
    text,
    people: [],
    peopleIndex: [],
    places: [],
    topics: [...new Set(res.topics.match(text).map((m) => m.topic))],
    // "Theresa May" names a person, not a month.
    dates: findDates(text, article.published).filter(
      (d) => !excluded[i].some((x) => d.index < x.end && x.start < d.index + d.text.length),
    ),
    credit: isCreditLine(text),
  }));
  const people = new Map<string, Person>();
  for (const m of personMentions) {
    const f = facts[m.sentence];
    if (!f.people.includes(m.person.id)) {
      f.people.push(m.person.id);
      f.peopleIndex.push(m.index);
    }
    const p = m.person;
    const entry = people.get(p.id) ?? {
      id: p.id,
      name: p.name,
      aliases: [...new Set([...p.aliases, ...(p.family !== p.name ? [p.family] : [])])],
      ...(p.role ? { role: p.role } : {}),
      ...(p.country ? { country: p.country } : {}),
      verified: p.verified,
      mentions: [],
    };
    if (!entry.mentions.includes(sentences[m.sentence].id)) entry.mentions.push(sentences[m.sentence].id);
    people.set(p.id, entry);
  }
  const places = new Map<string, Place>();
  for (const m of placeMentions) {
    const e = m.place;
    facts[m.sentence].places.push({
      id: e.id,
      index: m.index,
      kind: e.kind,
      name: e.name,
      ...(m.preposition ? { preposition: m.preposition } : {}),
    });
    const entry = places.get(e.id) ?? {
      id: e.id,
      name: e.name,
      kind: e.kind,
      lat: e.lat,
      lon: e.lon,
      ...(e.country ? { country: e.country } : {}),
      mentions: [],
    };
    if (!entry.mentions.includes(sentences[m.sentence].id)) entry.mentions.push(sentences[m.sentence].id);
    places.set(e.id, entry);
  }

  const countries = new Map<string, string>();
  for (const p of places.values()) if (p.kind === 'country' && p.country) countries.set(p.country, p.id);
  const ctx: ArticleContext = {
    published: article.published,
    sentenceCount: sentences.length,
    personName: (id) => {
      const p = personMentions.find((m) => m.person.id === id)?.person;
      return p ? (p.verified ? p.family : p.name) : id;
    },
    personCountry: (id) => people.get(id)?.country,
    placeName: (id) => places.get(id)?.name ?? id,
    countryPlace: (code) => countries.get(code),
  };
  const warnings: string[] = [];
  texts.forEach((text, i) => {
    const found = placeMentions.filter((m) => m.sentence === i);
    for (const name of unplacedNames(text, found, excluded[i]))
      warnings.push(`${article.file}: no place found for "${name}" (${sentences[i].id})`);
  });

  return {
    source: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      language: article.language,
      ...(article.url ? { url: article.url } : {}),
      ...(article.byline ? { byline: article.byline } : {}),
      ...(article.note ? { note: article.note } : {}),
      text: article.text,
      sentences,
    },
    places: [...places.values()],
    people: [...people.values()],
    events: detectEvents(facts, ctx),
    warnings,
  };
}
