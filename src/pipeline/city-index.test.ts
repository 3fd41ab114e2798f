import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareCodePoints, linesWithKey, loadCityIndex } from './city-index';

describe('linesWithKey', () => {
  const text = Buffer.from(['a\t1', 'b\t2', 'b\t3', 'ba\t4', 'c\t5', 'x y\t6'].join('\n') + '\n');
  it('finds every line of a key, first, middle and last, in order', () => {
    expect(linesWithKey(text, 'a')).toEqual(['a\t1']);
    expect(linesWithKey(text, 'b')).toEqual(['b\t2', 'b\t3']);
    expect(linesWithKey(text, 'ba')).toEqual(['ba\t4']);
    expect(linesWithKey(text, 'x y')).toEqual(['x y\t6']);
  });
  it('finds nothing for keys that are absent, before, between or after all lines', () => {
    for (const key of ['', '0', 'aa', 'bb', 'd', 'zzz']) expect(linesWithKey(text, key)).toEqual([]);
  });
  it('finds keys beyond ASCII in text sorted by compareCodePoints (the UTF-8 byte order)', () => {
    // U+FF5A (fullwidth z) sorts before U+1D49C (a character beyond U+FFFF) by bytes, after it by UTF-16 units.
    const keys = ['zürich', 'ábc', '\u{1d49c}x', '\uff5a', 'abc', 'ö'];
    const sorted = [...keys].sort(compareCodePoints);
    expect(sorted).toEqual([...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(sorted.indexOf('\uff5a')).toBeLessThan(sorted.indexOf('\u{1d49c}x'));
    const bytes = Buffer.from(sorted.map((k, i) => `${k}\t${i}\n`).join(''));
    sorted.forEach((k, i) => expect(linesWithKey(bytes, k)).toEqual([`${k}\t${i}`]));
    expect(linesWithKey(bytes, 'zz')).toEqual([]);
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
