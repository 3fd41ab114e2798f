/** Lookups by id, built once per dataset, so features never scan arrays to resolve a reference. */
import type {
  Dataset,
  DatasetSource,
  NewsEvent,
  Person,
  Place,
  Sentence,
  Source,
  Topic,
} from '../data/schema';

export interface DatasetIndex {
  readonly events: Map<string, NewsEvent>;
  readonly places: Map<string, Place>;
  readonly people: Map<string, Person>;
  readonly topics: Map<string, Topic>;
  readonly sources: Map<string, DatasetSource>;
  /**
   * sentence id → its source and offsets, for the sources the dataset holds inline (a source in
   * its own file brings its sentences when it loads: data/source-files.ts).
   */
  readonly sentences: Map<string, { source: Source; sentence: Sentence }>;
  /** topic id → ids of its direct children */
  readonly topicChildren: Map<string, string[]>;
  /** The newest `published` date among the sources (YYYY-MM-DD), if any. */
  readonly newestPublished?: string;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) out.set(item.id, item);
  return out;
}

/**
 * Each lookup is built on first use, then kept: the load reads only some of them (the map
 * needs events and places; the ~200,000 sentences at 100,000 events wait for a details panel).
 */
class LazyDatasetIndex implements DatasetIndex {
  private built: { -readonly [K in Exclude<keyof DatasetIndex, 'newestPublished'>]?: DatasetIndex[K] } & {
    newest?: [string | undefined];
  } = {};

  constructor(private readonly data: Dataset) {}

  get events() {
    return (this.built.events ??= byId(this.data.events));
  }
  get places() {
    return (this.built.places ??= byId(this.data.places));
  }
  get people() {
    return (this.built.people ??= byId(this.data.people));
  }
  get topics() {
    return (this.built.topics ??= byId(this.data.topics));
  }
  get sources() {
    return (this.built.sources ??= byId(this.data.sources));
  }
  get sentences() {
    if (this.built.sentences) return this.built.sentences;
    const sentences = new Map<string, { source: Source; sentence: Sentence }>();
    for (const source of this.data.sources)
      if (source.text !== undefined && source.sentences !== undefined)
        for (const sentence of source.sentences)
          sentences.set(sentence.id, { source: source as Source, sentence });
    return (this.built.sentences = sentences);
  }
  get topicChildren() {
    if (this.built.topicChildren) return this.built.topicChildren;
    const topicChildren = new Map<string, string[]>();
    for (const t of this.data.topics) {
      if (!t.parent) continue;
      const list = topicChildren.get(t.parent) ?? [];
      list.push(t.id);
      topicChildren.set(t.parent, list);
    }
    return (this.built.topicChildren = topicChildren);
  }
  get newestPublished() {
    if (this.built.newest) return this.built.newest[0];
    let max: string | undefined;
    for (const s of this.data.sources) if (max === undefined || s.published > max) max = s.published;
    this.built.newest = [max];
    return max;
  }
}

const cache = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(data: Dataset): DatasetIndex {
  let index = cache.get(data);
  if (!index) {
    index = new LazyDatasetIndex(data);
    cache.set(data, index);
  }
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
