import { describe, expect, it } from 'vitest';
import type { Source } from '../data/schema';
import { seedLikeDataset } from '../features/filters/fixture-dataset';
import { indexDataset, sentenceText, topicWithDescendants } from './dataset-index';

describe('indexDataset', () => {
  const data = seedLikeDataset();
  const index = indexDataset(data);

  it('looks up every kind of item by id', () => {
    for (const e of data.events) expect(index.events.get(e.id)).toBe(e);
    for (const p of data.places) expect(index.places.get(p.id)).toBe(p);
    for (const p of data.people) expect(index.people.get(p.id)).toBe(p);
    for (const t of data.topics) expect(index.topics.get(t.id)).toBe(t);
    for (const s of data.sources) expect(index.sources.get(s.id)).toBe(s);
    expect(index.events.size).toBe(data.events.length);
    expect(index.places.get('nowhere')).toBeUndefined();
  });

  it('is built once per dataset, each lookup once', () => {
    expect(indexDataset(data)).toBe(index);
    expect(index.sentences).toBe(index.sentences);
    expect(index.events).toBe(indexDataset(data).events);
    const { places, topics } = indexDataset(data);
    expect(places).toBe(index.places);
    expect(topics).toBe(index.topics);
  });

  it('resolves sentences, topic children and the newest publication date', () => {
    const source = data.sources[0] as Source;
    const first = source.sentences[0];
    expect(index.sentences.get(first.id)).toEqual({ source, sentence: first });
    expect(sentenceText(index, first.id)).toBe(source.text.slice(first.start, first.end));
    expect(sentenceText(index, 'missing')).toBeUndefined();
    expect(index.newestPublished).toBe(
      data.sources
        .map((s) => s.published)
        .sort()
        .at(-1),
    );
    for (const t of data.topics)
      if (t.parent) {
        expect(index.topicChildren.get(t.parent)).toContain(t.id);
        expect(topicWithDescendants(index, t.parent)).toContain(t.id);
      }
  });

  it('has no newest publication date without sources', () => {
    expect(indexDataset({ ...data, sources: [] }).newestPublished).toBeUndefined();
  });
});
