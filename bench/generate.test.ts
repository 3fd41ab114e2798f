import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/schema';
import { parseArticle } from '../src/pipeline/read-article';
import { formatArticle, generateCorpus, generateDataset } from './generate';
import { mulberry32, Rng, ZipfPicker } from './prng';
import { DOCUMENTED_TOPICS, readTaxonomy } from './taxonomy';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('skews Zipf draws toward the first ranks', () => {
    const rng = new Rng(7);
    const zipf = new ZipfPicker(200);
    const counts = new Array(200).fill(0);
    for (let i = 0; i < 20_000; i++) counts[zipf.pick(rng)]++;
    expect(counts[0]).toBeGreaterThan(counts[10] * 5);
    expect(counts[199]).toBeGreaterThan(0);
  });
});

describe('generateDataset', () => {
  const data = generateDataset({ events: 1000, seed: 1 });

  it('is valid against the shared schema', () => {
    const result = dataset.safeParse(data);
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
  });

  it('is the same for the same seed and different for another', () => {
    expect(JSON.stringify(generateDataset({ events: 1000, seed: 1 }))).toBe(JSON.stringify(data));
    expect(generateDataset({ events: 1000, seed: 2 }).events[0]).not.toEqual(data.events[0]);
  });

  it('spans 2015–2025 with about 70% day, 20% month, 10% year precision', () => {
    const years = data.events.map((e) => Number(e.date.start.slice(0, 4)));
    expect(Math.min(...years)).toBe(2015);
    expect(Math.max(...years)).toBe(2025);
    const share = (p: string) =>
      data.events.filter((e) => e.date.precision === p).length / data.events.length;
    expect(share('day')).toBeCloseTo(0.7, 1);
    expect(share('month')).toBeCloseTo(0.2, 1);
    expect(share('year')).toBeCloseTo(0.1, 1);
    for (const e of data.events)
      expect(e.date.start.length).toBe({ year: 4, month: 7, day: 10 }[e.date.precision]);
  });

  it('uses 200 real cities in many countries, ~300 people and the taxonomy', () => {
    const cities = data.places.filter((p) => p.kind === 'city');
    expect(cities).toHaveLength(200);
    expect(new Set(cities.map((c) => c.country)).size).toBeGreaterThan(40);
    const tokyo = cities.find((c) => c.name === 'Tokyo')!;
    expect(tokyo.lat).toBeCloseTo(35.69, 1);
    expect(tokyo.lon).toBeCloseTo(139.69, 1);
    expect(data.places.filter((p) => p.kind === 'country').length).toBe(
      new Set(cities.map((c) => c.country)).size,
    );
    expect(data.people).toHaveLength(300);
    expect(data.topics).toEqual(DOCUMENTED_TOPICS);
    const usedTopics = new Set(data.events.flatMap((e) => e.topics));
    expect(usedTopics.size).toBe(DOCUMENTED_TOPICS.length);
  });

  it('gives each event 1–3 verbatim quotes at their sentence offsets', () => {
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    const counts = new Set<number>();
    for (const e of data.events) {
      counts.add(e.evidence.length);
      for (const ev of e.evidence) {
        const src = sources.get(ev.source)!;
        const s = src.sentences.find((x) => x.id === ev.sentence)!;
        expect(src.text.slice(s.start, s.end)).toBe(ev.quote);
      }
    }
    expect([...counts].sort()).toEqual([1, 2, 3]);
    expect(data.sources.length).toBeGreaterThan(35);
    expect(data.sources.length).toBeLessThan(70);
  });

  it('numbers events of the same day in order from 0', () => {
    const byDay = new Map<string, number[]>();
    for (const e of data.events) byDay.set(e.date.start, [...(byDay.get(e.date.start) ?? []), e.order]);
    for (const orders of byDay.values()) expect(orders).toEqual(orders.map((_, i) => i));
  });
});

describe('generateCorpus', () => {
  it('writes articles the pipeline reads, deterministically, with dates, places and meetings', () => {
    const a = generateCorpus({ articles: 50, seed: 3 });
    expect(generateCorpus({ articles: 50, seed: 3 })).toEqual(a);
    expect(generateCorpus({ articles: 1, seed: 3, offset: 49 })).toEqual([a[49]]);
    expect(new Set(a.map((x) => x.id)).size).toBe(50);
    for (const article of a) {
      const parsed = parseArticle(`${article.id}.md`, formatArticle(article), 'fallback');
      expect(parsed).toMatchObject({ id: article.id, title: article.title, published: article.published });
      expect(parsed.text).toBe(article.text);
    }
    const all = a.map((x) => x.text).join('\n');
    expect(all).toMatch(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/);
    expect(all).toMatch(
      /\bin (January|February|March|April|May|June|July|August|September|October|November|December)\b/,
    );
    expect(all).toMatch(/held talks in [A-Z]/);
    expect(all).toContain('Tokyo');
  });
});

describe('readTaxonomy', () => {
  it('reads flat lists with parents and nested children', () => {
    const flat = readTaxonomy('- {id: a, label: A}\n- {id: b, label: B, parent: a, aliases: [bee]}\n');
    expect(flat).toEqual([
      { id: 'a', label: 'A', aliases: [] },
      { id: 'b', label: 'B', parent: 'a', aliases: ['bee'] },
    ]);
    expect(
      readTaxonomy('topics:\n  - id: a\n    label: A\n    children:\n      - {id: b, label: B}\n'),
    ).toEqual(flat.map((t) => ({ ...t, aliases: [] })));
  });
});
