/**
 * The countries the gazetteer knows, in world-atlas order: ISO code (from the
 * atlas's numeric id via `i18n-iso-countries`), the atlas name, the English
 * names and a pin (the centroid of the largest polygon of the 50m shapes).
 * Derived once per installed version of both packages and stored beside the
 * city index (node_modules/.cache/news-pipeline-data/): parsing the atlas and
 * loading the package cost a one-article rebuild more than reading this table.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { largestPolygonCentroid } from './centroid';
import { defaultIndexDir } from './city-index';
import { packageRequire } from './packages';

export interface CountryRow {
  code: string;
  atlasName: string;
  /** English names without commas or brackets, the official one first. */
  names: string[];
  /** [lon, lat], or null when the shapes give none. */
  centre: [number, number] | null;
}

/** Bump when the rows or how they are derived change. */
const FORMAT = 1;

/** The rows as derived from the packages: the first polygon shape of each code, in atlas order. */
export function buildCountryRows(): CountryRow[] {
  const iso = packageRequire()('i18n-iso-countries') as typeof import('i18n-iso-countries');
  const en = packageRequire()('i18n-iso-countries/langs/en.json') as {
    countries: Record<string, string | string[]>;
  };
  const topology = packageRequire()('world-atlas/countries-50m.json') as Topology;
  const geometries = (topology.objects.countries as { geometries: GeometryObject<{ name: string }>[] })
    .geometries;
  const rows: CountryRow[] = [];
  const seen = new Set<string>();
  for (const g of geometries) {
    const code = g.id === undefined ? undefined : iso.numericToAlpha2(String(g.id));
    if (!code || seen.has(code)) continue;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    seen.add(code);
    const geom = (feature(topology, g) as GeoJSON.Feature).geometry;
    const polygons =
      geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : [];
    rows.push({
      code,
      atlasName: (g.properties as { name?: string } | undefined)?.name ?? code,
      names: ([] as string[]).concat(en.countries[code] ?? []).filter((n) => !/[,()]/.test(n)),
      centre: largestPolygonCentroid(polygons) ?? null,
    });
  }
  return rows;
}

function storedFile(dir: string): string {
  const version = (name: string) => (packageRequire()(`${name}/package.json`) as { version: string }).version;
  const tag = createHash('sha256')
    .update(`${FORMAT}:${version('world-atlas')}:${version('i18n-iso-countries')}`)
    .digest('hex')
    .slice(0, 16);
  return join(dir, `countries-${tag}.json`);
}

/** The stored rows, derived and stored first if missing or damaged (in memory only if they cannot be stored). */
export function countryRows(dir = defaultIndexDir()): CountryRow[] {
  const file = storedFile(dir);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CountryRow[];
  } catch {
    /* not derived yet */
  }
  const text = JSON.stringify(buildCountryRows());
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch {
    /* only a cache */
  }
  // The stored form either way, so a run that derives and one that reads get the same numbers.
  return JSON.parse(text) as CountryRow[];
}
