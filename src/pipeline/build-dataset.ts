/**
 * Assemble the dataset from per-article extractions: sources, places and people
 * united by id, events merged across articles, ordered and given stable ids.
 * Everything is sorted, so identical input gives byte-identical output.
 */
import type { Dataset, NewsEvent, Person, Place, Topic } from '../data/schema';
import { SCHEMA_VERSION } from '../data/vocabulary';
import type { ArticleExtraction } from './extract-article';
import { mergeEvents, mergedStatus, orderEvents, titleSource, type SourcedEvent } from './merge';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const MAX_ID_WORDS = 6;

function unite<T extends { id: string; mentions: string[] }>(
  lists: T[][],
  prefer?: (a: T, b: T) => boolean,
): T[] {
  const out = new Map<string, { item: T; mentions: Set<string> }>();
  for (const list of lists)
    for (const item of list) {
      const have = out.get(item.id);
      if (!have) out.set(item.id, { item, mentions: new Set(item.mentions) });
      else {
        if (prefer?.(item, have.item)) have.item = item;
        for (const m of item.mentions) have.mentions.add(m);
      }
    }
  return [...out.values()].map(({ item, mentions }) => ({ ...item, mentions: [...mentions] })).sort(byId);
}

export function buildDataset(extractions: ArticleExtraction[], topics: Topic[], title?: string): Dataset {
  const ordered = [...extractions].sort((a, b) => byId(a.source, b.source));
  const places: Place[] = unite(ordered.map((x) => x.places));
  // A registry (verified) record wins over a detected one with the same id.
  const people: Person[] = unite(
    ordered.map((x) => x.people),
    (a, b) => a.verified && !b.verified,
  );
  const placeIndex = new Map(places.map((p) => [p.id, p]));

  const sourced: SourcedEvent[] = ordered.flatMap((x, rank) =>
    x.events.map((e) => ({ ...e, source: x.source.id, sourceRank: rank, published: x.source.published })),
  );
  const merged = mergeEvents(sourced, placeIndex);
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
