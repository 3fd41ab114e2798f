/**
 * Assemble the dataset from per-article extractions: sources, places and people
 * united by id, events merged across articles, ordered and given stable ids.
 * Everything is sorted, so identical input gives byte-identical output.
 */
import type { Dataset, NewsEvent, Person, Place, Topic } from '../data/schema';
import { SCHEMA_VERSION } from '../data/vocabulary';
import type { ArticleExtraction } from './extract-article';
import { EventMerger, mergedStatus, orderEvents, titleSource, type SourcedEvent } from './merge';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const MAX_ID_WORDS = 6;

/**
 * Items united by id over the lists added, each with the mentions of all of them in order
 * (first seen wins, or the one `prefer` picks). A mention is a sentence id, which names its
 * article ("<article>-s<n>"), and an article lists each once: lists from different articles
 * never share one, so joining them is their union without a set per item.
 */
class Union<T extends { id: string; mentions: string[] }> {
  private readonly out = new Map<string, { item: T; mentions: string[] }>();
  constructor(private readonly prefer?: (a: T, b: T) => boolean) {}

  add(list: T[]): void {
    for (const item of list) {
      const have = this.out.get(item.id);
      if (!have) this.out.set(item.id, { item, mentions: [...item.mentions] });
      else {
        if (this.prefer?.(item, have.item)) have.item = item;
        for (const m of item.mentions) have.mentions.push(m);
      }
    }
  }

  result(): T[] {
    return [...this.out.values()].map(({ item, mentions }) => ({ ...item, mentions })).sort(byId);
  }
}

export function buildDataset(extractions: ArticleExtraction[], topics: Topic[], title?: string): Dataset {
  const builder = new DatasetBuilder();
  for (const x of [...extractions].sort((a, b) => byId(a.source, b.source))) builder.add(x);
  return builder.build(topics, title);
}

/**
 * The dataset built article by article, in source id order: places, people and
 * the cross-article merge advance with each article, so a run can build from
 * the cached articles while it waits for the new ones (when those sort last,
 * as dated or numbered file names do, only they are left). `build` then gives
 * the same dataset as `buildDataset` over all of them.
 */
export class DatasetBuilder {
  private readonly ordered: ArticleExtraction[] = [];
  private readonly places = new Union<Place>();
  // A registry (verified) record wins over a detected one with the same id.
  private readonly people = new Union<Person>((a, b) => a.verified && !b.verified);
  /** Every place seen so far: all the merge needs (kind and country, the same in every article). */
  private readonly placeIndex = new Map<string, Place>();
  private readonly merger = new EventMerger(this.placeIndex);

  /** The id of the last article added: the next one must sort after it. */
  get last(): string | undefined {
    return this.ordered.at(-1)?.source.id;
  }

  add(x: ArticleExtraction): void {
    const last = this.last;
    if (last !== undefined && !(last < x.source.id))
      throw new Error(`articles added out of order: "${x.source.id}" after "${last}"`);
    const rank = this.ordered.length;
    this.ordered.push(x);
    this.places.add(x.places);
    for (const p of x.places) if (!this.placeIndex.has(p.id)) this.placeIndex.set(p.id, p);
    this.people.add(x.people);
    const sourced: SourcedEvent[] = x.events.map((e) => ({
      ...e,
      source: x.source.id,
      sourceRank: rank,
      published: x.source.published,
    }));
    // Corpus order: by source, then trigger (a stable sort, as over the whole corpus).
    this.merger.add(sourced.sort((a, b) => a.trigger - b.trigger));
  }

  build(topics: Topic[], title?: string): Dataset {
    const ordered = this.ordered;
    const places = this.places.result();
    const people = this.people.result();
    const merged = this.merger.merged;
    const order = orderEvents(merged);
    const sentences = new Map(ordered.map((x) => [x.source.id, x.source]));
    const used = new Set<string>();

    const events: NewsEvent[] = merged.map((m) => {
      const named = titleSource(m);
      const base = `${m.date.start}-${named.idWords.slice(0, MAX_ID_WORDS).join('-')}`.replace(/-+$/, '');
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      const evidence = m.members.flatMap((member) => {
        const src = sentences.get(member.source)!;
        return member.evidence.map((i) => {
          const s = src.sentences[i];
          return { source: src.id, sentence: s.id, quote: src.text.slice(s.start, s.end) };
        });
      });
      return {
        id,
        title: named.title,
        kind: m.kind,
        status: mergedStatus(m),
        date: m.date,
        order: order.get(m) ?? 0,
        ...(m.place ? { place: m.place } : {}),
        ...(m.origin && m.origin !== m.place ? { origin: m.origin } : {}),
        participants: m.participants,
        topics: m.topics,
        evidence,
      };
    });
    events.sort((a, b) =>
      a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.order - b.order,
    );

    return {
      schemaVersion: SCHEMA_VERSION,
      ...(title ? { title } : {}),
      sources: ordered.map((x) => x.source),
      places,
      people,
      topics,
      events,
    };
  }
}
