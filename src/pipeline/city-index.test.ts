import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linesWithKey, loadCityIndex } from './city-index';

describe('linesWithKey', () => {
  const text = ['a\t1', 'b\t2', 'b\t3', 'ba\t4', 'c\t5', 'x y\t6'].join('\n') + '\n';
  it('finds every line of a key, first, middle and last, in order', () => {
    expect(linesWithKey(text, 'a')).toEqual(['a\t1']);
    expect(linesWithKey(text, 'b')).toEqual(['b\t2', 'b\t3']);
    expect(linesWithKey(text, 'ba')).toEqual(['ba\t4']);
    expect(linesWithKey(text, 'x y')).toEqual(['x y\t6']);
  });
  it('finds nothing for keys that are absent, before, between or after all lines', () => {
    for (const key of ['', '0', 'aa', 'bb', 'd', 'zzz']) expect(linesWithKey(text, key)).toEqual([]);
  });
});

describe('loadCityIndex', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('groups cities by name key, also by the part before a comma, and stores the index once', () => {
    dir = mkdtempSync(join(tmpdir(), 'city-index-'));
    const built = loadCityIndex(dir);
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^cities-[0-9a-f]{16}\.tsv$/);
    const paris = built.group('paris');
    expect(paris.length).toBeGreaterThan(1);
    expect(paris.find((c) => c.country === 'FR')).toMatchObject({ name: 'Paris', featureCode: 'PPLC' });
    expect(built.group('washington').some((c) => c.name === 'Washington, D.C.')).toBe(true);
    expect(built.group('no such city anywhere')).toEqual([]);
    // Read back from the file: the same groups.
    expect(loadCityIndex(dir).group('paris')).toEqual(paris);
  });

  it('rebuilds a stored index that was damaged', () => {
    dir = mkdtempSync(join(tmpdir(), 'city-index-'));
    const paris = loadCityIndex(dir).group('paris');
    const [file] = readdirSync(dir);
    const stored = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), stored.slice(0, stored.indexOf('paris\t')));
    expect(loadCityIndex(dir).group('paris')).toEqual(paris);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(stored);
  });
});
