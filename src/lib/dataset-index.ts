/** Lookups by id, built once per dataset, so features never scan arrays to resolve a reference. */
import type { Dataset, NewsEvent, Person, Place, Sentence, Source, Topic } from '../data/schema';

export interface DatasetIndex {
  events: Map<string, NewsEvent>;
  places: Map<string, Place>;
  people: Map<string, Person>;
  topics: Map<string, Topic>;
  sources: Map<string, Source>;
  /** sentence id → its source and offsets */
  sentences: Map<string, { source: Source; sentence: Sentence }>;
  /** topic id → ids of its direct children */
  topicChildren: Map<string, string[]>;
  /** The newest `published` date among the sources (YYYY-MM-DD), if any. */
  newestPublished?: string;
}

const cache = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(data: Dataset): DatasetIndex {
  const hit = cache.get(data);
  if (hit) return hit;
  const sentences = new Map<string, { source: Source; sentence: Sentence }>();
  for (const source of data.sources)
    for (const sentence of source.sentences) sentences.set(sentence.id, { source, sentence });
  const topicChildren = new Map<string, string[]>();
  for (const t of data.topics) {
    if (!t.parent) continue;
    const list = topicChildren.get(t.parent) ?? [];
    list.push(t.id);
    topicChildren.set(t.parent, list);
  }
  const newestPublished = data.sources.reduce<string | undefined>(
    (max, s) => (max === undefined || s.published > max ? s.published : max),
    undefined,
  );
  const index: DatasetIndex = {
    events: new Map(data.events.map((e) => [e.id, e])),
    places: new Map(data.places.map((p) => [p.id, p])),
    people: new Map(data.people.map((p) => [p.id, p])),
    topics: new Map(data.topics.map((t) => [t.id, t])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    sentences,
    topicChildren,
    newestPublished,
  };
  cache.set(data, index);
  return index;
}

/** A topic and all its descendants. */
export function topicWithDescendants(index: DatasetIndex, id: string): string[] {
  const out: string[] = [];
  const stack = [id];
  while (stack.length) {
    const next = stack.pop()!;
    if (out.includes(next)) continue;
    out.push(next);
    stack.push(...(index.topicChildren.get(next) ?? []));
  }
  return out;
}

/** The sentence text of an evidence item or mention. */
export function sentenceText(index: DatasetIndex, sentenceId: string): string | undefined {
  const hit = index.sentences.get(sentenceId);
  return hit ? hit.source.text.slice(hit.sentence.start, hit.sentence.end) : undefined;
}
