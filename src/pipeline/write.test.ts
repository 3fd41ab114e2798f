import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import { serializeDataset, writeDataset } from './write';

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
});
