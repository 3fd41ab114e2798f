import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import { dataset as schema, sourceFileFor, type Source } from './schema';
import { splitSources } from './split-sources';
import { validateSourceFile } from './source-file-checks';
import { validateDataset } from './validate';

const data = generateDataset({ events: 200, seed: 3 });

describe('splitSources', () => {
  const split = splitSources(data);

  it('moves each source’s text and sentences to sources/<id>.json, keeping its metadata in place', () => {
    expect(split.files).toHaveLength(data.sources.length);
    split.dataset.sources.forEach((s, i) => {
      const { text: _t, sentences: _s, ...meta } = data.sources[i];
      expect(s).toEqual({ ...meta, file: `sources/${meta.id.replace(/[^A-Za-z0-9_-]/g, '_')}.json` });
      // Same key order as before, then the file: the dataset file reads as it did.
      expect(Object.keys(s)).toEqual([...Object.keys(meta), 'file']);
      expect(split.files[i]).toEqual({
        path: s.file,
        content: {
          schemaVersion: 2,
          source: s.id,
          text: data.sources[i].text,
          sentences: data.sources[i].sentences,
        },
      });
    });
    expect(split.dataset.events).toBe(data.events);
    expect(split.dataset.places).toBe(data.places);
  });

  it('gives a valid dataset and source files that check out against it, by both validators', () => {
    expect(schema.safeParse(split.dataset).success).toBe(true);
    expect(validateDataset(split.dataset).ok).toBe(true);
    for (const f of split.files) {
      expect(sourceFileFor(split.dataset, f.content.source).safeParse(f.content).success).toBe(true);
      expect(validateSourceFile(f.content, split.dataset, f.content.source).ok).toBe(true);
    }
  });

  it('joins back to the dataset it came from', () => {
    const sources = split.dataset.sources.map((s, i): Source => {
      const { file: _f, ...meta } = s;
      return { ...meta, text: split.files[i].content.text, sentences: split.files[i].content.sentences };
    });
    expect(JSON.stringify({ ...split.dataset, sources })).toBe(JSON.stringify(data));
  });

  it('names files safely and uniquely, whatever the ids', () => {
    const one = data.sources[0];
    const odd = {
      ...data,
      sources: ['a/../b', 'a_.._b', 'A_.._B', '', 'ok-1'].map((id) => ({ ...one, id })),
    };
    expect(splitSources(odd).files.map((f) => f.path)).toEqual([
      'sources/a____b.json',
      'sources/a____b-1.json',
      'sources/A____B-2.json',
      'sources/source-3.json',
      'sources/ok-1.json',
    ]);
  });

  it('leaves a source that already names its file alone', () => {
    const twice = splitSources(split.dataset);
    expect(twice.files).toEqual([]);
    expect(twice.dataset.sources).toEqual(split.dataset.sources);
  });
});
