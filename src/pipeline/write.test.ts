import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import { splitSources } from '../data/split-sources';
import { isIntact, serializeDataset, sha256, writeDataset } from './write';

const data = generateDataset({ events: 60, seed: 5, eventsPerSource: 20 });
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeDataset', () => {
  it('writes one file by default, as the pipeline always did', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
    const out = join(dir, 'dataset.json');
    const { output, unchanged } = writeDataset(out, data);
    expect(unchanged).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe(serializeDataset(data));
    expect(output.equals(readFileSync(out))).toBe(true);
    expect(readdirSync(dir)).toEqual(['dataset.json']);
  });

  it('writes one event per line, the app reads the file as it downloads (source files indented)', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
    const out = join(dir, 'dataset.json');
    writeDataset(out, data, { split: true });
    const text = readFileSync(out, 'utf8');
    expect(JSON.parse(text)).toEqual(splitSources(data).dataset);
    const lines = text.split('\n');
    const first = lines.indexOf(' "events": [') + 1;
    expect(
      lines.slice(first, first + data.events.length).map((l) => JSON.parse(l.replace(/,$/, '')) as unknown),
    ).toEqual(data.events);
    const file = readdirSync(join(dir, 'sources'))[0]!;
    const source = readFileSync(join(dir, 'sources', file), 'utf8');
    expect(source).toBe(`${JSON.stringify(JSON.parse(source), null, 1)}\n`);
  });

  it('splits: each source’s text in sources/, gzip copies, and nothing rewritten when nothing changed', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
    const out = join(dir, 'dataset.json');
    const first = writeDataset(out, data, { split: true, gzip: true });
    expect(first.unchanged).toBe(false);
    const main = JSON.parse(readFileSync(out, 'utf8')) as {
      sources: { id: string; file: string; text?: string }[];
    };
    expect(main.sources.every((s) => s.file && s.text === undefined)).toBe(true);
    for (const s of main.sources) {
      const file = JSON.parse(readFileSync(join(dir, s.file), 'utf8')) as { source: string; text: string };
      expect(file.source).toBe(s.id);
      expect(file.text).toBe(data.sources.find((x) => x.id === s.id)!.text);
      expect(
        gunzipSync(readFileSync(join(dir, `${s.file}.gz`))).equals(readFileSync(join(dir, s.file))),
      ).toBe(true);
    }
    expect(gunzipSync(readFileSync(`${out}.gz`)).equals(first.output)).toBe(true);
    expect(writeDataset(out, data, { split: true, gzip: true }).unchanged).toBe(true);
  });

  it('removes the source files (and gzip copies) of an earlier dataset', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
    const out = join(dir, 'dataset.json');
    writeDataset(out, data, { split: true, gzip: true });
    writeFileSync(join(dir, 'sources', 'notes.txt'), 'not ours to remove');
    const fewer = {
      ...data,
      sources: data.sources.slice(0, 1),
      events: data.events.filter((e) => e.evidence.every((x) => x.source === data.sources[0].id)),
    };
    expect(writeDataset(out, fewer, { split: true }).unchanged).toBe(false);
    expect(readdirSync(join(dir, 'sources')).sort()).toEqual(['notes.txt', `${data.sources[0].id}.json`]);
    expect(existsSync(`${out}.gz`)).toBe(false);
  });

  it('returns every file it wrote with its hash, size and time', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
    const out = join(dir, 'dataset.json');
    const keys = data.sources.map((s) => `key-${s.id}`);
    const { files } = writeDataset(out, data, { split: true, sourceKeys: keys });
    expect(files.map((f) => f.path).sort()).toEqual(
      ['dataset.json', ...data.sources.map((s) => `sources/${s.id}.json`)].sort(),
    );
    for (const f of files) {
      const bytes = readFileSync(join(dir, f.path));
      expect(f).toMatchObject({
        hash: sha256(bytes),
        size: bytes.length,
        mtimeMs: statSync(join(dir, f.path)).mtimeMs,
      });
      expect(isIntact(dir, f)).toBe(true);
    }
    expect(files.find((f) => f.path === 'dataset.json')!.key).toBeUndefined();
    expect(files.find((f) => f.path === `sources/${data.sources[0].id}.json`)!.key).toBe(keys[0]);
  });

  it('keeps a previous source file with the same key that is intact, and writes every other one', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
    const out = join(dir, 'dataset.json');
    const keys = data.sources.map((s) => `key-${s.id}`);
    const first = writeDataset(out, data, { split: true, sourceKeys: keys });
    const [a, b, c] = data.sources.map((s) => join(dir, `sources/${s.id}.json`));
    const textOf = (f: string) => readFileSync(f, 'utf8');
    const originals = [a, b, c].map(textOf);
    const serialized: unknown[] = [];
    const serialize = (d: unknown) => (serialized.push(d), serializeDataset(d));
    const sources = () =>
      serialized.flatMap((d) => ('source' in (d as object) ? [(d as { source: string }).source] : []));

    // One edited by hand (same size: only its bytes tell), one deleted, one left alone.
    const edited = originals[0].replace(/("text": ")[A-WYZa-z]/, '$1X');
    expect(edited).not.toBe(originals[0]);
    writeFileSync(a, edited);
    expect(statSync(a).size).toBe(Buffer.byteLength(originals[0]));
    rmSync(b);
    const second = writeDataset(out, data, {
      split: true,
      serialize,
      previous: first.files,
      sourceKeys: keys,
    });
    expect(sources()).toEqual([data.sources[0].id, data.sources[1].id]);
    expect(serialized).toHaveLength(3); // and the dataset file
    expect(second.unchanged).toBe(false);
    expect([a, b, c].map(textOf)).toEqual(originals);

    // Touched but not changed: kept. A new key: written again.
    utimesSync(a, new Date(2001, 1, 1), new Date(2001, 1, 1));
    serialized.length = 0;
    const third = writeDataset(out, data, {
      split: true,
      serialize,
      previous: second.files,
      sourceKeys: [keys[0], keys[1], 'changed'],
    });
    expect(sources()).toEqual([data.sources[2].id]);
    expect(third.unchanged).toBe(true); // the same bytes, so no file changed
    expect(third.files.find((f) => f.path.endsWith(`${data.sources[2].id}.json`))!.key).toBe('changed');
    expect(third.files.every((f) => isIntact(dir, f))).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe(serializeDataset(splitSources(data).dataset));
  });
});
